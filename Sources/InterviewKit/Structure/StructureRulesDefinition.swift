extension StructureRules {
    /// The contents of `Rubrics/structure.yaml`, as written: patterns are still source text.
    ///
    /// Every pattern is PCRE2, compiled caseless, UTF and UCP by ``StructureRules/init(definition:)``.
    public struct Definition: Codable, Sendable, Hashable {
        /// The format version this build reads.
        public static let currentVersion = 1

        /// The file's format version; newer versions are refused.
        public var version: Int
        public var star: Star
        public var steps: Steps
        public var delivery: Delivery

        public init(version: Int = Definition.currentVersion, star: Star, steps: Steps, delivery: Delivery) {
            self.version = version
            self.star = star
            self.steps = steps
            self.delivery = delivery
        }

        /// Cues for Situation, Task, Action and Result.
        public struct Star: Codable, Sendable, Hashable {
            /// Explicit labels ("Situation:", "**Task:**", "Result -"); they count only at the start of a sentence.
            public var labels: StarLabels
            /// Context and time: "at my last company", "last year", "we had a model that".
            public var situation: [String]
            /// Goal and responsibility: "my task was", "I was asked to", "I had to".
            public var task: [String]
            /// First-person actions: "I froze the pipeline", "we deployed".
            public var action: [String]
            /// Outcomes: "as a result", "which reduced", "since then".
            public var result: [String]
            /// Who acted: an Action match counts as "I" or "we" by the first actor match inside it.
            public var actors: Actors
            /// What makes a Result measurable: numbers, percentages, money, durations, "halved".
            public var quantities: [String]

            public init(labels: StarLabels, situation: [String], task: [String], action: [String], result: [String],
                        actors: Actors, quantities: [String]) {
                self.labels = labels
                self.situation = situation
                self.task = task
                self.action = action
                self.result = result
                self.actors = actors
                self.quantities = quantities
            }
        }

        /// One label pattern per STAR part.
        public struct StarLabels: Codable, Sendable, Hashable {
            public var situation: String
            public var task: String
            public var action: String
            public var result: String

            public init(situation: String, task: String, action: String, result: String) {
                self.situation = situation
                self.task = task
                self.action = action
                self.result = result
            }
        }

        /// The subjects that tell "I" actions from "we" actions.
        public struct Actors: Codable, Sendable, Hashable {
            public var individual: String
            public var collective: String

            public init(individual: String, collective: String) {
                self.individual = individual
                self.collective = collective
            }
        }

        /// Cues for the guide's Identify, Assess, Mitigate, Monitor.
        public struct Steps: Codable, Sendable, Hashable {
            public var labels: StepLabels
            public var identify: [String]
            public var assess: [String]
            public var mitigate: [String]
            public var monitor: [String]

            public init(labels: StepLabels, identify: [String], assess: [String], mitigate: [String], monitor: [String]) {
                self.labels = labels
                self.identify = identify
                self.assess = assess
                self.mitigate = mitigate
                self.monitor = monitor
            }
        }

        /// One label pattern per step ("Identify:", "**Mitigation:**").
        public struct StepLabels: Codable, Sendable, Hashable {
            public var identify: String
            public var assess: String
            public var mitigate: String
            public var monitor: String

            public init(identify: String, assess: String, mitigate: String, monitor: String) {
                self.identify = identify
                self.assess = assess
                self.mitigate = mitigate
                self.monitor = monitor
            }
        }

        /// Thresholds and word lists for the delivery report.
        public struct Delivery: Codable, Sendable, Hashable {
            /// The comfortable speaking pace, in words per minute.
            public var pace: PaceBand
            /// A gap between transcript segments longer than this many seconds is a pause.
            public var pauseSeconds: Double
            /// An answer with fewer words than this is too short to make its points.
            public var tooShortWords: Int
            /// How many most-used words to report, and how often a word must be said to be listed.
            public var topWords: TopWords
            /// Filler words and phrases (um, uh, you know), each counted under its name.
            public var fillers: [Phrase]
            /// Hedges (I think, maybe, probably), each counted under its name.
            public var hedges: [Phrase]
            /// Words left out of the most-used words, lower case with straight apostrophes.
            public var stopWords: [String]

            public init(pace: PaceBand, pauseSeconds: Double, tooShortWords: Int, topWords: TopWords, fillers: [Phrase],
                        hedges: [Phrase], stopWords: [String]) {
                self.pace = pace
                self.pauseSeconds = pauseSeconds
                self.tooShortWords = tooShortWords
                self.topWords = topWords
                self.fillers = fillers
                self.hedges = hedges
                self.stopWords = stopWords
            }
        }

        /// A band of words per minute: slower than `min` is slow, faster than `max` is fast.
        public struct PaceBand: Codable, Sendable, Hashable {
            public var min: Double
            public var max: Double

            public init(min: Double, max: Double) {
                self.min = min
                self.max = max
            }
        }

        /// The most-used words list: at most `count` words, each said at least `minimumUses` times.
        public struct TopWords: Codable, Sendable, Hashable {
            public var count: Int
            public var minimumUses: Int

            public init(count: Int, minimumUses: Int) {
                self.count = count
                self.minimumUses = minimumUses
            }
        }

        /// A named phrase: what the report calls it, and the pattern that finds it.
        public struct Phrase: Codable, Sendable, Hashable {
            public var word: String
            public var pattern: String

            public init(word: String, pattern: String) {
                self.word = word
                self.pattern = pattern
            }
        }
    }
}

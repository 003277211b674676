/// Everything the scorer found in one answer: a value that is saved with the session and shown to the user.
///
/// Re-scoring an answer makes a new `Scorecard`; the answer itself is never altered.
public struct Scorecard: Sendable, Hashable, Codable {
    /// The question scored against, or `nil` for a structure-and-delivery check of free text.
    public var questionID: String?
    /// 0-100, or `nil` without a question.
    public var score: Int?
    /// Concept coverage, or `nil` without a question.
    public var content: ContentResult?
    /// STAR parts found in the text (computed for every answer).
    public var star: StarAnalysis
    /// Identify, Assess, Mitigate, Monitor (only for questions whose structure is `steps`).
    public var steps: StepsAnalysis?
    /// Length, pace, fillers, hedges, pauses and time.
    public var delivery: DeliveryReport
    /// How the overall score was made up, for the curious and for `--json`.
    public var breakdown: ScoreBreakdown?
    /// The most useful improvements, most important first (at most three).
    public var feedback: [Feedback]

    public init(questionID: String?, score: Int?, content: ContentResult?, star: StarAnalysis, steps: StepsAnalysis?,
                delivery: DeliveryReport, breakdown: ScoreBreakdown?, feedback: [Feedback]) {
        self.questionID = questionID
        self.score = score
        self.content = content
        self.star = star
        self.steps = steps
        self.delivery = delivery
        self.breakdown = breakdown
        self.feedback = feedback
    }
}

/// A matched phrase: the words that earned (or, negated, failed to earn) a point.
public struct Evidence: Sendable, Hashable, Codable {
    /// The matched text.
    public var text: String
    /// UTF-8 byte offsets of `text` in the answer, for highlighting.
    public var start: Int
    public var end: Int
    /// The match stood after a negation ("I would not encrypt") and earned nothing.
    public var negated: Bool

    public init(text: String, start: Int, end: Int, negated: Bool) {
        self.text = text
        self.start = start
        self.end = end
        self.negated = negated
    }
}

/// One rubric concept, hit or missed.
public struct ConceptResult: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public var weight: Double
    public var required: Bool
    public var tags: [String]
    /// Earned by at least one match that was not negated.
    public var hit: Bool
    /// Only negated matches were found.
    public var negated: Bool
    /// Every matched span, negated ones marked.
    public var evidence: [Evidence]

    public init(id: String, label: String, weight: Double, required: Bool, tags: [String], hit: Bool, negated: Bool,
                evidence: [Evidence]) {
        self.id = id
        self.label = label
        self.weight = weight
        self.required = required
        self.tags = tags
        self.hit = hit
        self.negated = negated
        self.evidence = evidence
    }
}

/// Concept coverage of an answer.
public struct ContentResult: Sendable, Hashable, Codable {
    public var concepts: [ConceptResult]
    /// Earned weight over total weight, 0...1.
    public var coverage: Double
    /// Labels of the required concepts that were missed.
    public var missingRequired: [String]

    public init(concepts: [ConceptResult], coverage: Double, missingRequired: [String]) {
        self.concepts = concepts
        self.coverage = coverage
        self.missingRequired = missingRequired
    }
}

/// One part of an answer's structure (a STAR part or an investigation step).
public struct StructurePart: Sendable, Hashable, Codable {
    public var present: Bool
    /// The sentences that carry the part.
    public var evidence: [String]
    /// Indexes of those sentences in the answer.
    public var sentences: [Int]
    /// The part's share of the answer's words, 0...1.
    public var share: Double

    public init(present: Bool, evidence: [String], sentences: [Int], share: Double) {
        self.present = present
        self.evidence = evidence
        self.sentences = sentences
        self.share = share
    }

    /// A part that is not there.
    public static let absent = StructurePart(present: false, evidence: [], sentences: [], share: 0)
}

/// Situation, Task, Action and Result found in free text.
public struct StarAnalysis: Sendable, Hashable, Codable {
    public var situation: StructurePart
    public var task: StructurePart
    public var action: StructurePart
    public var result: StructurePart
    /// The parts present appear in STAR order.
    public var inOrder: Bool
    /// Actions told with "I" and with "we".
    public var firstPersonActions: Int
    public var collectiveActions: Int
    /// The Result carries a number, percentage, amount of money or time.
    public var quantifiedResult: Bool
    /// The phrases that make the Result measurable.
    public var quantities: [String]
    /// Enough parts to call the text a story (at least Situation or Task, Action and Result).
    public var isStory: Bool

    public init(situation: StructurePart, task: StructurePart, action: StructurePart, result: StructurePart, inOrder: Bool,
                firstPersonActions: Int, collectiveActions: Int, quantifiedResult: Bool, quantities: [String], isStory: Bool) {
        self.situation = situation
        self.task = task
        self.action = action
        self.result = result
        self.inOrder = inOrder
        self.firstPersonActions = firstPersonActions
        self.collectiveActions = collectiveActions
        self.quantifiedResult = quantifiedResult
        self.quantities = quantities
        self.isStory = isStory
    }

    /// The parts in STAR order, with their names.
    public var parts: [(part: StarPart, finding: StructurePart)] {
        [(.situation, situation), (.task, task), (.action, action), (.result, result)]
    }

    /// "I" actions over all first-person actions, or `nil` when there are none.
    public var iShare: Double? {
        let all = firstPersonActions + collectiveActions
        return all == 0 ? nil : Double(firstPersonActions) / Double(all)
    }
}

/// A STAR part's name.
public enum StarPart: String, Sendable, Hashable, Codable, CaseIterable {
    case situation, task, action, result
}

/// The guide's approach to a scenario: Identify, Assess, Mitigate, Monitor.
public struct StepsAnalysis: Sendable, Hashable, Codable {
    public var identify: StructurePart
    public var assess: StructurePart
    public var mitigate: StructurePart
    public var monitor: StructurePart

    public init(identify: StructurePart, assess: StructurePart, mitigate: StructurePart, monitor: StructurePart) {
        self.identify = identify
        self.assess = assess
        self.mitigate = mitigate
        self.monitor = monitor
    }

    /// The steps in order, with their names.
    public var parts: [(step: Step, finding: StructurePart)] {
        [(.identify, identify), (.assess, assess), (.mitigate, mitigate), (.monitor, monitor)]
    }
}

/// A step's name.
public enum Step: String, Sendable, Hashable, Codable, CaseIterable {
    case identify, assess, mitigate, monitor
}

/// A word or phrase and how often it was said.
public struct WordCount: Sendable, Hashable, Codable {
    public var word: String
    public var count: Int

    public init(word: String, count: Int) {
        self.word = word
        self.count = count
    }
}

/// How an answer was delivered.
public struct DeliveryReport: Sendable, Hashable, Codable {
    /// How the pace compares with the comfortable band.
    public enum Pace: String, Sendable, Hashable, Codable { case slow, comfortable, fast }

    public var words: Int
    /// From the timer or the transcript's timestamps; `nil` when unknown.
    public var seconds: Double?
    public var wordsPerMinute: Double?
    public var pace: Pace?
    /// Filler words and phrases (um, uh, you know, ...), total and by kind.
    public var fillers: Int
    public var fillerWords: [WordCount]
    /// Fillers per 100 words.
    public var fillerRate: Double
    /// Hedges (I think, maybe, probably, ...), total and by kind.
    public var hedges: Int
    public var hedgeWords: [WordCount]
    /// Pauses longer than 2.5 s, when timestamps exist; `nil` otherwise.
    public var pauses: Int?
    public var longestPause: Double?
    /// Most-used words, stop words left out.
    public var topWords: [WordCount]
    /// The question's limit in seconds, when there is a question.
    public var timeLimit: Double?
    /// Seconds over the limit (0 when within it); `nil` when time or limit is unknown.
    public var overTime: Double?
    /// Too few words to make the points.
    public var tooShort: Bool

    public init(words: Int, seconds: Double?, wordsPerMinute: Double?, pace: Pace?, fillers: Int, fillerWords: [WordCount],
                fillerRate: Double, hedges: Int, hedgeWords: [WordCount], pauses: Int?, longestPause: Double?,
                topWords: [WordCount], timeLimit: Double?, overTime: Double?, tooShort: Bool) {
        self.words = words
        self.seconds = seconds
        self.wordsPerMinute = wordsPerMinute
        self.pace = pace
        self.fillers = fillers
        self.fillerWords = fillerWords
        self.fillerRate = fillerRate
        self.hedges = hedges
        self.hedgeWords = hedgeWords
        self.pauses = pauses
        self.longestPause = longestPause
        self.topWords = topWords
        self.timeLimit = timeLimit
        self.overTime = overTime
        self.tooShort = tooShort
    }
}

/// How the overall score was made up.
public struct ScoreBreakdown: Sendable, Hashable, Codable {
    /// Points from concepts, structure and delivery before caps.
    public var content: Double
    public var structure: Double
    public var delivery: Double
    /// Caps applied, each with its reason ("missing required concept: rate limiting", "keyword list").
    public var caps: [ScoreCap]

    public init(content: Double, structure: Double, delivery: Double, caps: [ScoreCap]) {
        self.content = content
        self.structure = structure
        self.delivery = delivery
        self.caps = caps
    }
}

/// A ceiling put on the score, and why.
public struct ScoreCap: Sendable, Hashable, Codable {
    public var limit: Int
    public var reason: String

    public init(limit: Int, reason: String) {
        self.limit = limit
        self.reason = reason
    }
}

/// One improvement, in plain words, tied to what it is about.
public struct Feedback: Sendable, Hashable, Codable {
    /// What the advice is about.
    public enum Target: Sendable, Hashable, Codable {
        case concept(String)
        case star(StarPart)
        case step(Step)
        case delivery(String)
        case structure(String)
    }

    public var message: String
    public var target: Target

    public init(message: String, target: Target) {
        self.message = message
        self.target = target
    }
}

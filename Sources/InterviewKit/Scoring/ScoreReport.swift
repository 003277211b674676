/// The stable JSON form of a scorecard, as `interview score --json` prints it (documented in the README).
public struct ScoreReport: Encodable, Sendable {
    public struct Concept: Encodable, Sendable {
        public var id: String
        public var label: String
        public var weight: Double
        public var required: Bool
        public var hit: Bool
        public var negated: Bool
        public var evidence: [String]
    }

    public struct Part: Encodable, Sendable {
        public var present: Bool
        public var evidence: [String]
    }

    public struct Star: Encodable, Sendable {
        public var situation: Part
        public var task: Part
        public var action: Part
        public var result: Part
        public var quantifiedResult: Bool
        public var isStory: Bool
        public var inOrder: Bool
        public var iActions: Int
        public var weActions: Int
    }

    public struct Steps: Encodable, Sendable {
        public var identify: Part
        public var assess: Part
        public var mitigate: Part
        public var monitor: Part
    }

    public struct Delivery: Encodable, Sendable {
        private enum CodingKeys: String, CodingKey {
            case words, seconds, wordsPerMinute, pace, fillers, fillerRate, hedges, pauses, overTime, tooShort, topWords
        }

        /// Unknown figures are `null`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(words, forKey: .words)
            try container.encode(seconds, forKey: .seconds)
            try container.encode(wordsPerMinute, forKey: .wordsPerMinute)
            try container.encode(pace, forKey: .pace)
            try container.encode(fillers, forKey: .fillers)
            try container.encode(fillerRate, forKey: .fillerRate)
            try container.encode(hedges, forKey: .hedges)
            try container.encode(pauses, forKey: .pauses)
            try container.encode(overTime, forKey: .overTime)
            try container.encode(tooShort, forKey: .tooShort)
            try container.encode(topWords, forKey: .topWords)
        }

        public var words: Int
        public var seconds: Double?
        public var wordsPerMinute: Double?
        public var pace: String?
        public var fillers: Int
        public var fillerRate: Double
        public var hedges: Int
        public var pauses: Int?
        public var overTime: Double?
        public var tooShort: Bool
        public var topWords: [WordCount]
    }

    public var id: String?
    public var question: String?
    public var questionID: String?
    public var score: Int?
    public var concepts: [Concept]
    public var star: Star
    public var steps: Steps?
    public var delivery: Delivery
    public var caps: [String]
    public var feedback: [String]

    private enum CodingKeys: String, CodingKey {
        case id, question, questionID, score, concepts, star, steps, delivery, caps, feedback
    }

    /// Unknown values are written as `null`, never left out, so every documented key is always there.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(question, forKey: .question)
        try container.encode(questionID, forKey: .questionID)
        try container.encode(score, forKey: .score)
        try container.encode(concepts, forKey: .concepts)
        try container.encode(star, forKey: .star)
        try container.encode(steps, forKey: .steps)
        try container.encode(delivery, forKey: .delivery)
        try container.encode(caps, forKey: .caps)
        try container.encode(feedback, forKey: .feedback)
    }

    /// The report of `scorecard`; `id` is echoed from the input.
    public init(id: String?, question: Question?, scorecard: Scorecard) {
        func part(_ finding: StructurePart) -> Part { Part(present: finding.present, evidence: finding.evidence) }
        self.id = id
        self.question = question?.question
        self.questionID = question?.id
        self.score = scorecard.score
        self.concepts = (scorecard.content?.concepts ?? []).map {
            Concept(id: $0.id, label: $0.label, weight: $0.weight, required: $0.required, hit: $0.hit, negated: $0.negated,
                    evidence: $0.evidence.map(\.text))
        }
        let star = scorecard.star
        self.star = Star(situation: part(star.situation), task: part(star.task), action: part(star.action), result: part(star.result),
                         quantifiedResult: star.quantifiedResult, isStory: star.isStory, inOrder: star.inOrder,
                         iActions: star.firstPersonActions, weActions: star.collectiveActions)
        self.steps = scorecard.steps.map {
            Steps(identify: part($0.identify), assess: part($0.assess), mitigate: part($0.mitigate), monitor: part($0.monitor))
        }
        let delivery = scorecard.delivery
        self.delivery = Delivery(words: delivery.words, seconds: delivery.seconds, wordsPerMinute: delivery.wordsPerMinute,
                                 pace: delivery.pace?.rawValue, fillers: delivery.fillers, fillerRate: delivery.fillerRate,
                                 hedges: delivery.hedges, pauses: delivery.pauses, overTime: delivery.overTime,
                                 tooShort: delivery.tooShort, topWords: delivery.topWords)
        self.caps = scorecard.breakdown?.caps.map(\.reason) ?? []
        self.feedback = scorecard.feedback.map(\.message)
    }

    /// A batch line that could not be scored.
    public static func failure(id: String?, line: Int, message: String) -> FailureReport {
        FailureReport(id: id, line: line, error: message)
    }

    /// The output object of a batch line that failed.
    public struct FailureReport: Encodable, Sendable {
        public var id: String?
        public var line: Int
        public var error: String
    }
}

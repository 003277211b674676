/// One interview question and the rubric its answers are scored against, as written in a rubric file.
public struct Question: Sendable, Hashable, Codable, Identifiable {
    /// The rubric format version this build reads.
    public static let currentVersion = 1

    public var version: Int
    /// Stable id, e.g. `T06`, `S32`, `B45`.
    public var id: String
    public var category: Category
    /// The guide's question number, 1-50.
    public var number: Int
    /// The question as the interviewer asks it.
    public var question: String
    /// The plan phase that drills it.
    public var phase: Int
    /// The plan days that drill it.
    public var days: [Int]
    /// Seconds allowed for an answer.
    public var timeLimit: Int
    /// The shape a good answer has.
    public var structure: AnswerStructure
    public var concepts: [Concept]
    /// The key points of a strong answer.
    public var modelAnswer: String?
}

/// The guide's three kinds of question.
public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
    case technical, scenario, behavioral
}

/// What shape a good answer has.
public enum AnswerStructure: String, Sendable, Hashable, Codable, CaseIterable {
    /// A definition or explanation.
    case none
    /// A story: Situation, Task, Action, Result.
    case star
    /// The guide's approach: Identify, Assess, Mitigate, Monitor.
    case steps
}

/// A key point a strong answer makes.
public struct Concept: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// A short phrase the user reads in feedback.
    public var label: String
    public var weight: Double
    /// Without it the answer fails: the score is capped (default false).
    public var required: Bool
    /// Any one of these matching (not negated) earns the concept.
    public var patterns: [PatternSource]?
    /// Or: every one of these matching within one sentence earns it.
    public var all: [PatternSource]?
    /// Words before a match searched for a negation; 0 turns the check off.
    public var negationWindow: Int?
    /// Typo tolerance for every pattern of this concept.
    public var fuzzy: Bool?
    /// A question that probes exactly this point when it is missed.
    public var followUp: String
    /// Topics shared across questions.
    public var tags: [String]
    public var examples: ConceptExamples

    /// Words checked for negation when the rubric does not say.
    public static let defaultNegationWindow = 3

    private enum CodingKeys: String, CodingKey {
        case id, label, weight, required, patterns, all, negationWindow, fuzzy, followUp, tags, examples
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(String.self, forKey: .label)
        weight = try container.decode(Double.self, forKey: .weight)
        required = try container.decodeIfPresent(Bool.self, forKey: .required) ?? false
        patterns = try container.decodeIfPresent([PatternSource].self, forKey: .patterns)
        all = try container.decodeIfPresent([PatternSource].self, forKey: .all)
        negationWindow = try container.decodeIfPresent(Int.self, forKey: .negationWindow)
        fuzzy = try container.decodeIfPresent(Bool.self, forKey: .fuzzy)
        followUp = try container.decode(String.self, forKey: .followUp)
        tags = try container.decode([String].self, forKey: .tags)
        examples = try container.decode(ConceptExamples.self, forKey: .examples)
    }
}

/// Sentences that must and must not earn a concept, run by `interview rubrics test`.
public struct ConceptExamples: Sendable, Hashable, Codable {
    public var match: [String]
    public var noMatch: [String]
}

/// A pattern as written: a bare string, or `{regex: ..., fuzzy: true}`.
public struct PatternSource: Sendable, Hashable, Codable {
    public var regex: String
    public var fuzzy: Bool

    public init(regex: String, fuzzy: Bool = false) {
        self.regex = regex
        self.fuzzy = fuzzy
    }

    private enum CodingKeys: String, CodingKey { case regex, fuzzy }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let regex = try? single.decode(String.self) {
            self.init(regex: regex)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(regex: try container.decode(String.self, forKey: .regex),
                  fuzzy: try container.decodeIfPresent(Bool.self, forKey: .fuzzy) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        if fuzzy {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(regex, forKey: .regex)
            try container.encode(fuzzy, forKey: .fuzzy)
        } else {
            var single = encoder.singleValueContainer()
            try single.encode(regex)
        }
    }
}

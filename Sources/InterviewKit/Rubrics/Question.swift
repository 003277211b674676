import Yams

/// One interview question and the rubric its answers are scored against, as written in a rubric file.
public struct Question: Sendable, Hashable, Identifiable {
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
public struct Concept: Sendable, Hashable, Identifiable {
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
}

/// Sentences that must and must not earn a concept, run by `interview rubrics test`.
public struct ConceptExamples: Sendable, Hashable {
    public var match: [String]
    public var noMatch: [String]
}

/// A pattern as written: a bare string, or `{regex: ..., fuzzy: true}`.
public struct PatternSource: Sendable, Hashable {
    public var regex: String
    public var fuzzy: Bool

    public init(regex: String, fuzzy: Bool = false) {
        self.regex = regex
        self.fuzzy = fuzzy
    }

}

// Read from rubric files once ``RubricSchema`` has checked them (see ``CheckedNode``).

extension Question {
    init(checked node: Node) throws(CheckedNode.Unreadable) {
        let fields = CheckedNode(node)
        version = try fields.integer("version")
        id = try fields.string("id")
        category = try fields.choice("category")
        number = try fields.integer("number")
        question = try fields.string("question")
        phase = try fields.integer("phase")
        days = try fields.list("days") { $0.wholeNumber }
        timeLimit = try fields.integer("timeLimit")
        structure = try fields.choice("structure")
        concepts = try fields.list("concepts") { node throws(CheckedNode.Unreadable) in try Concept(checked: node) }
        modelAnswer = try fields.optionalString("modelAnswer")
    }
}

extension Concept {
    init(checked node: Node) throws(CheckedNode.Unreadable) {
        let fields = CheckedNode(node)
        id = try fields.string("id")
        label = try fields.string("label")
        weight = try fields.number("weight")
        required = try fields.optionalBoolean("required") ?? false
        patterns = try fields.optionalList("patterns", PatternSource.init(checked:))
        all = try fields.optionalList("all", PatternSource.init(checked:))
        negationWindow = try fields.optionalInteger("negationWindow")
        fuzzy = try fields.optionalBoolean("fuzzy")
        followUp = try fields.string("followUp")
        tags = try fields.list("tags") { $0.scalar?.string }
        let examples = try fields.child("examples")
        self.examples = ConceptExamples(match: try examples.list("match") { $0.scalar?.string },
                                        noMatch: try examples.list("noMatch") { $0.scalar?.string })
    }
}

extension PatternSource {
    /// A pattern written short (the regex alone) or long (`regex` and `fuzzy`); nil for anything else.
    init?(checked node: Node) throws(CheckedNode.Unreadable) {
        if let scalar = node.scalar {
            self.init(regex: scalar.string)
        } else if node.mapping != nil {
            let fields = CheckedNode(node)
            self.init(regex: try fields.string("regex"), fuzzy: try fields.optionalBoolean("fuzzy") ?? false)
        } else {
            return nil
        }
    }
}

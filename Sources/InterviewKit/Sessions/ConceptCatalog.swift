/// The labels and tags of rubric concepts as the saved scorecards give them, by question and concept id.
///
/// Concept ids are unique only within a question, so a concept is always named with its question.
public struct ConceptCatalog: Sendable, Hashable, Codable {
    /// A concept's words for people and its topics.
    public struct Info: Sendable, Hashable, Codable {
        public var label: String
        public var tags: [String]

        public init(label: String, tags: [String]) {
            self.label = label
            self.tags = tags
        }
    }

    /// Keyed `questionID/conceptID`.
    private var entries: [String: Info] = [:]

    public init() {}

    /// Every concept of every scored answer in `sessions` (main answers and follow-ups); later scorecards win.
    public init(sessions: [Session]) {
        for session in sessions { add(session) }
    }

    /// Adds the concepts of a session's scorecards.
    public mutating func add(_ session: Session) {
        for question in session.questions {
            for answer in [question.answer] + question.followUps.map(\.answer) {
                for concept in answer?.scorecard.content?.concepts ?? [] {
                    entries[Self.key(question.questionID, concept.id)] = Info(label: concept.label, tags: concept.tags)
                }
            }
        }
    }

    /// Adds every entry of `other`; its entries win.
    public mutating func merge(_ other: ConceptCatalog) {
        entries.merge(other.entries) { _, new in new }
    }

    /// The concept's label and tags, or `nil` when no scorecard named it.
    public func info(question: String, concept: String) -> Info? {
        entries[Self.key(question, concept)]
    }

    private static func key(_ question: String, _ concept: String) -> String {
        question + "/" + concept
    }
}

/// Named pattern fragments shared by all rubrics, used in patterns as `{{name}}`.
public struct Lexicon: Sendable, Hashable, Codable {
    public var version: Int
    public var entries: [String: PatternSource]

    public init(version: Int = Question.currentVersion, entries: [String: PatternSource]) {
        self.version = version
        self.entries = entries
    }

    /// The entry that defines negation words for every concept.
    public static let negationEntry = "negation"
}

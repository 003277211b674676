import Yams

/// Named pattern fragments shared by all rubrics, used in patterns as `{{name}}`.
public struct Lexicon: Sendable, Hashable {
    public var version: Int
    public var entries: [String: PatternSource]

    public init(version: Int = Question.currentVersion, entries: [String: PatternSource]) {
        self.version = version
        self.entries = entries
    }

    /// The entry that defines negation words for every concept.
    public static let negationEntry = "negation"
}

extension Lexicon {
    /// Reads a lexicon file's root node once ``RubricSchema/lexicon`` has checked it; an entry that is not
    /// a pattern is left out (the check reported it).
    init(checked node: Node) throws(CheckedNode.Unreadable) {
        var entries: [String: PatternSource] = [:]
        for (key, value) in node["entries"]?.mapping ?? [:] {
            guard let name = key.string, let entry = try? PatternSource(checked: value) else { continue }
            entries[name] = entry
        }
        self.init(version: try CheckedNode(node).integer("version"), entries: entries)
    }
}

import Yams

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

extension Lexicon {
    /// Decodes a lexicon file's root node entry by entry: Yams's keyed decoding looks each of a hundred
    /// keys up by a linear search of the mapping, which made the lexicon the slowest file to read.
    /// - Throws: a `DecodingError` for a missing or malformed `version` or a malformed entry.
    init(node: Node) throws {
        let decoder = YAMLDecoder()
        guard let version = node["version"] else {
            throw DecodingError.keyNotFound(CodingKeys.version, .init(codingPath: [], debugDescription: "no version"))
        }
        var entries: [String: PatternSource] = [:]
        for (key, value) in node["entries"]?.mapping ?? [:] {
            guard let name = key.string else { continue }
            entries[name] = try decoder.decode(PatternSource.self, from: value)
        }
        self.init(version: try decoder.decode(Int.self, from: version), entries: entries)
    }
}


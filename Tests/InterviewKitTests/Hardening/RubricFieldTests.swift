import Foundation
@testable import InterviewKit
import Testing
import Yams

/// Every field of the rubric format, found by walking ``RubricSchema`` itself (so a field added later is
/// covered too), fed a wrong type, left out, written twice and misspelt: each gets its own error, at a line,
/// naming the field, and the file is not loaded. Nothing crashes.
@Suite struct RubricFieldTests {
    /// A step from a node to one inside it.
    enum Step: CustomStringConvertible {
        case key(String)
        case index(Int)

        var description: String {
            switch self {
            case let .key(name): ".\(name)"
            case let .index(index): "[\(index)]"
            }
        }
    }

    /// A field of an object in the schema, and where its object sits in the base file.
    struct Site: CustomStringConvertible {
        let root: String
        let path: [Step]
        let field: Schema.Field

        /// The object's name as messages write it: `question.concepts[0]`.
        var owner: String { root + path.map(\.description).joined() }
        var description: String { "\(owner).\(field.name)" }
    }

    /// Every field under `schema`, depth first; lists are entered at their first element.
    static func sites(in schema: Schema, root: String, path: [Step] = []) -> [Site] {
        switch schema {
        case let .object(fields), let .stringOr(fields):
            fields.flatMap { field in
                [Site(root: root, path: path, field: field)] + sites(in: field.schema, root: root, path: path + [.key(field.name)])
            }
        case let .list(element):
            sites(in: element, root: root, path: path + [.index(0)])
        case .map, .string, .integer, .number, .boolean, .choice:
            []
        }
    }

    static let questionSites = sites(in: RubricSchema.question, root: "question")
    static let lexiconSites = sites(in: RubricSchema.lexicon, root: "lexicon")

    @Test func theWalkFindsEveryFieldOfTheFormat() {
        let names = Set(Self.questionSites.map(\.description))
        #expect(Self.questionSites.count == 28)
        for name in ["question.modelAnswer", "question.concepts[0].negationWindow", "question.concepts[0].patterns[0].fuzzy",
                     "question.concepts[0].all[0].regex", "question.concepts[0].examples.noMatch"] {
            #expect(names.contains(name), "\(name)")
        }
        #expect(Self.lexiconSites.map(\.description) == ["lexicon.version", "lexicon.entries"])
    }

    @Test(arguments: questionSites) func aQuestionFieldDamagedFourWays(site: Site) throws {
        let folder = try TemporaryFolder()
        try Self.copyLexicon(to: folder.url)
        let base = try Yams.compose(yaml: String(contentsOf: Fixture.url("rubrics/fields/F01-every-field.yaml"), encoding: .utf8))
        for damage in Self.damages(of: site) {
            let text = try Yams.serialize(node: Self.modify(try #require(base), at: site.path[...], damage.change))
            try Data(text.utf8).write(to: folder.url.appendingPathComponent("F01.yaml"))
            let outcome = RubricLoader(folder: folder.url, displayName: "mine").load()
            let errors = outcome.diagnostics.filter { $0.severity == .error }
            guard let expected = damage.expected else {
                #expect(errors.isEmpty, "\(damage.name) \(site): \(errors)")
                continue
            }
            #expect(outcome.bank.questions.isEmpty, "\(damage.name) \(site)")
            let found = errors.first { $0.message == expected }
            #expect(found != nil, "\(damage.name) \(site): expected \(expected), got \(errors.map(\.message))")
            #expect(found?.file == "mine/F01.yaml" && found?.line != nil && found?.sourceLine != nil, "\(damage.name) \(site)")
        }
    }

    @Test(arguments: lexiconSites) func aLexiconFieldDamagedFourWays(site: Site) throws {
        let folder = try TemporaryFolder()
        try Data(String(contentsOf: Fixture.url("rubrics/fields/F01-every-field.yaml"), encoding: .utf8).utf8)
            .write(to: folder.url.appendingPathComponent("F01.yaml"))
        let base = try Yams.compose(yaml: String(contentsOf: Fixture.url("rubrics/fields/lexicon.yaml"), encoding: .utf8))
        for damage in Self.damages(of: site) {
            let text = try Yams.serialize(node: Self.modify(try #require(base), at: site.path[...], damage.change))
            try Data(text.utf8).write(to: folder.url.appendingPathComponent("lexicon.yaml"))
            let outcome = RubricLoader(folder: folder.url, displayName: "mine").load()
            guard let expected = damage.expected else { continue }
            let found = outcome.diagnostics.first { $0.message == expected }
            #expect(found?.file == "mine/lexicon.yaml" && found?.line != nil, "\(damage.name) \(site): \(outcome.diagnostics)")
            #expect(outcome.bank.questions.isEmpty, "the question's lexicon name is unknown without the lexicon")
        }
    }

    /// Every spelling of a number that is not one, in the one place a number is a weight.
    @Test(arguments: [".nan", ".inf", "-.inf", "nan", "1e999"])
    func nonFiniteWeightIsRefused(weight: String) throws {
        let folder = try TemporaryFolder()
        let good = try String(contentsOf: Fixture.url("rubrics/broken/technical/X01-good.yaml"), encoding: .utf8)
        try Data(good.replacingOccurrences(of: "weight: 2", with: "weight: \(weight)").utf8).write(to: folder.url.appendingPathComponent("q.yaml"))
        let messages = RubricLoader(folder: folder.url, displayName: "mine", fallback: Fixture.url("rubrics/broken")).load()
            .diagnostics.filter { $0.file == "mine/q.yaml" }.map(\.description)
        #expect(messages.contains { $0.contains("weight must be") }, "\(messages)")
    }

    // MARK: Damage

    struct Damage {
        let name: String
        /// Edits the pairs of the mapping that holds the field.
        let change: (inout [(key: Node, value: Node)]) -> Void
        /// The message of the error it must cause, or `nil` when the file must still load.
        let expected: String?
    }

    static func damages(of site: Site) -> [Damage] {
        let name = site.field.name
        // Two letters swapped ("wieght"), or for a short name its last letter doubled ("idd").
        let letters = Array(name)
        let typo = letters.count < 4 ? name + String(letters[letters.count - 1])
            : String([letters[0], letters[2], letters[1]] + letters[3...])
        var damages = [
            Damage(name: "missing", change: { $0.removeAll { $0.key.string == name } },
                   expected: site.field.required ? "\(site.owner) is missing '\(name)'" : nil),
            Damage(name: "duplicated", change: { pairs in
                if let pair = pairs.first(where: { $0.key.string == name }) { pairs.append(pair) }
            }, expected: "invalid YAML: duplicate key '\(name)': the key written here is written again in the same map"),
            Damage(name: "misspelt", change: { pairs in
                if let index = pairs.firstIndex(where: { $0.key.string == name }) { pairs[index].key = Node(typo) }
            }, expected: "unknown key '\(typo)' in \(site.owner) (did you mean '\(name)'?)"),
        ]
        for (value, expected) in wrongValues(for: site.field.schema, at: "\(site)") {
            damages.append(Damage(name: "wrong type", change: { pairs in
                if let index = pairs.firstIndex(where: { $0.key.string == name }) { pairs[index].value = value }
            }, expected: expected))
        }
        return damages
    }

    /// Values of the wrong kind for `schema`, with the error each must cause.
    static func wrongValues(for schema: Schema, at path: String) -> [(Node, String)] {
        let map: Node = ["a": "1"]
        let list: Node = ["a"]
        switch schema {
        case .string:
            return [(map, "\(path) must be text, not a map"), (Node(""), "\(path) is empty")]
        case .integer:
            return [(map, "\(path) must be a whole number, not a map"), (Node("twelve"), "\(path) must be a whole number, not 'twelve'"),
                    (Node("1.5"), "\(path) must be a whole number, not '1.5'")]
        case .number:
            return [(list, "\(path) must be a number, not a list"), (Node("heavy"), "\(path) must be a number, not 'heavy'"),
                    (Node("nan"), "\(path) must be a number, not 'nan'")]
        case .boolean:
            return [(map, "\(path) must be true or false, not a map"), (Node("yes"), "\(path) must be true or false, not 'yes'")]
        case let .choice(words):
            return [(Node("other"), "\(path) must be one of \(words.joined(separator: ", ")), not 'other'")]
        case .list:
            return [(Node("x"), "\(path) must be a list, not text")]
        case .object:
            return [(Node("x"), "\(path) must be a map of keys to values, not text")]
        case .stringOr:
            return [(list, "\(path) must be a map of keys to values, not a list")]
        case .map:
            return [(Node("x"), "\(path) must be a map of names to values, not text")]
        }
    }

    /// `node` with the mapping at `path` changed.
    static func modify(_ node: Node, at path: ArraySlice<Step>, _ change: (inout [(key: Node, value: Node)]) -> Void) -> Node {
        guard let step = path.first else {
            var pairs = Array(node.mapping ?? [:]).map { (key: $0.key, value: $0.value) }
            change(&pairs)
            return .mapping(Node.Mapping(pairs.map { ($0.key, $0.value) }))
        }
        switch step {
        case let .key(name):
            let pairs = Array(node.mapping ?? [:]).map { pair in
                (pair.key, pair.key.string == name ? modify(pair.value, at: path.dropFirst(), change) : pair.value)
            }
            return .mapping(Node.Mapping(pairs))
        case let .index(index):
            var items = Array(node.sequence ?? [])
            items[index] = modify(items[index], at: path.dropFirst(), change)
            return .sequence(Node.Sequence(items))
        }
    }

    static func copyLexicon(to folder: URL) throws {
        try FileManager.default.copyItem(at: Fixture.url("rubrics/fields/lexicon.yaml"), to: folder.appendingPathComponent("lexicon.yaml"))
    }
}

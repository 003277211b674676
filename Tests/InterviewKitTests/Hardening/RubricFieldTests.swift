import Foundation
@testable import InterviewKit
import Testing

/// Every field of a question file missing, of the wrong type, or misspelt; broken bytes; empty files:
/// each gets a message at its place, and nothing crashes.
@Suite struct RubricFieldTests {
    private static let good = (try? String(contentsOf: Fixture.url("rubrics/broken/technical/X01-good.yaml"), encoding: .utf8)) ?? ""

    /// The diagnostics of a folder holding one question file with `text`.
    private func diagnostics(of text: String) throws -> [String] {
        try diagnostics(ofData: Data(text.utf8))
    }

    private func diagnostics(ofData data: Data) throws -> [String] {
        let folder = try TemporaryFolder()
        try data.write(to: folder.url.appendingPathComponent("q.yaml"))
        return RubricLoader(folder: folder.url, displayName: "mine", fallback: Fixture.url("rubrics/broken")).load()
            .diagnostics.filter { $0.file == "mine/q.yaml" }.map(\.description)
    }

    /// (line of the field in the good file, field name, whether it may be left out)
    private static let fields: [(line: String, name: String, optional: Bool)] = [
        ("version: 1", "version", false), ("id: X01", "id", false), ("category: technical", "category", false),
        ("number: 1", "number", false), ("question: Question X01?", "question", false), ("phase: 1", "phase", false),
        ("days: [2]", "days", false), ("timeLimit: 120", "timeLimit", false), ("structure: none", "structure", false),
        ("    label: encryption", "label", false), ("    weight: 2", "weight", false), ("    required: true", "required", true),
        ("    followUp: How?", "followUp", false), ("    tags: [encryption]", "tags", false),
    ]

    @Test(arguments: fields.map(\.line))
    func missingFieldIsNamed(line: String) throws {
        let field = try #require(Self.fields.first { $0.line == line })
        let messages = try diagnostics(of: Self.good.replacingOccurrences(of: line + "\n", with: ""))
        if field.optional {
            #expect(!messages.contains { $0.contains(": error:") })
        } else {
            #expect(messages.contains { $0.contains("is missing '\(field.name)'") }, "\(messages)")
        }
    }

    @Test(arguments: fields.map(\.line))
    func wrongTypeIsReportedAtTheValue(line: String) throws {
        let field = try #require(Self.fields.first { $0.line == line })
        let indent = String(line.prefix { $0 == " " })
        let messages = try diagnostics(of: Self.good.replacingOccurrences(of: line, with: "\(indent)\(field.name): {nested: map}"))
        #expect(messages.contains { $0.contains(".\(field.name) must be") && $0.hasPrefix("mine/q.yaml:") }, "\(messages)")
    }

    @Test(arguments: fields.map(\.line))
    func misspeltFieldSuggestsTheRightOne(line: String) throws {
        let field = try #require(Self.fields.first { $0.line == line })
        let misspelt = line.replacingOccurrences(of: field.name + ":", with: String(field.name.dropLast()) + ":")
        let messages = try diagnostics(of: Self.good.replacingOccurrences(of: line, with: misspelt))
        #expect(messages.contains { $0.contains("unknown key '\(field.name.dropLast())'") && $0.contains("did you mean '\(field.name)'?") },
                "\(messages)")
    }

    @Test func invalidUTF8EmptyAndBinaryFilesAreRefused() throws {
        #expect(try diagnostics(ofData: Data([0x76, 0x65, 0xFF, 0xFE, 0x0A])) == ["mine/q.yaml: error: the file is not UTF-8 text"])
        #expect(try diagnostics(of: "").first?.contains("the file is empty") == true)
        #expect(try diagnostics(of: "   \n\n").first?.contains("the file is empty") == true)
        #expect(try diagnostics(ofData: Data([0x00, 0x01, 0x02])).count == 1)
    }

    @Test(arguments: [".nan", ".inf", "-.inf", "nan", "1e999"])
    func nonFiniteWeightIsRefused(weight: String) throws {
        let messages = try diagnostics(of: Self.good.replacingOccurrences(of: "weight: 2", with: "weight: \(weight)"))
        #expect(messages.contains { $0.contains("weight must be") }, "\(messages)")
    }

    @Test func emptyTextFieldsAreRefused() throws {
        let messages = try diagnostics(of: Self.good.replacingOccurrences(of: "followUp: How?", with: "followUp: ''"))
        #expect(messages.contains { $0.contains("question.concepts[0].followUp is empty") }, "\(messages)")
    }

    @Test func patternThatMatchesTheEmptyStringIsAnError() throws {
        let messages = try diagnostics(of: Self.good.replacingOccurrences(of: "patterns: ['{{encryption}}']", with: "patterns: ['(?:x)?']"))
        #expect(messages.first?.contains("concept 'encrypts': pattern can match the empty string") == true)
    }

    @Test func aListWhereAMapBelongsAndAScalarRoot() throws {
        #expect(try diagnostics(of: "- just\n- a list\n").first?.contains("question must be a map") == true)
        #expect(try diagnostics(of: "hello\n").first?.contains("question must be a map") == true)
    }
}

import Foundation
@testable import InterviewKit
import Testing

/// Rubric files as hand edits and accidents leave them: not YAML, not text, empty, the wrong shape, an alias
/// bomb, patterns that match nothing in particular, and a thousand random edits. Each gets an error naming the
/// file, the other files still load, and nothing crashes or hangs.
@Suite struct RubricBadFileTests {
    static let goodText: String = (try? String(contentsOf: Fixture.url("rubrics/broken/technical/X01-good.yaml"), encoding: .utf8)) ?? ""

    /// Loads a folder holding the fixture's good question (as `good.yaml`) and `bad.yaml` with `data`.
    static func load(_ data: Data) throws -> RubricLoader.Outcome {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Fixture.url("rubrics/broken/lexicon.yaml"), to: folder.url.appendingPathComponent("lexicon.yaml"))
        try Data(goodText.replacingOccurrences(of: "id: X01", with: "id: G01").utf8).write(to: folder.url.appendingPathComponent("good.yaml"))
        try data.write(to: folder.url.appendingPathComponent("bad.yaml"))
        return RubricLoader(folder: folder.url, displayName: "mine").load()
    }

    static func errors(in outcome: RubricLoader.Outcome) -> [String] {
        outcome.diagnostics.filter { $0.severity == .error && $0.file == "mine/bad.yaml" }.map(\.description)
    }

    @Test(arguments: [
        ("", "mine/bad.yaml:1:1: error: the file is empty"),
        ("  \n \n", "mine/bad.yaml:1:1: error: the file is empty"),
        ("# only a comment\n", "mine/bad.yaml:1:1: error: the file is empty"),
        ("- a\n- b\n", "mine/bad.yaml:1:1: error: question must be a map of keys to values, not a list"),
        ("just words", "mine/bad.yaml:1:1: error: question must be a map of keys to values, not text"),
        ("id: [unclosed\n", "mine/bad.yaml:2:1: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"),
        ("id: X\n\tversion: 1\n", "mine/bad.yaml:2:1: error: invalid YAML: found a tab character that violates indentation (while scanning a plain scalar)"),
        ("version: 1\n---\nversion: 2\n", "mine/bad.yaml:2:1: error: invalid YAML: but found another document (expected a single document in the stream)"),
        ("id: *nowhere\n", "mine/bad.yaml:1:5: error: invalid YAML: found undefined alias"),
    ])
    func notARubric(text: String, expected: String) throws {
        let outcome = try Self.load(Data(text.utf8))
        #expect(Self.errors(in: outcome).first?.split(separator: "\n").first.map(String.init) == expected)
        #expect(outcome.bank.questions.map(\.id) == ["G01"], "the good file next to it still loads")
    }

    @Test func bytesThatAreNotText() throws {
        for bytes in [[0xFF, 0xFE, 0x41, 0x00], [0x69, 0x64, 0x3A, 0x20, 0xE9, 0x0A], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]] as [[UInt8]] {
            let outcome = try Self.load(Data(bytes))
            #expect(Self.errors(in: outcome) == ["mine/bad.yaml: error: the file is not UTF-8 text"], "\(bytes)")
        }
        let nul = try Self.load(Data("version: 1\nid: X\0Y\n".utf8))
        #expect(Self.errors(in: nul).first?.contains("mine/bad.yaml") == true)
    }

    @Test func anAliasBombEndsQuickly() throws {
        var bomb = "version: 1\nx0: &x0 [a, a, a, a, a, a, a, a, a]\n"
        for level in 1...9 {
            bomb += "x\(level): &x\(level) [" + Array(repeating: "*x\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let start = ContinuousClock.now
        let outcome = try Self.load(Data(bomb.utf8))
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(Self.errors(in: outcome).contains { $0.hasPrefix("mine/bad.yaml:2:1: error: unknown key 'x0' in question") })
    }

    @Test(arguments: [#"''"#, #"'\b'"#, #"'(?:)'"#, #"'a*'"#, #"'(?:not)?'"#, #"'\s*|x'"#, #"'^'"#, #"'{{negation}}?'"#])
    func patternsThatMatchTheEmptyStringAreRefused(pattern: String) throws {
        let text = Self.goodText.replacingOccurrences(of: "'{{encryption}}'", with: pattern)
        let outcome = try Self.load(Data(text.utf8))
        let errors = Self.errors(in: outcome)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("error: concept 'encrypts': pattern can match the empty string, so it would match any answer") == true,
                "\(errors)")
    }

    /// Random edits of a good rubric: characters deleted, duplicated, swapped for YAML's own punctuation,
    /// lines cut or indented. The loader answers every one with a bank or with errors naming the file.
    @Test func aThousandRandomEditsNeverCrash() throws {
        let folder = try TemporaryFolder()
        try RubricFieldTests.copyLexicon(to: folder.url)
        let file = folder.url.appendingPathComponent("q.yaml")
        let good = try String(contentsOf: Fixture.url("rubrics/fields/F01-every-field.yaml"), encoding: .utf8)
        let punctuation: [Character] = Array(":-[]{}'\"#&*!|>%@`,?\t\n (\\\u{0}é😀")
        var random = SeededGenerator(seed: 0x0B_AD_F11E)
        var loaded = 0
        let start = ContinuousClock.now
        for run in 0..<1_000 {
            var characters = Array(good)
            for _ in 0..<Int.random(in: 1...4, using: &random) where !characters.isEmpty {
                let position = Int.random(in: 0..<characters.count, using: &random)
                let length = min(Int.random(in: 1...12, using: &random), characters.count - position)
                switch Int.random(in: 0..<5, using: &random) {
                case 0: characters.removeSubrange(position..<position + length)
                case 1: characters.insert(contentsOf: characters[position..<position + length], at: position)
                case 2: characters[position] = punctuation.randomElement(using: &random) ?? " "
                case 3: characters.insert(contentsOf: "  ", at: position)
                default: characters.removeSubrange(position...)
                }
            }
            try Data(String(characters).utf8).write(to: file)
            let outcome = RubricLoader(folder: folder.url, displayName: "mine").load()
            if outcome.hasErrors {
                let errors = outcome.diagnostics.filter { $0.severity == .error }
                #expect(errors.allSatisfy { $0.file.hasPrefix("mine/") && !$0.message.isEmpty }, "run \(run)")
                #expect(outcome.bank.questions.isEmpty, "run \(run): a file with errors is not loaded")
            } else {
                loaded += 1
                for question in outcome.bank.questions {
                    #expect(!question.concepts.isEmpty && question.concepts.allSatisfy { $0.weight > 0 && $0.weight <= 10 }, "run \(run)")
                }
            }
        }
        #expect(loaded > 50, "enough edits still load for the checks on loaded banks to matter")
        #expect(ContinuousClock.now - start < .seconds(30))
    }
}

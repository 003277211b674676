import Foundation
@testable import InterviewKit
import Testing

@Suite struct RubricLoaderTests {
    static let broken = RubricLoader(folder: Fixture.url("rubrics/broken"), displayName: "broken").load()

    private func diagnostics(in file: String) -> [String] {
        Self.broken.diagnostics.filter { $0.file == file }.map(\.description)
    }

    @Test func goodFileLoadsDespiteBrokenNeighbours() {
        #expect(Self.broken.bank.questions.map(\.id) == ["X01"])
        #expect(Self.broken.fileCount == 6)
        #expect(Self.broken.hasErrors)
    }

    @Test func invalidYAMLIsReportedAtItsPosition() {
        #expect(diagnostics(in: "broken/technical/X02-bad-yaml.yaml") == [
            """
            broken/technical/X02-bad-yaml.yaml:16:5: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)
                followUp: How?
                ^
            """,
        ])
    }

    @Test func badRegexAfterMultiByteTextPointsAtPCRE2sColumn() {
        #expect(diagnostics(in: "broken/technical/X03-bad-regex.yaml") == [
            """
            broken/technical/X03-bad-regex.yaml:15:46: error: concept 'encrypts': pattern does not compile: missing closing parenthesis
                patterns: ['{{encryption}}', 'défense (de']
                                                         ^
            """,
        ])
    }

    @Test func unknownKeySuggestsTheKnownOneAndTheMissingFieldIsNamed() {
        #expect(diagnostics(in: "broken/technical/X04-unknown-key.yaml") == [
            """
            broken/technical/X04-unknown-key.yaml:13:5: error: unknown key 'wieght' in question.concepts[0] (did you mean 'weight'?)
                wieght: 2
                ^
            """,
            """
            broken/technical/X04-unknown-key.yaml:11:5: error: question.concepts[0] is missing 'weight'
              - id: encrypts
                ^
            """,
        ])
    }

    @Test func duplicateQuestionIDNamesTheFirstFile() {
        #expect(diagnostics(in: "broken/technical/X05-duplicate-id.yaml") == [
            """
            broken/technical/X05-duplicate-id.yaml:2:5: error: duplicate question id 'X01' (also in broken/technical/X01-good.yaml)
            id: X01
                ^
            """,
        ])
    }

    @Test func unknownLexicalNameAndCyclesAreErrorsAtTheReference() {
        #expect(diagnostics(in: "broken/technical/X06-missing-lexicon-name.yaml") == [
            """
            broken/technical/X06-missing-lexicon-name.yaml:15:27: error: concept 'encrypts': unknown lexicon name 'encryptoin' (did you mean 'encryption'?)
                patterns: ['\\bkeys?\\b {{encryptoin}}', '{{loop-a}}']
                                      ^
            """,
            """
            broken/technical/X06-missing-lexicon-name.yaml:15:45: error: concept 'encrypts': lexicon entry 'loop-a' is broken: lexicon entries refer to each other in a cycle: loop-a -> loop-b -> loop-a
                patterns: ['\\bkeys?\\b {{encryptoin}}', '{{loop-a}}']
                                                        ^
            """,
        ])
        #expect(diagnostics(in: "broken/lexicon.yaml").count == 2)
    }

    @Test func fuzzyLexiconEntryToleratesATypo() throws {
        let result = try RubricExamples.run(Self.broken.bank)
        #expect(result.checked == 3)
        #expect(result.failures.isEmpty)
    }

    @Test func newerRubricVersionIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rubrics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try String(contentsOf: Fixture.url("rubrics/broken/technical/X01-good.yaml"), encoding: .utf8)
        try good.replacingOccurrences(of: "version: 1", with: "version: 7").write(to: folder.appendingPathComponent("q.yaml"),
                                                                                   atomically: true, encoding: .utf8)
        let outcome = RubricLoader(folder: folder, displayName: "mine", fallback: Fixture.url("rubrics/broken")).load()
        #expect(outcome.diagnostics.map(\.description).contains { $0.hasPrefix("mine/q.yaml:1:10: error: rubric version 7 is newer") })
        #expect(outcome.bank.questions.isEmpty)
    }

    @Test func duplicatedKeyIsReportedWhereItIsFirstWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rubrics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try String(contentsOf: Fixture.url("rubrics/broken/technical/X01-good.yaml"), encoding: .utf8)
        try good.replacingOccurrences(of: "phase: 1", with: "phase: 1\nphase: 2")
            .write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
        let messages = RubricLoader(folder: folder, displayName: "mine", fallback: Fixture.url("rubrics/broken")).load()
            .diagnostics.filter { $0.file == "mine/q.yaml" }.map { $0.description.split(separator: "\n")[0] }
        #expect(messages == ["mine/q.yaml:6:1: error: invalid YAML: duplicate key 'phase': the key written here is written again in the same map"])
    }

    @Test func wrongTypesAreReportedEachAtItsValue() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rubrics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try String(contentsOf: Fixture.url("rubrics/broken/technical/X01-good.yaml"), encoding: .utf8)
        let bad = good.replacingOccurrences(of: "weight: 2", with: "weight: heavy")
            .replacingOccurrences(of: "category: technical", with: "category: techincal")
            .replacingOccurrences(of: "days: [2]", with: "days: 2")
        try bad.write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
        let messages = RubricLoader(folder: folder, displayName: "mine", fallback: Fixture.url("rubrics/broken")).load()
            .diagnostics.filter { $0.file == "mine/q.yaml" }.map { $0.description.split(separator: "\n")[0] }
        #expect(messages == [
            "mine/q.yaml:3:11: error: question.category must be one of technical, scenario, behavioral, not 'techincal'",
            "mine/q.yaml:7:7: error: question.days must be a list, not text",
            "mine/q.yaml:13:13: error: question.concepts[0].weight must be a number, not 'heavy'",
        ])
    }
}

@Suite struct QuestionReadingTests {
    @Test func everyFieldIsReadFromTheFile() throws {
        let folder = try TemporaryFolder()
        try """
            version: 1
            id: X09
            category: scenario
            number: 29
            question: How would you secure it?
            phase: 2
            days: [12, 27]
            timeLimit: 180
            structure: steps
            concepts:
              - id: encrypts
                label: encryption
                weight: 2.5
                required: true
                patterns:
                  - '\\bencrypt\\w*'
                  - {regex: '\\bTLS\\b', fuzzy: true}
                all: ['\\bkeys?\\b', '\\brotat\\w*']
                negationWindow: 5
                fuzzy: false
                followUp: How would you encrypt it?
                tags: [encryption, keys]
                examples:
                  match: [We encrypt it.]
                  noMatch: [We store it.]
            modelAnswer: Encrypt it.
            """.write(to: folder.url.appendingPathComponent("X09.yaml"), atomically: true, encoding: .utf8)
        let outcome = RubricLoader(folder: folder.url, displayName: "mine", fallback: Fixture.rubrics).load()
        #expect(!outcome.hasErrors)
        let question = try #require(outcome.bank.question(id: "X09"))
        #expect(question == Question(
            version: 1, id: "X09", category: .scenario, number: 29, question: "How would you secure it?", phase: 2,
            days: [12, 27], timeLimit: 180, structure: .steps,
            concepts: [Concept(
                id: "encrypts", label: "encryption", weight: 2.5, required: true,
                patterns: [PatternSource(regex: #"\bencrypt\w*"#), PatternSource(regex: #"\bTLS\b"#, fuzzy: true)],
                all: [PatternSource(regex: #"\bkeys?\b"#), PatternSource(regex: #"\brotat\w*"#)],
                negationWindow: 5, fuzzy: false, followUp: "How would you encrypt it?", tags: ["encryption", "keys"],
                examples: ConceptExamples(match: ["We encrypt it."], noMatch: ["We store it."]))],
            modelAnswer: "Encrypt it."))
    }
}

import Foundation
import InterviewKit
import PCRE2
import Testing

@Suite struct StructureRulesTests {
    @Test func shippedFileLoads() throws {
        let definition = try StructureFixtures.definition()
        #expect(definition.version == 1)
        #expect(definition.delivery.pace == StructureRules.Definition.PaceBand(min: 120, max: 160))
        #expect(definition.delivery.pauseSeconds == 2.5)
        #expect(definition.delivery.tooShortWords == 40)
        #expect(try StructureFixtures.rules().stopWords.contains("the"))
    }

    @Test func badPatternIsReportedAtItsKeyPathWithPCRE2sMessageAndColumn() throws {
        var definition = try StructureFixtures.definition()
        definition.star.result[3] = #"\bcut(\s+by"#
        let error = try #require(throws: StructureRulesError.self) { try StructureRules(definition: definition) }
        let problem = try #require(error.problems.first)
        #expect(error.problems.count == 1)
        #expect(problem.keyPath == "star.result[3]")
        #expect(problem.message.contains("missing closing parenthesis"))
        #expect(problem.column == 12)
        #expect(error.description.contains("star.result[3]"))
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        var definition = try StructureFixtures.definition()
        definition.star.labels.task = "(task"
        definition.steps.monitor[0] = "[monitor"
        definition.delivery.fillers[1].pattern = "u*"
        definition.delivery.hedges[0].word = " "
        definition.delivery.pace = .init(min: 160, max: 120)
        definition.delivery.pauseSeconds = 0
        definition.star.situation = []
        let error = try #require(throws: StructureRulesError.self) { try StructureRules(definition: definition) }
        #expect(error.problems.map(\.keyPath) == [
            "star.situation", "star.labels.task", "steps.monitor[0]", "delivery.fillers[1].pattern", "delivery.hedges[0].word",
            "delivery.pace", "delivery.pauseSeconds",
        ])
        #expect(error.problems[3].message.contains("empty string"))
    }

    @Test func newerVersionIsRefusedByItsVersion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("structure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("structure.yaml")
        try "version: 2\nsomethingNew: {}\n".write(to: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: StructureRulesError.self) { try StructureRules.load(from: file) }
        #expect(error.problems.map(\.keyPath) == ["version"])
        #expect(error.problems[0].message.contains("newer"))
    }

    @Test func definitionRoundTripsThroughYAML() throws {
        let text = try String(contentsOf: StructureFixtures.rulesURL, encoding: .utf8)
        #expect(text.hasPrefix("# "))
        let definition = try StructureFixtures.definition()
        #expect(definition.star.action.count >= 2)
        #expect(definition.delivery.fillers.contains { $0.word == "you know" })
        #expect(definition.delivery.hedges.contains { $0.word == "I think" })
    }

    @Test func matchingLimitErrorsPropagate() throws {
        var definition = try StructureFixtures.definition()
        definition.star.result.append("(a+)+$")
        definition.delivery.hedges.append(.init(word: "runaway", pattern: "(a+)+$"))
        let rules = try StructureRules(definition: definition)
        let text = String(repeating: "a", count: 36) + "!"
        #expect(throws: RegexError.self) { try StructureAnalyzer(rules: rules).star(in: text, sentences: Sentence.split(text)) }
        #expect(throws: RegexError.self) {
            try DeliveryAnalyzer(rules: rules).analyze(text: text, seconds: nil, pauseDurations: nil, timeLimit: nil)
        }
    }

    @Test func errorDescriptionNamesTheFileAndEveryProblem() {
        let error = StructureRulesError(problems: [
            .init(keyPath: "star.result[3]", message: "pattern \"(\" does not compile at column 2: missing closing parenthesis",
                  column: 2),
            .init(keyPath: "delivery.pace", message: "min (160.0) must be above 0 and below max (120.0)"),
        ])
        #expect(error.description == """
            error: structure.yaml: 2 problems
              star.result[3]: pattern "(" does not compile at column 2: missing closing parenthesis
              delivery.pace: min (160.0) must be above 0 and below max (120.0)
            """)
    }

    @Test func rulesAreCompiledOnceAndShared() async throws {
        let analyzer = StructureAnalyzer(rules: try StructureFixtures.rules())
        let text = StructureFixtures.transcriptQ22
        let sentences = Sentence.split(text)
        let expected = try analyzer.star(in: text, sentences: sentences)
        let results = try await withThrowingTaskGroup(of: StarAnalysis.self) { group in
            for _ in 0..<8 { group.addTask { try analyzer.star(in: text, sentences: sentences) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}

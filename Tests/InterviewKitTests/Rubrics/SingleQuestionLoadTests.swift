import Foundation
import Testing
@testable import InterviewKit

/// `RubricLoader.load(question:)`: a command that scores against one question reads only that question's
/// file, and falls back to the whole folder when the file names do not lead to it.
@Suite struct SingleQuestionLoadTests {
    private let loader = RubricLoader(folder: Fixture.rubrics, displayName: "Rubrics")

    @Test func readsOnlyTheFileNamedAfterTheQuestion() throws {
        let outcome = loader.load(question: "t06")
        #expect(!outcome.hasErrors)
        #expect(outcome.fileCount == 1)
        #expect(outcome.bank.questions.map(\.id) == ["T06"])
        let question = try #require(outcome.bank.question(id: "T06"))
        let shipped = try #require(Fixture.bank.question(id: "T06"))
        #expect(question == shipped)
        let answer = "Prompt injection is when input overrides the model's instructions; I would separate system prompts from user data."
        let rules = try StructureRules.load(from: Fixture.rubrics.appendingPathComponent("structure.yaml"))
        let card = try Scorer(bank: outcome.bank, rules: rules).score(answer, question: question)
        #expect(card == (try ScorerTests.scorer.score(answer, question: shipped)))
        #expect(card.content?.concepts.contains { $0.hit } == true)
    }

    @Test func unknownIdFallsBackToEveryFile() {
        let outcome = loader.load(question: "T99")
        #expect(outcome.fileCount == 50)
        #expect(outcome.bank.question(id: "T99") == nil)
        #expect(outcome.bank.questions.count == 50)
    }

    @Test func fileNamedOtherwiseIsFoundByReadingEveryFile() throws {
        let folder = try TemporaryFolder()
        let source = Fixture.rubrics.appendingPathComponent("technical/T06-prompt-injection.yaml")
        try FileManager.default.copyItem(at: source, to: folder.url.appendingPathComponent("injection.yaml"))
        // Named like T06 but holding another question: not taken for T06.
        try FileManager.default.copyItem(at: Fixture.rubrics.appendingPathComponent("technical/T07-differential-privacy.yaml"),
                                         to: folder.url.appendingPathComponent("T06-old.yaml"))
        let outcome = RubricLoader(folder: folder.url, displayName: "mine", fallback: Fixture.rubrics).load(question: "T06")
        #expect(outcome.fileCount == 2)
        #expect(outcome.bank.question(id: "T06")?.number == 6)
    }

    @Test func brokenLexiconEntryShowsWhereAQuestionUsesItWhenNotChecked() throws {
        let folder = try TemporaryFolder()
        let lexicon = try String(contentsOf: Fixture.rubrics.appendingPathComponent("lexicon.yaml"), encoding: .utf8)
        #expect(lexicon.contains("  noise: '\\b(?:"))
        try lexicon.replacingOccurrences(of: "  noise: '\\b(?:", with: "  noise: '\\b(?:{{noise}}|")
            .write(to: folder.url.appendingPathComponent("lexicon.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: Fixture.rubrics.appendingPathComponent("technical/T07-differential-privacy.yaml"),
                                         to: folder.url.appendingPathComponent("T07.yaml"))
        let checked = RubricLoader(folder: folder.url, displayName: "mine").load(compiling: .checked)
        #expect(checked.diagnostics.contains { $0.description.contains("lexicon entry 'noise': lexicon entries refer to each other in a cycle: noise -> noise") })

        let outcome = RubricLoader(folder: folder.url, displayName: "mine").load(question: "T07")
        #expect(!outcome.hasErrors)
        let question = try #require(outcome.bank.question(id: "T07"))
        #expect(throws: RubricError.self) { try outcome.bank.matchers(for: question) }
    }
}

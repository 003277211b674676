import Foundation
@testable import InterviewKit
import Testing

/// A pattern that backtracks without end is caught where it is written at check time, and named by
/// question and concept at score time; never a hang.
@Suite struct PathologicalPatternTests {
    private let folder = Fixture.url("rubrics/pathological")

    @Test func checkReportsItAtThePattern() {
        let outcome = RubricLoader(folder: folder, displayName: "mine", fallback: Fixture.rubrics).load(compiling: .checked)
        let messages = outcome.diagnostics.map(\.description)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix(
            "mine/technical/P01-backtracking.yaml:15:16: error: concept 'runaway': pattern backtracks too much on a long answer (match limit exceeded)") == true)
    }

    @Test func scoringNamesTheQuestionAndConcept() throws {
        let bank = RubricLoader(folder: folder, displayName: "mine", fallback: Fixture.rubrics).load(compiling: .onDemand).bank
        let scorer = Scorer(bank: bank, rules: try StructureRules.load(from: Fixture.rubrics.appendingPathComponent("structure.yaml")))
        let question = try #require(bank.question(id: "P01"))
        let answer = String(repeating: "a", count: 3_000) + "!"
        do {
            _ = try scorer.score(answer, question: question)
            Issue.record("expected the pattern to give up")
        } catch let failure as PatternFailure {
            #expect(failure.questionID == "P01" && failure.conceptID == "runaway")
            #expect(failure.description.hasPrefix("question P01, concept 'runaway': a pattern gave up on this answer"))
        }
    }
}

extension PathologicalPatternTests {
    @Test func aRoundKeepsTheAnswerWhenItsRubricFails() throws {
        let bank = RubricLoader(folder: folder, displayName: "mine", fallback: Fixture.rubrics).load(compiling: .onDemand).bank
        let scorer = Scorer(bank: bank, rules: try StructureRules.load(from: Fixture.rubrics.appendingPathComponent("structure.yaml")))
        let question = try #require(bank.question(id: "P01"))
        let clock = ManualClock()
        let answer = String(repeating: "a", count: 3_000) + "!"
        let console = ScriptedConsole(answers: [answer], clock: clock)
        var round = Round(session: Session(id: "p", mode: .drill, planDay: nil, startedAt: clock.now, seed: nil),
                          plan: [PlannedQuestion(question: question, reason: "test")], scorer: scorer,
                          options: Round.Options(), importTranscript: { _ in throw TranscriptError(fileName: "x", message: "no") })
        let outcome = RoundRunner(console: console, now: { clock.now }) { URL(fileURLWithPath: "/s/\($0.id).json") }.run(&round)
        #expect(outcome.session.questions.first?.answer?.text == answer)
        #expect(outcome.session.questions.first?.answer?.scorecard.score == nil)
        #expect(console.output.contains("could not be scored against the rubric: question P01, concept 'runaway'"))
        #expect(outcome.session.status == .completed)
    }
}

extension PathologicalPatternTests {
    /// Other shapes of nested quantifier, each in place of P01's pattern: all caught at check time, quickly.
    @Test(arguments: [#"(a|aa)+$"#, #"(\w+\s?)+$"#, #"^(\w+)*!x"#, #"(?:\d+)+\.$"#, #"(\s*\w+\s*)+:"#, #"(.*a){12}z"#, #"(\s+|\s*\w)+%"#])
    func nestedQuantifiersAreCaughtAtCheckTime(pattern: String) throws {
        let folder = try TemporaryFolder()
        let original = try String(contentsOf: self.folder.appendingPathComponent("technical/P01-backtracking.yaml"), encoding: .utf8)
        try Data(original.replacingOccurrences(of: "'(a+)+$'", with: "'\(pattern)'").utf8).write(to: folder.url.appendingPathComponent("P01.yaml"))
        let start = ContinuousClock.now
        let outcome = RubricLoader(folder: folder.url, displayName: "mine", fallback: Fixture.rubrics).load(compiling: .checked)
        #expect(ContinuousClock.now - start < .seconds(5))
        let messages = outcome.diagnostics.map(\.message)
        #expect(messages.count == 1 && messages[0].hasPrefix("concept 'runaway': pattern backtracks too much on a long answer"), "\(messages)")
    }
}

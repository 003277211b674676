import Foundation
@testable import InterviewKit
import Testing

/// A save that fails mid-round (a full disk, a folder made read-only) is shown at once, the round goes on
/// with every answer in memory, and a later save that works clears the failure.
@Suite struct RoundSaveFailureTests {
    static let answers = [
        "Prompt injection overrides the system prompt, so we add input validation and output filtering.",
        "We validate inputs against known attack strings.",
        "I would isolate the chatbot, review the logs and brief leadership.",
        "We check which personal data leaked and tell the customers.",
        "We monitor it afterwards.",
        "We retrain the model.",
    ]

    /// Plays T06 then S22 with `save` deciding, call by call, whether the disk takes the session.
    static func play(failing: @escaping (Int) -> Bool) throws -> (outcome: RoundRunner.Outcome, shown: String, saves: Int) {
        let plan = try ["T06", "S22"].map { PlannedQuestion(question: try #require(Fixture.bank.question(id: $0)), reason: "test") }
        let clock = ManualClock()
        let session = Session(id: "round", mode: .drill, planDay: nil, startedAt: clock.now, seed: 1)
        var round = Round(session: session, plan: plan, scorer: ScorerTests.scorer, options: Round.Options(interactive: false),
                          importTranscript: { _ in throw TranscriptError(fileName: "x", message: "none") })
        let console = ScriptedConsole(answers: answers, clock: clock, interactive: false)
        var calls = 0
        let runner = RoundRunner(console: console, now: { clock.now }) { _ in
            calls += 1
            if failing(calls) {
                throw SessionStoreError.writeFailed(path: "/s/round.json", reason: "No space left on device")
            }
            return URL(fileURLWithPath: "/s/round.json")
        }
        let outcome = runner.run(&round)
        return (outcome, console.output, calls)
    }

    @Test func aFailedSaveIsShownAndTheRoundGoesOnWithEveryAnswer() throws {
        let (outcome, shown, saves) = try Self.play { _ in true }
        #expect(shown.contains("Could not save the session: error: /s/round.json: cannot write it: No space left on device"))
        #expect(shown.contains("Your answers stay on screen and in memory; the round goes on."))
        #expect(shown.contains("Question 2/2 · S22"), "the round went on")
        #expect(!shown.contains("Saved to"))
        #expect(saves >= 3)
        #expect(outcome.saveError?.contains("No space left on device") == true)
        #expect(outcome.session.status == .completed)
        let texts = outcome.session.questions.flatMap { [$0.answer?.text] + $0.followUps.map(\.answer?.text) }.compactMap { $0 }
        #expect(texts == Array(Self.answers.prefix(texts.count)) && texts.count >= 2, "every answer is in memory, in order")
    }

    @Test func aSaveThatWorksAgainClearsTheFailure() throws {
        let (outcome, shown, _) = try Self.play { $0 == 1 }
        #expect(shown.contains("Could not save the session"))
        #expect(outcome.saveError == nil)
        #expect(outcome.savedAt?.path == "/s/round.json")
        #expect(shown.hasSuffix("Saved to /s/round.json\n"))
    }
}

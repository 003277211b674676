import Foundation
@testable import InterviewKit
import Testing

/// Whole rounds played with scripted answers and fake time.
@Suite struct RoundTests {
    static let plan: PrepPlan = {
        (try? PrepPlan.load(from: Fixture.rubrics.appendingPathComponent(PrepPlan.fileName)))!
    }()

    /// A played round: the console, every session saved, and the final outcome.
    struct Played {
        var console: ScriptedConsole
        var saves: [Session]
        var outcome: RoundRunner.Outcome
        var session: Session { outcome.session }
    }

    private func play(_ request: QuestionSelector.Request, answers: [String] = [], script: [(String, Double)]? = nil,
                      standing: PracticeStanding = .empty, spoken: Bool = false, interactive: Bool = true,
                      secondsPerLine: Double = 10, seed: UInt64 = 7) throws -> Played {
        let clock = ManualClock()
        var generator = SeededGenerator(seed: seed)
        let selection = try QuestionSelector(bank: Fixture.bank, plan: Self.plan, standing: standing)
            .select(request, using: &generator)
        let console = script.map { ScriptedConsole($0, clock: clock, interactive: interactive) }
            ?? ScriptedConsole(answers: answers, secondsPerLine: secondsPerLine, clock: clock, interactive: interactive)
        let session = Session(id: "20260301-090000-test", mode: selection.mode, planDay: selection.planDay,
                              startedAt: clock.now, seed: seed)
        var round = Round(session: session, plan: selection.questions, scorer: ScorerTests.scorer,
                          options: Round.Options(spoken: spoken, interactive: interactive),
                          importTranscript: { try TranscriptImporter.load(contentsOf: Fixture.url("transcripts/\($0)")) })
        var saves: [Session] = []
        let runner = RoundRunner(console: console, now: { clock.now }) { session in
            saves.append(session)
            return URL(fileURLWithPath: "/sessions/\(session.id).json")
        }
        let outcome = runner.run(&round)
        return Played(console: console, saves: saves, outcome: outcome)
    }

    private var strongT07: String { ScorerTests.paraphrases["T07"]! }

    @Test func planDayElevenDrillsQuestionsTwentyOneToTwentyFive() throws {
        let played = try play(.init(planDay: 11), script: [(":skip", 2), (":skip", 2), (":skip", 2), (":skip", 2), (":skip", 2)])
        #expect(played.session.questions.map(\.questionID).sorted() == ["S21", "S22", "S23", "S24", "S25"])
        #expect(played.session.planDay == 11)
        #expect(played.session.status == .completed)
        #expect(played.session.questions.allSatisfy { $0.skipped })
        #expect(played.saves.count >= 5)
    }

    @Test func phaseDrillAsksTheCountAndSavesAfterEveryAnswer() throws {
        let answers = Array(repeating: "I would add monitoring and logging.", count: 3)
        let played = try play(.init(phase: 1, count: 3), answers: answers + Array(repeating: ":skip", count: 10))
        #expect(played.session.questions.count == 3)
        #expect(played.session.questions.allSatisfy { Fixture.bank.question(id: $0.questionID)?.phase == 1 })
        // The first save comes right after the first answer, before anything else is asked.
        #expect(played.saves.first?.questions.count == 1)
        #expect(played.saves.first?.questions.first?.answer?.text == answers[0])
        let answered = played.saves.map { $0.questions.compactMap(\.answer).count }
        #expect(answered == answered.sorted())
        #expect(played.console.output.contains("Round summary"))
    }

    @Test func strongAnswerGetsNoFollowUpAndIsTimed() throws {
        let played = try play(.init(questionIDs: ["T07"]), answers: [strongT07], secondsPerLine: 40)
        let record = try #require(played.session.questions.first)
        #expect(record.followUps.isEmpty)
        #expect(record.answer?.seconds == 40)
        #expect((record.answer?.scorecard.score ?? 0) >= 75)
        #expect(played.console.output.contains("[0:40/2:00] > "))
        #expect(!played.console.output.contains("Follow-up"))
    }

    @Test func weakAnswerTriggersFollowUpThatIsScoredAgainstWhatItProbes() throws {
        let followUpAnswer = "Because it adds calibrated random noise, and the privacy budget epsilon bounds how much any one person changes the output."
        let played = try play(.init(questionIDs: ["T07"]), answers: ["Differential privacy is a privacy technique.", followUpAnswer, ":skip"])
        let record = try #require(played.session.questions.first)
        #expect(!record.followUps.isEmpty)
        #expect(played.console.output.contains("Follow-up: "))
        let first = try #require(record.followUps.first)
        #expect(first.answer?.text == followUpAnswer)
        #expect(first.earned)
        #expect(played.session.status == .completed)
    }

    @Test func storyWithoutResultIsAskedForTheResult() throws {
        let story = "At my last company our fraud model was retrained weekly from partner uploads.\n"
            + "I was asked to find out if the data was poisoned.\n"
            + "I quarantined the last upload, froze the pipeline and ran outlier detection on the labels."
        let played = try play(.init(questionIDs: ["S22"]), answers: [story, "As a result precision went back up by 15 percent within a week.", ":skip"])
        let probes = played.session.questions.first?.followUps.map(\.probe) ?? []
        #expect(probes.contains(.star(.result)))
        let result = played.session.questions.first?.followUps.first { $0.probe == .star(.result) }
        #expect(result?.earned == true)
    }

    @Test func goingOverTheLimitIsShownAtOnceAndRecorded() throws {
        let lines = (0..<5).map { "Line \($0) of a long answer about differential privacy adding noise to gradients." }
        let played = try play(.init(questionIDs: ["T07"]), answers: [lines.joined(separator: "\n"), ":skip", ":skip"], secondsPerLine: 30)
        let answer = try #require(played.session.questions.first?.answer)
        #expect(answer.seconds == 150)
        #expect(answer.isOverTime)
        #expect(answer.scorecard.delivery.overTime == 30)
        #expect(played.console.output.contains("Over the 2:00 limit"))
    }

    @Test func quitKeepsWhatWasAnsweredAndMarksTheRoundInterrupted() throws {
        let played = try play(.init(phase: 1, count: 3), script: [
            ("Model inversion rebuilds training data from the model's outputs.", 20), ("", 1),
            (":skip", 1), (":skip", 1),
            ("A half-typed answer about", 5), (":quit", 1),
        ])
        #expect(played.session.status == .interrupted)
        #expect(played.session.questions.first?.answer != nil)
        #expect(played.session.questions.contains { $0.answer?.text == "A half-typed answer about" || $0.followUps.contains { $0.answer?.text == "A half-typed answer about" } })
        #expect(played.saves.last?.status == .interrupted)
    }

    @Test func endOfInputMidRoundSavesAsInterrupted() throws {
        let played = try play(.init(phase: 2, count: 3), answers: [":skip"])
        #expect(played.session.status == .interrupted)
        #expect(played.saves.last?.status == .interrupted)
    }

    @Test func fileAnswerTakesItsDurationFromTheTranscript() throws {
        let played = try play(.init(questionIDs: ["S22"]), script: [(":file answer-q22.srt", 3), (":skip", 1), (":skip", 1)])
        let answer = try #require(played.session.questions.first?.answer)
        #expect(answer.source == .file)
        #expect(answer.fileName == "answer-q22.srt")
        #expect(answer.seconds == 74.5)
        #expect(answer.scorecard.delivery.pauses == 1)
    }

    @Test func missingTranscriptFileIsReportedAndTheRoundGoesOn() throws {
        let played = try play(.init(questionIDs: ["S22"]), script: [(":file nope.vtt", 3), (":skip", 1)])
        #expect(played.console.output.contains("nope.vtt"))
        #expect(played.session.questions.first?.skipped == true)
    }

    @Test func spokenModeTimesFromEnterToEnter() throws {
        let played = try play(.init(questionIDs: ["T07"]), script: [
            ("", 2), ("", 95), (strongT07, 30), ("", 1),
        ], spoken: true)
        let answer = try #require(played.session.questions.first?.answer)
        #expect(answer.source == .spoken)
        #expect(answer.seconds == 95)
    }

    @Test func repeatAndHintHelpWithoutGivingTheAnswerAway() throws {
        let played = try play(.init(questionIDs: ["T07"]), script: [(":repeat", 1), (":hint", 1), (":skip", 1)])
        #expect(played.console.output.components(separatedBy: "Explain differential privacy").count >= 3)
        #expect(played.console.output.contains("Hint: think about"))
    }

    @Test func mockDayAsksTheWholeCategoryInOrder() throws {
        let played = try play(.init(planDay: 28), answers: Array(repeating: ":skip", count: 10))
        #expect(played.session.mode == .mock)
        #expect(played.session.questions.map(\.questionID) == (41...50).map { "B\($0)" })
    }

    @Test func rapidFireAsksFifteenToTwentyFromEveryCategoryAtTwoMinutes() throws {
        let played = try play(.init(mode: .rapidFire), answers: Array(repeating: ":skip", count: 20))
        #expect((15...20).contains(played.session.questions.count))
        let categories = Set(played.session.questions.compactMap { Category(questionID: $0.questionID) })
        #expect(categories == Set(Category.allCases))
        #expect(played.console.output.contains("· 2:00"))
        #expect(!played.console.output.contains("· 3:00"))
    }

    @Test func sameSeedPicksTheSameRound() throws {
        let first = try play(.init(mode: .rapidFire), answers: Array(repeating: ":skip", count: 20), seed: 42)
        let second = try play(.init(mode: .rapidFire), answers: Array(repeating: ":skip", count: 20), seed: 42)
        #expect(first.session.questions.map(\.questionID) == second.session.questions.map(\.questionID))
    }

    @Test func weakAnswersChangeWhatIsPickedNext() throws {
        // A first round: a weak answer on differential privacy (T07).
        let weak = try play(.init(questionIDs: ["T07"]), answers: ["It is about privacy.", ":skip", ":skip"])
        let history = History(sessions: [weak.session], timeZone: .gmt)
        let standing = PracticeStanding(history: history, bank: Fixture.bank, today: CalendarDay(year: 2027, month: 1, day: 1)!)
        let before = try play(.init(phase: 1, count: 4), answers: Array(repeating: ":skip", count: 4), standing: .empty, seed: 3)
        let after = try play(.init(phase: 1, count: 4), answers: Array(repeating: ":skip", count: 4), standing: standing, seed: 3)
        #expect(before.session.questions.map(\.questionID) != after.session.questions.map(\.questionID))
        // Questions sharing the missed topic come first among the new ones, and say why.
        let first = try #require(after.session.questions.first)
        #expect(first.reason.contains("T07"))
        #expect(after.session.questions.allSatisfy { $0.questionID != "T07" || $0.reason.contains("due") || $0.reason.contains("last score") })
    }

    @Test func weakestModePutsTheWeakestAnsweredQuestionFirst() throws {
        let weak = try play(.init(questionIDs: ["T12"]), answers: ["APIs need security.", ":skip", ":skip"])
        let history = History(sessions: [weak.session], timeZone: .gmt)
        let standing = PracticeStanding(history: history, bank: Fixture.bank, today: CalendarDay(year: 2027, month: 1, day: 1)!)
        let played = try play(.init(mode: .weakest, count: 3), answers: Array(repeating: ":skip", count: 3), standing: standing)
        #expect(played.session.mode == .weakest)
        #expect(played.session.questions.first?.questionID == "T12")
    }

    @Test func scriptedInputShowsNoPromptsOrEscapeCodes() throws {
        let played = try play(.init(questionIDs: ["T07"]), answers: [strongT07], interactive: false)
        #expect(!played.console.output.contains("] > "))
        #expect(!played.console.output.contains("\u{1B}["))
        #expect(played.session.questions.first?.answer?.scorecard.delivery.wordsPerMinute == nil)
    }

    @Test func failedSaveIsShownAndTheRoundGoesOn() throws {
        let clock = ManualClock()
        let console = ScriptedConsole(answers: [strongT07], clock: clock)
        let question = try #require(Fixture.bank.question(id: "T07"))
        var round = Round(session: Session(id: "x", mode: .drill, planDay: nil, startedAt: clock.now, seed: nil),
                          plan: [PlannedQuestion(question: question, reason: "test")], scorer: ScorerTests.scorer,
                          options: Round.Options(), importTranscript: { _ in throw TranscriptError(fileName: "x", message: "no") })
        struct DiskFull: Error, CustomStringConvertible { var description: String { "No space left on device" } }
        let outcome = RoundRunner(console: console, now: { clock.now }) { _ in throw DiskFull() }.run(&round)
        #expect(outcome.saveError == "No space left on device")
        #expect(outcome.session.questions.first?.answer?.text == strongT07)
        #expect(console.output.contains("Could not save the session: No space left on device"))
        #expect(console.output.contains("Round summary"))
    }
}

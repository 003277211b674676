import ArgumentParser
import Foundation
import InterviewKit

extension Interview {
    /// `interview practice`: a timed interview round.
    struct Practice: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a timed interview round: today's plan day, or the questions you choose.",
            discussion: """
                Answer in as many lines as you like; an empty line ends an answer. At the prompt:
                :file PATH  answer with a transcript (txt, srt, vtt, Whisper json)
                :skip  :repeat  :hint  :quit
                With standard input from a file or pipe, answers are read as blocks separated by empty lines.
                """)

        @Option(help: "drill (default), mock, rapid-fire or weakest.") var mode: RoundMode?
        @Option(help: "Drill this plan day's questions (1-30).") var day: Int?
        @Option(help: "Drill this plan phase's questions (1-3).") var phase: Int?
        @Option(help: "Only this category: technical, scenario or behavioral.") var category: InterviewKit.Category?
        @Option(name: .customLong("question"), help: ArgumentHelp("Ask this question (repeatable), e.g. --question T06.", valueName: "id"))
        var questions: [String] = []
        @Option(help: "How many questions to ask.") var count: Int?
        @Option(help: "Seed for choosing questions, to repeat a round exactly.") var seed: UInt64?
        @Flag(help: "Spoken answers: Enter to start and stop the timer, then paste the transcript or :file PATH.")
        var spoken = false
        @OptionGroup var rubrics: RubricOptions
        @OptionGroup var store: SessionOptions

        func validate() throws {
            if let day, !(1...30).contains(day) { throw ValidationError("--day must be a plan day 1 to 30, not \(day).") }
            if let phase, !(1...4).contains(phase) { throw ValidationError("--phase must be 1 to 4, not \(phase).") }
            if let count, !(1...50).contains(count) { throw ValidationError("--count must be 1 to 50, not \(count).") }
        }

        func run() throws {
            let scorer = try rubrics.scorer()
            let plan = try rubrics.plan()
            let store = self.store.store
            let now = Date()
            let today = CalendarDay(now, in: .current)
            // Digests, not whole sessions: the folder's cache makes this quick with thousands of sessions.
            let found = store.digests()
            for problem in found.problems { Output.error("warning: skipped \(problem)") }
            let history = History(digests: found.digests, concepts: found.concepts, timeZone: .current)
            let calendar = try? PlanCalendar.load(from: store.folder)
            let request = QuestionSelector.Request(
                mode: mode, day: day, phase: phase, category: category, questionIDs: questions, count: count,
                planDay: calendar?.position(on: today).practiceDay)
            let seed = seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
            var generator = SeededGenerator(seed: seed)
            let selection: QuestionSelector.Selection
            do {
                selection = try QuestionSelector(bank: scorer.bank, plan: plan,
                                                 standing: PracticeStanding(history: history, bank: scorer.bank, today: today))
                    .select(request, using: &generator)
            } catch let error as SelectionError {
                throw ValidationError(error.description)
            }
            if calendar == nil, request.planDay == nil, day == nil, phase == nil, category == nil, questions.isEmpty, mode == nil {
                Output.print(Output.style.dim("Your 30-day plan has not started, so this round drills phase 1. "
                                              + "Start it with `interview plan --start YYYY-MM-DD`."))
            }
            let session: Session
            do {
                session = try store.createNew(at: now, in: .current, using: &generator) { id in
                    Session(id: id, mode: selection.mode, planDay: selection.planDay, startedAt: now, seed: seed)
                }
            } catch {
                Output.error("\(error)\nNo question was asked. Practise with a folder you can write to: --sessions DIR.")
                throw ExitCode.failure
            }
            let console = TerminalConsole()
            var round = Round(session: session, plan: selection.questions, scorer: scorer,
                              options: Round.Options(spoken: spoken, interactive: console.isInteractive, style: Output.style),
                              importTranscript: { try TranscriptImporter.load(contentsOf: URL(fileURLWithPath: $0)) })
            let save: @Sendable (Session) throws -> URL = { session in
                try store.save(session)
                return try store.url(for: session.id)
            }
            let interrupt = InterruptGuard(save: save)
            interrupt.saved(session)
            let runner = RoundRunner(console: console, now: Date.init) { session in
                let url = try save(session)
                interrupt.saved(session)
                return url
            }
            let outcome = runner.run(&round)
            if let problem = outcome.saveError {
                Output.error(SessionRescue.rescue(outcome.session, from: store, problem: problem,
                                                  temporaryFolder: FileManager.default.temporaryDirectory))
                throw ExitCode.failure
            }
        }
    }
}

extension RoundMode: ExpressibleByArgument {}

import ArgumentParser
import Foundation
import InterviewKit

extension Interview {
    /// `interview progress`: averages, weakest concepts and topics, STAR gaps, pace, and what is due.
    struct Progress: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show progress: averages by category and phase, weakest concepts and topics, STAR gaps, pace, what is due.")

        @OptionGroup var rubrics: RubricOptions
        @OptionGroup var sessions: SessionOptions

        @Flag(help: "The report as JSON.")
        var json = false

        @Option(help: ArgumentHelp("Also write the report as a self-contained HTML page with charts.", valueName: "file"))
        var html: String?

        func run() throws {
            do {
                let found = sessions.store.digests()
                warn(found.problems)
                let history = History(digests: found.digests, concepts: found.concepts, timeZone: .current)
                let report = ProgressReport(history: history, sessions: found.digests.count, plan: loadPlanOrWarn(),
                                            today: CalendarDay(Date(), in: .current))
                if let html {
                    try PrivateFile.write(ProgressHTML.page(report), to: URL(fileURLWithPath: html))
                }
                print(json ? try ProgressText.json(report) : ProgressText.text(report), terminator: json ? "" : "\n")
            } catch {
                throw fail(error)
            }
        }

        /// The plan names the phases; without it the report leaves phases out and says why.
        private func loadPlanOrWarn() -> PrepPlan? {
            // Without a readable plan the report leaves out phases; the plan's problem is already printed.
            return try? rubrics.plan()
        }
    }
}

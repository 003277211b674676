import ArgumentParser
import Foundation
import InterviewKit

extension Interview {
    /// `interview plan`: the 30-day plan, today's day, setting the start.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the 30-day prep plan with today marked, one day in full, or set the day you start.")

        @OptionGroup var rubrics: RubricOptions
        @OptionGroup var sessions: SessionOptions

        @Option(help: ArgumentHelp("Set the plan's first day (a date such as 2026-12-01) and say which day today is.",
                                   valueName: "YYYY-MM-DD"))
        var start: String?

        @Option(help: ArgumentHelp("Show one day of the plan in full.", valueName: "1-30"))
        var day: Int?

        func validate() throws {
            if let start, CalendarDay(start) == nil {
                throw ValidationError("'\(start)' is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01.")
            }
            if let day, !(1...PrepPlan.length).contains(day) {
                throw ValidationError("--day must be between 1 and \(PrepPlan.length).")
            }
        }

        func run() throws {
            let today = CalendarDay(Date(), in: .current)
            do {
                let plan = try rubrics.plan()
                let folder = sessions.store.folder
                var calendar = try PlanCalendar.load(from: folder)
                if let start, let first = CalendarDay(start) {
                    let chosen = PlanCalendar(start: first)
                    try chosen.save(to: folder)
                    calendar = chosen
                    print(PlanText.status(chosen.position(on: today), plan: plan, calendar: chosen, today: today))
                } else if let day, let planDay = plan.day(day) {
                    print(PlanText.day(planDay, of: plan, calendar: calendar))
                } else {
                    print(PlanText.overview(plan, calendar: calendar, today: today))
                }
            } catch {
                throw fail(error)
            }
        }
    }
}

import Foundation
@testable import InterviewKit
import Testing

@Suite struct ProgressReportTests {
    private var report: ProgressReport {
        let sessions = [ReportFixture.story, ReportFixture.later]
        let plan = PrepPlan(phases: [PlanPhase(number: 2, title: "Scenario & Problem-Solving", goal: "g"),
                                     PlanPhase(number: 4, title: "Mock Interviews & Polishing", goal: "g")],
                            days: [PlanDay(day: 11, phase: 2, focus: "f", activities: "a", questions: ["S21"], mode: .drill),
                                   PlanDay(day: 27, phase: 4, focus: "f", activities: "a", questions: ["S21"], mode: .mock)],
                            habits: [])
        return ProgressReport(history: History(sessions: sessions, timeZone: .gmt), sessions: sessions.count, plan: plan,
                              today: CalendarDay(year: 2026, month: 3, day: 4)!)
    }

    @Test func averagesByCategoryPhaseAndDay() {
        let report = report
        #expect(report.overall.answers == 3)
        #expect(report.categories.map(\.category) == [.technical, .scenario])
        #expect(report.categories.map(\.scores.average) == [45, 76.5])
        #expect(report.phases.map(\.phase) == [2, 4])
        #expect(report.phases.map(\.scores.answers) == [1, 2])
        #expect(report.days.map(\.day.description) == ["2026-03-01", "2026-03-03"])
        #expect(report.weakestConcepts.map(\.conceptID) == ["auth", "key-rotation"])
        #expect(report.weakestTags.map(\.tag) == ["logging", "api"])
        #expect(report.starGaps.answers == 2 && report.starGaps.missing.map(\.part) == [.task])
        #expect(report.dueNow.map(\.questionID) == ["T12"])
        #expect(report.dueNext.map(\.questionID) == ["S23"])
    }

    @Test func textNamesTheWeakSpotsAndWhatIsDue() {
        let text = ProgressText.text(report)
        #expect(text.contains("3 answers in 2 sessions"))
        #expect(text.contains("T12 auth: made 0 of 1 (0%)"))
        #expect(text.contains("STAR parts missing in 2 story answers: task 1"))
        #expect(text.contains("Due now: T12 (last 45, due 2026-03-04)"))
    }

    @Test func htmlIsWellFormedSelfContainedAndHasCharts() throws {
        let page = ProgressHTML.page(report)
        try expectWellFormed(page)
        expectSelfContained(page)
        #expect(page.components(separatedBy: "<svg ").count - 1 == 4)
        #expect(page.contains("<polyline points="))
    }

    @Test func jsonRoundTrips() throws {
        let json = try ProgressText.json(report)
        #expect(try SessionCoding.makeDecoder().decode(ProgressReport.self, from: Data(json.utf8)) == report)
    }

    @Test func anEmptyHistorySaysSo() throws {
        let empty = ProgressReport(history: History(sessions: [], timeZone: .gmt), sessions: 0, plan: nil, today: CalendarDay(year: 2026, month: 1, day: 1)!)
        #expect(ProgressText.text(empty).hasPrefix("No answers yet"))
        try expectWellFormed(ProgressHTML.page(empty))
    }
}

@Suite struct SessionBenchmarkTests {
    @Test func aSmallRunListsAndReportsEverySession() throws {
        let folder = try TemporaryFolder()
        let figures = try SessionBenchmark.run(count: 30, seed: 3, folder: folder.url)
        #expect(figures.sessions == 30 && figures.bytes > 30 * 1000)
        #expect(SessionStore(folder: folder.url).summaries().items.count == 30)
        #expect(figures.description.contains("list (warm)"))
    }
}

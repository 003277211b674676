import Foundation
@testable import InterviewKit
import Testing

/// The shipped `Rubrics/plan.yaml`.
private let shippedPlanURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Rubrics/plan.yaml")

@Suite struct PrepPlanTests {
    @Test func shippedPlanHasThirtyValidDays() throws {
        let plan = try PrepPlan.load(from: shippedPlanURL)
        #expect(plan.days.map(\.day) == Array(1...30))
        #expect(plan.phases.map(\.number) == [1, 2, 3, 4])
        #expect(plan.problems().isEmpty)
        #expect(plan.habits.count == 4)
    }

    @Test func shippedPlanDrillsTheGuidesQuestions() throws {
        let plan = try PrepPlan.load(from: shippedPlanURL)
        #expect(plan.day(1)?.questions == ["T01", "T02"])
        #expect(plan.day(10)?.questions == (1...20).map { String(format: "T%02d", $0) })
        #expect(plan.day(11)?.questions == ["S21", "S22", "S23", "S24", "S25"])
        #expect(plan.day(12)?.questions == ["S23", "S24"])
        #expect(plan.day(20)?.count == 6)
        #expect(plan.day(26)?.mode == .mock)
        #expect(plan.day(28)?.questions.count == 10)
        let rapid = try #require(plan.day(29))
        #expect(rapid.mode == .rapidFire && rapid.count == 18 && rapid.timeLimit == 120 && rapid.questions.count == 50)
        #expect(plan.day(30)?.mode == .weakest)
        #expect(plan.phase(3)?.title == "Behavioral & Governance Mastery")
        #expect(plan.days.allSatisfy { plan.phase($0.phase) != nil })
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        var plan = try PrepPlan.load(from: shippedPlanURL)
        plan.days[4].day = 4
        plan.days[7].phase = 9
        plan.days[8].count = 5
        let problems = plan.problems()
        #expect(problems.contains("day 4 appears 2 times"))
        #expect(problems.contains("missing day 5"))
        #expect(problems.contains("day 8: phase 9 is not one of the plan's phases"))
        #expect(problems.contains("day 9: count 5 is not between 1 and the 1 questions listed"))
    }

    @Test(arguments: [0, -5, 1e300, .infinity, .nan])
    func aTimeLimitNoAnswerCanHaveIsAProblem(limit: Double) throws {
        var plan = try PrepPlan.load(from: shippedPlanURL)
        plan.days[28].timeLimit = limit
        #expect(plan.problems() == ["day 29: timeLimit must be 10 to 3600 seconds, like a question's"])
    }

    @Test func aBadRangeIsAnErrorNamingTheFile() throws {
        let yaml = try String(contentsOf: shippedPlanURL, encoding: .utf8).replacingOccurrences(of: "[S21-S25]", with: "[S25-S21]")
        #expect {
            try PrepPlan.parse(yaml, path: "plan.yaml")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("error: plan.yaml: ") && text.contains("S25-S21")
        }
    }

    @Test func aNewerVersionIsRefused() throws {
        let yaml = try String(contentsOf: shippedPlanURL, encoding: .utf8).replacingOccurrences(of: "version: 1", with: "version: 2")
        #expect(throws: PlanError.newerVersion(path: "p.yaml", version: 2)) { try PrepPlan.parse(yaml, path: "p.yaml") }
    }

    @Test func rangesExpand() {
        #expect(QuestionIDRange.expand("T01-T03") == ["T01", "T02", "T03"])
        #expect(QuestionIDRange.expand("B50") == ["B50"])
        #expect(QuestionIDRange.expand("T01-S03") == nil)
        #expect(QuestionIDRange.expand("T3") == nil)
        #expect(QuestionIDRange.expand("T01-") == nil)
        #expect(PlanText.compact(["T01", "T02", "T03", "T05", "S21", "S22"]) == "T01-T03, T05, S21, S22")
    }
}

@Suite struct PlanTextTests {
    @Test func theOverviewMarksTodayAndTheStatusSaysWhereItFalls() throws {
        let plan = try PrepPlan.load(from: shippedPlanURL)
        let calendar = PlanCalendar(start: CalendarDay(year: 2026, month: 3, day: 1)!)
        let today = CalendarDay(year: 2026, month: 3, day: 12)!
        let overview = PlanText.overview(plan, calendar: calendar, today: today)
        let marked = overview.split(separator: "\n").filter { $0.hasPrefix("▶") }
        #expect(marked.count == 1 && marked.first?.contains("12  API abuse & privacy") == true)
        #expect(overview.contains("Started 2026-03-01. Today (2026-03-12) is day 12: API abuse & privacy."))
        #expect(overview.contains("rapid-fire: 18 of T01-T20, S21-S40, B41-B50, 120 s each"))
        #expect(PlanText.status(nil, plan: plan, calendar: nil, today: today).hasPrefix("Not started"))
        #expect(PlanText.status(.notStarted(daysUntilStart: 2), plan: plan, calendar: calendar, today: today)
            == "Starts 2026-03-01, in 2 days (today is 2026-03-12).")
        #expect(PlanText.status(.finished(daysSinceLastDay: 1), plan: plan, calendar: calendar, today: today).contains("finished 1 day ago"))
        let day = PlanText.day(try #require(plan.day(20)), of: plan, calendar: calendar)
        #expect(day.hasPrefix("Day 20 of 30 (2026-03-20)\nPhase 2: Scenario & Problem-Solving."))
        #expect(day.contains("Round: drill: 6 of S21-S40"))
    }
}

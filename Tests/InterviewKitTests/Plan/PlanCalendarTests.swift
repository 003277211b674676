import Foundation
@testable import InterviewKit
import Testing

@Suite struct PlanCalendarTests {
    private let start = CalendarDay(year: 2026, month: 3, day: 1)!

    private func instant(_ text: String) -> Date {
        (try? Date.ISO8601FormatStyle().parse(text)) ?? .distantPast
    }

    @Test func beforeTheStartTheDaysAreCounted() {
        let plan = PlanCalendar(start: start)
        #expect(plan.position(on: CalendarDay(year: 2026, month: 2, day: 27)!) == .notStarted(daysUntilStart: 2))
        #expect(plan.position(on: CalendarDay(year: 2026, month: 2, day: 27)!).practiceDay == nil)
    }

    @Test func theStartIsDayOneAndTheLastIsThirty() {
        let plan = PlanCalendar(start: start)
        #expect(plan.position(on: start) == .day(1))
        #expect(plan.position(on: start.adding(days: 29)) == .day(30))
        #expect(plan.date(ofDay: 30) == CalendarDay(year: 2026, month: 3, day: 30))
    }

    @Test func pastDayThirtyThePlanIsFinishedAndPractisesDayThirty() {
        let plan = PlanCalendar(start: start)
        let position = plan.position(on: start.adding(days: 30))
        #expect(position == .finished(daysSinceLastDay: 1))
        #expect(position.practiceDay == 30)
        #expect(plan.position(on: start.adding(days: 400)) == .finished(daysSinceLastDay: 371))
    }

    @Test func theUsersLocalDayCountsNotUTC() throws {
        let plan = PlanCalendar(start: start)
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        let losAngeles = try #require(TimeZone(identifier: "America/Los_Angeles"))
        // 20:00 UTC on 28 February is already 1 March in Tokyo, still 28 February in Los Angeles.
        let moment = instant("2026-02-28T20:00:00Z")
        #expect(plan.position(at: moment, in: tokyo) == .day(1))
        #expect(plan.position(at: moment, in: losAngeles) == .notStarted(daysUntilStart: 1))
        #expect(plan.position(at: moment, in: .gmt) == .notStarted(daysUntilStart: 1))
        // 05:00 UTC on 2 March is still 1 March in Los Angeles.
        #expect(plan.position(at: instant("2026-03-02T05:00:00Z"), in: losAngeles) == .day(1))
    }

    @Test func daylightSavingChangesDoNotShiftDays() throws {
        // US clocks spring forward on 8 March 2026 and fall back on 1 November 2026.
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        let plan = PlanCalendar(start: CalendarDay(year: 2026, month: 3, day: 7)!)
        #expect(plan.position(at: instant("2026-03-08T04:59:00Z"), in: newYork) == .day(1)) // 23:59 EST on the 7th
        #expect(plan.position(at: instant("2026-03-08T05:00:00Z"), in: newYork) == .day(2)) // 00:00 EST on the 8th
        #expect(plan.position(at: instant("2026-03-09T03:59:00Z"), in: newYork) == .day(2)) // 23:59 EDT on the 8th
        #expect(plan.position(at: instant("2026-03-09T04:00:00Z"), in: newYork) == .day(3)) // 00:00 EDT on the 9th
        let autumn = PlanCalendar(start: CalendarDay(year: 2026, month: 10, day: 31)!)
        #expect(autumn.position(at: instant("2026-11-02T04:59:00Z"), in: newYork) == .day(2)) // 23:59 EST on 1 Nov
        #expect(autumn.position(at: instant("2026-11-02T05:00:00Z"), in: newYork) == .day(3))
    }

    @Test func theStartIsSavedBesideTheSessionsAndReadBack() throws {
        let folder = try TemporaryFolder()
        let sessions = folder.url.appendingPathComponent("Sessions")
        #expect(try PlanCalendar.load(from: sessions) == nil)
        try PlanCalendar(start: start).save(to: sessions)
        #expect(try PlanCalendar.load(from: sessions) == PlanCalendar(start: start))
        #expect(try permissions(of: sessions.appendingPathComponent("plan.json")) == 0o600)
        #expect(try permissions(of: sessions) == 0o700)
        let text = try String(contentsOf: sessions.appendingPathComponent("plan.json"), encoding: .utf8)
        #expect(text.contains("\"start\" : \"2026-03-01\""))
    }

    @Test func aNewerPlanFileIsRefused() throws {
        let folder = try TemporaryFolder()
        try Data(#"{"start": "2026-03-01", "version": 7}"#.utf8).write(to: folder.url.appendingPathComponent("plan.json"))
        #expect(throws: SessionStoreError.newerVersion(path: folder.url.appendingPathComponent("plan.json").path, version: 7)) {
            try PlanCalendar.load(from: folder.url)
        }
    }
}

@Suite struct CalendarDayTests {
    @Test func parsesOnlyRealDates() {
        #expect(CalendarDay("2026-12-01") == CalendarDay(year: 2026, month: 12, day: 1))
        #expect(CalendarDay("2024-02-29") != nil)
        #expect(CalendarDay("2026-02-29") == nil)
        #expect(CalendarDay("2026-13-01") == nil)
        #expect(CalendarDay("2026-1-01") == nil)
        #expect(CalendarDay("26-01-01") == nil)
        #expect(CalendarDay("2026-01-01T00:00") == nil)
        #expect(CalendarDay("") == nil)
    }

    @Test func arithmeticCrossesMonthsYearsAndLeapDays() {
        let day = CalendarDay(year: 2024, month: 2, day: 28)!
        #expect(day.adding(days: 1) == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(day.adding(days: 2) == CalendarDay(year: 2024, month: 3, day: 1))
        #expect(day.adding(days: 366) == CalendarDay(year: 2025, month: 2, day: 28))
        #expect(CalendarDay(year: 2025, month: 12, day: 31)!.adding(days: 1) == CalendarDay(year: 2026, month: 1, day: 1))
        #expect(day.days(until: CalendarDay(year: 2025, month: 2, day: 28)!) == 366)
        #expect(day.adding(days: -59) == CalendarDay(year: 2023, month: 12, day: 31))
        #expect(day.description == "2024-02-28")
    }
}

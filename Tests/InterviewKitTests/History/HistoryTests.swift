import Foundation
@testable import InterviewKit
import Testing

@Suite struct HistoryTests {
    /// T12 answered three times over three days; S23 once with follow-ups.
    private var sessions: [Session] {
        [
            SessionFixture.session("s1", hours: 0, questions: [
                SessionFixture.question("T12", hours: 0, card: SessionFixture.scorecard("T12", score: 40, concepts: [("rate-limiting", false), ("logging", true)],
                                                                          tags: ["api"])),
            ]),
            SessionFixture.session("s2", hours: 24, questions: [
                SessionFixture.question("T12", hours: 24, card: SessionFixture.scorecard("T12", score: 75, concepts: [("rate-limiting", true), ("logging", false)],
                                                                           tags: ["api"])),
                SessionFixture.question("S23", hours: 24.1, card: SessionFixture.scorecard("S23", score: 50, concepts: [("abuse", false), ("keys", true)],
                                                                             star: [.situation, .action], tags: ["api", "incident"]),
                                 followUps: [
                                     FollowUpRecord(prompt: "Abuse?", probe: .concept("abuse"),
                                                    answer: Answer(text: "I would detect abuse.", source: .typed, startedAt: SessionFixture.date(hours: 24.2),
                                                                   seconds: 20, timeLimit: 60,
                                                                   scorecard: SessionFixture.scorecard("S23", score: 60, concepts: [("abuse", true)],
                                                                                                tags: ["api", "incident"])),
                                                    earned: true),
                                     FollowUpRecord(prompt: "Result?", probe: .star(.result)),
                                 ]),
            ]),
            SessionFixture.session("s3", hours: 48, questions: [
                SessionFixture.question("T12", hours: 48, card: SessionFixture.scorecard("T12", score: 90, concepts: [("rate-limiting", true), ("logging", true)],
                                                                           tags: ["api"])),
            ]),
        ]
    }

    @Test func attemptsAreListedOverTimeWithConceptsGainedAndLost() {
        let history = History(sessions: sessions, timeZone: .gmt)
        #expect(history.attempts(for: "T12").map(\.score) == [40, 75, 90])
        #expect(history.attempts(for: "T12").map(\.sessionID) == ["s1", "s2", "s3"])
        let changes = history.changes(for: "T12")
        #expect(changes.count == 2)
        #expect(changes[0].gained == ["rate-limiting"] && changes[0].lost == ["logging"] && changes[0].scoreChange == 35)
        #expect(changes[1].gained == ["logging"] && changes[1].lost.isEmpty)
        #expect(history.isNew("B41") && !history.isNew("S23"))
        #expect(history.questionIDs == ["S23", "T12"])
    }

    @Test func masteryCountsMainAnswersAndFollowUps() {
        let history = History(sessions: sessions, timeZone: .gmt)
        #expect(history.mastery(question: "T12", concept: "rate-limiting") == Mastery(hits: 2, misses: 1))
        #expect(history.mastery(question: "S23", concept: "abuse") == Mastery(hits: 1, misses: 1), "the follow-up earned it back")
        #expect(history.mastery(tag: "incident") == Mastery(hits: 2, misses: 1))
        #expect(history.mastery(tag: "api") == Mastery(hits: 6, misses: 3))
        #expect(history.mastery(tag: "nothing").ratio == nil)
        let weakest = history.weakestConcepts(limit: 2)
        #expect(weakest.map(\.conceptID) == ["abuse", "logging"])
        #expect(weakest.first?.label == "abuse" && weakest.first?.tags == ["api", "incident"])
        #expect(history.weakestTags(limit: 5).map(\.tag) == ["api", "incident"])
    }

    @Test func starGapsCountStoryAnswersOnly() {
        let gaps = History(sessions: sessions, timeZone: .gmt).starGaps
        #expect(gaps.answers == 1)
        #expect(gaps.missing.map(\.part) == [.task, .result])
    }

    @Test func qualityFollowsTheScoreBands() {
        #expect([0, 19, 20, 39, 40, 54, 55, 69, 70, 84, 85, 100].map(Schedule.quality(for:)) == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
    }

    @Test func sm2GrowsIntervalsForStrongAnswersAndResetsWeakOnes() throws {
        let day = CalendarDay(year: 2026, month: 3, day: 1)!
        let strong = try #require(Schedule(questionID: "T01", reviews: [(day, 90), (day.adding(days: 1), 90), (day.adding(days: 7), 90)]))
        #expect(strong.repetitions == 3)
        #expect(strong.interval == 16) // 1, 6, then 6 × 2.7 (the easiness before this review) rounded
        #expect(abs(strong.easiness - 2.8) < 1e-9)
        #expect(strong.due == day.adding(days: 23))
        let lapsed = try #require(Schedule(questionID: "T01", reviews: [(day, 90), (day.adding(days: 1), 90), (day.adding(days: 7), 30)]))
        #expect(lapsed.repetitions == 0 && lapsed.interval == 1)
        #expect(lapsed.due == day.adding(days: 8))
        #expect(lapsed.easiness < 2.5)
        let hopeless = try #require(Schedule(questionID: "T01", reviews: Array(repeating: (day, 0), count: 10)))
        #expect(hopeless.easiness == 1.3)
        #expect(Schedule(questionID: "T01", reviews: []) == nil)
    }

    @Test func weakAnswersAreDueSoonerThanStrongOnes() throws {
        let history = History(sessions: sessions, timeZone: .gmt)
        let t12 = try #require(history.schedule(for: "T12"))
        let s23 = try #require(history.schedule(for: "S23"))
        #expect(s23.due == CalendarDay(year: 2026, month: 3, day: 3))
        #expect(t12.due > s23.due)
        #expect(history.due(on: CalendarDay(year: 2026, month: 3, day: 3)!).map(\.questionID) == ["S23"])
        #expect(history.due(on: CalendarDay(year: 2026, month: 3, day: 1)!).isEmpty)
        #expect(history.allSchedules.map(\.questionID) == ["S23", "T12"])
    }

    @Test func attemptDaysUseTheUsersTimeZone() throws {
        let late = [SessionFixture.session("late", hours: 15.5, questions: [
            SessionFixture.question("T01", hours: 15.5, card: SessionFixture.scorecard("T01", score: 80, concepts: [("a", true)])),
        ])]
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        #expect(History(sessions: late, timeZone: .gmt).attempts(for: "T01").first?.day == CalendarDay(year: 2026, month: 3, day: 2))
        #expect(History(sessions: late, timeZone: tokyo).attempts(for: "T01").first?.day == CalendarDay(year: 2026, month: 3, day: 2))
        let losAngeles = try #require(TimeZone(identifier: "America/Los_Angeles"))
        #expect(History(sessions: late, timeZone: losAngeles).attempts(for: "T01").first?.day == CalendarDay(year: 2026, month: 3, day: 1))
    }

    @Test func digestsGiveTheSameHistoryAsSessions() throws {
        let folder = try TemporaryFolder()
        let store = SessionStore(folder: folder.url)
        for session in sessions { try store.save(session) }
        let digests = store.digests()
        let fromStore = History(digests: digests.digests, concepts: digests.concepts, timeZone: .gmt)
        let direct = History(sessions: sessions, timeZone: .gmt)
        #expect(fromStore.allAttempts == direct.allAttempts)
        #expect(fromStore.weakestConcepts(limit: 10) == direct.weakestConcepts(limit: 10))
        #expect(fromStore.allSchedules == direct.allSchedules)
    }
}

@Suite struct ScheduleTests {
    @Test func crammingBeforeTheDueDayDoesNotLengthenTheInterval() throws {
        let day = CalendarDay(year: 2026, month: 3, day: 1)!
        let crammed = try #require(Schedule(questionID: "T01", reviews: [(day, 90), (day.adding(days: 1), 90), (day.adding(days: 2), 90),
                                                                          (day.adding(days: 3), 90)]))
        #expect(crammed.repetitions == 2 && crammed.interval == 6)
        #expect(crammed.due == day.adding(days: 9))
        let failedEarly = try #require(Schedule(questionID: "T01", reviews: [(day, 90), (day.adding(days: 1), 90), (day.adding(days: 2), 10)]))
        #expect(failedEarly.interval == 1 && failedEarly.due == day.adding(days: 3))
    }
}

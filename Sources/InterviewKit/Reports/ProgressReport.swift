import Foundation

/// `interview progress`: how practice is going, derived from the sessions' history.
public struct ProgressReport: Sendable, Hashable, Codable {
    /// Mean scores of one group of answers.
    public struct Average: Sendable, Hashable, Codable {
        public var answers: Int
        public var average: Double?
        /// The mean of the group's last five answers, to show the trend.
        public var recent: Double?
    }

    public struct CategoryAverage: Sendable, Hashable, Codable {
        public var category: Category
        public var scores: Average
    }

    public struct PhaseAverage: Sendable, Hashable, Codable {
        public var phase: Int
        public var title: String
        public var scores: Average
    }

    /// The answers of one calendar day.
    public struct DayAverage: Sendable, Hashable, Codable {
        public var day: CalendarDay
        public var answers: Int
        public var average: Double?
        public var byCategory: [CategoryAverage]
    }

    /// A question due for practice.
    public struct Due: Sendable, Hashable, Codable {
        public var questionID: String
        public var due: CalendarDay
        public var lastScore: Int?
        public var lastDay: CalendarDay
    }

    public var today: CalendarDay
    public var sessions: Int
    public var overall: Average
    public var categories: [CategoryAverage]
    /// By the plan phase of the session's plan day; sessions off the plan are left out.
    public var phases: [PhaseAverage]
    public var days: [DayAverage]
    public var weakestConcepts: [ConceptMastery]
    public var weakestTags: [TagMastery]
    public var starGaps: StarGaps
    public var averageWordsPerMinute: Double?
    public var fillersPer100Words: Double?
    /// Due today or overdue, most overdue first.
    public var dueNow: [Due]
    /// The next few after those.
    public var dueNext: [Due]

    /// The report for `history` as of `today`; `plan` names the phases (without it there are none).
    public init(history: History, sessions: Int, plan: PrepPlan?, today: CalendarDay, limit: Int = 10) {
        let attempts = history.allAttempts
        // The averages group attempts many ways: small rows, not whole attempts with their concept lists.
        let rows = attempts.map { attempt in
            Row(category: attempt.category, phase: attempt.planDay.flatMap { plan?.day($0)?.phase }, day: attempt.day,
                score: attempt.score)
        }
        self.today = today
        self.sessions = sessions
        overall = ProgressReport.average(rows)
        categories = Category.allCases.compactMap { category in
            let group = rows.filter { $0.category == category }
            return group.isEmpty ? nil : CategoryAverage(category: category, scores: ProgressReport.average(group))
        }
        phases = (plan?.phases ?? []).compactMap { phase in
            let group = rows.filter { $0.phase == phase.number }
            return group.isEmpty ? nil : PhaseAverage(phase: phase.number, title: phase.title, scores: ProgressReport.average(group))
        }
        days = Dictionary(grouping: rows, by: \.day).sorted { $0.key < $1.key }.map { day, group in
            let average = ProgressReport.average(group)
            let byCategory = Category.allCases.compactMap { category in
                let part = group.filter { $0.category == category }
                return part.isEmpty ? nil : CategoryAverage(category: category, scores: ProgressReport.average(part))
            }
            return DayAverage(day: day, answers: group.count, average: average.average, byCategory: byCategory)
        }
        weakestConcepts = history.weakestConcepts(limit: limit)
        weakestTags = history.weakestTags(limit: limit)
        starGaps = history.starGaps
        let paces = attempts.compactMap(\.wordsPerMinute).filter(\.isFinite)
        averageWordsPerMinute = paces.isEmpty ? nil : paces.reduce(0, +) / Double(paces.count)
        let words = attempts.reduce(0) { $0 + $1.words }
        fillersPer100Words = words == 0 ? nil : Double(attempts.reduce(0) { $0 + $1.fillers }) / Double(words) * 100
        let due = history.allSchedules.map { schedule in
            Due(questionID: schedule.questionID, due: schedule.due, lastScore: history.attempts(for: schedule.questionID).last?.score,
                lastDay: schedule.lastDay)
        }
        dueNow = due.filter { $0.due <= today }
        dueNext = Array(due.filter { $0.due > today }.prefix(5))
    }

    /// What the averages need of one attempt.
    private struct Row {
        let category: Category?
        /// The plan phase of the attempt's plan day.
        let phase: Int?
        let day: CalendarDay
        let score: Int?
    }

    private static func average(_ rows: [Row]) -> Average {
        func mean(_ scores: [Int]) -> Double? {
            scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count)
        }
        let scores = rows.compactMap(\.score)
        return Average(answers: rows.count, average: mean(scores), recent: mean(Array(scores.suffix(5))))
    }
}

/// A question's SM-2 spaced-repetition schedule, folded from its scored attempts.
///
/// Each attempt's score becomes a quality 0-5 (`quality(for:)`). Quality 3 or more is a successful review:
/// the interval grows 1 day, 6 days, then the previous interval times the easiness. Below 3 the question
/// starts over and is due the next day. Easiness starts at 2.5, moves by SM-2's rule, and never drops below 1.3.
/// A successful attempt before the due day (cramming) does not lengthen the interval: it only restarts it.
public struct Schedule: Sendable, Hashable, Codable {
    public var questionID: String
    /// Successful reviews in a row.
    public var repetitions: Int
    public var easiness: Double
    /// Days from the last attempt to the next.
    public var interval: Int
    public var lastDay: CalendarDay
    public var lastQuality: Int
    /// When to answer it next.
    public var due: CalendarDay

    /// SM-2 quality of a 0-100 score: below 20 is 0, then 1 (20-39), 2 (40-54), 3 (55-69), 4 (70-84), 5 (85-100).
    public static func quality(for score: Int) -> Int {
        switch score {
        case ..<20: 0
        case ..<40: 1
        case ..<55: 2
        case ..<70: 3
        case ..<85: 4
        default: 5
        }
    }

    /// The schedule after `scores` on their days, oldest first; `nil` when there are none.
    public init?(questionID: String, reviews: [(day: CalendarDay, score: Int)]) {
        guard let first = reviews.first else { return nil }
        self.questionID = questionID
        repetitions = 0
        easiness = 2.5
        interval = 0
        lastDay = first.day
        lastQuality = 0
        due = first.day
        for review in reviews { record(score: review.score, on: review.day) }
    }

    private mutating func record(score: Int, on day: CalendarDay) {
        let quality = Schedule.quality(for: score)
        if quality >= 3, day < due, repetitions > 0 {
            // Early: keep the interval, count it from today.
        } else if quality >= 3 {
            interval = switch repetitions {
            case 0: 1
            case 1: 6
            default: Int((Double(interval) * easiness).rounded())
            }
            repetitions += 1
        } else {
            repetitions = 0
            interval = 1
        }
        let shortfall = Double(5 - quality)
        easiness = max(1.3, easiness + 0.1 - shortfall * (0.08 + shortfall * 0.02))
        lastDay = day
        lastQuality = quality
        due = day.adding(days: interval)
    }
}

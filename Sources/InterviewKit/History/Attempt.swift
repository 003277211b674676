import Foundation

/// One main answer to a question, as the history sees it.
public struct Attempt: Sendable, Hashable, Codable {
    public var questionID: String
    public var sessionID: String
    public var mode: RoundMode
    public var planDay: Int?
    public var date: Date
    /// The user's calendar day of `date`.
    public var day: CalendarDay
    public var score: Int?
    public var seconds: Double
    public var words: Int
    public var wordsPerMinute: Double?
    public var fillers: Int
    /// Concept ids earned and missed.
    public var hits: [String]
    public var misses: [String]
    public var missingStar: [StarPart]
    public var hasSteps: Bool
    public var followUps: [FollowUpDigest]

    init(question: QuestionDigest, answer: AnswerDigest, session: SessionDigest, timeZone: TimeZone) {
        questionID = question.questionID
        sessionID = session.id
        mode = session.mode
        planDay = session.planDay
        date = answer.startedAt
        day = CalendarDay(answer.startedAt, in: timeZone)
        score = answer.score
        seconds = answer.seconds
        words = answer.words
        wordsPerMinute = answer.wordsPerMinute
        fillers = answer.fillers
        hits = answer.hits
        misses = answer.misses
        missingStar = answer.missingStar
        hasSteps = answer.hasSteps
        followUps = question.followUps
    }

    /// The question's category, from its id.
    public var category: Category? { Category(questionID: questionID) }
}

/// What changed from one attempt at a question to the next.
public struct AttemptChange: Sendable, Hashable, Codable {
    public var from: Attempt
    public var to: Attempt
    /// Concepts earned now and missed before, and the reverse.
    public var gained: [String]
    public var lost: [String]

    /// The score's change, when both attempts have one.
    public var scoreChange: Int? {
        guard let before = from.score, let after = to.score else { return nil }
        return after - before
    }
}

import Foundation

/// One line of the sessions list: when, how, how many questions, how well, how long.
public struct SessionSummary: Sendable, Hashable, Codable {
    public var id: String
    public var mode: RoundMode
    public var planDay: Int?
    public var startedAt: Date
    public var status: Session.Status
    /// Questions in the round, and main answers given.
    public var questions: Int
    public var answered: Int
    /// The mean score of the main answers that have one.
    public var averageScore: Double?
    /// Seconds from start to end (or to the end of the last answer).
    public var duration: TimeInterval?

    public init(_ digest: SessionDigest) {
        id = digest.id
        mode = digest.mode
        planDay = digest.planDay
        startedAt = digest.startedAt
        status = digest.status
        questions = digest.questions.count
        answered = digest.answered
        averageScore = digest.averageScore
        duration = digest.duration
    }
}

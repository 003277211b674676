import Foundation

/// What listings, history and progress need from a session, without the answers' texts and evidence:
/// a few hundred bytes where the session file holds tens of kilobytes.
public struct SessionDigest: Sendable, Hashable, Codable {
    public var id: String
    public var version: Int
    public var mode: RoundMode
    public var planDay: Int?
    public var startedAt: Date
    public var endedAt: Date?
    public var status: Session.Status
    public var questions: [QuestionDigest]

    public init(_ session: Session) {
        id = session.id
        version = session.version
        mode = session.mode
        planDay = session.planDay
        startedAt = session.startedAt
        endedAt = session.endedAt
        status = session.status
        questions = session.questions.map(QuestionDigest.init)
    }

    /// Main answers given (skipped and unreached questions left out).
    public var answered: Int {
        questions.count { $0.answer != nil }
    }

    /// The mean score of the main answers that have one.
    public var averageScore: Double? {
        let scores = questions.compactMap { $0.answer?.score }
        return scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count)
    }

    /// From start to end, or to the end of the last main answer when the round did not finish.
    public var duration: TimeInterval? {
        if let endedAt { return endedAt.timeIntervalSince(startedAt) }
        let ends = questions.compactMap { $0.answer.map { $0.startedAt.addingTimeInterval($0.seconds) } }
        return ends.max().map { $0.timeIntervalSince(startedAt) }
    }
}

/// One question of a session, digested.
public struct QuestionDigest: Sendable, Hashable, Codable {
    public var questionID: String
    public var skipped: Bool
    public var answer: AnswerDigest?
    public var followUps: [FollowUpDigest]

    init(_ record: QuestionRecord) {
        questionID = record.questionID
        skipped = record.skipped
        answer = record.answer.map(AnswerDigest.init)
        followUps = record.followUps.map(FollowUpDigest.init)
    }
}

/// An answer's numbers and findings, without its text; concept labels and tags are in a `ConceptCatalog`.
public struct AnswerDigest: Sendable, Hashable, Codable {
    public var startedAt: Date
    public var seconds: Double
    public var timeLimit: Double
    public var score: Int?
    public var words: Int
    public var wordsPerMinute: Double?
    public var fillers: Int
    /// Ids of the rubric concepts the answer earned, and of those it missed.
    public var hits: [String]
    public var misses: [String]
    /// The STAR parts the answer lacked.
    public var missingStar: [StarPart]
    /// The answer was scored against Identify, Assess, Mitigate, Monitor steps rather than STAR.
    public var hasSteps: Bool

    public init(_ answer: Answer) {
        let card = answer.scorecard
        let concepts = card.content?.concepts ?? []
        startedAt = answer.startedAt
        seconds = answer.seconds
        timeLimit = answer.timeLimit
        score = card.score
        words = card.delivery.words
        wordsPerMinute = card.delivery.wordsPerMinute
        fillers = card.delivery.fillers
        hits = concepts.filter(\.hit).map(\.id)
        misses = concepts.filter { !$0.hit }.map(\.id)
        missingStar = card.star.parts.filter { !$0.finding.present }.map(\.part)
        hasSteps = card.steps != nil
    }
}

/// A follow-up: what it probed and whether the answer made the point.
public struct FollowUpDigest: Sendable, Hashable, Codable {
    public var probe: FollowUpRecord.Probe
    public var earned: Bool
    /// The follow-up was answered (not skipped or cut short).
    public var answered: Bool

    init(_ record: FollowUpRecord) {
        probe = record.probe
        earned = record.earned
        answered = record.answer != nil
    }
}

import Foundation

/// One practice round as saved on disk: the unit of durability, written whole after every answer.
///
/// Sessions are the single source of truth: schedules and mastery are derived from them, never stored.
public struct Session: Sendable, Hashable, Codable, Identifiable {
    /// The schema version this build writes; newer files are refused with a clear message.
    public static let currentVersion = 1

    /// How the round was run.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Still being answered (or the process died mid-round).
        case inProgress = "in-progress"
        case completed
        /// Quit or interrupted before the last question.
        case interrupted
    }

    public var version: Int
    /// Unique and file-name safe, e.g. `20261127-091500-4f2a`.
    public var id: String
    public var mode: RoundMode
    /// The plan day the round drilled, when it followed the plan.
    public var planDay: Int?
    public var startedAt: Date
    public var endedAt: Date?
    public var status: Status
    /// The seed that picked the questions, so a round can be repeated.
    public var seed: UInt64?
    public var questions: [QuestionRecord]

    public init(id: String, mode: RoundMode, planDay: Int?, startedAt: Date, seed: UInt64?,
                questions: [QuestionRecord] = [], status: Status = .inProgress, endedAt: Date? = nil) {
        self.version = Session.currentVersion
        self.id = id
        self.mode = mode
        self.planDay = planDay
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.status = status
        self.seed = seed
        self.questions = questions
    }
}

/// The kinds of round, from the guide's plan.
public enum RoundMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// The day's or phase's questions (the default).
    case drill
    /// A full mock of one category (plan days 26-28).
    case mock
    /// 15-20 random questions from every category, 2 minutes each (day 29).
    case rapidFire = "rapid-fire"
    /// The user's weakest questions and concepts (day 30).
    case weakest
}

/// One question of a round: the main answer and its follow-ups.
public struct QuestionRecord: Sendable, Hashable, Codable {
    public var questionID: String
    /// The question as it was asked (rubrics may be edited later).
    public var question: String
    /// Why the selector picked it ("never answered", "you missed rate limiting twice").
    public var reason: String
    /// The main answer; `nil` when skipped or not reached.
    public var answer: Answer?
    public var skipped: Bool
    public var followUps: [FollowUpRecord]

    public init(questionID: String, question: String, reason: String, answer: Answer? = nil, skipped: Bool = false,
                followUps: [FollowUpRecord] = []) {
        self.questionID = questionID
        self.question = question
        self.reason = reason
        self.answer = answer
        self.skipped = skipped
        self.followUps = followUps
    }
}

/// An answer exactly as given, with its timing and scorecard.
public struct Answer: Sendable, Hashable, Codable {
    /// How the answer came in.
    public enum Source: String, Sendable, Hashable, Codable {
        case typed, spoken, file
    }

    /// The text as given, never altered (re-scoring makes a new scorecard, not a new text).
    public var text: String
    public var source: Source
    /// The transcript file's name, when it came from a file.
    public var fileName: String?
    public var startedAt: Date
    /// Time taken: the round's timer, or the transcript's timestamps.
    public var seconds: Double
    public var timeLimit: Double
    public var scorecard: Scorecard

    public init(text: String, source: Source, fileName: String? = nil, startedAt: Date, seconds: Double,
                timeLimit: Double, scorecard: Scorecard) {
        self.text = text
        self.source = source
        self.fileName = fileName
        self.startedAt = startedAt
        self.seconds = seconds
        self.timeLimit = timeLimit
        self.scorecard = scorecard
    }

    /// Whether the answer ran past its limit.
    public var isOverTime: Bool { seconds > timeLimit }
}

/// A follow-up question aimed at something the answer missed, and the answer to it.
public struct FollowUpRecord: Sendable, Hashable, Codable {
    /// What the follow-up probes.
    public enum Probe: Sendable, Hashable, Codable {
        /// A missed rubric concept, by id.
        case concept(String)
        /// A missing STAR part.
        case star(StarPart)
        /// A Result without a number.
        case quantifiedResult
    }

    public var prompt: String
    public var probe: Probe
    public var answer: Answer?
    /// Whether the follow-up answer made the point it probes.
    public var earned: Bool

    public init(prompt: String, probe: Probe, answer: Answer? = nil, earned: Bool = false) {
        self.prompt = prompt
        self.probe = probe
        self.answer = answer
        self.earned = earned
    }
}

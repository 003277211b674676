import Foundation

/// What the selector needs to know about the user's past answers, derived from the sessions:
/// per question its attempts, last score and review date, per topic tag how often it was missed.
public struct PracticeStanding: Sendable {
    /// One question's record.
    public struct QuestionStanding: Sendable, Hashable {
        public var attempts: Int
        public var lastScore: Int?
        /// The spaced-repetition schedule wants it again today or earlier.
        public var isDue: Bool
        /// The concept missed most often in this question, and how often.
        public var mostMissed: MissedConcept?

        public init(attempts: Int, lastScore: Int?, isDue: Bool, mostMissed: MissedConcept?) {
            self.attempts = attempts
            self.lastScore = lastScore
            self.isDue = isDue
            self.mostMissed = mostMissed
        }
    }

    /// A concept and how many times it was missed.
    public struct MissedConcept: Sendable, Hashable {
        public var label: String
        public var count: Int

        public init(label: String, count: Int) {
            self.label = label
            self.count = count
        }
    }

    /// One topic tag's record across all questions.
    public struct TagStanding: Sendable, Hashable {
        public var hits: Int
        public var misses: Int
        /// A readable name of the concept missed, and the question it was missed in.
        public var missedLabel: String?
        public var missedIn: String?

        public init(hits: Int, misses: Int, missedLabel: String?, missedIn: String?) {
            self.hits = hits
            self.misses = misses
            self.missedLabel = missedLabel
            self.missedIn = missedIn
        }

        /// Share of misses, 0 (always earned) to 1 (always missed).
        public var weakness: Double {
            hits + misses == 0 ? 0 : Double(misses) / Double(hits + misses)
        }
    }

    public var questions: [String: QuestionStanding]
    public var tags: [String: TagStanding]

    public init(questions: [String: QuestionStanding] = [:], tags: [String: TagStanding] = [:]) {
        self.questions = questions
        self.tags = tags
    }

    /// No history: every question is new.
    public static let empty = PracticeStanding()

    /// The standing the sessions' `history` gives on `today`, with labels and tags from `bank`.
    public init(history: History, bank: QuestionBank, today: CalendarDay) {
        let due = Set(history.due(on: today).map(\.questionID))
        var questions: [String: QuestionStanding] = [:]
        for id in history.questionIDs {
            let attempts = history.attempts(for: id)
            let missed = bank.question(id: id)?.concepts
                .map { MissedConcept(label: $0.label, count: history.mastery(question: id, concept: $0.id).misses) }
                .filter { $0.count > 0 }
                .max { $0.count < $1.count }
            questions[id] = QuestionStanding(attempts: attempts.count, lastScore: attempts.last?.score, isDue: due.contains(id),
                                             mostMissed: missed)
        }
        let weakest = history.weakestConcepts(limit: .max)
        var tags: [String: TagStanding] = [:]
        for tag in Set(bank.questions.flatMap { $0.concepts.flatMap(\.tags) }) {
            let mastery = history.mastery(tag: tag)
            guard mastery.attempts > 0 else { continue }
            let example = weakest.first { $0.tags.contains(tag) }
            tags[tag] = TagStanding(hits: mastery.hits, misses: mastery.misses, missedLabel: example?.label,
                                    missedIn: example?.questionID)
        }
        self.init(questions: questions, tags: tags)
    }

    /// How weak the user is on `question`, 0 (strong) to 1: the last score and the topics it shares.
    public func weakness(of question: Question) -> Double {
        let tagNames = Set(question.concepts.flatMap(\.tags))
        let tagWeakness = tagNames.isEmpty ? 0 : tagNames.map { tags[$0]?.weakness ?? 0 }.reduce(0, +) / Double(tagNames.count)
        guard let score = questions[question.id]?.lastScore else { return 0.5 + 0.5 * tagWeakness }
        return 0.6 * (1 - Double(score) / 100) + 0.4 * tagWeakness
    }

    /// The weakest tag of `question` that was missed elsewhere, for the reason shown.
    func weakestSharedTag(of question: Question) -> TagStanding? {
        Set(question.concepts.flatMap(\.tags)).compactMap { tags[$0] }
            .filter { $0.misses > 0 && $0.missedIn != question.id }
            .max { ($0.weakness, $0.misses) < ($1.weakness, $1.misses) }
    }
}

/// A question chosen for a round, why it was chosen, and the time allowed.
public struct PlannedQuestion: Sendable, Hashable {
    public var question: Question
    /// Shown to the user: "never answered", "you missed rate limiting twice".
    public var reason: String
    /// Seconds allowed (the question's own limit, or the mode's, e.g. 120 in rapid-fire).
    public var timeLimit: Int

    public init(question: Question, reason: String, timeLimit: Int? = nil) {
        self.question = question
        self.reason = reason
        self.timeLimit = timeLimit ?? question.timeLimit
    }
}

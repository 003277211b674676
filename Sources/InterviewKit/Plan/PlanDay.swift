/// One day of the plan: what to study and which questions to drill, and how.
public struct PlanDay: Sendable, Hashable, Codable {
    /// 1-30.
    public var day: Int
    /// The phase number, 1-4.
    public var phase: Int
    public var focus: String
    /// The guide's activities for the day.
    public var activities: String
    /// The questions the day drills, ranges expanded ("T01-T03" becomes T01, T02, T03).
    public var questions: [String]
    public var mode: RoundMode
    /// How many of `questions` a round takes (at random, or weakest first); `nil` means all of them.
    public var count: Int?
    /// Seconds per answer for the day, overriding each question's own limit.
    public var timeLimit: Double?

    public init(day: Int, phase: Int, focus: String, activities: String, questions: [String], mode: RoundMode,
                count: Int? = nil, timeLimit: Double? = nil) {
        self.day = day
        self.phase = phase
        self.focus = focus
        self.activities = activities
        self.questions = questions
        self.mode = mode
        self.count = count
        self.timeLimit = timeLimit
    }

    private enum CodingKeys: String, CodingKey {
        case day, phase, focus, activities, questions, mode, count, timeLimit
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        day = try container.decode(Int.self, forKey: .day)
        phase = try container.decode(Int.self, forKey: .phase)
        focus = try container.decode(String.self, forKey: .focus)
        activities = try container.decode(String.self, forKey: .activities)
        mode = try container.decode(RoundMode.self, forKey: .mode)
        count = try container.decodeIfPresent(Int.self, forKey: .count)
        timeLimit = try container.decodeIfPresent(Double.self, forKey: .timeLimit)
        var ids: [String] = []
        for entry in try container.decode([String].self, forKey: .questions) {
            guard let expanded = QuestionIDRange.expand(entry) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .questions, in: container,
                    debugDescription: "'\(entry)' is neither a question id (T01) nor a range of them (T01-T20)")
            }
            ids += expanded
        }
        questions = ids
    }

    /// What is wrong with the day on its own.
    func problems(knownPhases: Set<Int>) -> [String] {
        var problems: [String] = []
        if !knownPhases.contains(phase) { problems.append("phase \(phase) is not one of the plan's phases") }
        if focus.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("focus is empty") }
        if questions.isEmpty { problems.append("no questions") }
        if Set(questions).count != questions.count { problems.append("a question is listed twice") }
        if let count, !(1...max(1, questions.count)).contains(count) {
            problems.append("count \(count) is not between 1 and the \(questions.count) questions listed")
        }
        if let timeLimit, !(10...3600).contains(timeLimit) { problems.append("timeLimit must be 10 to 3600 seconds, like a question's") }
        return problems
    }
}

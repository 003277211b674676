import Foundation

/// Picks a round's questions: by the plan day (its questions and mode), by phase, category or id, or by
/// mode (a full mock, rapid-fire, the weakest). Within the pool, never-answered and due questions come
/// first, then the weakest, each with the reason shown to the user. A seeded generator makes it repeatable.
public struct QuestionSelector {
    /// What the user asked for.
    public struct Request: Sendable {
        public var mode: RoundMode?
        public var day: Int?
        public var phase: Int?
        public var category: Category?
        public var questionIDs: [String]
        public var count: Int?
        /// Today's plan day, when the plan has started (used when nothing narrower was asked).
        public var planDay: Int?

        public init(mode: RoundMode? = nil, day: Int? = nil, phase: Int? = nil, category: Category? = nil,
                    questionIDs: [String] = [], count: Int? = nil, planDay: Int? = nil) {
            self.mode = mode
            self.day = day
            self.phase = phase
            self.category = category
            self.questionIDs = questionIDs
            self.count = count
            self.planDay = planDay
        }
    }

    /// The round chosen.
    public struct Selection: Sendable {
        public var mode: RoundMode
        public var planDay: Int?
        public var questions: [PlannedQuestion]
    }

    /// Rounds that drill a pool ask this many questions unless the plan day or `--count` says otherwise.
    public static let defaultDrillCount = 5
    public static let defaultWeakestCount = 5
    public static let rapidFireCounts = 15...20
    public static let rapidFireTimeLimit = 120

    public let bank: QuestionBank
    public let plan: PrepPlan
    public let standing: PracticeStanding

    public init(bank: QuestionBank, plan: PrepPlan, standing: PracticeStanding) {
        self.bank = bank
        self.plan = plan
        self.standing = standing
    }

    public func select(_ request: Request, using generator: inout some RandomNumberGenerator) throws -> Selection {
        if !request.questionIDs.isEmpty {
            let questions = try request.questionIDs.map { id in
                guard let question = bank.question(id: id) else { throw SelectionError.unknownQuestion(id) }
                return PlannedQuestion(question: question, reason: "you asked for it")
            }
            return Selection(mode: request.mode ?? .drill, planDay: nil, questions: questions)
        }
        let narrowed = request.phase != nil || request.category != nil
        let dayNumber = request.day ?? (narrowed || request.mode != nil ? nil : request.planDay)
        let day = dayNumber.flatMap(plan.day)
        let mode = request.mode ?? day?.mode ?? .drill
        let limit = day?.timeLimit.map { Int($0) }

        switch mode {
        case .mock:
            let category = request.category ?? day.flatMap(category(of:)) ?? .technical
            let pool = bank.filter(phase: request.phase, category: category)
            let count = request.count ?? day?.count ?? pool.count
            let chosen = Array(pool.prefix(count)).map {
                PlannedQuestion(question: $0, reason: "full \(category.rawValue) mock", timeLimit: limit)
            }
            return Selection(mode: mode, planDay: dayNumber, questions: chosen)
        case .rapidFire:
            let pool = bank.filter(phase: request.phase, category: request.category)
            let count = request.count ?? day?.count ?? Int.random(in: Self.rapidFireCounts, using: &generator)
            let chosen = interleavedByCategory(pool, using: &generator).prefix(count).map {
                PlannedQuestion(question: $0, reason: "rapid-fire", timeLimit: limit ?? Self.rapidFireTimeLimit)
            }
            return Selection(mode: mode, planDay: dayNumber, questions: Array(chosen))
        case .weakest:
            let pool = bank.filter(phase: request.phase, category: request.category)
            let ranked = pool.map { ($0, standing.weakness(of: $0), Double.random(in: 0..<1, using: &generator)) }
                .sorted { ($0.1, $0.2) > ($1.1, $1.2) }
            let count = request.count ?? day?.count ?? Self.defaultWeakestCount
            let chosen = ranked.prefix(count).map { PlannedQuestion(question: $0.0, reason: reason(for: $0.0), timeLimit: limit) }
            return Selection(mode: mode, planDay: dayNumber, questions: Array(chosen))
        case .drill:
            let pool = drillPool(request: request, day: day)
            guard !pool.isEmpty else { throw SelectionError.emptyPool }
            let count = request.count ?? day?.count ?? (day == nil ? Self.defaultDrillCount : pool.count)
            let ranked = pool.map { question -> (Question, Int, Double, Double) in
                let record = standing.questions[question.id]
                let tier = record == nil ? 0 : record?.isDue == true ? 1 : 2
                return (question, tier, standing.weakness(of: question), Double.random(in: 0..<1, using: &generator))
            }.sorted { ($0.1, -$0.2, $0.3) < ($1.1, -$1.2, $1.3) }
            let chosen = ranked.prefix(count).map {
                PlannedQuestion(question: $0.0, reason: reason(for: $0.0), timeLimit: limit)
            }
            return Selection(mode: mode, planDay: dayNumber, questions: Array(chosen))
        }
    }

    /// The questions a drill chooses from: the plan day's, else the phase's or category's, else phase 1.
    private func drillPool(request: Request, day: PlanDay?) -> [Question] {
        if let day, request.phase == nil, request.category == nil {
            return day.questions.compactMap(bank.question(id:))
        }
        let phase = request.phase ?? (request.category == nil ? 1 : nil)
        return bank.filter(phase: phase, category: request.category)
    }

    /// The category a mock day drills (all of its questions share one).
    private func category(of day: PlanDay) -> Category? {
        let categories = Set(day.questions.compactMap { bank.question(id: $0)?.category })
        return categories.count == 1 ? categories.first : nil
    }

    /// Questions shuffled within each category and dealt out in turn, so every category comes up.
    private func interleavedByCategory(_ pool: [Question], using generator: inout some RandomNumberGenerator) -> [Question] {
        var groups = Category.allCases.map { category in pool.filter { $0.category == category }.shuffled(using: &generator) }
        var dealt: [Question] = []
        while groups.contains(where: { !$0.isEmpty }) {
            for index in groups.indices where !groups[index].isEmpty {
                dealt.append(groups[index].removeFirst())
            }
        }
        return dealt
    }

    /// Why `question` was picked, in the user's terms.
    func reason(for question: Question) -> String {
        guard let record = standing.questions[question.id] else {
            if let tag = standing.weakestSharedTag(of: question), let label = tag.missedLabel, let where_ = tag.missedIn {
                return "new; you missed \(label) in \(where_)"
            }
            return "never answered"
        }
        if let missed = record.mostMissed, missed.count >= 2 {
            return "you missed \(missed.label) \(missed.count == 2 ? "twice" : "\(missed.count) times")"
        }
        let last = record.lastScore.map { "last score \($0)" } ?? "last answer skipped"
        if record.isDue { return "due for review (\(last))" }
        return last
    }
}

/// Why no round could be chosen.
public enum SelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownQuestion(String)
    case emptyPool

    public var description: String {
        switch self {
        case let .unknownQuestion(id): "unknown question '\(id)'; run `interview questions` to list them"
        case .emptyPool: "no questions match; run `interview questions` with the same filters to check"
        }
    }
}

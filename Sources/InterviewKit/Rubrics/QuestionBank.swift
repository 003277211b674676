import PCRE2

/// Every question with its rubric compiled once: what the scorer, the rounds and the listings use.
public struct QuestionBank: Sendable {
    /// The questions in the guide's order.
    public let questions: [Question]
    public let lexicon: Lexicon
    private let matchers: [String: [ConceptMatcher]]

    init(questions: [Question], lexicon: Lexicon, matchers: [String: [ConceptMatcher]]) {
        self.questions = questions.sorted { ($0.number, $0.id) < ($1.number, $1.id) }
        self.lexicon = lexicon
        self.matchers = matchers
    }

    /// The question with `id` (case-insensitive), if the bank has it.
    public func question(id: String) -> Question? {
        let wanted = id.uppercased()
        return questions.first { $0.id.uppercased() == wanted }
    }

    /// The compiled concepts of a question, in rubric order.
    public func matchers(for question: Question) -> [ConceptMatcher] {
        matchers[question.id] ?? []
    }

    /// The questions matching every filter given.
    public func filter(phase: Int? = nil, day: Int? = nil, category: Category? = nil) -> [Question] {
        questions.filter { question in
            (phase.map { question.phase == $0 } ?? true)
                && (day.map { question.days.contains($0) } ?? true)
                && (category.map { question.category == $0 } ?? true)
        }
    }
}

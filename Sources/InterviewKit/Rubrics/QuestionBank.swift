import Foundation
import PCRE2

/// Every question with its rubric compiled once: what the scorer, the rounds and the listings use.
public struct QuestionBank: Sendable {
    /// The questions in the guide's order.
    public let questions: [Question]
    public let lexicon: Lexicon
    private let matchers: MatcherStore

    init(questions: [Question], lexicon: Lexicon, matchers: MatcherStore) {
        self.questions = questions.sorted { ($0.number, $0.id) < ($1.number, $1.id) }
        self.lexicon = lexicon
        self.matchers = matchers
    }

    /// The question with `id` (case-insensitive), if the bank has it.
    public func question(id: String) -> Question? {
        let wanted = id.uppercased()
        return questions.first { $0.id.uppercased() == wanted }
    }

    /// The compiled concepts of a question, in rubric order (compiled on first use when the bank was
    /// loaded on demand).
    /// - Throws: ``RubricError`` when a pattern of the question does not compile.
    public func matchers(for question: Question) throws(RubricError) -> [ConceptMatcher] {
        try matchers.matchers(for: question.id)
    }

    /// Every compiled pattern the concepts of `question` run (each concept's `patterns`, then its `all`), the
    /// very `Regex` objects ``Scorer`` uses: for benchmarks that time the matching alone.
    package func regexes(for question: Question) throws(RubricError) -> [Regex] {
        try matchers(for: question).flatMap { ($0.anyOf + $0.allOf).map(\.regex) }
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

/// The compiled concepts of every question: all compiled at load, or each question's on its first use.
final class MatcherStore: @unchecked Sendable {
    // @unchecked: `compiled` is only touched under `lock`; `compile` is itself Sendable.
    private let lock = NSLock()
    private var compiled: [String: Result<[ConceptMatcher], RubricError>]
    private let compile: @Sendable (String) -> Result<[ConceptMatcher], RubricError>

    /// A store with every question compiled already.
    init(compiled: [String: [ConceptMatcher]]) {
        self.compiled = compiled.mapValues { .success($0) }
        self.compile = { _ in .success([]) }
    }

    /// A store that compiles a question the first time it is asked for.
    init(onDemand compile: @escaping @Sendable (String) -> Result<[ConceptMatcher], RubricError>) {
        self.compiled = [:]
        self.compile = compile
    }

    func matchers(for id: String) throws(RubricError) -> [ConceptMatcher] {
        lock.lock()
        defer { lock.unlock() }
        if let done = compiled[id] { return try done.get() }
        let result = compile(id)
        compiled[id] = result
        return try result.get()
    }
}

/// Problems that keep a question from being scored, found when its patterns are compiled.
public struct RubricError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

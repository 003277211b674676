import PCRE2

/// An answer that could not be scored because a pattern gave up on it (it hit PCRE2's limits), named by
/// question and concept so that the rubric can be fixed. The answer itself is untouched.
public struct ScoringError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The question scored against; `nil` for a structure-and-delivery check of free text.
    public var questionID: String?
    /// The concept whose pattern gave up; `nil` for a pattern of `structure.yaml` (STAR, steps, delivery).
    public var conceptID: String?
    /// What PCRE2 reported.
    public var regexError: RegexError

    public init(questionID: String?, conceptID: String?, regexError: RegexError) {
        self.questionID = questionID
        self.conceptID = conceptID
        self.regexError = regexError
    }

    /// `question T06, concept 'definition': pattern "(a+)+$" backtracks too much (...)`.
    public var description: String {
        let place = [questionID.map { "question \($0)" }, conceptID.map { "concept '\($0)'" } ?? "structure.yaml"]
        return place.compactMap { $0 }.joined(separator: ", ") + ": \(regexError)"
    }
}

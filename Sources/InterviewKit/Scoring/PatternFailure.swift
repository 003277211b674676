import PCRE2

/// A rubric pattern that failed on an answer (it backtracked past PCRE2's limits), named by question and
/// concept so that the rubric can be fixed; `interview rubrics check` finds most of these beforehand.
public struct PatternFailure: Error, Sendable, CustomStringConvertible {
    public var questionID: String?
    public var conceptID: String
    public var error: RegexError

    public var description: String {
        let question = questionID.map { "question \($0), " } ?? ""
        return "\(question)concept '\(conceptID)': a pattern gave up on this answer (\(error.message)); "
            + "simplify it in the rubric and run `interview rubrics check`"
    }
}

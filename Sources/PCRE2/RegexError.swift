/// What can go wrong compiling or running a ``Regex``.
public enum RegexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The pattern does not compile. `column` is the 0-based *character* offset in the pattern at which
    /// PCRE2 stopped (PCRE2 itself reports a byte offset).
    case compile(message: String, column: Int, pattern: String)
    /// Matching gave up: the pattern backtracks too much for this text (match, depth, heap or JIT stack
    /// limit). Distinct from a miss, so that a pathological pattern is reported instead of hanging.
    case limitExceeded(message: String, pattern: String)
    /// Any other negative result from `pcre2_match`.
    case match(code: Int32, message: String, pattern: String)

    /// PCRE2's own words for the error, without the pattern.
    public var message: String {
        switch self {
        case let .compile(message, _, _), let .limitExceeded(message, _), let .match(_, message, _): message
        }
    }

    public var description: String {
        switch self {
        case let .compile(message, column, pattern):
            "pattern \(pattern.debugDescription) does not compile at column \(column + 1): \(message)"
        case let .limitExceeded(message, pattern):
            "pattern \(pattern.debugDescription) backtracks too much (\(message)); simplify nested quantifiers"
        case let .match(code, message, pattern):
            "pattern \(pattern.debugDescription) failed to match (error \(code)): \(message)"
        }
    }
}

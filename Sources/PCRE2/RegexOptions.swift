internal import CPCRE2

/// Compile options for a ``Regex``.
public struct RegexOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Letters match regardless of case (Unicode case folding with `.utf`).
    public static let caseless = RegexOptions(rawValue: cpcre2_caseless())
    /// The pattern and subjects are UTF-8 (code points, not bytes).
    public static let utf = RegexOptions(rawValue: cpcre2_utf())
    /// `\b`, `\w`, `\d` and POSIX classes use Unicode properties (so `\bδ\b` works).
    public static let ucp = RegexOptions(rawValue: cpcre2_ucp())
    /// `^` and `$` match at line starts and ends.
    public static let multiline = RegexOptions(rawValue: cpcre2_multiline())
    /// `.` matches newlines too.
    public static let dotAll = RegexOptions(rawValue: cpcre2_dotall())
    /// Whitespace in the pattern is ignored and `#` starts a comment.
    public static let extended = RegexOptions(rawValue: cpcre2_extended())

    /// Unicode text, Unicode word boundaries: the usual choice.
    public static let unicode: RegexOptions = [.utf, .ucp]
}

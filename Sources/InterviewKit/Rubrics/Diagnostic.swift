/// A problem found in a data file, reported like a compiler error:
///
/// ```
/// Rubrics/technical/T06-prompt-injection.yaml:14:31: error: concept 'definition': pattern does not compile: missing closing parenthesis
///       - '{{prompt-injection}}(abc'
///                               ^
/// ```
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    /// The file as the user named it.
    public var file: String
    /// 1-based line and column (in characters); `nil` when the problem concerns the whole file.
    public var line: Int?
    public var column: Int?
    public var severity: Severity
    public var message: String
    /// The offending source line, shown with a caret under `column`.
    public var sourceLine: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error, message: String,
                sourceLine: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.sourceLine = sourceLine
    }

    /// `file:line:col: error: message`, then the line and a caret when known.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        var text = "\(location): \(severity.rawValue): \(message)"
        if let sourceLine, let column {
            let expanded = sourceLine.replacingTabs()
            text += "\n\(expanded)\n" + String(repeating: " ", count: max(0, column - 1)) + "^"
        }
        return text
    }
}

private extension String {
    func replacingTabs() -> String {
        split(separator: "\t", omittingEmptySubsequences: false).joined(separator: " ")
    }
}

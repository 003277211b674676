/// Why a transcript file could not be imported, worded like a compiler error:
/// `answer.srt:12: error: timestamp goes backwards (00:00:05,000 after 00:00:07,000)`.
public struct TranscriptError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name (its last path component), as the user would recognise it.
    public var fileName: String
    /// The 1-based line the problem is on, when it is on one.
    public var line: Int?
    /// What is wrong, in plain words.
    public var message: String

    public init(fileName: String, line: Int? = nil, message: String) {
        self.fileName = fileName
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line {
            "\(fileName):\(line): error: \(message)"
        } else {
            "\(fileName): error: \(message)"
        }
    }
}

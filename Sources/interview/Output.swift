import Foundation
import InterviewKit

/// Standard output and error for the commands, with colour only on a terminal and never with NO_COLOR.
enum Output {
    /// Whether standard output is a terminal that may show colour.
    static let style = TextStyle(enabled: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)

    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

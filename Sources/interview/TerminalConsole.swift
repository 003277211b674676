import Foundation
import InterviewKit

/// The terminal as a round's console: reads standard input line by line, writes standard output.
final class TerminalConsole: Console {
    let isInteractive = isatty(STDIN_FILENO) == 1

    func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

@testable import InterviewKit

/// A console that types scripted lines and records everything shown, for playing rounds in tests.
final class ScriptedConsole: Console {
    private var lines: [String]
    private(set) var shown = ""
    let isInteractive = false

    init(_ lines: [String]) {
        self.lines = lines
    }

    func readLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }

    func write(_ text: String) {
        shown += text
    }
}

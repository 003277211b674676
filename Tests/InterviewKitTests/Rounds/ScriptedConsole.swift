import Foundation
@testable import InterviewKit

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    var now = Date(timeIntervalSince1970: 1_790_000_000)

    func advance(_ seconds: Double) {
        now = now.addingTimeInterval(seconds)
    }
}

/// A console that types scripted lines, each after a scripted pause on the manual clock, and keeps what
/// the round shows. Reading past the script is the end of input.
final class ScriptedConsole: Console {
    private var script: [(line: String, after: Double)]
    private let clock: ManualClock
    let isInteractive: Bool
    private(set) var output = ""

    init(_ script: [(String, Double)], clock: ManualClock, interactive: Bool = true) {
        self.script = script.map { (line: $0.0, after: $0.1) }
        self.clock = clock
        self.isInteractive = interactive
    }

    /// Answers as blocks: each answer's lines typed `secondsPerLine` apart, then an empty line.
    convenience init(answers: [String], secondsPerLine: Double = 10, clock: ManualClock, interactive: Bool = true) {
        var script: [(String, Double)] = []
        for answer in answers {
            for line in answer.split(separator: "\n", omittingEmptySubsequences: false) {
                script.append((String(line), secondsPerLine))
            }
            script.append(("", 0))
        }
        self.init(script, clock: clock, interactive: interactive)
    }

    func readLine() -> String? {
        guard !script.isEmpty else { return nil }
        let next = script.removeFirst()
        clock.advance(next.after)
        return next.line
    }

    func write(_ text: String) {
        output += text
    }
}

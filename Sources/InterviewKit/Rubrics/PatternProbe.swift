import PCRE2

/// Long texts that make a pattern with nested quantifiers (`(a+)+$`, `(\w+\s?)*x`) backtrack past PCRE2's
/// limits. `interview rubrics check` tries every concept pattern on them, so that such a pattern is
/// reported where it is written instead of failing an answer in the middle of a round.
enum PatternProbe {
    /// Characters in each probe: far more than a spoken answer (three minutes are about 3,000).
    static let length = 10_000

    /// A text to try, and how a message names it.
    struct Text {
        let name: String
        let text: String
    }

    /// What ends every probe: punctuation and letters, so that a pattern needing one of them (PCRE2 skips a
    /// text that lacks a character the pattern must match) is still tried, and one anchored at the end fails
    /// and retries every way of splitting the run before it.
    static let tail = "!.,;:?%-bcdefghijklmnopqrstuvwxyz"

    /// Runs of a letter, a digit, short words and spaces, each ended by ``tail``; and the question and its
    /// examples run together into one long line.
    static func texts(for question: Question) -> [Text] {
        let realistic = ([question.question] + question.concepts.flatMap { $0.examples.match + $0.examples.noMatch })
            .joined(separator: " ")
        return [
            run("a", "a long run of 'a'"),
            run("1", "a long run of digits"),
            run("ab ", "a long run of short words"),
            run(" ", "a long run of spaces"),
            run(realistic + " ", "a long answer made of the question's examples"),
        ]
    }

    /// Why `regex` cannot be trusted on a long answer, or `nil` when it ends within PCRE2's limits on every probe.
    static func problem(with regex: Regex, on texts: [Text]) -> String? {
        for probe in texts {
            do {
                _ = try regex.byteRanges(in: probe.text)
            } catch {
                guard case let .limitExceeded(message, _) = error else { return "pattern fails on \(probe.name): \(error)" }
                return "pattern backtracks too much on \(probe.name) (\(message)); "
                    + "simplify nested quantifiers such as (a+)+ or (\\w+\\s?)*"
            }
        }
        return nil
    }

    private static func run(_ unit: String, _ name: String) -> Text {
        let repeated = String(repeating: unit, count: max(1, length / max(1, unit.count)))
        return Text(name: name, text: repeated + tail)
    }
}

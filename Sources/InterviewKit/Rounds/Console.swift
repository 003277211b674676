/// Where a round reads answers and writes questions: the terminal in the executable, a script in tests.
public protocol Console: AnyObject {
    /// The next line typed, without its line end; `nil` at the end of input.
    func readLine() -> String?
    /// Shows `text` as it is (the caller adds line ends).
    func write(_ text: String)
    /// Whether a person is typing (prompts and timers are shown) rather than a script piping answers.
    var isInteractive: Bool { get }
}

extension Console {
    /// Shows `text` and a line end.
    func writeLine(_ text: String = "") {
        write(text + "\n")
    }
}

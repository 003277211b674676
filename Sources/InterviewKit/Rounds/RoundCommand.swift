/// A command typed at the answer prompt: `:file PATH`, `:skip`, `:repeat`, `:hint`, `:quit`.
enum RoundCommand: Equatable {
    case file(String)
    case skip
    case `repeat`
    case hint
    case quit
    case unknown(String)

    /// The command in `line` (which starts with `:`), or nil for text that only looks like one (":)").
    init?(_ line: String) {
        let body = line.dropFirst()
        let word = body.prefix { !$0.isWhitespace }
        guard !word.isEmpty, word.allSatisfy(\.isLetter) else { return nil }
        let argument = body.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        switch word.lowercased() {
        case "file": self = argument.isEmpty ? .unknown("file (give a path: :file answer.vtt)") : .file(argument)
        case "skip": self = .skip
        case "repeat": self = .repeat
        case "hint": self = .hint
        case "quit", "q", "exit": self = .quit
        default: self = .unknown(String(word))
        }
    }
}

import Foundation
import PCRE2

/// Turns rubric patterns into compiled PCRE2 regexes: lexicon references expanded, typo tolerance
/// widened in, caseless Unicode matching. Each lexicon entry is expanded once, when a pattern first uses
/// it (a command that scores one question expands a tenth of the lexicon), and reused from any thread.
final class PatternCompiler: @unchecked Sendable {
    // @unchecked: the memo of expansions is only touched under `lock`; `lexicon` is a constant.

    /// Why a pattern cannot be used; `offset` is a character offset in the pattern as written.
    struct Problem: Error {
        let message: String
        let offset: Int?
    }

    /// The options every rubric pattern is compiled with.
    static let options: RegexOptions = [.utf, .ucp, .caseless]

    private let lexicon: Lexicon
    private let lock = NSLock()
    /// Expanded lexicon entries, each wrapped in `(?:...)`, with its length in characters counted once.
    private var expansions: [String: (body: String, length: Int)] = [:]
    /// Entries that could not be expanded, with the reason (reported once, at the entry).
    private var brokenEntries: [String: Problem] = [:]

    /// - Parameter eager: expand every entry now, in name order, so that every broken entry is known
    ///   (`rubrics check`); otherwise each is expanded when first used.
    init(lexicon: Lexicon, eager: Bool = false) {
        self.lexicon = lexicon
        guard eager else { return }
        for name in lexicon.entries.keys.sorted() {
            _ = entry(name)
        }
    }

    /// The expansion of the lexicon entry `name`, or why it has none (nil for a name the lexicon lacks).
    func entry(_ name: String) -> Result<(body: String, length: Int), Problem>? {
        lock.withLock {
            var visiting: [String] = []
            if let body = expandEntry(name, visiting: &visiting) { return .success(body) }
            return brokenEntries[name].map { .failure($0) }
        }
    }

    /// Expands and compiles `source`, widening it for typos when it or its owner asks.
    func compile(_ source: PatternSource, fuzzy: Bool = false, jit: Bool = true) throws(Problem) -> Regex {
        let text = fuzzy || source.fuzzy ? FuzzyPattern.widen(source.regex) : source.regex
        let regex: Regex
        do {
            regex = try Regex(try expand(text).pattern, options: Self.options, jit: jit)
        } catch let problem as Problem {
            throw problem
        } catch {
            // Locate the error in the pattern as written: compile it unwidened, whose columns map back.
            let exact = try expand(source.regex)
            do {
                _ = try Regex(exact.pattern, options: Self.options, jit: false)
            } catch let .compile(message, column, _) {
                throw Problem(message: "pattern does not compile: \(message)", offset: exact.sourceOffset(ofExpanded: column))
            } catch {}
            throw Problem(message: "pattern does not compile: \(error)", offset: nil)
        }
        if regex.minimumLength == 0 {
            throw Problem(message: "pattern can match the empty string, so it would match any answer", offset: nil)
        }
        return regex
    }

    /// A pattern with its `{{name}}` references replaced, and where each piece came from.
    struct Expansion {
        var pattern = ""
        /// (start in `pattern`, start in the source, length in the source; nil length for a reference).
        fileprivate var pieces: [(expanded: Int, source: Int, literal: Bool)] = []

        /// The source offset of a character offset in the expanded pattern: inside a reference, its `{{`.
        func sourceOffset(ofExpanded offset: Int) -> Int {
            guard let piece = pieces.last(where: { $0.expanded <= offset }) else { return offset }
            return piece.literal ? piece.source + (offset - piece.expanded) : piece.source
        }
    }

    func expand(_ pattern: String) throws(Problem) -> Expansion {
        var expansion = Expansion()
        var expandedCount = 0
        var sourceOffset = 0
        for piece in Self.split(pattern) {
            switch piece {
            case let .literal(text):
                expansion.pieces.append((expandedCount, sourceOffset, true))
                expansion.pattern += text
                expandedCount += text.count
                sourceOffset += text.count
            case let .reference(name, length):
                switch entry(name) {
                case let .success(body)?:
                    expansion.pieces.append((expandedCount, sourceOffset, false))
                    expansion.pattern += body.body
                    expandedCount += body.length
                    sourceOffset += length
                case let .failure(broken)?:
                    throw Problem(message: "lexicon entry '\(name)' is broken: \(broken.message)", offset: sourceOffset)
                case nil:
                    let hint = Schema.closest(to: name, among: Array(lexicon.entries.keys)).map { " (did you mean '\($0)'?)" } ?? ""
                    throw Problem(message: "unknown lexicon name '\(name)'\(hint)", offset: sourceOffset)
                }
            }
        }
        return expansion
    }

    /// Expands `name` and what it refers to, recording broken entries; the caller holds `lock`.
    private func expandEntry(_ name: String, visiting: inout [String]) -> (body: String, length: Int)? {
        if let done = expansions[name] { return done }
        if brokenEntries[name] != nil { return nil }
        guard let entry = lexicon.entries[name] else { return nil }
        if visiting.contains(name) {
            brokenEntries[name] = Problem(message: "lexicon entries refer to each other in a cycle: "
                + (visiting + [name]).joined(separator: " -> "), offset: nil)
            return nil
        }
        visiting.append(name)
        defer { visiting.removeLast() }
        let source = entry.fuzzy ? FuzzyPattern.widen(entry.regex) : entry.regex
        var body = ""
        for piece in Self.split(source) {
            switch piece {
            case let .literal(text): body += text
            case let .reference(inner, _):
                guard let expanded = expandEntry(inner, visiting: &visiting) else {
                    if brokenEntries[name] == nil {
                        let reason = lexicon.entries[inner] == nil
                            ? "unknown lexicon name '\(inner)'"
                            : brokenEntries[inner]?.message ?? "uses the broken entry '\(inner)'"
                        brokenEntries[name] = Problem(message: reason, offset: nil)
                    }
                    return nil
                }
                body += expanded.body
            }
        }
        let wrapped = "(?:" + body + ")"
        expansions[name] = (wrapped, wrapped.count)
        return expansions[name]
    }

    private enum Piece {
        case literal(String)
        /// A `{{name}}` reference and its length in characters.
        case reference(String, Int)
    }

    /// Splits a pattern into literal text and `{{name}}` references (names are ASCII letters, digits, `-`, `_`).
    private static func split(_ pattern: String) -> [Piece] {
        let bytes = Array(pattern.utf8)
        var pieces: [Piece] = []
        var literalStart = 0
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
            guard end > index + 2, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "}"), bytes[end + 1] == UInt8(ascii: "}") else {
                index += 1
                continue
            }
            if literalStart < index { pieces.append(.literal(String(decoding: bytes[literalStart..<index], as: UTF8.self))) }
            let name = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
            pieces.append(.reference(name, name.utf8.count + 4))
            index = end + 2
            literalStart = index
        }
        if literalStart < bytes.count { pieces.append(.literal(String(decoding: bytes[literalStart...], as: UTF8.self))) }
        return pieces
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}

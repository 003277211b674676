import PCRE2

/// Turns rubric patterns into compiled PCRE2 regexes: lexicon references expanded, typo tolerance
/// widened in, caseless Unicode matching, JIT. Each lexicon entry is expanded once and reused.
struct PatternCompiler {
    /// Why a pattern cannot be used; `offset` is a character offset in the pattern as written.
    struct Problem: Error {
        let message: String
        let offset: Int?
    }

    /// The options every rubric pattern is compiled with.
    static let options: RegexOptions = [.utf, .ucp, .caseless]

    private let lexicon: Lexicon
    /// Expanded lexicon entries, each wrapped in `(?:...)`.
    private(set) var expansions: [String: String] = [:]
    /// Entries that could not be expanded, with the reason (reported once, at the entry).
    private(set) var brokenEntries: [String: Problem] = [:]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        for name in lexicon.entries.keys.sorted() {
            var visiting: [String] = []
            _ = expandEntry(name, visiting: &visiting)
        }
    }

    /// Expands and compiles `source`, widening it for typos when it or its owner asks.
    func compile(_ source: PatternSource, fuzzy: Bool = false, jit: Bool = true) throws(Problem) -> Regex {
        let widened = fuzzy || source.fuzzy
        let exact = try expand(source.regex)
        do {
            let checked = try Regex(exact.pattern, options: Self.options, jit: jit && !widened)
            if checked.minimumLength == 0 {
                throw Problem(message: "pattern can match the empty string, so it would match any answer", offset: nil)
            }
            guard widened else { return checked }
            return try Regex(try expand(FuzzyPattern.widen(source.regex)).pattern, options: Self.options, jit: jit)
        } catch let error as RegexError {
            guard case let .compile(message, column, _) = error else { throw Problem(message: "\(error)", offset: nil) }
            throw Problem(message: "pattern does not compile: \(message)", offset: exact.sourceOffset(ofExpanded: column))
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(message: "\(error)", offset: nil)
        }
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
                guard let body = expansions[name] else {
                    if let broken = brokenEntries[name] {
                        throw Problem(message: "lexicon entry '\(name)' is broken: \(broken.message)", offset: sourceOffset)
                    }
                    let hint = Schema.closest(to: name, among: Array(lexicon.entries.keys)).map { " (did you mean '\($0)'?)" } ?? ""
                    throw Problem(message: "unknown lexicon name '\(name)'\(hint)", offset: sourceOffset)
                }
                expansion.pieces.append((expandedCount, sourceOffset, false))
                expansion.pattern += body
                expandedCount += body.count
                sourceOffset += length
            }
        }
        return expansion
    }

    private mutating func expandEntry(_ name: String, visiting: inout [String]) -> String? {
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
                body += expanded
            }
        }
        let wrapped = "(?:" + body + ")"
        expansions[name] = wrapped
        return wrapped
    }

    private enum Piece {
        case literal(String)
        /// A `{{name}}` reference and its length in characters.
        case reference(String, Int)
    }

    /// Splits a pattern into literal text and `{{name}}` references.
    private static func split(_ pattern: String) -> [Piece] {
        let characters = Array(pattern.unicodeScalars)
        var pieces: [Piece] = []
        var literal = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{",
               let name = referenceName(in: characters, at: index + 2) {
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(.reference(name, name.count + 4))
                index += name.count + 4
            } else {
                literal.unicodeScalars.append(characters[index])
                index += 1
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    /// The name of a reference whose name starts at `start`, when `}}` closes it.
    private static func referenceName(in characters: [Unicode.Scalar], at start: Int) -> String? {
        var end = start
        while end < characters.count, characters[end].properties.isAlphabetic || ("0"..."9").contains(characters[end])
                || characters[end] == "-" || characters[end] == "_" {
            end += 1
        }
        guard end > start, end + 1 < characters.count, characters[end] == "}", characters[end + 1] == "}" else { return nil }
        return String(String.UnicodeScalarView(characters[start..<end]))
    }
}

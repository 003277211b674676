/// Typo tolerance compiled into a PCRE2 pattern: every literal word of six or more letters also matches
/// with one letter wrong, missing or extra, or two neighbouring letters swapped, after its first letter.
///
/// The first letter stays exact: people rarely mistype it, and a fixed first letter lets PCRE2 skip
/// straight to the places a word can start instead of trying every alternative at every position.
///
/// Only literal letters are touched: escapes (`\bword`), classes (`[a-z]`), group syntax (`(?:`, `(?<name>`),
/// quantifier braces and `{{lexicon}}` references are copied as they are. A letter directly followed by a
/// quantifier (`requests?`) stays exact, so the quantifier keeps applying to that letter alone.
enum FuzzyPattern {
    /// Words shorter than this stay exact: short words have too many one-letter neighbours.
    static let minimumWordLength = 6

    /// `pattern` with its long literal words widened to their one-edit variants.
    static func widen(_ pattern: String) -> String {
        let characters = Array(pattern.unicodeScalars)
        // Built as UTF-8 bytes, turned into a string once: thousands of patterns are widened when rubrics load.
        var output: [UInt8] = []
        output.reserveCapacity(characters.count * 4)
        var index = 0
        var word: [Unicode.Scalar] = []

        func put(_ scalars: some Sequence<Unicode.Scalar>) {
            for scalar in scalars { UTF8.encode(scalar) { output.append($0) } }
        }

        func flushWord(quantified: Bool) {
            guard !word.isEmpty else { return }
            let exactTail = quantified ? word.removeLast() : nil
            if word.count >= minimumWordLength {
                appendVariants(of: word, to: &output)
            } else {
                put(word)
            }
            if let exactTail { put(CollectionOfOne(exactTail)) }
            word.removeAll(keepingCapacity: true)
        }

        func copy(through end: Int) {
            let last = min(end, characters.count - 1)
            if index <= last { put(characters[index...last]) }
            index = last + 1
        }

        while index < characters.count {
            let character = characters[index]
            if isLetter(character) {
                word.append(character)
                index += 1
                continue
            }
            flushWord(quantified: isQuantifier(at: index, in: characters))
            switch character {
            case "\\": copy(through: endOfEscape(at: index, in: characters))
            case "[": copy(through: endOfClass(at: index, in: characters))
            case "(": copy(through: endOfGroupOpening(at: index, in: characters))
            case "{": copy(through: endOfBrace(at: index, in: characters))
            default: copy(through: index)
            }
        }
        flushWord(quantified: false)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `word` and its one-edit variants: its first letter, then a non-capturing alternation of the rest.
    private static func appendVariants(of word: [Unicode.Scalar], to output: inout [UInt8]) {
        // `starts[i]` is where letter `i` begins in `bytes`.
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for letter in word {
            starts.append(bytes.count)
            UTF8.encode(letter) { bytes.append($0) }
        }
        starts.append(bytes.count)
        // Every variant keeps the first letter, so it is written once in front: PCRE2 then matches it once
        // instead of trying each of some twenty branches at every word that starts with it.
        output.reserveCapacity(output.count + bytes.count * word.count * 3 + 8 * word.count)
        func put(_ positions: Range<Int>) {
            output.append(contentsOf: bytes[starts[positions.lowerBound]..<starts[positions.upperBound]])
        }
        put(0..<1)
        output.append(contentsOf: "(?:".utf8)
        put(1..<word.count)
        for position in 1..<word.count {  // one wrong or missing
            output.append(UInt8(ascii: "|"))
            put(1..<position)
            output.append(contentsOf: #"\w?"#.utf8)
            put((position + 1)..<word.count)
        }
        for position in 1..<word.count {  // one extra
            output.append(UInt8(ascii: "|"))
            put(1..<position)
            output.append(contentsOf: #"\w"#.utf8)
            put(position..<word.count)
        }
        for position in 1..<(word.count - 1) where word[position] != word[position + 1] {  // two swapped
            output.append(UInt8(ascii: "|"))
            put(1..<position)
            put((position + 1)..<(position + 2))
            put(position..<(position + 1))
            put((position + 2)..<word.count)
        }
        output.append(UInt8(ascii: ")"))
    }

    /// A letter of a word: ASCII letters are told apart without a Unicode property lookup (most of them are).
    private static func isLetter(_ character: Unicode.Scalar) -> Bool {
        guard character.isASCII else { return character.properties.isAlphabetic }
        let value = character.value | 0x20  // lower case
        return value >= 0x61 && value <= 0x7A
    }

    private static func isQuantifier(at index: Int, in characters: [Unicode.Scalar]) -> Bool {
        guard index < characters.count else { return false }
        switch characters[index] {
        case "?", "*", "+": return true
        case "{": return isCountedQuantifier(at: index, in: characters)
        default: return false
        }
    }

    /// `{n}`, `{n,}` or `{n,m}` (a `{` that is not one of these is a literal or a lexicon reference).
    private static func isCountedQuantifier(at index: Int, in characters: [Unicode.Scalar]) -> Bool {
        var cursor = index + 1
        var digits = 0
        while cursor < characters.count, ("0"..."9").contains(characters[cursor]) || characters[cursor] == "," {
            if ("0"..."9").contains(characters[cursor]) { digits += 1 }
            cursor += 1
        }
        return digits > 0 && cursor < characters.count && characters[cursor] == "}"
    }

    private static func endOfEscape(at index: Int, in characters: [Unicode.Scalar]) -> Int {
        let next = index + 1
        guard next < characters.count else { return index }
        if "pPxoNgk".unicodeScalars.contains(characters[next]), next + 1 < characters.count, "{<'".unicodeScalars.contains(characters[next + 1]) {
            let closer: Unicode.Scalar = characters[next + 1] == "<" ? ">" : characters[next + 1] == "'" ? "'" : "}"
            return characters[(next + 2)...].firstIndex(of: closer) ?? characters.count - 1
        }
        switch characters[next] {
        case "Q":
            var cursor = next + 1
            while cursor + 1 < characters.count, !(characters[cursor] == "\\" && characters[cursor + 1] == "E") { cursor += 1 }
            return min(cursor + 1, characters.count - 1)
        case "c":
            return min(next + 1, characters.count - 1)
        default:
            return next
        }
    }

    private static func endOfClass(at index: Int, in characters: [Unicode.Scalar]) -> Int {
        var cursor = index + 1
        if cursor < characters.count, characters[cursor] == "^" { cursor += 1 }
        if cursor < characters.count, characters[cursor] == "]" { cursor += 1 }
        while cursor < characters.count {
            switch characters[cursor] {
            case "\\": cursor += 2
            case "[" where cursor + 1 < characters.count && characters[cursor + 1] == ":":
                cursor = (characters[(cursor + 2)...].firstIndex(of: "]") ?? characters.count - 1) + 1
            case "]": return cursor
            default: cursor += 1
            }
        }
        return characters.count - 1
    }

    /// `(`, or the whole opening of a special group: `(?:`, `(?i)`, `(?<name>`, `(?<=`, `(*VERB)`, `(?#...)`.
    private static func endOfGroupOpening(at index: Int, in characters: [Unicode.Scalar]) -> Int {
        let next = index + 1
        guard next < characters.count else { return index }
        if characters[next] == "*" || (characters[next] == "?" && next + 1 < characters.count && characters[next + 1] == "#") {
            return characters[next...].firstIndex(of: ")") ?? characters.count - 1
        }
        guard characters[next] == "?" else { return index }
        var cursor = next + 1
        if cursor < characters.count, characters[cursor] == "P" { cursor += 1 }
        if cursor < characters.count, characters[cursor] == "<" || characters[cursor] == "'" {
            if cursor + 1 < characters.count, characters[cursor + 1] == "=" || characters[cursor + 1] == "!" { return cursor + 1 }
            let closer: Unicode.Scalar = characters[cursor] == "<" ? ">" : "'"
            return characters[(cursor + 1)...].firstIndex(of: closer) ?? characters.count - 1
        }
        while cursor < characters.count, isLetter(characters[cursor]) || characters[cursor] == "-" || characters[cursor] == "^" {
            cursor += 1
        }
        return min(cursor, characters.count - 1)
    }

    /// A `{{name}}` reference or a counted quantifier, copied whole; any other `{` alone.
    private static func endOfBrace(at index: Int, in characters: [Unicode.Scalar]) -> Int {
        if index + 1 < characters.count, characters[index + 1] == "{" {
            var cursor = index + 2
            while cursor + 1 < characters.count, !(characters[cursor] == "}" && characters[cursor + 1] == "}") { cursor += 1 }
            return min(cursor + 1, characters.count - 1)
        }
        if isCountedQuantifier(at: index, in: characters) {
            return characters[index...].firstIndex(of: "}") ?? index
        }
        return index
    }
}

/// Words as the delivery report and the structure shares count them: runs of letters, digits and
/// apostrophes with at least one letter or digit ("don't", "GDPR", "94.5", "1,200": a point or comma between
/// digits stays inside a number). Hyphens and other marks separate words ("state-of-the-art" is four, as
/// said), and apostrophes at either end are not part of a word.
///
/// Scanning reads the UTF-8 bytes in place (ASCII without decoding) and allocates nothing.
enum Words {
    /// One word: where it is and whether it has a letter (else it is a number).
    struct Word {
        let bytes: Range<Int>
        let hasLetter: Bool
    }

    /// How many words `text` holds.
    static func count(in text: String) -> Int {
        var count = 0
        forEach(in: text) { _ in count += 1 }
        return count
    }

    /// Calls `body` with each word of `text`, in order.
    static func forEach(in text: String, _ body: (Word) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable({ scan($0, body) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { scan($0, body) }
        }
    }

    /// `word` lower-cased, with typographic apostrophes made straight: the form stop words are written in.
    static func normalized(_ word: some StringProtocol) -> String {
        let lower = word.lowercased()
        guard lower.unicodeScalars.contains("’") else { return lower }
        return String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "’" ? "'" : $0 }))
    }

    private enum Kind { case letter, digit, apostrophe, other }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Word) -> Void) {
        var start: Int?
        var end = 0
        var hasLetter = false
        var index = 0
        while index < bytes.count {
            let (kind, length) = classify(bytes, at: index)
            switch kind {
            case .letter, .digit:
                if start == nil { start = index }
                end = index + length
                hasLetter = hasLetter || kind == .letter
            case .apostrophe:
                break // inside a word, or trimmed with it at its ends
            case .other:
                if let first = start, !isSeparatorInNumber(bytes, at: index, wordEnd: end) {
                    body(Word(bytes: first..<end, hasLetter: hasLetter))
                    start = nil
                    hasLetter = false
                }
            }
            index += length
        }
        if let first = start { body(Word(bytes: first..<end, hasLetter: hasLetter)) }
    }

    /// The kind of the scalar starting at `index`, and its length in bytes.
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Kind, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            if isDigit(byte) { return (.digit, 1) }
            if (0x61...0x7A).contains(byte | 0x20) { return (.letter, 1) }
            return (byte == UInt8(ascii: "'") ? .apostrophe : .other, 1)
        }
        let length = min(byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2, bytes.count - index)
        var value = UInt32(byte) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return (.other, length) }
        if scalar == "’" { return (.apostrophe, length) }
        return (scalar.properties.isAlphabetic ? .letter : .other, length)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// A point or comma right after a digit that ends the current word and right before another digit.
    private static func isSeparatorInNumber(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, wordEnd: Int) -> Bool {
        let byte = bytes[index]
        return (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && wordEnd == index && index + 1 < bytes.count
            && isDigit(bytes[index - 1]) && isDigit(bytes[index + 1])
    }
}

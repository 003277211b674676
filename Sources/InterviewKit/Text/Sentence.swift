/// A sentence of an answer: its text and where it sits, as UTF-8 byte offsets into the answer.
public struct Sentence: Sendable, Hashable {
    /// The sentence without surrounding whitespace.
    public let text: String
    /// Byte offsets of `text` in the whole answer.
    public let byteRange: Range<Int>
    /// 0-based position among the answer's sentences.
    public let index: Int

    /// Splits `text` into sentences: they end at `.`, `!`, `?` or `;` followed by white space, and at
    /// line breaks. A full stop inside a number ("94.5"), after a single letter or a common
    /// abbreviation ("e.g.", "i.e.", "etc.", "vs.") does not end a sentence.
    public static func split(_ text: String) -> [Sentence] {
        let bytes = Array(text.utf8)
        var sentences: [Sentence] = []
        var start = 0
        var index = 0
        func close(at end: Int) {
            var lower = start
            var upper = end
            while lower < upper, isSpace(bytes[lower]) { lower += 1 }
            while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
            if lower < upper {
                let piece = String(decoding: bytes[lower..<upper], as: UTF8.self)
                sentences.append(Sentence(text: piece, byteRange: lower..<upper, index: sentences.count))
            }
            start = end
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                close(at: index)
            } else if isTerminator(byte), index + 1 == bytes.count || isSpace(bytes[index + 1]),
                      !(byte == UInt8(ascii: ".") && isAbbreviation(endingAt: index, in: bytes)) {
                close(at: index + 1)
            }
            index += 1
        }
        close(at: bytes.count)
        return sentences
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isTerminator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ";")
    }

    private static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "eg", "ie", "cf", "approx", "dr", "mr", "mrs", "ms"]

    /// Whether the full stop at `dot` closes an abbreviation or a single letter rather than a sentence.
    private static func isAbbreviation(endingAt dot: Int, in bytes: [UInt8]) -> Bool {
        var wordStart = dot
        while wordStart > 0, !isSpace(bytes[wordStart - 1]) { wordStart -= 1 }
        let word = String(decoding: bytes[wordStart..<dot], as: UTF8.self).lowercased()
            .trimmingCharacters(in: "(\"'")
        return word.count == 1 || abbreviations.contains(word)
    }
}

private extension String {
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        return String(drop(while: { set.contains($0) }))
    }
}

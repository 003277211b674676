/// Recognises answers that list terms instead of explaining them.
///
/// - A **keyword list** ("DP, rate limiting, encryption, RBAC, monitoring") is made of one- to three-word
///   pieces between commas and line ends; an explanation, even a terse bullet such as "encrypt data in
///   transit and at rest", is made of phrases. A phrase here has at least four words, or three with a
///   function word (the, in, to, for, would, because). Capped hard.
/// - A **stuffed** answer names many rubric points in very few words ("I'd use DP, RBAC, TLS, rate
///   limiting, monitoring and watermarking"): points named, none explained. Capped softly.
struct KeywordListCheck {
    /// Function words: the words that make phrases out of terms.
    let functionWords: Set<String>

    /// Below this share of words in phrases, the answer reads as a list.
    static let minimumPhraseShare = 0.4
    /// The density check applies from this many earned concepts on.
    static let densityCheckFrom = 4
    /// Fewer words than this per concept earned means the points are named, not explained.
    static let minimumWordsPerConcept = 5.0

    /// A cap for the score, or `nil` when the answer reads as explained sentences.
    func cap(for text: String, words: Int, conceptsHit: Int) -> ScoreCap? {
        guard words >= 8 else { return nil }
        var phraseWords = 0
        var pieceWords = 0
        var pieceHasFunctionWord = false
        func closePiece() {
            if pieceWords >= 4 || (pieceWords >= 3 && pieceHasFunctionWord) { phraseWords += pieceWords }
            pieceWords = 0
            pieceHasFunctionWord = false
        }
        var last = 0
        let utf8 = Array(text.utf8)
        Words.forEach(in: text) { word in
            if utf8[last..<word.bytes.lowerBound].contains(where: Self.isPieceBreak) { closePiece() }
            pieceWords += 1
            if functionWords.contains(Words.normalized(String(ByteOffsets.slice(text, word.bytes)))) { pieceHasFunctionWord = true }
            last = word.bytes.upperBound
        }
        closePiece()
        if Double(phraseWords) / Double(words) < Self.minimumPhraseShare {
            return ScoreCap(limit: ScoreFormula.capKeywordList, reason: "reads as a keyword list, not sentences")
        }
        if conceptsHit >= Self.densityCheckFrom, Double(words) / Double(conceptsHit) < Self.minimumWordsPerConcept {
            return ScoreCap(limit: ScoreFormula.capUnexplained,
                            reason: "names \(conceptsHit) points in \(words) words without explaining them")
        }
        return nil
    }

    /// Commas, sentence ends, colons, slashes, bullets and line ends separate the pieces of a list.
    private static func isPieceBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: "/"), UInt8(ascii: "\n"), UInt8(ascii: "*"): true
        default: false
        }
    }
}

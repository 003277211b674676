import PCRE2

/// A rubric concept with its patterns compiled: decides whether an answer earns it, and with which words.
public struct ConceptMatcher: Sendable {
    /// The question the concept belongs to, for errors.
    public let questionID: String
    public let concept: Concept
    let anyOf: [Regex]
    let allOf: [Regex]
    let negation: NegationCheck

    /// Finds the concept in `text`, whose sentences are `sentences` (from ``Sentence/split(_:)``).
    ///
    /// Every `patterns` match counts unless negated; an `all` list counts in a sentence where each of its
    /// patterns has a match that is not negated.
    /// - Throws: ``ScoringError`` naming the question and concept when a pattern exceeds PCRE2's limits on `text`.
    public func match(in text: String, sentences: [Sentence]) throws(ScoringError) -> ConceptResult {
        do {
            return try result(in: text, sentences: sentences)
        } catch {
            throw ScoringError(questionID: questionID, conceptID: concept.id, regexError: error)
        }
    }

    private func result(in text: String, sentences: [Sentence]) throws(RegexError) -> ConceptResult {
        var evidence: [Evidence] = []
        var hit = false
        for regex in anyOf {
            for range in try regex.byteRanges(in: text) {
                let negated = try negation.isNegated(range, in: text, sentences: sentences)
                hit = hit || !negated
                evidence.append(Evidence(text: text.utf8Slice(range), start: range.lowerBound, end: range.upperBound, negated: negated))
            }
        }
        if !allOf.isEmpty {
            let (allHit, allEvidence) = try matchAll(in: text, sentences: sentences)
            hit = hit || allHit
            evidence += allEvidence
        }
        evidence.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return ConceptResult(id: concept.id, label: concept.label, weight: concept.weight, required: concept.required,
                             tags: concept.tags, hit: hit, negated: !hit && !evidence.isEmpty, evidence: evidence)
    }

    /// Sentences where every `all` pattern matches; their matches are the evidence.
    private func matchAll(in text: String, sentences: [Sentence]) throws(RegexError) -> (Bool, [Evidence]) {
        // matchesBySentence[s][p]: pattern p's matches in sentence s.
        var matchesBySentence: [Int: [[(Range<Int>, Bool)]]] = [:]
        for (patternIndex, regex) in allOf.enumerated() {
            for range in try regex.byteRanges(in: text) {
                guard let sentence = Sentence.index(containing: range.lowerBound, in: sentences) else { continue }
                let negated = try negation.isNegated(range, in: text, sentences: sentences)
                matchesBySentence[sentence, default: Array(repeating: [], count: allOf.count)][patternIndex].append((range, negated))
            }
        }
        var hit = false
        var evidence: [Evidence] = []
        for (_, perPattern) in matchesBySentence where perPattern.allSatisfy({ !$0.isEmpty }) {
            let earned = perPattern.allSatisfy { matches in matches.contains { !$0.1 } }
            hit = hit || earned
            for (range, negated) in perPattern.joined() {
                evidence.append(Evidence(text: text.utf8Slice(range), start: range.lowerBound, end: range.upperBound,
                                         negated: negated || !earned))
            }
        }
        return (hit, evidence)
    }
}

/// Whether a match stands after a negation word ("I would not encrypt", "without any monitoring").
struct NegationCheck: Sendable {
    /// The lexicon's `negation` pattern; `nil` turns the check off.
    let regex: Regex?
    /// How many words before a match are searched.
    let window: Int
    /// Bytes a word may have: longer runs without a space (pasted data, not speech) end the search, so a
    /// line of a megabyte costs no more than a short one.
    static let longestWord = 100

    /// Words before `range` within its sentence and clause (a comma, colon or dash starts a new clause).
    func isNegated(_ range: Range<Int>, in text: String, sentences: [Sentence]) throws(RegexError) -> Bool {
        guard let regex, window > 0,
              let sentence = Sentence.index(containing: range.lowerBound, in: sentences).map({ sentences[$0] }) else {
            return false
        }
        // Walk back from the match, byte by byte, only as far as the window: never copy the whole sentence.
        let utf8 = text.utf8
        let floor = text.utf8Index(sentence.byteRange.lowerBound)
        let end = text.utf8Index(range.lowerBound)
        var start = end
        var words = 0
        var inWord = false
        var budget = Self.longestWord * window
        while start > floor, budget > 0 {
            budget -= 1
            let previous = utf8.index(before: start)
            let byte = utf8[previous]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "(") {
                break
            }
            let isSpace = byte == 0x20 || byte == 0x09
            if isSpace, inWord {
                words += 1
                inWord = false
                if words == window { break }
            } else if !isSpace {
                inWord = true
            }
            start = previous
        }
        guard start < end else { return false }
        return try regex.matches(in: String(decoding: utf8[start..<end], as: UTF8.self))
    }
}

extension Sentence {
    /// The index of the sentence holding byte `offset`, by binary search (sentences are in order).
    static func index(containing offset: Int, in sentences: [Sentence]) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = sentences[middle].byteRange
            if offset < range.lowerBound {
                high = middle - 1
            } else if offset >= range.upperBound {
                low = middle + 1
            } else {
                return middle
            }
        }
        return nil
    }
}

extension String {
    /// The index of UTF-8 byte `offset` (O(1) for native strings).
    func utf8Index(_ offset: Int) -> String.Index {
        utf8.index(utf8.startIndex, offsetBy: offset)
    }

    /// The text between two UTF-8 byte offsets.
    func utf8Slice(_ range: Range<Int>) -> String {
        String(self[utf8Index(range.lowerBound)..<utf8Index(range.upperBound)])
    }
}

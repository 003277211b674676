import PCRE2

/// A rubric concept with its patterns compiled: decides whether an answer earns it, and with which words.
public struct ConceptMatcher: Sendable {
    public let concept: Concept
    let anyOf: [Pattern]
    let allOf: [Pattern]
    let negation: NegationCheck

    /// A compiled pattern, and whether a negation inside its own match counts: it does unless the pattern
    /// itself is written with a negation ("would not notice"), so that a gap cannot carry one through.
    struct Pattern: Sendable {
        let regex: Regex
        let checksInside: Bool
    }

    /// Finds the concept in `text`, whose sentences are `sentences` (from ``Sentence/split(_:)``).
    ///
    /// Every `patterns` match counts unless negated; an `all` list counts in a sentence where each of its
    /// patterns has a match that is not negated.
    /// - Throws: ``PatternFailure`` naming the concept when a pattern gives up (PCRE2's limits).
    public func match(in text: String, sentences: [Sentence]) throws -> ConceptResult {
        do {
            return try unguardedMatch(in: text, sentences: sentences)
        } catch let error as RegexError {
            throw PatternFailure(questionID: nil, conceptID: concept.id, error: error)
        }
    }

    private func unguardedMatch(in text: String, sentences: [Sentence]) throws -> ConceptResult {
        var evidence: [Evidence] = []
        var hit = false
        for pattern in anyOf {
            for range in try pattern.regex.byteRanges(in: text) {
                let negated = try negation.isNegated(range, in: text, sentences: sentences, inside: pattern.checksInside)
                hit = hit || !negated
                evidence.append(Evidence(text: String(ByteOffsets.slice(text, range)), start: range.lowerBound, end: range.upperBound, negated: negated))
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
    private func matchAll(in text: String, sentences: [Sentence]) throws -> (Bool, [Evidence]) {
        // matchesBySentence[s][p]: pattern p's matches in sentence s.
        var matchesBySentence: [Int: [[(Range<Int>, Bool)]]] = [:]
        for (patternIndex, pattern) in allOf.enumerated() {
            for range in try pattern.regex.byteRanges(in: text) {
                guard let sentence = ByteOffsets.sentence(containing: range.lowerBound, in: sentences) else { continue }
                let negated = try negation.isNegated(range, in: text, sentences: sentences, inside: pattern.checksInside)
                matchesBySentence[sentence, default: Array(repeating: [], count: allOf.count)][patternIndex].append((range, negated))
            }
        }
        var hit = false
        var evidence: [Evidence] = []
        for (_, perPattern) in matchesBySentence where perPattern.allSatisfy({ !$0.isEmpty }) {
            let earned = perPattern.allSatisfy { matches in matches.contains { !$0.1 } }
            hit = hit || earned
            for (range, negated) in perPattern.joined() {
                evidence.append(Evidence(text: String(ByteOffsets.slice(text, range)), start: range.lowerBound, end: range.upperBound,
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
    /// Bytes a word may have before the search gives up.
    static let longestWord = 100

    /// Words before `range` within its sentence and clause (a comma, colon or parenthesis starts a new
    /// clause), and, when `inside`, the match's own words after its first.
    func isNegated(_ range: Range<Int>, in text: String, sentences: [Sentence], inside: Bool) throws -> Bool {
        guard let regex, window > 0,
              let sentence = ByteOffsets.sentence(containing: range.lowerBound, in: sentences).map({ sentences[$0] }) else {
            return false
        }
        // Walk back from the match only as far as the window, never copying the sentence: a run of more than
        // `longestWord` bytes per word (pasted data, not speech) ends the search, so a megabyte line costs
        // no more than a short one.
        let utf8 = text.utf8
        let floor = utf8.index(utf8.startIndex, offsetBy: sentence.byteRange.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
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
        // The words before the match, and the match's own words after its first: a gap in a pattern
        // ("model (?:\w+ ){0,3}leak") must not carry a negation ("the model is not leaking") through.
        let preceding = String(decoding: utf8[start..<end], as: UTF8.self)
        let matchWords = inside ? String(ByteOffsets.slice(text, range).prefix(4_000).drop { !$0.isWhitespace }) : ""
        return try regex.matches(in: preceding + matchWords)
    }
}

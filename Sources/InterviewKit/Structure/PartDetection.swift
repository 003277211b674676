import PCRE2

/// Which parts (STAR parts or steps) the sentences of an answer carry.
///
/// Every label and cue pattern runs once over the whole answer; its matches are placed in sentences by
/// byte offset.
/// - A label ("Situation:", "**Task:**") counts where it opens a sentence (nothing but markup before it);
///   its part then holds every sentence up to the next label.
/// - A sentence carries its label's part and every part with a cue in it.
/// - Its *primary* part, which its words count toward in the shares, is its label's part; else the part
///   with the most cues in it (on a tie, the part whose first cue comes first; from the same word, the later
///   part, so "we cut costs by 40%" is a Result); else the primary part of the sentence before, since a
///   sentence without cues goes on with what came before.
struct PartDetection<Part: CaseIterable & Hashable & Sendable> where Part.AllCases == [Part] {
    /// What was found for each part.
    let findings: [Part: StructurePart]
    /// Each part's cue matches, in text order (overlapping matches of different cues included).
    let cueMatches: [Part: [Range<Int>]]
    /// Where each part found first shows: its first primary sentence, else its first carrying sentence.
    let positions: [Part: Int]

    init(text: String, sentences: [Sentence], patterns: PartPatterns<Part>) throws(RegexError) {
        let parts = Part.allCases
        let labels = try Self.labels(in: text, sentences: sentences, patterns: patterns)
        let cues = try CueTally(text: text, sentences: sentences, patterns: patterns)

        var carriers = [[Int]](repeating: [], count: parts.count)
        var primaryWords = [Int](repeating: 0, count: parts.count)
        var positions: [Part: Int] = [:]
        var totalWords = 0
        var scope: Int?
        var previous: Int?
        for (index, sentence) in sentences.enumerated() {
            scope = labels[index] ?? scope
            for part in parts.indices where part == scope || cues.count(sentence: index, part: part) > 0 {
                carriers[part].append(index)
            }
            let primary = scope ?? cues.strongest(sentence: index) ?? previous
            let words = Words.count(in: sentence.text)
            totalWords += words
            if let primary {
                primaryWords[primary] += words
                if positions[parts[primary]] == nil { positions[parts[primary]] = index }
            }
            previous = primary
        }

        var findings: [Part: StructurePart] = [:]
        for (part, kind) in parts.enumerated() {
            let indexes = carriers[part]
            if let first = indexes.first, positions[kind] == nil { positions[kind] = first }
            findings[kind] = StructurePart(
                present: !indexes.isEmpty, evidence: indexes.map { sentences[$0].text }, sentences: indexes,
                share: totalWords == 0 ? 0 : Double(primaryWords[part]) / Double(totalWords))
        }
        self.findings = findings
        self.cueMatches = Dictionary(uniqueKeysWithValues: parts.enumerated().map { ($1, cues.matches[$0]) })
        self.positions = positions
    }

    /// The finding for `part`.
    func finding(_ part: Part) -> StructurePart {
        findings[part] ?? .absent
    }

    /// Whether the parts found come in `Part.allCases` order.
    var inOrder: Bool {
        let places = Part.allCases.compactMap { positions[$0] }
        return zip(places, places.dropFirst()).allSatisfy { $0 <= $1 }
    }

    /// For each sentence, the part (by index) of the label that opens it, if any (the first, if several).
    private static func labels(in text: String, sentences: [Sentence],
                               patterns: PartPatterns<Part>) throws(RegexError) -> [Int?] {
        var labelled = [(part: Int, offset: Int)?](repeating: nil, count: sentences.count)
        for (part, kind) in Part.allCases.enumerated() {
            guard let label = patterns.labels[kind] else { continue }
            for range in try label.byteRanges(in: text) {
                guard let sentence = ByteOffsets.sentence(containing: range.lowerBound, in: sentences),
                      opens(sentences[sentence], at: range.lowerBound, in: text),
                      range.lowerBound < labelled[sentence]?.offset ?? .max else { continue }
                labelled[sentence] = (part, range.lowerBound)
            }
        }
        return labelled.map { $0?.part }
    }

    /// Whether a label starting at byte `offset` opens `sentence`: only markup ("- **", "1. ") stands before it.
    private static func opens(_ sentence: Sentence, at offset: Int, in text: String) -> Bool {
        let before = ByteOffsets.slice(text, sentence.byteRange.lowerBound..<offset)
        return !before.unicodeScalars.contains { $0.properties.isAlphabetic }
    }
}

/// Cue matches of every part, counted per sentence.
private struct CueTally {
    /// Each part's cue matches (by part index), in text order.
    let matches: [[Range<Int>]]
    private let partCount: Int
    /// Per sentence and part, flattened: how many cues matched, and the byte offset of the first.
    private let counts: [Int]
    private let firstOffsets: [Int]

    init<Part>(text: String, sentences: [Sentence], patterns: PartPatterns<Part>) throws(RegexError)
    where Part: CaseIterable & Hashable & Sendable, Part.AllCases == [Part] {
        let partCount = Part.allCases.count
        var matches: [[Range<Int>]] = []
        var counts = [Int](repeating: 0, count: sentences.count * partCount)
        var firstOffsets = [Int](repeating: .max, count: sentences.count * partCount)
        for (part, kind) in Part.allCases.enumerated() {
            var found: [Range<Int>] = []
            for cue in patterns.cues[kind] ?? [] {
                for range in try cue.byteRanges(in: text) {
                    found.append(range)
                    guard let sentence = ByteOffsets.sentence(containing: range.lowerBound, in: sentences) else { continue }
                    let cell = sentence * partCount + part
                    counts[cell] += 1
                    firstOffsets[cell] = min(firstOffsets[cell], range.lowerBound)
                }
            }
            matches.append(found.sorted { $0.lowerBound < $1.lowerBound })
        }
        self.matches = matches
        self.partCount = partCount
        self.counts = counts
        self.firstOffsets = firstOffsets
    }

    /// How many cues of `part` matched in `sentence`.
    func count(sentence: Int, part: Int) -> Int {
        counts[sentence * partCount + part]
    }

    /// The part with the most cues in `sentence`: on a tie, the one whose first cue comes first; from the
    /// same offset, the later part. `nil` when no cue matched.
    func strongest(sentence: Int) -> Int? {
        var best: (part: Int, count: Int, offset: Int)?
        for part in 0..<partCount {
            let count = counts[sentence * partCount + part]
            let offset = firstOffsets[sentence * partCount + part]
            guard count > 0 else { continue }
            if let current = best, count < current.count || (count == current.count && offset > current.offset) {
                continue
            }
            best = (part, count, offset)
        }
        return best?.part
    }
}

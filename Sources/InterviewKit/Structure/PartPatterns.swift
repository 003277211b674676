import PCRE2

/// The compiled label and cue patterns of one kind of part (STAR parts or steps).
struct PartPatterns<Part: Hashable & Sendable>: Sendable {
    /// Each part's label ("Situation:", "**Task:**"), which counts only where it opens a sentence.
    let labels: [Part: Regex]
    /// Each part's cues, any of which in a sentence makes the sentence carry the part.
    let cues: [Part: [Regex]]
}

/// Recognises answers that list terms instead of explaining them: "DP, rate limiting, encryption,
/// RBAC, monitoring". Spoken and written sentences are about half function words (the, is, to, we,
/// would, because); a keyword list has almost none, and a stuffed answer names many rubric points in
/// very few words.
struct KeywordListCheck {
    /// Function words: the words that make sentences out of terms.
    let functionWords: Set<String>

    /// Below this share of function words, text reads as a list, not sentences.
    static let minimumFunctionWordShare = 0.18
    /// Fewer words than this per concept earned means the points are named, not explained.
    static let minimumWordsPerConcept = 7.0
    /// The density check applies from this many earned concepts on.
    static let densityCheckFrom = 4

    /// A reason to cap the score, or `nil` when the answer reads as sentences.
    func problem(in text: String, words: Int, conceptsHit: Int) -> String? {
        guard words >= 6 else { return nil }
        var function = 0
        var counted = 0
        text.forEachWord { word in
            counted += 1
            if functionWords.contains(word) { function += 1 }
        }
        if counted > 0, Double(function) / Double(counted) < Self.minimumFunctionWordShare {
            return "reads as a keyword list, not sentences"
        }
        if conceptsHit >= Self.densityCheckFrom, Double(words) / Double(conceptsHit) < Self.minimumWordsPerConcept {
            return "names \(conceptsHit) points in \(words) words without explaining them"
        }
        return nil
    }
}

extension String {
    /// Calls `body` with each word, lower-cased: runs of letters, digits and apostrophes.
    func forEachWord(_ body: (String) -> Void) {
        var word = ""
        for scalar in unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'" || scalar == "’" {
                word.unicodeScalars.append(scalar == "’" ? "'" : scalar)
            } else if !word.isEmpty {
                body(word.lowercased())
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { body(word.lowercased()) }
    }
}

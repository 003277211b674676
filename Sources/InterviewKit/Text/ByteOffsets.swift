/// Helpers for the UTF-8 byte offsets that ``PCRE2/Regex/byteRanges(in:limit:)`` and ``Sentence`` use.
enum ByteOffsets {
    /// The index of the sentence holding byte `offset`, or `nil` when it falls between sentences (binary search;
    /// sentences are in text order).
    static func sentence(containing offset: Int, in sentences: [Sentence]) -> Int? {
        let index = firstIndex(in: sentences) { $0.byteRange.upperBound > offset }
        return index < sentences.count && sentences[index].byteRange.lowerBound <= offset ? index : nil
    }

    /// The first of the sorted `offsets` at or after `offset`, or `nil`.
    static func first(atOrAfter offset: Int, in offsets: [Int]) -> Int? {
        let index = firstIndex(in: offsets) { $0 >= offset }
        return index < offsets.count ? offsets[index] : nil
    }

    /// `ranges` sorted, with overlapping ones joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// The text between two byte offsets of `text`.
    static func slice(_ text: String, _ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return text[lower..<utf8.index(lower, offsetBy: range.count)]
    }

    /// The first index whose element satisfies `isAtOrPast`, which must be false then true along `elements`.
    private static func firstIndex<Element>(in elements: [Element], where isAtOrPast: (Element) -> Bool) -> Int {
        var low = 0
        var high = elements.count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrPast(elements[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

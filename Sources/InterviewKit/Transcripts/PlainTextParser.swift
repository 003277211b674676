/// Reads plain text and Markdown: the words as written, paragraph by paragraph, without timing.
enum PlainTextParser {
    /// `text` with whitespace collapsed inside each paragraph and paragraphs (separated by blank lines)
    /// joined by one blank line.
    static func parse(_ text: String) throws(TranscriptParseFailure) -> Transcript {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in TranscriptLines.split(text) + [""] {
            if TranscriptWhitespace.isBlank(line) {
                if !current.isEmpty {
                    paragraphs.append(TranscriptWhitespace.collapse(current.joined(separator: " ")))
                    current.removeAll(keepingCapacity: true)
                }
            } else {
                current.append(line)
            }
        }
        guard !paragraphs.isEmpty else { throw TranscriptParseFailure("the transcript is empty") }
        return Transcript(format: .text, text: paragraphs.joined(separator: "\n\n"))
    }
}

/// Splitting a transcript into lines.
enum TranscriptLines {
    /// `text` split at LF, CRLF or a lone CR, without the line ends: element `i` is line `i + 1`.
    static func split(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var index = lineStart
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                index = bytes.index(after: index)
                continue
            }
            // Line ends are single-byte scalars and character boundaries, so these indices are exact.
            lines.append(text[lineStart..<index])
            index = bytes.index(after: index)
            if byte == UInt8(ascii: "\r"), index < bytes.endIndex, bytes[index] == UInt8(ascii: "\n") {
                index = bytes.index(after: index)
            }
            lineStart = index
        }
        if lineStart < bytes.endIndex {
            lines.append(text[lineStart...])
        }
        return lines
    }
}

/// Which reader a transcript file needs: chosen by its extension, or by its content when the
/// extension says nothing. JSON is one kind here; its content tells the Whisper flavour.
enum TranscriptFileKind: Equatable {
    case text
    case subRip
    case webVTT
    case json

    /// The kind a file name's extension names (case-insensitive), or `nil` for other or no extensions.
    init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt", "text", "md", "markdown": self = .text
        case "srt": self = .subRip
        case "vtt", "webvtt": self = .webVTT
        case "json": self = .json
        default: return nil
        }
    }

    /// The kind `text` looks like: a JSON object, a `WEBVTT` signature on the first line, or a SubRip
    /// timing line (a digit first, then `-->`) among the first two non-blank lines; plain text otherwise.
    init(sniffing text: String) {
        if text.unicodeScalars.first(where: { !TranscriptWhitespace.isSeparator($0) }) == "{" {
            self = .json
            return
        }
        let firstLines = text.split(maxSplits: 16, omittingEmptySubsequences: true, whereSeparator: \.isNewline)
            .lazy.filter { !TranscriptWhitespace.isBlank($0) }.prefix(2)
        if let first = firstLines.first, first.hasPrefix("WEBVTT") {
            self = .webVTT
        } else if firstLines.contains(where: Self.isTimingLine) {
            self = .subRip
        } else {
            self = .text
        }
    }

    private static func isTimingLine(_ line: Substring) -> Bool {
        guard let first = line.first, first.isASCII, first.isNumber else { return false }
        return line.contains("-->")
    }
}

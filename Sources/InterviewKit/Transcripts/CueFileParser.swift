/// Reads SubRip and WebVTT files: blocks separated by blank lines, each cue an optional identifier,
/// a timing line `start --> end` and text lines.
///
/// Lenient where real files vary: cue numbers may be missing, SubRip may use `.` and WebVTT `,`
/// before the milliseconds, a missing blank line before the next cue is tolerated, and text after a
/// stray blank line inside a cue stays with that cue. Strict where the timing is concerned.
struct CueFileParser {
    enum Dialect {
        case subRip
        case webVTT
    }

    let dialect: Dialect

    func parse(_ text: String) throws(TranscriptParseFailure) -> Transcript {
        let lines = TranscriptLines.split(text)
        var timeline = TranscriptTimeline(style: dialect == .subRip ? .subRip : .webVTT)
        var index = dialect == .webVTT ? try endOfHeader(lines) : 0
        while index < lines.count {
            let line = lines[index]
            if TranscriptWhitespace.isBlank(line) {
                index += 1
                continue
            }
            if dialect == .webVTT, Self.startsMetadataBlock(line) {
                index = Self.endOfBlock(lines, from: index)
                continue
            }
            if let timingIndex = try timingLine(lines, blockStart: index) {
                let (start, end) = try timing(of: lines[timingIndex], line: timingIndex + 1)
                try timeline.append(start: start, end: end, text: "", line: timingIndex + 1)
                index = timingIndex + 1
            } else if timeline.segments.isEmpty {
                let expected = dialect == .subRip ? "a cue number or a timing line" : "a cue timing line"
                throw TranscriptParseFailure(line: index + 1, "expected \(expected) like \(example)")
            }
            // The cue's text, or text after a stray blank line inside the last cue, which belongs to it.
            index = readText(lines, from: index, into: &timeline)
        }
        return try timeline.transcript(format: dialect == .subRip ? .srt : .vtt, clean: CueText.clean)
    }

    /// Adds the lines from `start` to the last cue's text, up to a blank line or the next cue's timing
    /// line (when the blank line before it is missing), and returns where the next block starts.
    private func readText(_ lines: [Substring], from start: Int, into timeline: inout TranscriptTimeline) -> Int {
        var end = start
        while end < lines.count, !TranscriptWhitespace.isBlank(lines[end]) {
            if Self.containsArrow(lines[end]), (try? timing(of: lines[end], line: end + 1)) != nil {
                if end > start, Self.isCueNumber(lines[end - 1]) {
                    end -= 1
                }
                break
            }
            end += 1
        }
        lines[start..<end].forEach { timeline.appendToLast($0) }
        return end
    }

    /// Where the header block of a WebVTT file ends, after checking its `WEBVTT` signature.
    private func endOfHeader(_ lines: [Substring]) throws(TranscriptParseFailure) -> Int {
        guard let first = lines.first, Self.startsBlock(first, keyword: "WEBVTT") else {
            throw TranscriptParseFailure(line: 1, "a WebVTT file must start with \"WEBVTT\"")
        }
        var index = 1
        while index < lines.count, !TranscriptWhitespace.isBlank(lines[index]), !Self.containsArrow(lines[index]) {
            index += 1
        }
        return index
    }

    /// The index of the timing line of the cue whose block starts at `blockStart`: that line itself or
    /// the next (after an identifier); `nil` when neither is a timing line, so the block is more text.
    private func timingLine(_ lines: [Substring], blockStart: Int) throws(TranscriptParseFailure) -> Int? {
        let first = lines[blockStart]
        if Self.containsArrow(first) {
            return blockStart
        }
        if Self.looksLikeTiming(first) {
            throw TranscriptParseFailure(line: blockStart + 1, "the timing line has no \"-->\" between its times")
        }
        let next = blockStart + 1 < lines.count ? lines[blockStart + 1] : nil
        if let next, Self.containsArrow(next) {
            return blockStart + 1
        }
        if let next, Self.looksLikeTiming(next) {
            throw TranscriptParseFailure(line: blockStart + 2, "the timing line has no \"-->\" between its times")
        }
        if dialect == .subRip, Self.isCueNumber(first) {
            throw TranscriptParseFailure(
                line: blockStart + 1, "cue number \(first) is not followed by a timing line like \(example)")
        }
        return nil
    }

    /// The start and end of a timing line `start --> end [settings]`; WebVTT cue settings and SubRip
    /// coordinates after the end time are ignored.
    private func timing(of text: Substring, line number: Int) throws(TranscriptParseFailure) -> (Double, Double) {
        guard let arrow = Self.arrowRange(in: text) else {
            throw TranscriptParseFailure(line: number, "the timing line has no \"-->\" between its times")
        }
        let startText = Self.trimmingBlanks(text[..<arrow.lowerBound])
        let afterArrow = Self.trimmingBlanks(text[arrow.upperBound...])
        let endText = afterArrow.prefix { $0 != " " && $0 != "\t" }
        guard !startText.isEmpty else {
            throw TranscriptParseFailure(line: number, "the timing line has no start time before \"-->\"")
        }
        guard !endText.isEmpty else {
            throw TranscriptParseFailure(line: number, "the timing line has no end time after \"-->\"")
        }
        guard let start = CueTimestamp.seconds(from: startText) else {
            throw notATimestamp(startText, line: number)
        }
        guard let end = CueTimestamp.seconds(from: endText) else {
            throw notATimestamp(endText, line: number)
        }
        return (start, end)
    }

    private func notATimestamp(_ text: Substring, line: Int) -> TranscriptParseFailure {
        let shown = text.count > 30 ? text.prefix(30) + "..." : text
        let expected = dialect == .subRip ? "HH:MM:SS,mmm" : "HH:MM:SS.mmm or MM:SS.mmm"
        return TranscriptParseFailure(line: line, "\"\(shown)\" is not a timestamp; expected \(expected)")
    }

    private var example: String {
        dialect == .subRip ? "\"00:00:01,000 --> 00:00:04,000\"" : "\"00:00:01.000 --> 00:00:04.000\""
    }

    private static func startsMetadataBlock(_ line: Substring) -> Bool {
        ["NOTE", "STYLE", "REGION"].contains { startsBlock(line, keyword: $0) }
    }

    /// Whether `line` is `keyword` alone or followed by a space or tab.
    private static func startsBlock(_ line: Substring, keyword: String) -> Bool {
        guard line.hasPrefix(keyword) else { return false }
        let rest = line.dropFirst(keyword.count)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    private static func endOfBlock(_ lines: [Substring], from start: Int) -> Int {
        lines[start...].firstIndex(where: TranscriptWhitespace.isBlank) ?? lines.count
    }

    private static func isCueNumber(_ line: Substring) -> Bool {
        let trimmed = trimmingBlanks(line)
        return !trimmed.isEmpty && trimmed.utf8.allSatisfy(isDigit)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Whether `line` starts like a timestamp (`12:3...`), so that a missing `-->` is a broken timing line.
    private static func looksLikeTiming(_ line: Substring) -> Bool {
        let bytes = trimmingBlanks(line).utf8
        let digits = bytes.prefix(while: isDigit)
        let rest = Array(bytes.dropFirst(digits.count).prefix(2))
        return !digits.isEmpty && rest.count == 2 && rest[0] == UInt8(ascii: ":") && isDigit(rest[1])
    }

    private static func containsArrow(_ line: Substring) -> Bool {
        arrowRange(in: line) != nil
    }

    private static func arrowRange(in line: Substring) -> Range<Substring.Index>? {
        let bytes = line.utf8
        var index = bytes.startIndex
        var dashes = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">"), dashes >= 2 {
                let start = bytes.index(index, offsetBy: -2)
                return start..<bytes.index(after: index)
            }
            dashes = byte == UInt8(ascii: "-") ? dashes + 1 : 0
            index = bytes.index(after: index)
        }
        return nil
    }

    private static func trimmingBlanks(_ text: Substring) -> Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) })
        else { return text[text.endIndex...] }
        return text[first...last]
    }
}

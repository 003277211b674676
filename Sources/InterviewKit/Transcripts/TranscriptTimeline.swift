/// Collects the timed segments of a file in order, checking each timing as it arrives, and makes the
/// ``Transcript`` from them.
struct TranscriptTimeline {
    /// How times are written in messages: like the file writes them.
    enum Style {
        /// `00:00:05,000`, and the parts are called cues.
        case subRip
        /// `00:00:05.000`, and the parts are called cues.
        case webVTT
        /// `00:00:05,000`, and the parts are called segments.
        case whisperCpp
        /// `5.0 s`, and the parts are called segments.
        case seconds

        var part: String {
            switch self {
            case .subRip, .webVTT: "cue"
            case .whisperCpp, .seconds: "segment"
            }
        }

        func format(_ seconds: Double) -> String {
            switch self {
            case .subRip, .whisperCpp: CueTimestamp.format(seconds, separator: ",")
            case .webVTT: CueTimestamp.format(seconds, separator: ".")
            case .seconds: "\(seconds) s"
            }
        }
    }

    let style: Style
    private(set) var segments: [Transcript.Segment] = []

    init(style: Style) {
        self.style = style
    }

    /// Checks that a time span is usable: not negative, not past ``Transcript/latestTime``, and not ending
    /// before it starts. `part` names what the span belongs to in the message ("cue", "segment", "word").
    func check(start: Double, end: Double, part: String, line: Int) throws(TranscriptParseFailure) {
        if start < 0 || end < 0 {
            throw TranscriptParseFailure(line: line, "\(part) has a negative time (\(min(start, end)) s)")
        }
        if max(start, end) > Transcript.latestTime {
            throw TranscriptParseFailure(line: line, "\(part) has a time past a billion hours (\(max(start, end)) s)")
        }
        if end < start {
            throw TranscriptParseFailure(
                line: line, "\(part) ends (\(style.format(end))) before it starts (\(style.format(start)))")
        }
    }

    /// Adds the next segment, refusing a bad span or a start before the previous segment's start
    /// (overlapping segments are fine). `text` is raw: it is cleaned when the transcript is made.
    mutating func append(
        start: Double, end: Double, text: String, words: [Transcript.Word] = [], line: Int
    ) throws(TranscriptParseFailure) {
        try check(start: start, end: end, part: style.part, line: line)
        if let previous = segments.last, start < previous.start {
            throw TranscriptParseFailure(
                line: line,
                "timestamp goes backwards (\(style.format(start)) after \(style.format(previous.start)))")
        }
        segments.append(Transcript.Segment(start: start, end: end, text: text, words: words))
    }

    /// Adds a line of raw text to the last segment (nothing before the first).
    mutating func appendToLast(_ line: Substring) {
        guard !segments.isEmpty else { return }
        segments[segments.count - 1].text.append("\n")
        segments[segments.count - 1].text.append(contentsOf: line)
    }

    /// The transcript: each segment's text through `clean`, then segments without words dropped.
    /// A segment that is only a bracketed note such as `[BLANK_AUDIO]` or `[Music]` holds no words.
    func transcript(
        format: Transcript.Format, clean: (String) -> String
    ) throws(TranscriptParseFailure) -> Transcript {
        var spoken: [Transcript.Segment] = []
        spoken.reserveCapacity(segments.count)
        for var segment in segments {
            segment.text = clean(segment.text)
            if !segment.text.isEmpty, !Self.isBracketedNote(segment.text) {
                spoken.append(segment)
            }
        }
        guard !spoken.isEmpty else {
            let what = segments.isEmpty ? "has no \(style.part)s" : "has only empty \(style.part)s"
            throw TranscriptParseFailure("the transcript is empty: the file \(what)")
        }
        return Transcript(format: format, text: spoken.map(\.text).joined(separator: " "), segments: spoken)
    }

    private static func isBracketedNote(_ text: String) -> Bool {
        text.first == "[" && text.last == "]" && !text.dropFirst().dropLast().contains { $0 == "[" || $0 == "]" }
    }
}

/// A spoken answer as a speech-to-text tool (or a person) wrote it down: the words, and their timing
/// when the file has any.
///
/// Made by ``TranscriptImporter`` from plain text, SubRip, WebVTT or Whisper JSON.
public struct Transcript: Sendable, Hashable, Codable {
    /// The kind of file a transcript came from.
    public enum Format: String, Sendable, Codable, CaseIterable {
        /// Plain text or Markdown, without timing.
        case text
        /// SubRip (`.srt`).
        case srt
        /// WebVTT (`.vtt`).
        case vtt
        /// openai-whisper JSON: `segments[].start/end` in seconds, optional `words[]`.
        case whisperJSON
        /// whisper.cpp `-oj` JSON: `transcription[].offsets` in milliseconds.
        case whisperCppJSON
    }

    /// One timed stretch of speech: a subtitle cue or a Whisper segment.
    public struct Segment: Sendable, Hashable, Codable {
        /// Seconds from the start of the recording.
        public var start: Double
        /// Seconds from the start of the recording; never before `start`.
        public var end: Double
        /// The spoken words, on one line, without markup.
        public var text: String
        /// Word timings, when the tool wrote them (openai-whisper with `--word_timestamps`); otherwise empty.
        public var words: [Word]

        public init(start: Double, end: Double, text: String, words: [Word] = []) {
            self.start = start
            self.end = end
            self.text = text
            self.words = words
        }
    }

    /// One timed word of a ``Segment``.
    public struct Word: Sendable, Hashable, Codable {
        /// The word as spoken, with its punctuation and without surrounding spaces.
        public var text: String
        /// Seconds from the start of the recording.
        public var start: Double
        /// Seconds from the start of the recording; never before `start`.
        public var end: Double

        public init(text: String, start: Double, end: Double) {
            self.text = text
            self.start = start
            self.end = end
        }
    }

    /// The latest time a transcript may hold, in seconds: a billion hours, past anything a cue timestamp can
    /// write, and small enough that every time shows in whole seconds.
    public static let latestTime = 3.6e12

    /// The kind of file this came from.
    public var format: Format
    /// The spoken words as one clean text: segment texts joined with single spaces, without markup or
    /// entities, whitespace collapsed. Plain text keeps its paragraphs, separated by a blank line.
    public var text: String
    /// The timed segments in file order (overlapping ones kept); empty for plain text.
    public var segments: [Segment]

    public init(format: Format, text: String, segments: [Segment] = []) {
        self.format = format
        self.text = text
        self.segments = segments
    }

    /// Seconds from the first segment's start to the latest end; `nil` without timestamps.
    public var duration: Double? {
        guard let first = segments.first else { return nil }
        let latestEnd = segments.reduce(first.end) { max($0, $1.end) }
        return latestEnd - first.start
    }

    /// The silences longer than `seconds` between consecutive segments, or between consecutive words
    /// where a segment has word timings. Overlapping speech leaves no gap.
    public func pauses(longerThan seconds: Double) -> [Pause] {
        var pauses: [Pause] = []
        var latestEnd: Double?
        for segment in segments {
            let spans = segment.words.isEmpty
                ? [(start: segment.start, end: segment.end)]
                : segment.words.map { (start: $0.start, end: $0.end) }
            for span in spans {
                if let silenceStart = latestEnd, span.start - silenceStart > seconds {
                    pauses.append(Pause(start: silenceStart, seconds: span.start - silenceStart))
                }
                latestEnd = max(latestEnd ?? span.end, span.end)
            }
        }
        return pauses
    }
}

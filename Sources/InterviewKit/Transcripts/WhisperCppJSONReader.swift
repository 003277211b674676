/// Reads whisper.cpp JSON (`whisper-cli -oj`): `transcription[]` with `offsets.from/to` in
/// milliseconds (or, failing those, `timestamps.from/to` as `HH:MM:SS,mmm`) and `text`.
enum WhisperCppJSONReader {
    static func transcript(from transcription: [TranscriptJSON.Value]) throws(TranscriptParseFailure) -> Transcript {
        var timeline = TranscriptTimeline(style: .whisperCpp)
        for element in transcription {
            let segment = try element.object(in: "transcription")
            let (start, end) = try times(of: segment)
            let text = try segment.required("text", of: "segment").string(named: "text")
            try timeline.append(start: start, end: end, text: text, line: segment.line)
        }
        return try timeline.transcript(format: .whisperCppJSON, clean: TranscriptWhitespace.collapse)
    }

    private static func times(of segment: TranscriptJSON.Value) throws(TranscriptParseFailure) -> (Double, Double) {
        if let offsets = segment["offsets"] {
            let from = try offsets.required("from", of: "\"offsets\"").number(named: "from", unit: "milliseconds")
            let to = try offsets.required("to", of: "\"offsets\"").number(named: "to", unit: "milliseconds")
            return (from / 1000, to / 1000)
        }
        guard let timestamps = segment["timestamps"] else {
            throw TranscriptParseFailure(line: segment.line, "segment has no \"offsets\" or \"timestamps\"")
        }
        return (try timestamp("from", of: timestamps), try timestamp("to", of: timestamps))
    }

    private static func timestamp(
        _ key: String, of timestamps: TranscriptJSON.Value
    ) throws(TranscriptParseFailure) -> Double {
        let value = try timestamps.required(key, of: "\"timestamps\"")
        let text = try value.string(named: key)
        guard let seconds = CueTimestamp.seconds(from: text[...]) else {
            throw TranscriptParseFailure(
                line: value.line, "\"\(key)\" is not a timestamp: \(text.debugDescription); expected HH:MM:SS,mmm")
        }
        return seconds
    }
}

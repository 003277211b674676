/// Reads openai-whisper JSON (`--output_format json`): `segments[]` with `start` and `end` in seconds,
/// `text`, and, with `--word_timestamps True`, `words[]` of `word`, `start`, `end`.
/// faster-whisper and WhisperX write the same shape (WhisperX leaves some words without times).
enum WhisperJSONReader {
    static func transcript(from segments: [TranscriptJSON.Value]) throws(TranscriptParseFailure) -> Transcript {
        var timeline = TranscriptTimeline(style: .seconds)
        for element in segments {
            let segment = try element.object(in: "segments")
            let start = try segment.required("start", of: "segment").number(named: "start", unit: "seconds")
            let end = try segment.required("end", of: "segment").number(named: "end", unit: "seconds")
            let text = try segment.required("text", of: "segment").string(named: "text")
            var words: [Transcript.Word] = []
            for element in try segment["words"]?.array(named: "words") ?? [] {
                let word = try element.object(in: "words")
                let wordText = TranscriptWhitespace.collapse(
                    try word.required("word", of: "word").string(named: "word"))
                // WhisperX cannot align some words (numerals like "2014") and writes them without times;
                // they stay in the segment's text.
                guard let startValue = word["start"], let endValue = word["end"], !wordText.isEmpty else { continue }
                let wordStart = try startValue.number(named: "start", unit: "seconds")
                let wordEnd = try endValue.number(named: "end", unit: "seconds")
                try timeline.check(start: wordStart, end: wordEnd, part: "word", line: word.line)
                words.append(Transcript.Word(text: wordText, start: wordStart, end: wordEnd))
            }
            try timeline.append(start: start, end: end, text: text, words: words, line: segment.line)
        }
        return try timeline.transcript(format: .whisperJSON, clean: TranscriptWhitespace.collapse)
    }
}

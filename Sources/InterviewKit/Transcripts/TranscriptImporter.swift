public import Foundation

/// Reads a spoken answer from a file: plain text or Markdown, SubRip, WebVTT, or Whisper JSON
/// (openai-whisper or whisper.cpp).
///
/// The format comes from the extension (`.txt` `.text` `.md` `.markdown`, `.srt`, `.vtt` `.webvtt`,
/// `.json`; any case), or from the content for other or no extensions. Every problem, from a missing
/// file to a timing line that does not parse, is a ``TranscriptError`` naming the file and, where it
/// helps, the line; nothing a file holds can crash the importer or make it slow (it is linear in the
/// file's size).
public enum TranscriptImporter {
    /// The largest file accepted, in bytes (1 MiB: hours of speech as any of the formats).
    public static let maximumBytes = 1_048_576

    /// Reads and parses the file at `url`; errors name its last path component.
    public static func load(contentsOf url: URL) throws(TranscriptError) -> Transcript {
        let fileName = url.lastPathComponent
        func failure(_ message: String) -> TranscriptError {
            TranscriptError(fileName: fileName, message: message)
        }
        guard url.isFileURL else { throw failure("only local files can be read, not \(url.absoluteString)") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw failure("no such file")
        }
        guard !isDirectory.boolValue else { throw failure("this is a directory, not a transcript file") }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw failure("permission denied: the file cannot be read")
        }
        let data: Data
        let size: Int
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            // Past the limit, the whole size makes the better message (a pipe has none to tell).
            size = data.count > maximumBytes ? (try? handle.seekToEnd()).map(Int.init) ?? data.count : data.count
        } catch {
            throw failure("the file cannot be read (\(error.localizedDescription))")
        }
        guard size <= maximumBytes else { throw failure(tooLarge(size)) }
        return try parse(data, fileName: fileName)
    }

    /// Parses a transcript file's bytes. `fileName` chooses the format by its extension and names the
    /// file in errors.
    public static func parse(_ data: Data, fileName: String) throws(TranscriptError) -> Transcript {
        do throws(TranscriptParseFailure) {
            guard data.count <= maximumBytes else { throw TranscriptParseFailure(tooLarge(data.count)) }
            let text = try TranscriptTextDecoder.decode(data)
            guard !TranscriptWhitespace.isBlank(text) else { throw TranscriptParseFailure("the transcript is empty") }
            switch TranscriptFileKind(fileName: fileName) ?? TranscriptFileKind(sniffing: text) {
            case .text: return try PlainTextParser.parse(text)
            case .subRip: return try CueFileParser(dialect: .subRip).parse(text)
            case .webVTT: return try CueFileParser(dialect: .webVTT).parse(text)
            case .json: return try whisperTranscript(TranscriptJSON.Reader.parse(text))
            }
        } catch {
            throw TranscriptError(fileName: fileName, line: error.line, message: error.message)
        }
    }

    /// The transcript in a JSON document of either Whisper flavour.
    private static func whisperTranscript(
        _ document: TranscriptJSON.Value
    ) throws(TranscriptParseFailure) -> Transcript {
        if let segments = document["segments"] {
            return try WhisperJSONReader.transcript(from: segments.array(named: "segments"))
        }
        if let transcription = document["transcription"] {
            return try WhisperCppJSONReader.transcript(from: transcription.array(named: "transcription"))
        }
        throw TranscriptParseFailure(
            line: document.line,
            "not a Whisper transcript: expected a \"segments\" array (openai-whisper) "
                + "or a \"transcription\" array (whisper.cpp)")
    }

    private static func tooLarge(_ size: Int) -> String {
        "the file is \(size) bytes, more than the \(maximumBytes)-byte limit for a transcript"
    }
}

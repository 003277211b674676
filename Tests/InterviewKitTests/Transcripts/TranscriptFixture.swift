import Foundation
import InterviewKit
import Testing

/// The transcript files in `Fixtures/transcripts`.
enum TranscriptFixture {
    /// The shared sample answer (question 22) in all five formats; the same words and timings.
    static let samples = [
        "answer-q22.txt", "answer-q22.srt", "answer-q22.vtt", "answer-q22.whisper.json", "answer-q22.whisper-cpp.json",
    ]

    /// Every valid fixture.
    static let all = samples + [
        "hour-long.srt", "hundred-hours.srt", "no-cue-numbers.srt", "windows-bom-crlf.srt", "empty-cues.srt",
        "classic-mac-cr.vtt", "overlapping.vtt", "styled.vtt", "paragraphs.md", "blank-audio.whisper-cpp.json",
        "no-words.whisper.json",
    ]

    static func url(_ name: String) throws -> URL {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent("transcripts").appendingPathComponent(name)
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }

    static func load(_ name: String) throws -> Transcript {
        try TranscriptImporter.load(contentsOf: url(name))
    }
}

/// Parses `text` as the file `fileName` and returns the error it must throw.
func transcriptError(_ text: String, fileName: String) -> TranscriptError? {
    transcriptError(Data(text.utf8), fileName: fileName)
}

/// Parses `data` as the file `fileName` and returns the error it must throw.
func transcriptError(_ data: Data, fileName: String) -> TranscriptError? {
    do {
        let transcript = try TranscriptImporter.parse(data, fileName: fileName)
        Issue.record("expected an error, got \(transcript)")
        return nil
    } catch {
        return error
    }
}

/// Parses `text` as the file `fileName`.
func parseTranscript(_ text: String, fileName: String) throws -> Transcript {
    try TranscriptImporter.parse(Data(text.utf8), fileName: fileName)
}

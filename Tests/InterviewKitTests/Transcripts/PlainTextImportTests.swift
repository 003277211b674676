import Foundation
import InterviewKit
import Testing

@Suite struct PlainTextImportTests {
    @Test func markdownKeepsItsParagraphs() throws {
        let transcript = try TranscriptFixture.load("paragraphs.md")
        #expect(transcript.format == .text)
        #expect(transcript.text == """
            # My answer to question 7

            I would split the problem in two: what the model sees, and what it is allowed to do.

            For the first, I'd keep untrusted content out of the system prompt.
            """)
    }

    @Test func lineEndsAndByteOrderMark() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("One\r\ntwo\rthree\n\r\nfour\u{A0} five\n".utf8))
        let transcript = try TranscriptImporter.parse(data, fileName: "dictated.TXT")
        #expect(transcript.text == "One two three\n\nfour five")
    }

    @Test func formatFromContentWhenTheExtensionSaysNothing() throws {
        let srt = "1\n00:00:00,000 --> 00:00:01,000\nHi.\n"
        #expect(try parseTranscript(srt, fileName: "answer").format == .srt)
        #expect(try parseTranscript(srt, fileName: "answer.log").format == .srt)
        #expect(try parseTranscript("WEBVTT\n\n00:00.000 --> 00:01.000\nHi.\n", fileName: "answer").format == .vtt)
        let whisper = #"{"segments": [{"start": 0, "end": 1, "text": "Hi."}]}"#
        #expect(try parseTranscript("\n  " + whisper, fileName: "stdin").format == .whisperJSON)
        let whisperCpp = #"{"transcription": [{"offsets": {"from": 0, "to": 900}, "text": "Hi."}]}"#
        #expect(try parseTranscript(whisperCpp, fileName: "x.JSON").format == .whisperCppJSON)
        #expect(try parseTranscript("I said --> then.\nMore words.", fileName: "answer").format == .text)
        #expect(try parseTranscript("Plain words.\nMore.\nA --> B later.", fileName: ".srtrc").format == .text)
    }

    @Test func theExtensionWinsOverTheContent() throws {
        let transcript = try parseTranscript("1\n00:00:00,000 --> 00:00:01,000\nHi.\n", fileName: "notes.txt")
        #expect(transcript.format == .text)
        #expect(transcript.text == "1 00:00:00,000 --> 00:00:01,000 Hi.")
    }
}

import Foundation
import InterviewKit
import Testing

@Suite struct WebVTTImportTests {
    @Test func styleRegionAndNoteBlocksClassesTimestampTagsAndReferences() throws {
        let transcript = try TranscriptFixture.load("styled.vtt")
        #expect(transcript.segments.map(\.text) == [
            "I'd look at the input and the output side first:",
            "prompt injection comes in, data & secrets leak out.",
            "<system> prompts are not a security boundary.",
        ])
        #expect(transcript.segments.map(\.start) == [0, 4.5, 12])
        #expect(transcript.duration == 62)
        #expect(transcript.pauses(longerThan: 2.5) == [Pause(start: 9.25, seconds: 2.75)])
    }

    @Test func overlappingVoices() throws {
        let transcript = try TranscriptFixture.load("overlapping.vtt")
        #expect(transcript.segments.map(\.text) == [
            "Tell me about a time you found a vulnerability.",
            "Sure. Last year I found a prompt injection in our support bot.",
            "Mm-hm.",
            "It could read other customers' tickets.",
        ])
        #expect(transcript.duration == 11)
        #expect(transcript.pauses(longerThan: 0.25) == [Pause(start: 10, seconds: 0.5)])
    }

    @Test func carriageReturnLineEnds() throws {
        let transcript = try TranscriptFixture.load("classic-mac-cr.vtt")
        #expect(transcript.segments.map(\.text)
            == ["Old Mac line ends are still out there.", "The importer reads them."])
    }

    @Test func headerWithoutBlankLineBeforeTheFirstCue() throws {
        let transcript = try parseTranscript("WEBVTT\n00:00.000 --> 00:01.000\nHello.\n", fileName: "a.vtt")
        #expect(transcript.text == "Hello.")
    }

    @Test func commaBeforeMillisecondsIsTolerated() throws {
        let transcript = try parseTranscript("WEBVTT\n\n00:00:01,250 --> 00:00:02,000\nHi.\n", fileName: "a.vtt")
        #expect(transcript.segments.first?.start == 1.25)
    }

    @Test func onlyAHeaderIsEmpty() {
        let error = transcriptError("WEBVTT\n\nNOTE nothing was said\n", fileName: "answer.vtt")
        #expect(error?.description == "answer.vtt: error: the transcript is empty: the file has no cues")
    }
}

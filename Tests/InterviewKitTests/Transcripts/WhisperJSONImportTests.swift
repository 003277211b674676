import Foundation
import InterviewKit
import Testing

@Suite struct WhisperJSONImportTests {
    @Test func segmentsWithoutWords() throws {
        let transcript = try TranscriptFixture.load("no-words.whisper.json")
        #expect(transcript.format == .whisperJSON)
        #expect(transcript.text == "Least privilege for the agent's tools. And a human approves every payment.")
        #expect(transcript.segments.allSatisfy { $0.words.isEmpty })
        #expect(transcript.duration == 5.9)
    }

    @Test func pausesBetweenWordsInsideASegment() throws {
        let transcript = try parseTranscript("""
            {"segments": [{"start": 0.0, "end": 6.0, "text": " Well... yes.", "words": [
              {"word": " Well...", "start": 0.0, "end": 0.8, "probability": 0.9},
              {"word": " yes.", "start": 4.2, "end": 6.0, "probability": 0.8}]}]}
            """, fileName: "hesitant.json")
        #expect(transcript.pauses(longerThan: 2.5) == [Pause(start: 0.8, seconds: 4.2 - 0.8)])
        #expect(transcript.segments[0].words.map(\.text) == ["Well...", "yes."])
    }

    @Test func whisperXWordsWithoutTimesStayInTheText() throws {
        let transcript = try parseTranscript("""
            {"segments": [{"start": 0.454, "end": 2.1, "text": " Back in 2014, we", "words": [
              {"word": "Back", "start": 0.454, "end": 0.716, "score": 0.71},
              {"word": "in", "start": 0.736, "end": 0.8, "score": 0.9},
              {"word": "2014,"},
              {"word": "we", "start": 1.9, "end": 2.1, "score": 0.8}]}]}
            """, fileName: "whisperx.json")
        #expect(transcript.text == "Back in 2014, we")
        #expect(transcript.segments[0].words.map(\.text) == ["Back", "in", "we"])
    }

    @Test func whisperCppBlankAudioIsSilence() throws {
        let transcript = try TranscriptFixture.load("blank-audio.whisper-cpp.json")
        #expect(transcript.format == .whisperCppJSON)
        #expect(transcript.text
            == "I\u{2019}d check who can write to the feature store. Then I\u{2019}d sign every artifact.")
        #expect(transcript.pauses(longerThan: 2.5) == [Pause(start: 4.12, seconds: 9 - 4.12)])
        #expect(transcript.duration == 12.34)
    }

    @Test func whisperCppTimestampsWhenOffsetsAreMissing() throws {
        let transcript = try parseTranscript("""
            {"transcription": [{"timestamps": {"from": "00:01:00,000", "to": "00:01:02,500"}, "text": " Hi."}]}
            """, fileName: "answer.json")
        #expect(transcript.segments == [Transcript.Segment(start: 60, end: 62.5, text: "Hi.")])
    }

    @Test func escapesInStrings() throws {
        let transcript = try parseTranscript(#"""
            {"segments": [{"start": 0, "end": 1, "text": " \"Quoted\" \u00e9t\u00e9 \ud83d\ude00 tab\there\nand\/on"}]}
            """#, fileName: "answer.json")
        #expect(transcript.text == "\"Quoted\" été 😀 tab here and/on")
    }
}

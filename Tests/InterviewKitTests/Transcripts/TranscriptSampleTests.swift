import Foundation
import InterviewKit
import Testing

/// The shared sample answer agrees with itself across all five formats.
@Suite struct TranscriptSampleTests {
    @Test func everyFormatGivesTheSameWords() throws {
        let expected = try String(decoding: TranscriptFixture.data("answer-q22.txt"), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        var formats: [Transcript.Format] = []
        for name in TranscriptFixture.samples {
            let transcript = try TranscriptFixture.load(name)
            #expect(transcript.text == expected, "\(name)")
            formats.append(transcript.format)
        }
        #expect(formats == [.text, .srt, .vtt, .whisperJSON, .whisperCppJSON])
    }

    @Test func timedFormatsAgreeOnDurationAndPauses() throws {
        let timed = try TranscriptFixture.samples.dropFirst().map(TranscriptFixture.load)
        for transcript in timed {
            #expect(transcript.segments.count == 12)
            #expect(transcript.duration == 74.5)
            // The gaps between the STAR parts are 15.02 → 18.4, 27.56 → 28.3 and 62.3 → 63.9 s;
            // only the first is over 2.5 s.
            #expect(transcript.pauses(longerThan: 2.5) == [Pause(start: 15.02, seconds: 18.4 - 15.02)])
            #expect(transcript.pauses(longerThan: 0.5).map(\.start) == [15.02, 27.56, 62.3])
            let withoutWords = transcript.segments.map {
                Transcript.Segment(start: $0.start, end: $0.end, text: $0.text)
            }
            #expect(withoutWords == timed[0].segments)
        }
    }

    @Test func transcriptsSurviveACodableRoundTrip() throws {
        for name in TranscriptFixture.samples {
            let transcript = try TranscriptFixture.load(name)
            let decoded = try JSONDecoder().decode(Transcript.self, from: JSONEncoder().encode(transcript))
            #expect(decoded == transcript)
        }
    }

    @Test func plainTextHasNoTiming() throws {
        let transcript = try TranscriptFixture.load("answer-q22.txt")
        #expect(transcript.segments.isEmpty)
        #expect(transcript.duration == nil)
        #expect(transcript.pauses(longerThan: 0).isEmpty)
    }

    @Test func whisperKeepsItsWordTimings() throws {
        let transcript = try TranscriptFixture.load("answer-q22.whisper.json")
        let words = transcript.segments.flatMap(\.words)
        #expect(words.map(\.text).joined(separator: " ") == transcript.text)
        #expect(words.first == Transcript.Word(text: "Um,", start: 0, end: 0.36))
        #expect(words.last == Transcript.Word(text: "uploads.", start: 73.87, end: 74.5))
        #expect(transcript.segments[3].words.first?.start == 18.4)
    }
}

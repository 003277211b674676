import Foundation
import InterviewKit
import Testing

@Suite struct SubRipImportTests {
    @Test func hourLongTimestamps() throws {
        let transcript = try TranscriptFixture.load("hour-long.srt")
        #expect(transcript.segments.map(\.start) == [3723.4, 3728.1, 3735.9])
        #expect(transcript.segments[0].text
            == "So the first thing I'd check is whether the model endpoint logs every prompt it receives.")
        let duration = try #require(transcript.duration)
        #expect(abs(duration - 15.62) < 1e-9)
        #expect(transcript.pauses(longerThan: 2.5).count == 1)
        #expect(abs((transcript.pauses(longerThan: 2.5).first?.seconds ?? 0) - 3.42) < 1e-9)
    }

    @Test func moreThanAHundredHoursAndDotsBeforeMilliseconds() throws {
        let transcript = try TranscriptFixture.load("hundred-hours.srt")
        #expect(transcript.segments.map(\.start) == [360_000, 445_506.789])
        #expect(transcript.segments.map(\.end) == [360_004.25, 445_509])
        #expect(transcript.text
            == "The red team found the jailbreak on day five. We patched the system prompt the same night.")
    }

    @Test func missingCueNumbers() throws {
        let transcript = try TranscriptFixture.load("no-cue-numbers.srt")
        #expect(transcript.segments.map(\.text) == [
            "I would start by threat modelling the pipeline.",
            "Data poisoning, model theft and prompt injection are the three I'd rank first.",
            "Then I'd pick controls for each.",
        ])
        #expect(transcript.duration == 10)
    }

    @Test func byteOrderMarkAndWindowsLineEnds() throws {
        let transcript = try TranscriptFixture.load("windows-bom-crlf.srt")
        #expect(transcript.format == .srt)
        #expect(transcript.text == "First, I would isolate the affected model. "
            + "Then I would rotate every key it could reach, and tell the incident channel.")
        #expect(transcript.segments.map(\.end) == [2.5, 6])
    }

    @Test func emptyCuesAreSkipped() throws {
        let transcript = try TranscriptFixture.load("empty-cues.srt")
        #expect(transcript.segments.map(\.text)
            == ["The eval set leaked into training.", "We rebuilt it from a held-out snapshot."])
        #expect(transcript.duration == 14)
        // The empty and [Music] cues are silence.
        #expect(transcript.pauses(longerThan: 2.5) == [Pause(start: 4, seconds: 8)])
    }

    @Test func tagsAndCharacterReferencesAreRemoved() throws {
        let transcript = try parseTranscript("""
            1
            00:00:01,000 --> 00:00:03,000 X1:40 X2:600 Y1:20 Y2:50
            <i>Rate limits</i> &amp; <font color="#ffff00">quotas</font>
            stop extraction. I <3 them, and x < y.
            """, fileName: "tags.srt")
        #expect(transcript.text == "Rate limits & quotas stop extraction. I <3 them, and x < y.")
    }

    @Test func missingBlankLineBeforeTheNextCue() throws {
        let transcript = try parseTranscript("""
            1
            00:00:00,000 --> 00:00:02,000
            First cue.
            2
            00:00:02,000 --> 00:00:04,000
            Second cue.
            00:00:04,000 --> 00:00:05,000
            Third cue.
            """, fileName: "tight.srt")
        #expect(transcript.segments.map(\.text) == ["First cue.", "Second cue.", "Third cue."])
    }

    @Test func textAfterAStrayBlankLineStaysWithItsCue() throws {
        let transcript = try parseTranscript("""
            1
            00:00:00,000 --> 00:00:02,000
            The first line,

            and the rest of it.

            2
            00:00:02,000 --> 00:00:04,000
            Next.
            """, fileName: "stray.srt")
        #expect(transcript.segments.map(\.text) == ["The first line, and the rest of it.", "Next."])
    }

    @Test func strayBlankLineAndMissingBlankLineTogether() throws {
        let transcript = try parseTranscript("""
            1
            00:00:00,000 --> 00:00:02,000
            First,

            then more
            2
            00:00:02,000 --> 00:00:04,000
            Second.
            """, fileName: "messy.srt")
        #expect(transcript.segments.map(\.text) == ["First, then more", "Second."])
    }

    @Test func emptyCueRightBeforeTheNextCue() throws {
        let transcript = try parseTranscript("""
            1
            00:00:00,000 --> 00:00:02,000
            2
            00:00:02,000 --> 00:00:04,000
            Only this one speaks.
            """, fileName: "tight.srt")
        #expect(transcript.segments == [Transcript.Segment(start: 2, end: 4, text: "Only this one speaks.")])
    }

    @Test func timestampsWithoutMillisecondsOrWithFewerDigits() throws {
        let transcript = try parseTranscript("""
            00:00:01 --> 00:00:02,5
            Close enough.
            """, fileName: "loose.srt")
        #expect(transcript.segments.first.map { [$0.start, $0.end] } == [1, 2.5])
    }

    @Test func overlappingCuesAreKeptInOrder() throws {
        let transcript = try parseTranscript("""
            1
            00:00:00,000 --> 00:00:10,000
            A long cue.

            2
            00:00:02,000 --> 00:00:04,000
            A short one inside it.

            3
            00:00:04,000 --> 00:00:05,000
            Another.
            """, fileName: "overlap.srt")
        #expect(transcript.segments.map(\.start) == [0, 2, 4])
        // The duration runs to the latest end, not to the last cue's end.
        #expect(transcript.duration == 10)
        #expect(transcript.pauses(longerThan: 0).isEmpty)
    }
}

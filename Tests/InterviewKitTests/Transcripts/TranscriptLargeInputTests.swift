import Foundation
import InterviewKit
import Testing

/// Large files, and inputs built to make a careless parser quadratic or recurse without end.
@Suite struct TranscriptLargeInputTests {
    private static let sentence = "We rotated the keys &amp; <i>reviewed</i> every <v Candidate>access log</v>."

    /// A SubRip file of `cues` cues, each with one sentence, two seconds apart.
    private static func subRip(cues: Int) -> String {
        var text = ""
        for cue in 0..<cues {
            let hours = cue / 1800, minutes = cue / 30 % 60, seconds = cue % 30 * 2
            let time = "\(twoDigits(hours)):\(twoDigits(minutes)):\(twoDigits(seconds))"
            text += "\(cue + 1)\n\(time),000 --> \(time),500\n\(sentence)\n\n"
        }
        return text
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    @Test func largeSubRip() throws {
        let text = Self.subRip(cues: 4_000)
        #expect(text.utf8.count > 400_000)
        let transcript = try parseTranscript(text, fileName: "long.srt")
        #expect(transcript.segments.count == 4_000)
        #expect(transcript.segments.last?.text == "We rotated the keys & reviewed every access log.")
        #expect(transcript.duration == 7_998.5)
        #expect(transcript.pauses(longerThan: 1.4).count == 3_999)
    }

    @Test func largeWhisperJSON() throws {
        var segments: [String] = []
        for index in 0..<800 {
            let start = Double(index) * 3
            let words = (0..<6).map { word in
                let wordStart = start + Double(word) * 0.4
                return #"{"word": " w\#(word)", "start": \#(wordStart), "end": \#(wordStart + 0.3), "score": 0.9}"#
            }
            segments.append(#"{"id": \#(index), "start": \#(start), "end": \#(start + 2.5), "#
                + #""text": " w0 w1 w2 w3 w4 w5", "words": [\#(words.joined(separator: ", "))]}"#)
        }
        let text = #"{"text": "", "segments": [\#(segments.joined(separator: ",\n"))], "language": "en"}"#
        #expect(text.utf8.count > 350_000)
        let transcript = try parseTranscript(text, fileName: "long.json")
        #expect(transcript.segments.count == 800)
        #expect(transcript.segments.flatMap(\.words).count == 4_800)
    }

    @Test func oneHugeCueFullOfMarkup() throws {
        let markup = String(repeating: "<b &a<", count: 10_000) + String(repeating: "&amp", count: 10_000)
        let transcript = try parseTranscript("00:00:00,000 --> 00:00:01,000\n" + markup + "\n", fileName: "a.srt")
        #expect(transcript.text.hasPrefix("<b &a<"))
    }

    @Test func deeplyNestedJSONIsRefused() {
        let nested = String(repeating: #"{"a":["#, count: 150_000)
        #expect(transcriptError(nested, fileName: "a.json")?.message == "invalid JSON: nested deeper than 64 levels")
    }

    @Test func manyLinesOfNothing() {
        let lines = String(repeating: "\n \r\n\t\r", count: 150_000)
        #expect(transcriptError(lines, fileName: "a.vtt")?.message == "the transcript is empty")
    }
}

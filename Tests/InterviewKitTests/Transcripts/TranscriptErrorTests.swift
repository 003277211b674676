import Foundation
import InterviewKit
import Testing

/// Every kind of malformed input gets its own message, on the line where the problem is.
@Suite struct TranscriptErrorTests {
    @Test func descriptionReadsLikeACompilerError() {
        #expect(TranscriptError(fileName: "a.srt", line: 3, message: "bad").description == "a.srt:3: error: bad")
        #expect(TranscriptError(fileName: "a.srt", message: "bad").description == "a.srt: error: bad")
    }

    @Test(arguments: [
        // A timing line that does not parse.
        ("1\n00:00:00,000 --> 00:00:05:840\nHello.\n",
         #"answer.srt:2: error: "00:00:05:840" is not a timestamp; expected HH:MM:SS,mmm"#),
        ("1\n00:00:00,000 --> 00:00:61,000\nHello.\n",
         #"answer.srt:2: error: "00:00:61,000" is not a timestamp; expected HH:MM:SS,mmm"#),
        ("1\n00:00:00,000 - 00:00:05,840\nHello.\n",
         #"answer.srt:2: error: the timing line has no "-->" between its times"#),
        ("1\n00:00:00,000 -->\nHello.\n",
         #"answer.srt:2: error: the timing line has no end time after "-->""#),
        ("1\n --> 00:00:05,840\nHello.\n",
         #"answer.srt:2: error: the timing line has no start time before "-->""#),
        ("1\nHello.\n",
         #"answer.srt:1: error: cue number 1 is not followed by a timing line like "00:00:01,000 --> 00:00:04,000""#),
        ("Hello, this is not a subtitle file.\n",
         #"answer.srt:1: error: expected a cue number or a timing line like "00:00:01,000 --> 00:00:04,000""#),
        // End before start, and time going backwards across cues (overlap alone is fine).
        ("1\n00:00:07,000 --> 00:00:05,000\nHello.\n",
         "answer.srt:2: error: cue ends (00:00:05,000) before it starts (00:00:07,000)"),
        ("""
         1
         00:00:00,000 --> 00:00:03,000
         One.

         2
         00:00:07,000 --> 00:00:09,000
         Two.

         3
         00:00:08,000 --> 00:00:10,000
         Three overlaps two.
         00:00:05,000 --> 00:00:06,000
         Four goes back.
         """,
         "answer.srt:12: error: timestamp goes backwards (00:00:05,000 after 00:00:08,000)"),
        ("1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\n  \n",
         "answer.srt: error: the transcript is empty: the file has only empty cues"),
    ])
    func subRip(input: String, expected: String) {
        #expect(transcriptError(input, fileName: "answer.srt")?.description == expected)
    }

    @Test(arguments: [
        ("1\n00:00.000 --> 00:01.000\nHi.\n", #"answer.vtt:1: error: a WebVTT file must start with "WEBVTT""#),
        ("WEBVTTX\n\n00:00.000 --> 00:01.000\nHi.\n", #"answer.vtt:1: error: a WebVTT file must start with "WEBVTT""#),
        ("WEBVTT\n\n00:00.000 --> 00:01.0000\nHi.\n",
         #"answer.vtt:3: error: "00:01.0000" is not a timestamp; expected HH:MM:SS.mmm or MM:SS.mmm"#),
        ("WEBVTT\n\nintro\n00:00.000 00:01.000\nHi.\n",
         #"answer.vtt:4: error: the timing line has no "-->" between its times"#),
        ("WEBVTT\n\nJust words, no cue.\n",
         #"answer.vtt:3: error: expected a cue timing line like "00:00:01.000 --> 00:00:04.000""#),
        ("WEBVTT\n\n00:07.000 --> 00:08.000\nA.\n\n00:05.000 --> 00:06.000\nB.\n",
         "answer.vtt:6: error: timestamp goes backwards (00:00:05.000 after 00:00:07.000)"),
        ("WEBVTT\n\n1\n01:00:07.000 --> 01:00:05.000 align:start\nA.\n",
         "answer.vtt:4: error: cue ends (01:00:05.000) before it starts (01:00:07.000)"),
    ])
    func webVTT(input: String, expected: String) {
        #expect(transcriptError(input, fileName: "answer.vtt")?.description == expected)
    }

    @Test(arguments: [
        (#"{"text": "Hello"}"#,
         #"answer.json:1: error: not a Whisper transcript: expected a "segments" array (openai-whisper) "#
            + #"or a "transcription" array (whisper.cpp)"#),
        ("[1, 2]",
         #"answer.json:1: error: not a Whisper transcript: expected a "segments" array (openai-whisper) "#
            + #"or a "transcription" array (whisper.cpp)"#),
        ("{\"segments\": [\n  {\"start\": 0, \"end\": 1, \"text\": \"a\"}\n  {\"start\": 1}]}",
         "answer.json:3: error: invalid JSON: expected ',' or ']' in an array"),
        ("{\"segments\": [\n  {\"start\": 0, \"end\": 1, \"text\": \"a\"},\n  {\"start\": 1, \"text\": \"b\"}]}",
         #"answer.json:3: error: segment has no "end""#),
        ("{\"segments\": [\n  {\"end\": 1, \"text\": \"a\"}]}", #"answer.json:2: error: segment has no "start""#),
        ("{\"segments\": [{\"start\": \"0.0\", \"end\": 1, \"text\": \"a\"}]}",
         #"answer.json:1: error: "start" must be a number of seconds, not a string"#),
        ("{\"segments\": {\"start\": 0}}", #"answer.json:1: error: "segments" must be an array, not an object"#),
        ("{\"segments\": [7]}", #"answer.json:1: error: each element of "segments" must be an object, not a number"#),
        ("{\"segments\": [{\"start\": 2, \"end\": 1.5, \"text\": \"a\"}]}",
         "answer.json:1: error: segment ends (1.5 s) before it starts (2.0 s)"),
        ("{\"segments\": [{\"start\": -0.5, \"end\": 1, \"text\": \"a\"}]}",
         "answer.json:1: error: segment has a negative time (-0.5 s)"),
        ("{\"segments\": [{\"start\": 3, \"end\": 4, \"text\": \"a\"},\n{\"start\": 1, \"end\": 2, \"text\": \"b\"}]}",
         "answer.json:2: error: timestamp goes backwards (1.0 s after 3.0 s)"),
        ("{\"segments\": [{\"start\": 0, \"end\": 2, \"text\": \"a b\", \"words\": [\n"
            + "{\"word\": \"a\", \"start\": 0, \"end\": 1},\n{\"word\": \"b\", \"start\": 1.5, \"end\": 1}]}]}",
         "answer.json:3: error: word ends (1.0 s) before it starts (1.5 s)"),
        ("{\"segments\": [{\"start\": 0, \"end\": 2, \"text\": \"a\", \"words\": [{\"start\": 0, \"end\": 1}]}]}",
         #"answer.json:1: error: word has no "word""#),
        ("{\"segments\": [{\"start\": 0, \"end\": 1e400, \"text\": \"a\"}]}",
         "answer.json:1: error: invalid JSON: number out of range"),
        // Finite, but no recording is that long, and no report could show it.
        ("{\"segments\": [{\"start\": 0, \"end\": 1e300, \"text\": \"a\"}]}",
         "answer.json:1: error: segment has a time past a billion hours (1e+300 s)"),
        ("{\"segments\": [{\"start\": 0, \"end\": 01, \"text\": \"a\"}]}",
         "answer.json:1: error: invalid JSON: expected ',' or '}' in an object"),
        ("{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"a\\x\"}]}",
         "answer.json:1: error: invalid JSON: invalid escape in a string"),
        ("{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"a\nb\"}]}",
         "answer.json:1: error: invalid JSON: a line break or control character inside a string"),
        ("{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"a}]}",
         "answer.json:1: error: invalid JSON: a string is not closed"),
        ("{\"segments\": []} {}", "answer.json:1: error: invalid JSON: unexpected text after the JSON value"),
        ("{\"segments\": [{\"start\":\n",
         "answer.json:2: error: invalid JSON: the text ends where a value was expected"),
        (String(repeating: "[", count: 100_000), "answer.json:1: error: invalid JSON: nested deeper than 64 levels"),
        ("{\"segments\": []}", "answer.json: error: the transcript is empty: the file has no segments"),
    ])
    func whisper(input: String, expected: String) {
        #expect(transcriptError(input, fileName: "answer.json")?.description == expected)
    }

    @Test(arguments: [
        (#"{"transcription": [{"text": " Hi."}]}"#, #"answer.json:1: error: segment has no "offsets" or "timestamps""#),
        (#"{"transcription": [{"offsets": {"from": 0}, "text": " Hi."}]}"#,
         #"answer.json:1: error: "offsets" has no "to""#),
        (#"{"transcription": [{"timestamps": {"from": "00:00:00,000", "to": "0:0:1"}, "text": " Hi."}]}"#,
         #"answer.json:1: error: "to" is not a timestamp: "0:0:1"; expected HH:MM:SS,mmm"#),
        ("{\"transcription\": [\n{\"offsets\": {\"from\": 9000, \"to\": 9500}, \"text\": \"a\"},\n"
            + "{\"offsets\": {\"from\": 4000, \"to\": 5000}, \"text\": \"b\"}]}",
         "answer.json:3: error: timestamp goes backwards (00:00:04,000 after 00:00:09,000)"),
        (#"{"transcription": "none"}"#, #"answer.json:1: error: "transcription" must be an array, not a string"#),
        (#"{"transcription": [{"offsets": {"from": 0, "to": 4e18}, "text": " Hi."}]}"#,
         "answer.json:1: error: segment has a time past a billion hours (4000000000000000.0 s)"),
    ])
    func whisperCpp(input: String, expected: String) {
        #expect(transcriptError(input, fileName: "answer.json")?.description == expected)
    }

    @Test func invalidUTF8SaysWhere() {
        let latin1 = Data("Hello\nwor".utf8 + [0xE9] + "ld\n".utf8)
        #expect(transcriptError(latin1, fileName: "answer.txt")?.description
            == "answer.txt:2: error: invalid UTF-8 at byte offset 9 (0xE9); save the file as UTF-8")
        let cases: [([UInt8], String)] = [
            (Array("ab".utf8) + [0xE2, 0x82], "at byte offset 2 (0xE2)"),  // cut short at the end
            (Array("ab".utf8) + [0xC0, 0xAF], "at byte offset 2 (0xC0)"),  // overlong
            (Array("ab".utf8) + [0xED, 0xA0, 0x80], "at byte offset 2 (0xED)"),  // a surrogate
            (Array("ab".utf8) + [0xF4, 0x90, 0x80, 0x80], "at byte offset 2 (0xF4)"),  // past U+10FFFF
            ([0x80], "at byte offset 0 (0x80)"),  // a continuation byte alone
        ]
        for (bytes, place) in cases {
            #expect(transcriptError(Data(bytes), fileName: "a.srt")?.description
                == "a.srt:1: error: invalid UTF-8 \(place); save the file as UTF-8")
        }
    }

    @Test func binaryContentIsRefused() {
        let nul = Data("1\n00:00".utf8 + [0] + "00\n".utf8)
        #expect(transcriptError(nul, fileName: "answer.srt")?.description
            == "answer.srt:2: error: NUL byte at byte offset 7: this is a binary file, not a transcript")
        let escape = Data("\r\nab\u{1B}[0m".utf8)
        #expect(transcriptError(escape, fileName: "answer.txt")?.description
            == "answer.txt:2: error: control byte 0x1B at byte offset 4: this is a binary file, not a transcript")
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(transcriptError(png, fileName: "answer.png")?.description
            == "answer.png:1: error: invalid UTF-8 at byte offset 0 (0x89); save the file as UTF-8")
        let utf16 = Data([0xFF, 0xFE] + Array("H\0i\0".utf8))
        #expect(transcriptError(utf16, fileName: "answer.srt")?.description
            == "answer.srt: error: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
    }

    @Test(arguments: ["", " \n\t\r\n  ", "\u{FEFF}", "\u{FEFF}\n\n", "\u{A0}\u{3000}\n"])
    func emptyFiles(text: String) {
        for name in ["answer.txt", "answer.srt", "answer.vtt", "answer.json", "answer"] {
            #expect(transcriptError(text, fileName: name)?.description == "\(name): error: the transcript is empty")
        }
    }

    @Test func oversizedData() {
        let data = Data(repeating: UInt8(ascii: "a"), count: TranscriptImporter.maximumBytes + 1)
        #expect(transcriptError(data, fileName: "huge.txt")?.description
            == "huge.txt: error: the file is 1048577 bytes, more than the 1048576-byte limit for a transcript")
    }
}

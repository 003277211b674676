import Foundation
import InterviewKit
import Testing

/// Random bytes and random damage to the valid fixtures: `parse` must either throw a `TranscriptError`
/// or return a sound transcript, which scores into a sound scorecard; never a crash or a hang.
@Suite struct TranscriptFuzzTests {
    private static let fileNames = ["answer.srt", "answer.vtt", "answer.json", "answer.txt", "answer.md", "answer"]

    /// Pieces that matter to the parsers, inserted to provoke their edge cases.
    private static let tokens = [
        "-->", " --> ", "\n", "\r\n", "\r", "\n\n", ":", ",", ".", "<", ">", "</", "<v A>", "<00:00:01.000>",
        "&", ";", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "{", "}", "[", "]", "\"", "\\", "\\u", "\\ud800",
        "-", "0", "9", "99:59:59,999", "123456789:00:00.000", "00:00.000", "1e400", "1e300", "4e15", "-1", "WEBVTT", "NOTE",
        "STYLE", "\u{FEFF}", "\u{A0}", "\u{2028}", "\u{85}", "é", "😀", "\0", "\u{1B}", "[BLANK_AUDIO]", "\t", " ",
    ].map { Array($0.utf8) }

    @Test func randomBytesAndDamagedFixturesNeverCrash() throws {
        var random = SeededGenerator(seed: 0x5EED_2024)
        let scorer = ScorerTests.scorer
        let questions = try ["T06", "S22", "B41"].map { try #require(Fixture.bank.question(id: $0)) }
        let fixtures = try TranscriptFixture.all.map { name in (name, try Array(TranscriptFixture.data(name))) }
        var parsed = 0
        for run in 0..<3000 {
            let bytes: [UInt8]
            let fileName: String
            if run % 3 == 0 {
                bytes = Self.randomBytes(using: &random)
                fileName = Self.fileNames.randomElement(using: &random) ?? "answer"
            } else {
                let (name, original) = fixtures[Int.random(in: 0..<fixtures.count, using: &random)]
                bytes = Self.damaged(original, using: &random)
                fileName = Bool.random(using: &random) ? name : (Self.fileNames.randomElement(using: &random) ?? name)
            }
            do {
                let transcript = try TranscriptImporter.parse(Data(bytes), fileName: fileName)
                Self.checkSound(transcript, run: run)
                let question = questions[run % questions.count]
                let card = try scorer.score(transcript.text, question: question, timing: transcript.timing)
                ScorecardSoundness.check(card, text: transcript.text, question: question, "run \(run)")
                parsed += 1
            } catch let error as TranscriptError {
                #expect(error.fileName == fileName)
                #expect(!error.message.isEmpty, "run \(run)")
            }
        }
        // Enough of the damaged fixtures still parse for the checks on sound transcripts to matter.
        #expect(parsed > 300)
    }

    private static func checkSound(_ transcript: Transcript, run: Int) {
        let text = transcript.text
        #expect(!text.isEmpty, "run \(run)")
        #expect(text.first?.isWhitespace == false && text.last?.isWhitespace == false, "run \(run)")
        #expect(!text.contains("  "), "run \(run)")
        let allowed: Set<Unicode.Scalar> = transcript.format == .text ? ["\n"] : []
        #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control && !allowed.contains($0) },
                "run \(run)")
        for segment in transcript.segments {
            #expect(isSoundSpan(segment.start, segment.end), "run \(run)")
            #expect(!segment.text.isEmpty, "run \(run)")
            #expect(segment.words.allSatisfy { isSoundSpan($0.start, $0.end) && !$0.text.isEmpty }, "run \(run)")
        }
        if let duration = transcript.duration {
            #expect(duration.isFinite && duration >= 0, "run \(run)")
        }
        #expect(transcript.pauses(longerThan: 0).allSatisfy { $0.seconds.isFinite && $0.seconds > 0 }, "run \(run)")
    }

    private static func isSoundSpan(_ start: Double, _ end: Double) -> Bool {
        start.isFinite && end.isFinite && start >= 0 && end >= start
    }

    private static func randomBytes(using random: inout SeededGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...300, using: &random) {
            if Bool.random(using: &random) {
                bytes.append(UInt8.random(in: 0...255, using: &random))
            } else {
                bytes += tokens.randomElement(using: &random) ?? []
            }
        }
        return bytes
    }

    /// `original` after one to five random edits: a byte changed, a token inserted, a range deleted,
    /// duplicated or cut off.
    private static func damaged(_ original: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        var bytes = original
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            let position = Int.random(in: 0...bytes.count, using: &random)
            let length = min(Int.random(in: 1...40, using: &random), bytes.count - position)
            switch Int.random(in: 0..<5, using: &random) {
            case 0 where position < bytes.count:
                bytes[position] = UInt8.random(in: 0...255, using: &random)
            case 1:
                bytes.insert(contentsOf: tokens.randomElement(using: &random) ?? [], at: position)
            case 2:
                bytes.removeSubrange(position..<position + length)
            case 3:
                bytes.insert(contentsOf: bytes[position..<position + length], at: position)
            default:
                bytes.removeSubrange(position...)
            }
        }
        return bytes
    }
}


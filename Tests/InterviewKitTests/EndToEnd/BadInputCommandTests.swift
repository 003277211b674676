import Foundation
@testable import InterviewKit
import Testing

/// The commands a user types, fed what users and accidents feed them: each ends with a clear message and an
/// exit status, never a crash or a hang.
@Suite struct BadInputCommandTests {
    static func score(_ file: String, _ extra: [String] = [], bytes: Data = Data()) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["score", "--rubrics", Fixture.rubrics.path, "-q", "T06", file] + extra, bytes: bytes)
    }

    @Test func answerFilesThatAreNotAnswers() throws {
        let folder = try TemporaryFolder()
        var random = SeededGenerator(seed: 0xBAD)
        let cases: [(String, Data, String)] = [
            ("big.txt", Data(repeating: UInt8(ascii: "a"), count: 10_485_760),
             "big.txt: error: the file is 10485760 bytes, more than the 1048576-byte limit for a transcript"),
            ("empty.txt", Data(), "empty.txt: error: the transcript is empty"),
            ("blank.srt", Data(" \n\t\r\n\u{3000}\n".utf8), "blank.srt: error: the transcript is empty"),
            ("noise.bin", Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }), "noise.bin:"),
            ("nul.txt", Data("Prompt\0injection".utf8), "nul.txt:1: error: NUL byte at byte offset 6: this is a binary file, not a transcript"),
            ("latin1.txt", Data([0x63, 0x61, 0x66, 0xE9]), "latin1.txt:1: error: invalid UTF-8 at byte offset 3 (0xE9); save the file as UTF-8"),
            ("late.json", Data(#"{"segments": [{"start": 0, "end": 1e300, "text": "prompt injection"}]}"#.utf8),
             "late.json:1: error: segment has a time past a billion hours"),
            ("back.vtt", Data("WEBVTT\n\n00:05.000 --> 00:06.000\nA.\n\n00:01.000 --> 00:02.000\nB.\n".utf8),
             "back.vtt:6: error: timestamp goes backwards (00:00:01.000 after 00:00:05.000)"),
            ("cut.srt", Data("1\n00:00:01,000 -->\nHello.\n".utf8), #"cut.srt:2: error: the timing line has no end time after "-->""#),
        ]
        for (name, data, expected) in cases {
            let file = folder.url.appendingPathComponent(name)
            try data.write(to: file)
            let start = ContinuousClock.now
            let run = try Self.score(file.path)
            #expect(ContinuousClock.now - start < .seconds(10), "\(name)")
            #expect(run.status == 1 && !run.signalled, "\(name): \(run.stderr)")
            #expect(run.stderr.contains(expected), "\(name): \(run.stderr)")
        }
        let piped = try Self.score("-", bytes: Data(repeating: UInt8(ascii: "a"), count: 10_485_760))
        #expect(piped.status == 1 && piped.stderr.contains("standard input: error: the file is 10485760 bytes"))
    }

    @Test func answersThatAreOddButFineGetAScorecard() throws {
        let answers = [
            "Prompt injection: המשתמש עוקף את ההוראות. مرحبا. We validate inputs 👩🏽‍💻🇫🇷 and filter outputs.",
            "Pro\u{301}mpt inje\u{308}ction " + String(repeating: "a", count: 20_000) + " input validation",
            String(repeating: "We monitor the logs and validate input; ", count: 2_000),
        ]
        for (answer, extra) in zip(answers, [["--json"], ["--seconds", "1e300"], ["--seconds", "0.0001"]]) {
            let run = try Self.score("-", extra, bytes: Data(answer.utf8))
            #expect(run.status == 0 && !run.signalled, "\(extra): \(run.stderr)")
        }
    }

    @Test func aPathologicalPatternIsNamedByCheckScoreAndRound() throws {
        let folder = Fixture.url("rubrics/pathological").path
        let check = try BinaryRunner.run(["rubrics", "check", "--rubrics", folder])
        #expect(check.status == 1)
        #expect(check.stderr.contains("P01-backtracking.yaml:15:16: error: concept 'runaway': pattern backtracks too much on a long answer"))

        let answer = String(repeating: "a", count: 3_000) + "!"
        let score = try BinaryRunner.run(["score", "--rubrics", folder, "-q", "P01", "-"], input: answer)
        #expect(score.status == 1 && !score.signalled)
        #expect(score.stderr.hasPrefix("error: -: cannot score this answer: question P01, concept 'runaway': a pattern gave up"), "\(score.stderr)")

        let sessions = try TemporaryFolder()
        let round = try BinaryRunner.run(["practice", "--rubrics", folder, "--sessions", sessions.url.path, "--question", "P01"],
                                              input: answer + "\n\n")
        #expect(round.status == 0 && round.stdout.contains("could not be scored against the rubric: question P01, concept 'runaway'"))
        #expect(SessionStore(folder: sessions.url).loadAll().items.first?.questions.first?.answer?.text == answer, "the answer is kept")
    }

    @Test func aDamagedSessionFileIsShownOrSkippedNeverACrash() throws {
        let folder = try TemporaryFolder()
        var card = SessionFixture.scorecard("T06", score: 50, concepts: [("definition", true)])
        card.delivery.wordsPerMinute = .nan
        var record = SessionFixture.question("T06", card: card)
        record.answer?.seconds = 1e300
        try SessionStore(folder: folder.url).save(SessionFixture.session("damaged", questions: [record]))
        try Data("{\"version\": 1, \"id\": ".utf8).write(to: folder.url.appendingPathComponent("cut.json"))
        for command in [["review", "damaged"], ["export", "damaged", "--format", "html"], ["progress"]] {
            let run = try BinaryRunner.run(command + ["--sessions", folder.url.path, "--rubrics", Fixture.rubrics.path])
            #expect(run.status == 0 && !run.signalled, "\(command): \(run.stderr)")
        }
        let list = try BinaryRunner.run(["review", "--sessions", folder.url.path])
        #expect(list.stderr.contains("warning: skipped cut.json: not valid JSON (truncated or damaged)"))
    }
}

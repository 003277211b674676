import Foundation
@testable import InterviewKit
import Testing

/// The built binary, end to end: scripted rounds, scoring, listings and errors.
@Suite struct CommandLineTests {
    private let rubrics = Fixture.rubrics.path

    @Test func helpAndVersion() throws {
        let help = try BinaryRunner.run(["--help"])
        #expect(help.status == 0)
        for command in ["practice", "score", "questions", "rubrics", "plan", "review", "progress", "export"] {
            #expect(help.stdout.contains(command))
        }
        #expect(try BinaryRunner.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == InterviewKit.version)
    }

    @Test func scriptedPracticeRoundIsSavedWithEveryAnswer() throws {
        let folder = try TemporaryFolder()
        let answer = ScorerTests.paraphrases["T07"]!
        let result = try BinaryRunner.run(
            ["practice", "--question", "T07", "--question", "T12", "--rubrics", rubrics, "--sessions", folder.url.path],
            input: answer + "\n\n" + ":skip\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.stdout.contains("Saved to "))
        let store = SessionStore(folder: folder.url)
        let sessions = store.loadAll()
        #expect(sessions.problems.isEmpty)
        let session = try #require(sessions.items.first)
        #expect(session.questions.map(\.questionID) == ["T07", "T12"])
        #expect(session.questions[0].answer?.text == answer)
        #expect(session.questions[1].skipped)
        #expect(session.status == .completed)
        #expect(try permissions(of: store.url(for: session.id)) == 0o600)
        #expect(try permissions(of: folder.url) == 0o700)
    }

    @Test func scoreCommandPrintsStableJSON() throws {
        let transcript = Fixture.url("transcripts/answer-q22.whisper.json").path
        let result = try BinaryRunner.run(["score", "--question", "S22", "--json", "--rubrics", rubrics, transcript])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["id", "question", "score", "concepts", "star", "delivery", "feedback"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let delivery = try #require(object["delivery"] as? [String: Any])
        #expect(delivery["seconds"] as? Double == 74.5)
        let star = try #require(object["star"] as? [String: Any])
        #expect(star["quantifiedResult"] as? Bool == true)
    }

    @Test func batchScoringKeepsOrderAndReportsBadLines() throws {
        let answer = ScorerTests.paraphrases["T12"]!.replacingOccurrences(of: "\"", with: "\\\"")
        let lines = [
            #"{"id": 1, "question": "T12", "text": "\#(answer)"}"#,
            #"not json"#,
            #"{"id": "b", "question": "T99", "text": "x"}"#,
            #"{"id": "c", "text": "I led the rollout last year. As a result incidents fell by 30%."}"#,
        ]
        let result = try BinaryRunner.run(["score", "--batch", "-", "--rubrics", rubrics], input: lines.joined(separator: "\n"))
        #expect(result.status == 1)
        let output = result.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(output.count == 4)
        #expect(output[0]?["id"] as? String == "1")
        #expect((output[0]?["score"] as? Int ?? 0) >= 75)
        #expect((output[1]?["error"] as? String)?.contains("line 2") == true)
        #expect((output[2]?["error"] as? String)?.contains("unknown question 'T99'") == true)
        #expect(output[3]?["score"] is NSNull)
    }

    @Test func unknownQuestionSaysHowToFindTheRightOne() throws {
        let result = try BinaryRunner.run(["score", "--question", "T6", "--rubrics", rubrics, "-"], input: "text")
        #expect(result.status != 0)
        #expect(result.stderr.contains("Unknown question 'T6'; did you mean T06?"))
    }

    @Test func questionsListsTheBankFiltered() throws {
        let result = try BinaryRunner.run(["questions", "--day", "11", "--rubrics", rubrics])
        #expect(result.status == 0)
        #expect(result.stdout.contains("S21") && result.stdout.contains("S25") && !result.stdout.contains("S26"))
        #expect(result.stdout.contains("5 questions"))
    }

    @Test func rubricsCheckAndTestPassOnTheShippedRubrics() throws {
        let check = try BinaryRunner.run(["rubrics", "check", "--rubrics", rubrics])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("50 questions") && check.stdout.contains("0 errors"))
        let test = try BinaryRunner.run(["rubrics", "test", "--rubrics", rubrics])
        #expect(test.status == 0, "\(test.stderr)")
        #expect(test.stdout.contains("0 failed"))
    }

    @Test func brokenRubricsFailCheckWithStatusOne() throws {
        let result = try BinaryRunner.run(["rubrics", "check", "--rubrics", Fixture.url("rubrics/broken").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("X03-bad-regex.yaml:15:46: error: concept 'encrypts': pattern does not compile"))
    }
}

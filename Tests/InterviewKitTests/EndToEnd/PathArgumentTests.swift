import Foundation
@testable import InterviewKit
import Testing

/// Session ids and question ids typed on the command line cannot name files outside their folders: a
/// real session placed just outside the sessions folder is never read through `../`, an absolute path or a
/// nested path. (A NUL cannot reach a program through its arguments; `SessionStoreTests` refuses it in ids.)
@Suite struct PathArgumentTests {
    static let escapes = ["../outside", "Sessions/../../outside.json", "~/outside"]

    /// A sessions folder, and beside it `outside.json`: a valid session whose answer is a secret.
    static func folderWithASessionOutside() throws -> (folder: TemporaryFolder, sessions: String, absolute: String) {
        let folder = try TemporaryFolder()
        let sessions = folder.url.appendingPathComponent("Sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: false)
        let secret = SessionFixture.session("outside", questions: [
            SessionFixture.question("T06", text: "SECRET-ANSWER", card: SessionFixture.scorecard("T06", score: 50, concepts: [])),
        ])
        try SessionStore(folder: folder.url).save(secret)
        return (folder, sessions.path, folder.url.appendingPathComponent("outside").path)
    }

    @Test func sessionIDsStayInTheSessionsFolder() throws {
        let (_, sessions, absolute) = try Self.folderWithASessionOutside()
        for id in Self.escapes + [absolute] {
            // Re-scoring loads the rubrics first, so it is tried with two of the ids only.
            let rescore = id == absolute || id == Self.escapes[0] ? [["review", id, "--rescore", "--rubrics", Fixture.rubrics.path]] : []
            for command in [["review", id], ["export", id, "--format", "json"]] + rescore {
                let run = try BinaryRunner.run(command + ["--sessions", sessions])
                #expect(run.status == 1 && !run.signalled, "\(command)")
                #expect(run.stderr.contains("is not a session id"), "\(command): \(run.stderr)")
                #expect(!run.stdout.contains("SECRET") && !run.stderr.contains("SECRET"), "\(command)")
            }
        }
    }

    @Test func anExportNamesOnlyItsOwnOutputFile() throws {
        let (folder, sessions, _) = try Self.folderWithASessionOutside()
        let run = try BinaryRunner.run(["export", "../outside", "--sessions", sessions, "-o", folder.url.appendingPathComponent("copy.md").path])
        #expect(run.status == 1 && !FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("copy.md").path))
    }

    @Test func questionIDsNameNoFile() throws {
        let folder = try TemporaryFolder()
        let answer = folder.url.appendingPathComponent("answer.txt")
        try Data("Prompt injection overrides the instructions.".utf8).write(to: answer)
        let sessions = folder.url.appendingPathComponent("Sessions").path
        let rubric = Fixture.rubrics.appendingPathComponent("technical/T06-prompt-injection.yaml").path
        for id in ["../technical/T06-prompt-injection", rubric] {
            let score = try BinaryRunner.run(["score", "--rubrics", Fixture.rubrics.path, "-q", id, answer.path])
            #expect(score.status == 64 && score.stderr.contains("Unknown question '\(id)'"), "\(id): \(score.stderr)")
            let practice = try BinaryRunner.run(["practice", "--rubrics", Fixture.rubrics.path, "--sessions", sessions, "--question", id])
            #expect(practice.status == 64 && !practice.signalled, "\(id): \(practice.stderr)")
            let review = try BinaryRunner.run(["review", "--question", id, "--sessions", sessions])
            #expect(!review.signalled && !review.stdout.contains("root:"), "\(id)")
        }
        #expect(!FileManager.default.fileExists(atPath: sessions), "no round started, so no folder was made")
    }
}

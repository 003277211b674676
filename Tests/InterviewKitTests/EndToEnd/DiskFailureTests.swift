import Foundation
@testable import InterviewKit
import Testing

/// A sessions folder that cannot be written: a path through a file (everywhere), and, made for real where
/// the machine allows it, a full disk and a read-only folder: the round runs in a private mount namespace
/// (`unshare -rm`, no root needed where user namespaces are allowed) on a 4 KiB tmpfs, which holds the new
/// session file and nothing more, or on a tmpfs mounted read-only.
@Suite struct DiskFailureTests {
    static let needsMounts = Testing.ConditionTrait.enabled(if: BinaryRunner.canMountPrivately, "needs unshare with user and mount namespaces")

    static let answers = [
        "Prompt injection overrides the system prompt, so we add input validation.",
        "We validate every input against known attack strings.",
        "I would isolate the chatbot and review the logs.",
    ]

    /// Runs a T06 and S22 round with its sessions folder `Sessions` on a tmpfs mounted at `mount`, after the
    /// shell commands `prepare` (run with the mount point as `$1`).
    static func round(on mount: URL, prepare: String, temporary: URL) throws -> BinaryRunner.Result {
        let unshare = try #require(BinaryRunner.tool("unshare"))
        let script = #"mount -t tmpfs -o size=4k tmpfs "$1" && "# + prepare + #" && shift && exec "$@""#
        return try BinaryRunner.run(
            ["-rm", "sh", "-c", script, "sh", mount.path, BinaryRunner.executable.path, "practice", "--rubrics", Fixture.rubrics.path,
             "--sessions", mount.appendingPathComponent("Sessions").path, "--question", "T06", "--question", "S22"],
            bytes: Data(answers.map { $0 + "\n\n" }.joined().utf8), executable: unshare, environment: ["TMPDIR": temporary.path])
    }

    static func texts(_ session: Session) -> [String] {
        session.questions.flatMap { [$0.answer?.text] + $0.followUps.map(\.answer?.text) }.compactMap { $0 }
    }

    @Test func aSessionsPathThroughAFileIsAClearErrorBeforeAnythingIsTyped() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let result = try BinaryRunner.run(["practice", "--question", "T07", "--rubrics", Fixture.rubrics.path,
                                           "--sessions", file.appendingPathComponent("sessions").path], input: "answer\n\n")
        #expect(result.status == 1 && !result.signalled)
        #expect(result.stderr.contains(file.path) && result.stderr.contains("No question was asked"))
        #expect(!result.stdout.contains("Question 1/1"))
    }

    @Test(needsMounts) func aFullDiskIsShownAndTheSessionIsRescued() throws {
        let folder = try TemporaryFolder()
        let mount = folder.url.appendingPathComponent("disk")
        let rescue = folder.url.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(at: rescue, withIntermediateDirectories: false)
        let run = try Self.round(on: mount, prepare: "true", temporary: rescue)
        #expect(run.status == 1 && !run.signalled)
        #expect(run.stdout.contains("Could not save the session: error: "))
        #expect(run.stdout.contains("No space left on device"))
        #expect(run.stdout.contains("Round summary"), "the round went on to its end")
        let saved = try #require(run.stderr.range(of: "it was saved to ").map { run.stderr[$0.upperBound...] }
            .flatMap { $0.split(separator: " ").first }.map { URL(fileURLWithPath: String($0)) })
        #expect(saved.path.hasPrefix(rescue.path + "/interview-rescue-"))
        #expect(try permissions(of: saved.deletingLastPathComponent()) == 0o700 && permissions(of: saved) == 0o600)
        let session = try SessionStore(folder: saved.deletingLastPathComponent()).load(id: saved.lastPathComponent)
        #expect(Self.texts(session) == Self.answers, "every answer survived")
    }

    @Test(needsMounts) func withNowhereToWriteTheSessionIsShownWhole() throws {
        let folder = try TemporaryFolder()
        let mount = folder.url.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: false)
        let run = try Self.round(on: mount, prepare: "true", temporary: mount)
        #expect(run.status == 1 && !run.signalled)
        #expect(run.stderr.contains("nor anywhere else. Here it is whole"))
        let json = try #require(run.stderr.firstIndex(of: "{").map { run.stderr[$0...] })
        let session = try SessionCoding.makeDecoder().decode(Session.self, from: Data(json.utf8))
        #expect(Self.texts(session) == Self.answers)
    }

    @Test(needsMounts) func aReadOnlyFolderStopsTheRoundBeforeAnyQuestion() throws {
        let folder = try TemporaryFolder()
        let mount = folder.url.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: false)
        let run = try Self.round(on: mount, prepare: #"mkdir "$1/Sessions" && mount -o remount,ro "$1""#, temporary: folder.url)
        #expect(run.status == 1 && !run.signalled)
        #expect(run.stderr.contains("cannot write it: Read-only file system"))
        #expect(run.stderr.contains("No question was asked. Practise with a folder you can write to: --sessions DIR."))
        #expect(!run.stdout.contains("Question 1/2"), "nothing was asked, so nothing typed is lost")
    }
}

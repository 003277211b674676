import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import InterviewKit
import Testing

/// `kill -9` of a scripted round at random moments: every session file left is valid JSON and holds every
/// answer the round had finished before the kill.
@Suite struct KillTests {
    /// An answer that names itself, so it can be found in the file.
    static func answer(_ run: Int, _ index: Int) -> String {
        "Answer \(run)-\(index): prompt injection overrides the instructions, so I would isolate it and review the logs."
    }

    /// How many answers the round had scored and saved when it printed `output`. The heading of a later
    /// question, a follow-up or the summary each come right after the save of the answer before them.
    static func finishedAnswers(in output: String) -> Int {
        let lines = output.split(separator: "\n")
        let questions = lines.count { $0.hasPrefix("Question ") }
        let followUps = lines.count { $0.hasPrefix("Follow-up: ") }
        let summary = lines.contains { $0.hasPrefix("Round summary") } ? 1 : 0
        return max(0, questions - 1) + followUps + summary
    }

    @Test func killedRoundsLeaveValidSessionsWithEveryFinishedAnswer() throws {
        signal(SIGPIPE, SIG_IGN)  // a round that ended on its own closes the pipe this test may still write to
        var random = SeededGenerator(seed: 0x9_9)
        var killedMidRound = 0
        for run in 0..<10 {
            let folder = try TemporaryFolder()
            let sessions = folder.url.appendingPathComponent("Sessions")
            let output = folder.url.appendingPathComponent("out")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            let process = Process()
            process.executableURL = BinaryRunner.executable
            process.arguments = ["practice", "--rubrics", Fixture.rubrics.path, "--sessions", sessions.path,
                                 "--question", "T06", "--question", "S22", "--question", "B41"]
            process.environment = BinaryRunner.environment(temporary: folder.url)
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = FileHandle.nullDevice
            try process.run()

            // Let `finish` answers through one by one, then send one more and kill at a random moment of its work.
            let finish = Int.random(in: 0...6, using: &random)
            for index in 0...finish where process.isRunning {
                try? input.fileHandleForWriting.write(contentsOf: Data((Self.answer(run, index) + "\n\n").utf8))
                guard index < finish else { break }
                let deadline = ContinuousClock.now + .seconds(10)
                while process.isRunning, ContinuousClock.now < deadline,
                      try Self.finishedAnswers(in: String(contentsOf: output, encoding: .utf8)) <= index {
                    usleep(1_000)
                }
            }
            usleep(UInt32.random(in: 0...4_000, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let finished = Self.finishedAnswers(in: try String(contentsOf: output, encoding: .utf8))
            let names = (try? FileManager.default.contentsOfDirectory(atPath: sessions.path)) ?? []
            let visible = names.filter { !$0.hasPrefix(".") }
            #expect(names.filter { $0.hasPrefix(".") }.allSatisfy { $0.contains(".tmp-") }, "run \(run): \(names)")
            #expect(visible.allSatisfy { $0.hasSuffix(".json") } && visible.count <= 1, "run \(run): \(names)")
            let loaded = SessionStore(folder: sessions).loadAll()
            #expect(loaded.problems.isEmpty, "run \(run): every session file left is valid: \(loaded.problems)")
            for name in visible {
                let data = try Data(contentsOf: sessions.appendingPathComponent(name))
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "run \(run): \(name) is JSON")
            }
            let saved = loaded.items.first.map { session in
                session.questions.flatMap { [$0.answer?.text] + $0.followUps.map(\.answer?.text) }.compactMap { $0 }
            } ?? []
            let expected = (0..<finished).map { Self.answer(run, $0) }
            #expect(Array(saved.prefix(finished)) == expected, "run \(run): \(finished) answers were finished before the kill")
            if finished > 0 && loaded.items.first?.status == .inProgress { killedMidRound += 1 }
        }
        #expect(killedMidRound > 0, "some kills landed in the middle of a round")
    }
}

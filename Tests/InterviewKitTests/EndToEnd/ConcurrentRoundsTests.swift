import Foundation
@testable import InterviewKit
import Testing

/// Rounds started at the same moment into the same folder, with the same seed (so the same first session
/// id): each gets its own file, and no answer overwrites another.
@Suite struct ConcurrentRoundsTests {
    @Test func roundsRunningAtOnceNeverOverwriteEachOther() throws {
        let folder = try TemporaryFolder()
        let sessions = folder.url.appendingPathComponent("Sessions").path
        let answers = (0..<4).map { "Round \($0): prompt injection overrides the system prompt, so we add input validation." }
        let started = try answers.map { answer in
            try BinaryRunner.start(["practice", "--rubrics", Fixture.rubrics.path, "--sessions", sessions, "--question", "T06", "--seed", "7"],
                                  bytes: Data((answer + "\n\n:quit\n").utf8))
        }
        let runs = try started.map { try $0.wait() }
        #expect(runs.allSatisfy { $0.status == 0 && !$0.signalled }, "\(runs.map(\.stderr))")
        let loaded = SessionStore(folder: URL(fileURLWithPath: sessions)).loadAll()
        #expect(loaded.problems.isEmpty)
        #expect(Set(loaded.items.map(\.id)).count == 4, "four rounds, four files")
        let saved = loaded.items.compactMap { $0.questions.first?.answer?.text }.sorted()
        #expect(saved == answers.sorted(), "each round's answer is in its own file")
    }
}

import Foundation
@testable import InterviewKit
import Testing

/// When the sessions folder will not take a round, the session goes to a fresh private folder, or else to
/// the screen whole: it is never only lost.
@Suite struct SessionRescueTests {
    private let session = SessionFixture.session("20260301-090000-abcd", hours: 0, questions: [
        SessionFixture.question("T12", hours: 0, card: SessionFixture.scorecard("T12", score: 72, concepts: [("rate-limiting", true)])),
    ])

    @Test func itGoesToAFreshPrivateFolder() throws {
        let temporary = try TemporaryFolder()
        let store = SessionStore(folder: URL(fileURLWithPath: "/nonexistent/Sessions"))
        let first = SessionRescue.rescue(session, from: store, problem: "disk full", temporaryFolder: temporary.url)
        let second = SessionRescue.rescue(session, from: store, problem: "disk full", temporaryFolder: temporary.url)
        let folders = try FileManager.default.contentsOfDirectory(at: temporary.url, includingPropertiesForKeys: nil)
        #expect(folders.count == 2, "each rescue makes its own folder, so nobody can prepare one for it")
        for folder in folders {
            #expect(folder.lastPathComponent.hasPrefix("interview-rescue-"))
            #expect(try permissions(of: folder) == 0o700)
            let file = folder.appendingPathComponent(session.id + ".json")
            #expect(try permissions(of: file) == 0o600)
            #expect(try SessionStore(folder: folder).load(id: session.id) == session)
            #expect([first, second].contains { $0.contains("it was saved to \(file.path) instead") })
        }
        #expect(first.hasPrefix("The session could not be saved in /nonexistent/Sessions (disk full)"))
    }

    @Test func withNowhereToWriteItIsShownWhole() throws {
        let temporary = try TemporaryFolder()
        let notAFolder = temporary.url.appendingPathComponent("file")
        try Data("x".utf8).write(to: notAFolder)
        let message = SessionRescue.rescue(session, from: SessionStore(folder: temporary.url), problem: "read-only", temporaryFolder: notAFolder)
        #expect(message.contains("nor anywhere else. Here it is whole: save it as \(session.id).json in your sessions folder."))
        let json = try #require(message.firstIndex(of: "{").map { message[$0...] })
        #expect(try SessionCoding.makeDecoder().decode(Session.self, from: Data(json.utf8)) == session)
    }
}

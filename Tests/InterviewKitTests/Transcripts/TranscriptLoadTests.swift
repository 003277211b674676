import Foundation
import InterviewKit
import Testing

/// Reading transcript files from disk.
@Suite struct TranscriptLoadTests {
    private func loadError(_ url: URL) -> TranscriptError? {
        do {
            _ = try TranscriptImporter.load(contentsOf: url)
            Issue.record("expected an error loading \(url.path)")
            return nil
        } catch {
            return error
        }
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("transcripts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func missingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/answer.srt")
        #expect(loadError(url)?.description == "answer.srt: error: no such file")
    }

    @Test func directory() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(loadError(folder)?.description
            == "\(folder.lastPathComponent): error: this is a directory, not a transcript file")
    }

    @Test func remoteURL() throws {
        let url = try #require(URL(string: "https://example.com/answer.srt"))
        #expect(loadError(url)?.description
            == "answer.srt: error: only local files can be read, not https://example.com/answer.srt")
    }

    @Test(.enabled(if: geteuid() != 0, "root can read any file"))
    func unreadableFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("secret.srt")
        try Data("x".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url.path)
        #expect(loadError(url)?.description == "secret.srt: error: permission denied: the file cannot be read")
    }

    @Test func oversizedFileIsRefusedWithItsSize() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("long.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 3_000_000).write(to: url)
        #expect(loadError(url)?.description
            == "long.txt: error: the file is 3000000 bytes, more than the 1048576-byte limit for a transcript")
    }

    @Test func fileOfExactlyTheLimit() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("full.txt")
        let words = String(repeating: "word ", count: TranscriptImporter.maximumBytes / 5)
        try Data(words.utf8).write(to: url)
        #expect(try TranscriptImporter.load(contentsOf: url).text.count == words.count - 1)
    }
}

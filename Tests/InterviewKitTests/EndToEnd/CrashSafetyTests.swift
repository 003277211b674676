import Foundation
@testable import InterviewKit
import Testing

/// The built binary killed mid-round, run twice at once, and pointed at places it must not write.
@Suite(.serialized) struct CrashSafetyTests {
    private let rubrics = Fixture.rubrics.path

    /// A practice round reading answers from a pipe, in a sessions folder of its own.
    private final class RunningRound {
        let process = Process()
        let input = Pipe()

        init(sessions: URL, questions: [String], rubrics: String) throws {
            // Typing into a killed round's pipe must fail quietly, not stop the test process.
            signal(SIGPIPE, SIG_IGN)
            process.executableURL = BinaryRunner.executable
            process.arguments = ["practice", "--rubrics", rubrics, "--sessions", sessions.path]
                + questions.flatMap { ["--question", $0] }
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        func type(_ text: String) {
            try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        }
    }

    private func sessions(in folder: URL) throws -> [Session] {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasPrefix(".") }
        return try files.map { try SessionCoding.makeDecoder().decode(Session.self, from: Data(contentsOf: $0)) }
    }

    /// Waits until the saved session holds `answers` answers, or gives up after a few seconds.
    private func waitForAnswers(_ answers: Int, in folder: URL) throws -> Bool {
        for _ in 0..<100 {
            if let session = try? sessions(in: folder).first,
               session.questions.compactMap(\.answer).count >= answers { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @Test func killedAtRandomMomentsLeavesValidSessionsWithEveryCompletedAnswer() throws {
        var random = SeededGenerator(seed: 99)
        for run in 0..<8 {
            let folder = try TemporaryFolder()
            let round = try RunningRound(sessions: folder.url, questions: ["T07", "T12", "T06"], rubrics: rubrics)
            round.type("Differential privacy adds calibrated noise so that one person barely changes the output.\n\n")
            round.type(":skip\n:skip\n")
            #expect(try waitForAnswers(1, in: folder.url), "run \(run)")
            round.type("Every API call is authenticated with keys and rate limited per")
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.15, using: &random))
            if Bool.random(using: &random) { round.type(" user.\n\n") }
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.1, using: &random))
            kill(round.process.processIdentifier, SIGKILL)
            round.process.waitUntilExit()
            let saved = try sessions(in: folder.url)
            #expect(saved.count == 1)
            #expect(saved.first?.questions.first?.answer?.text.hasPrefix("Differential privacy adds") == true)
        }
    }

    @Test func twoRoundsAtOnceWriteTwoSessions() throws {
        let folder = try TemporaryFolder()
        let first = try RunningRound(sessions: folder.url, questions: ["T07"], rubrics: rubrics)
        let second = try RunningRound(sessions: folder.url, questions: ["T07"], rubrics: rubrics)
        first.type("First round's answer about noise.\n\n:skip\n:skip\n")
        second.type("Second round's answer about epsilon.\n\n:skip\n:skip\n")
        try first.input.fileHandleForWriting.close()
        try second.input.fileHandleForWriting.close()
        first.process.waitUntilExit()
        second.process.waitUntilExit()
        let texts = try sessions(in: folder.url).compactMap { $0.questions.first?.answer?.text }.sorted()
        #expect(texts == ["First round's answer about noise.", "Second round's answer about epsilon."])
    }

    @Test func sessionIDsCannotNameFilesOutsideTheFolder() throws {
        let folder = try TemporaryFolder()
        for id in ["../etc/passwd", "/etc/passwd", "a/../../b", "x\u{0}y", ".."] {
            for command in [["review", id], ["export", id, "--format", "md"]] {
                let result = try BinaryRunner.run(command + ["--sessions", folder.url.path, "--rubrics", rubrics])
                #expect(result.status != 0, "\(command)")
                #expect(!result.stdout.contains("root:"), "\(command)")
            }
        }
    }

    @Test func questionIDsAreOnlyLookedUpNeverOpened() throws {
        let result = try BinaryRunner.run(["score", "--question", "../../etc/passwd", "--rubrics", rubrics, "-"], input: "text")
        #expect(result.status != 0)
        #expect(result.stderr.contains("Unknown question '../../etc/passwd'"))
    }

    @Test func anUnwritableSessionsFolderIsAClearErrorBeforeAnythingIsTyped() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let result = try BinaryRunner.run(["practice", "--question", "T07", "--rubrics", rubrics,
                                           "--sessions", file.appendingPathComponent("sessions").path], input: "answer\n\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains(file.path))
    }

    /// The tool makes no network connection: it links no networking library and its code calls no
    /// networking API (URLSession, sockets, hosts).
    @Test func noNetworkingCodeOrLibraries() throws {
        let sources = Fixture.packageRoot.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        let forbidden = ["FoundationNetworking", "URLSession", "URLRequest", "socket(", "connect(", "getaddrinfo", "NWConnection"]
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" || url.pathExtension == "h" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for word in forbidden {
                #expect(!text.contains(word), "\(url.lastPathComponent) uses \(word)")
            }
        }
        let ldd = Process()
        ldd.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        ldd.arguments = ["ldd", BinaryRunner.executable.path]
        let output = Pipe()
        ldd.standardOutput = output
        try ldd.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ldd.waitUntilExit()
        #expect(libraries.contains("libpcre2-8"))
        #expect(!libraries.contains("FoundationNetworking") && !libraries.contains("libcurl"))
    }
}

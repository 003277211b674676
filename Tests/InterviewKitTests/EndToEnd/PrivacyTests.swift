import Foundation
@testable import InterviewKit
import Testing

/// Answers are private: everything the tool writes from them is readable by the user only, whatever the
/// umask, and the tool makes no network connection at all.
@Suite struct PrivacyTests {
    /// Every command that touches sessions, in the order a user would run them, against `sessions`.
    static func everyCommand(sessions: String, output: URL) -> [[String]] {
        let rubrics = ["--rubrics", Fixture.rubrics.path]
        return [
            ["plan", "--start", "2026-03-01", "--sessions", sessions] + rubrics,
            ["practice", "--question", "T06", "--question", "B41", "--sessions", sessions] + rubrics,
            ["review", "--sessions", sessions],
            ["progress", "--sessions", sessions, "--html", output.appendingPathComponent("progress.html").path] + rubrics,
            ["review", "--rescore", "--save", "--sessions", sessions] + rubrics,
            ["score", "-q", "S22", "-"] + rubrics,
            ["rubrics", "check"] + rubrics,
            ["questions"] + rubrics,
        ]
    }

    static let answers = "Prompt injection overrides the system prompt.\n\nWe validate inputs.\n\nI pushed back on the launch.\n\n"

    @Test func everyFileWrittenIsTheUsersAlone() throws {
        let folder = try TemporaryFolder()
        let sessions = folder.url.appendingPathComponent("Sessions")
        let sh = try #require(BinaryRunner.tool("sh"))
        for command in Self.everyCommand(sessions: sessions.path, output: folder.url) {
            // umask 0 would leave anything not made private on purpose readable and writable by everyone.
            let run = try BinaryRunner.run(["-c", #"umask 0 && exec "$@""#, "sh", BinaryRunner.executable.path] + command,
                                          bytes: Data(Self.answers.utf8), executable: sh)
            #expect(!run.signalled && run.status == 0, "\(command): \(run.stderr)")
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: sessions.path)
        #expect(written.contains("plan.json") && written.contains(".summaries.json") && written.count { $0.hasPrefix("2") } == 1,
                "\(written)")
        #expect(try permissions(of: sessions) == 0o700)
        for name in written {
            #expect(try permissions(of: sessions.appendingPathComponent(name)) == 0o600, "\(name)")
        }
        #expect(try permissions(of: folder.url.appendingPathComponent("progress.html")) == 0o600)
        let id = try #require(written.first { $0.hasPrefix("2") }?.replacingOccurrences(of: ".json", with: ""))
        let export = folder.url.appendingPathComponent("export.md")
        let run = try BinaryRunner.run(["-c", #"umask 0 && exec "$@""#, "sh", BinaryRunner.executable.path, "export", id, "--sessions", sessions.path,
                                       "-o", export.path], executable: sh)
        #expect(run.status == 0)
        #expect(try permissions(of: export) == 0o600, "an export holds the answers too")
    }

    /// The strongest check: every network system call of every command, traced. The only sockets are Unix
    /// ones (glibc asking the local name-service cache, nscd, about the user's account); none leaves the machine.
    @Test(.enabled(if: BinaryRunner.works("strace", ["-f", "-o", "/dev/null", "true"]), "needs strace and ptrace"))
    func noCommandMakesANetworkSystemCall() throws {
        let folder = try TemporaryFolder()
        let strace = try #require(BinaryRunner.tool("strace"))
        for (index, command) in Self.everyCommand(sessions: folder.url.appendingPathComponent("Sessions").path, output: folder.url).enumerated() {
            let trace = folder.url.appendingPathComponent("trace-\(index)")
            let run = try BinaryRunner.run(["-f", "-qq", "-e", "trace=%network", "-o", trace.path, BinaryRunner.executable.path] + command,
                                          bytes: Data(Self.answers.utf8), executable: strace)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            let calls = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n").filter { $0.contains("(") }
            let outside = Self.callsLeavingTheMachine(calls)
            #expect(outside.isEmpty, "\(command) made network calls: \(outside.prefix(5))")
        }
    }

    /// The traced calls (`1234 connect(3, {...}) = 0`) on anything but a Unix socket.
    static func callsLeavingTheMachine(_ calls: [Substring]) -> [Substring] {
        var unixSockets: Set<Substring> = []
        return calls.filter { call in
            let body = call.drop { $0 != " " }.drop { $0 == " " }
            if body.hasPrefix("socket(") || body.hasPrefix("socketpair(") {
                guard body.contains("AF_UNIX") else { return true }
                if let result = body.range(of: ") = ") { unixSockets.insert(body[result.upperBound...].prefix { $0.isNumber }) }
                return false
            }
            let descriptor = body.drop { $0 != "(" }.dropFirst().prefix { $0.isNumber }
            return !unixSockets.contains(descriptor)
        }
    }

    @Test func aTraceOfAnInternetSocketIsCaught() {
        let calls: [Substring] = ["7 socket(AF_UNIX, SOCK_STREAM, 0) = 3", "7 connect(3, {sa_family=AF_UNIX, sun_path=\"/x\"}, 110) = 0",
                                  "7 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 4", "7 connect(4, {sa_family=AF_INET}, 16) = 0",
                                  "7 sendto(5, \"x\", 1, 0, NULL, 0) = 1"]
        #expect(Self.callsLeavingTheMachine(calls) == Array(calls[2...]))
    }

    /// With no network at all (a fresh network namespace has not even a loopback up), a round and a score work.
    @Test(.enabled(if: BinaryRunner.works("unshare", ["-rn", "true"]), "needs unshare with user and network namespaces"))
    func practiceAndScoreWorkWithoutANetwork() throws {
        let folder = try TemporaryFolder()
        let unshare = try #require(BinaryRunner.tool("unshare"))
        for command in Self.everyCommand(sessions: folder.url.appendingPathComponent("Sessions").path, output: folder.url)
            where ["practice", "score"].contains(command[0]) {
            let run = try BinaryRunner.run(["-rn", BinaryRunner.executable.path] + command, bytes: Data(Self.answers.utf8), executable: unshare)
            #expect(run.status == 0 && !run.signalled, "\(command): \(run.stderr)")
        }
    }

    /// Runs everywhere: the sources use no networking API, the package depends on nothing that does, and the
    /// binary links no networking library.
    @Test func nothingCanReachTheNetwork() throws {
        let sources = Fixture.packageRoot.appendingPathComponent("Sources")
        let forbidden = ["FoundationNetworking", "URLSession", "URLRequest", "import Network", "NWConnection", "CFSocket",
                         "socket(", "connect(", "getaddrinfo", "gethostbyname", "sendto(", "URL(string:"]
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.allObjects as? [URL])
        let code = files.filter { ["swift", "h", "c", "modulemap"].contains($0.pathExtension) }
        #expect(code.count > 50)
        for file in code {
            let text = try String(contentsOf: file, encoding: .utf8)
            for word in forbidden where text.contains(word) {
                Issue.record("\(file.lastPathComponent) uses \(word)")
            }
        }
        let manifest = try String(contentsOf: Fixture.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let dependencies = manifest.components(separatedBy: ".package(url: ").dropFirst().map { $0.prefix { $0 != "," } }
        #expect(dependencies == [#""https://github.com/apple/swift-argument-parser""#, #""https://github.com/jpsim/Yams""#])
        if let ldd = BinaryRunner.tool("ldd") {
            let libraries = try BinaryRunner.run([BinaryRunner.executable.path], executable: ldd).stdout
            #expect(!libraries.isEmpty && !libraries.contains("FoundationNetworking") && !libraries.contains("curl"), "\(libraries)")
        }
    }
}

import Foundation
@testable import InterviewKit
import Testing

/// Runs the built `interview` executable (or a system tool wrapped around it) as a user would from a shell:
/// arguments, standard input, a clean environment with a temporary folder of its own, and a time limit.
struct BinaryRunner {
    /// The executable built next to the test products.
    static let executable = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("interview")

    struct Result {
        var status: Int32
        /// Ended by a signal (a crash or a kill), not an exit.
        var signalled: Bool
        var stdout: String
        var stderr: String
    }

    /// The environment of a run: the caller's `PATH`, no colour, no `INTERVIEW_*` settings, and `HOME` and
    /// `TMPDIR` in `temporary`; then `extra`.
    static func environment(temporary: URL, extra: [String: String] = [:]) -> [String: String] {
        var environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "NO_COLOR": "1",
                           "HOME": temporary.path, "TMPDIR": temporary.path, "LANG": "C.UTF-8"]
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// A run under way: its process, and the files its input and output go through.
    struct Started {
        let process: Process
        let arguments: [String]
        let scratch: TemporaryFolder
        var output: URL { scratch.url.appendingPathComponent("out") }
        var errors: URL { scratch.url.appendingPathComponent("err") }

        /// Waits for the end (ending the process after `timeout`, which fails the test) and reads what it printed.
        func wait(timeout: Duration = .seconds(30)) throws -> Result {
            let deadline = ContinuousClock.now + timeout
            while process.isRunning, ContinuousClock.now < deadline { usleep(2_000) }
            if process.isRunning {
                process.terminate()
                Issue.record("\(arguments) did not finish within \(timeout)")
            }
            process.waitUntilExit()
            return Result(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                          stdout: try String(contentsOf: output, encoding: .utf8), stderr: try String(contentsOf: errors, encoding: .utf8))
        }
    }

    /// Starts `executable` with `bytes` (else `input`) on standard input and its output going to files, so that
    /// neither side can block the other however much either writes.
    static func start(_ arguments: [String], input: String = "", bytes: Data? = nil, directory: URL? = nil,
                      executable: URL = executable, environment extra: [String: String] = [:]) throws -> Started {
        let started = Started(process: Process(), arguments: arguments, scratch: try TemporaryFolder())
        let inputFile = started.scratch.url.appendingPathComponent("in")
        try (bytes ?? Data(input.utf8)).write(to: inputFile)
        for file in [started.output, started.errors] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        let process = started.process
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = environment(temporary: started.scratch.url, extra: extra)
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: started.output)
        process.standardError = try FileHandle(forWritingTo: started.errors)
        try process.run()
        return started
    }

    /// Runs `interview arguments...` (or `executable`) to its end.
    static func run(_ arguments: [String], input: String = "", bytes: Data? = nil, directory: URL? = nil,
                    executable: URL = executable, environment: [String: String] = [:], timeout: Duration = .seconds(30)) throws -> Result {
        try start(arguments, input: input, bytes: bytes, directory: directory, executable: executable, environment: environment)
            .wait(timeout: timeout)
    }

    /// A system tool, when the machine has it.
    static func tool(_ name: String) -> URL? {
        ["/usr/bin", "/bin", "/usr/sbin", "/sbin"].map { URL(fileURLWithPath: "\($0)/\(name)") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Whether `tool` runs here with these arguments (a sandbox may forbid namespaces or tracing).
    static func works(_ tool: String, _ arguments: [String]) -> Bool {
        guard let url = self.tool(tool), let result = try? run(arguments, executable: url, timeout: .seconds(10)) else { return false }
        return result.status == 0
    }

    /// Whether a run can have mounts of its own (`unshare -rm`): user and mount namespaces are allowed here.
    static let canMountPrivately = works("unshare", ["-rm", "sh", "-c", "mount -t tmpfs tmpfs /tmp"])
}

import Foundation
import Testing

/// The `interview` executable that `swift build --build-tests` put next to the test bundle, run the way a
/// user runs it: arguments, standard input, a clean environment, its own temporary folder.
enum BuiltBinary {
    static let url = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("interview")

    /// The rubric folder end-to-end rounds use: the shipped one.
    static var rubrics: String { Fixture.rubrics.path }

    /// What a run printed and how it ended.
    struct Run {
        var status: Int32
        /// Ended by a signal (a crash), not an exit.
        var signalled: Bool
        var stdout: String
        var stderr: String
    }

    /// The environment for a run: no colour, no `INTERVIEW_*` from the caller, `TMPDIR` as given.
    static func environment(temporary: URL, extra: [String: String] = [:]) -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        var environment = ["PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": temporary.path, "NO_COLOR": "1",
                           "TMPDIR": temporary.path, "LANG": "C.UTF-8"]
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
        func wait(timeout: Duration = .seconds(30)) throws -> Run {
            let deadline = ContinuousClock.now + timeout
            while process.isRunning, ContinuousClock.now < deadline { usleep(2_000) }
            if process.isRunning {
                process.terminate()
                Issue.record("\(arguments) did not finish within \(timeout)")
            }
            process.waitUntilExit()
            return Run(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       stdout: try String(contentsOf: output, encoding: .utf8), stderr: try String(contentsOf: errors, encoding: .utf8))
        }
    }

    /// Starts `executable` (the built `interview` unless said otherwise) with `input` on standard input and its
    /// output in files, so that neither side can block the other.
    static func start(_ arguments: [String], input: Data = Data(), executable: URL = url,
                      environment extra: [String: String] = [:]) throws -> Started {
        let scratch = try TemporaryFolder()
        let started = Started(process: Process(), arguments: arguments, scratch: scratch)
        let inputFile = scratch.url.appendingPathComponent("in")
        try input.write(to: inputFile)
        for file in [started.output, started.errors] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        let process = started.process
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment(temporary: scratch.url, extra: extra)
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: started.output)
        process.standardError = try FileHandle(forWritingTo: started.errors)
        try process.run()
        return started
    }

    /// Runs `executable` to its end: ``start(_:input:executable:environment:)``, then ``Started/wait(timeout:)``.
    static func run(_ arguments: [String], input: Data = Data(), executable: URL = url, environment extra: [String: String] = [:],
                    timeout: Duration = .seconds(30)) throws -> Run {
        try start(arguments, input: input, executable: executable, environment: extra).wait(timeout: timeout)
    }

    /// Runs the built `interview`.
    static func interview(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Run {
        try run(arguments, input: Data(input.utf8), environment: environment)
    }

    /// Whether a run can have mounts of its own (`unshare -rm`): user and mount namespaces are allowed here.
    static let canMountPrivately = works("unshare", ["-rm", "sh", "-c", "mount -t tmpfs tmpfs /tmp"])

    /// A system tool, when the machine has it.
    static func tool(_ name: String) -> URL? {
        ["/usr/bin", "/bin", "/usr/sbin", "/sbin"].map { URL(fileURLWithPath: "\($0)/\(name)") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Whether `tool` runs here with these arguments (a sandbox may forbid namespaces or tracing).
    static func works(_ tool: String, _ arguments: [String]) -> Bool {
        guard let url = self.tool(tool), let run = try? run(arguments, executable: url, timeout: .seconds(10)) else { return false }
        return run.status == 0
    }
}

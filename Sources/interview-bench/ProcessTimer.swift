import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `interview` binary as a user would and times whole processes, spawn to exit, with
/// `posix_spawn` and `wait4` (Foundation's `Process` polls for the exit, which would blur a figure of a few ms).
struct ProcessTimer {
    /// The `interview` executable built beside this benchmark.
    let executable: URL
    /// The environment of the processes: this one's.
    let environment: [String]

    init(executable: URL) {
        self.executable = executable
        self.environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    }

    /// The `interview` binary in the folder of the running benchmark (`.build/release`).
    static func besideBenchmark() throws -> ProcessTimer {
        let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .resolvingSymlinksInPath().deletingLastPathComponent()
        let executable = folder.appendingPathComponent("interview")
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw BenchError("no interview binary beside the benchmark in \(folder.path); build with `swift build -c release`")
        }
        return ProcessTimer(executable: executable)
    }

    /// Times `interview arguments` `runs` times after `warmups` untimed runs; `before` runs ahead of each, untimed.
    func measure(_ arguments: [String], runs: Int, warmups: Int = 1, before: () throws -> Void = {}) throws -> Timing {
        try Timing.of(runs: runs, warmups: warmups) {
            try before()
            return try run(arguments)
        }
    }

    /// Runs `interview arguments` once with its output discarded; fails unless it exits with status 0.
    func run(_ arguments: [String]) throws -> (wall: Double, cpu: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let clock = ContinuousClock()
        let start = clock.now
        var child = pid_t()
        let spawned = posix_spawn(&child, executable.path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot start \(executable.path): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(child, &status, 0, &usage) == -1 && errno == EINTR {}
        let elapsed = start.duration(to: clock.now)

        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw BenchError("interview \(arguments.joined(separator: " ")) failed (wait status \(status))")
        }
        return (elapsed.seconds, usage.ru_utime.seconds + usage.ru_stime.seconds)
    }
}

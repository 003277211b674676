import Foundation
@testable import InterviewKit

/// Runs the built `interview` executable, as a user would from a shell.
struct BinaryRunner {
    /// The executable built next to the test products.
    static let executable = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("interview")

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `interview arguments...` with `input` on standard input, in `directory`.
    static func run(_ arguments: [String], input: String = "", directory: URL? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: SessionStore.environmentVariable)
        env.removeValue(forKey: RubricLocation.environmentVariable)
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }
}

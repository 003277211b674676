import ArgumentParser
import Foundation
import InterviewKit

/// `--sessions DIR`, shared by every command that reads or writes sessions.
struct SessionOptions: ParsableArguments {
    @Option(name: .customLong("sessions"), help: ArgumentHelp(
        "The sessions folder (default: $\(SessionStore.environmentVariable), else ./Sessions).", valueName: "dir"))
    var path: String?

    /// The session store the option names.
    var store: SessionStore {
        SessionStore(folder: SessionStore.folder(option: path, environment: ProcessInfo.processInfo.environment,
                                                 currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)))
    }
}

import ArgumentParser
import Foundation
import InterviewKit

/// Where the sessions and the rubrics live, shared by the commands that read them.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The sessions folder (default: $INTERVIEW_SESSIONS, else ./Sessions).", valueName: "dir"))
    var sessions: String?

    @Option(name: .long, help: ArgumentHelp("The rubrics folder (default: $INTERVIEW_RUBRICS, else ./Rubrics).", valueName: "dir"))
    var rubrics: String?

    /// The session store the options name.
    var store: SessionStore {
        SessionStore(folder: SessionStore.folder(option: sessions, environment: ProcessInfo.processInfo.environment,
                                                 currentDirectory: currentDirectory))
    }

    /// The rubrics folder the options name.
    var rubricsFolder: URL {
        let chosen = rubrics ?? ProcessInfo.processInfo.environment["INTERVIEW_RUBRICS"].flatMap { $0.isEmpty ? nil : $0 } ?? "Rubrics"
        return URL(fileURLWithPath: NSString(string: chosen).expandingTildeInPath, isDirectory: true,
                   relativeTo: currentDirectory).standardizedFileURL
    }

    /// The 30-day plan from the rubrics folder.
    func loadPlan() throws -> PrepPlan {
        try PrepPlan.load(from: rubricsFolder.appendingPathComponent(PrepPlan.fileName))
    }

    private var currentDirectory: URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }
}

/// Prints an error the library described and exits with a failure status.
func fail(_ error: any Error) -> ExitCode {
    var standardError = StandardError()
    print(String(describing: error), to: &standardError)
    return ExitCode.failure
}

/// Standard error as a text stream.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

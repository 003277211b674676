import ArgumentParser
import Foundation
import InterviewKit

/// `--rubrics DIR`, shared by every command that needs the question bank.
struct RubricOptions: ParsableArguments {
    @Option(name: .customLong("rubrics"), help: ArgumentHelp(
        "The rubric folder (default: $\(RubricLocation.environmentVariable), ./Rubrics, or the shipped one).",
        valueName: "dir"))
    var path: String?

    /// The loader for the chosen folder.
    func loader() -> RubricLoader {
        let location = RubricLocation.resolve(
            explicit: path, environment: ProcessInfo.processInfo.environment,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            executable: URL(fileURLWithPath: CommandLine.arguments[0], relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)))
        return RubricLoader(folder: location.folder, displayName: location.displayName, fallback: location.shipped)
    }

    /// The question bank; patterns are compiled when a question is first scored unless `compilation` says all now.
    func bank(compiling compilation: RubricLoader.Compilation = .onDemand) throws -> QuestionBank {
        try bank(from: loader(), compiling: compilation)
    }

    /// - Parameter question: the one question needed, when only one is: then only its file is read, if it can be.
    private func bank(from loader: RubricLoader, compiling compilation: RubricLoader.Compilation = .onDemand,
                      question: String? = nil) throws -> QuestionBank {
        let outcome = question.map(loader.load(question:)) ?? loader.load(compiling: compilation)
        guard !outcome.hasErrors else {
            let errors = outcome.diagnostics.filter { $0.severity == .error }
            Output.error(errors.map(\.description).joined(separator: "\n"))
            Output.error("\(errors.count) rubric error\(errors.count == 1 ? "" : "s"); run `interview rubrics check` to see them all.")
            throw ExitCode.failure
        }
        return outcome.bank
    }

    /// A scorer over the bank and the structure rules (`structure.yaml`), or status 1 with the problems.
    /// - Parameter question: the one question to score against, when only one is: its bank may hold only it.
    func scorer(question: String? = nil) throws -> Scorer {
        let loader = loader()
        let bank = try bank(from: loader, question: question)
        guard let url = loader.sharedFile("structure.yaml") else {
            Output.error("error: no structure.yaml in \(loader.displayName) or the shipped rubrics.")
            throw ExitCode.failure
        }
        do {
            return Scorer(bank: bank, rules: try StructureRules.load(from: url))
        } catch {
            Output.error("\(url.path): error: \(error)")
            throw ExitCode.failure
        }
    }

    /// The 30-day plan (`plan.yaml` of the rubric folder, else the shipped one), or status 1 with the problem.
    func plan() throws -> PrepPlan {
        let loader = loader()
        guard let url = loader.sharedFile(PrepPlan.fileName) else {
            Output.error("error: no \(PrepPlan.fileName) in \(loader.displayName) or the shipped rubrics.")
            throw ExitCode.failure
        }
        do {
            return try PrepPlan.load(from: url)
        } catch {
            Output.error("\(error)")
            throw ExitCode.failure
        }
    }
}

import ArgumentParser
import InterviewKit

extension Interview {
    /// `interview rubrics check|test`.
    struct Rubrics: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the rubric files and run their examples.",
            subcommands: [Check.self, Test.self])
    }
}

extension Interview.Rubrics {
    /// Loads every rubric file and reports every problem at once.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Load and validate every rubric file; report all problems.")

        @OptionGroup var rubrics: RubricOptions

        func run() throws {
            let loader = rubrics.loader()
            let outcome = loader.load()
            for diagnostic in outcome.diagnostics { Output.error(diagnostic.description) }
            let errors = outcome.diagnostics.filter { $0.severity == .error }.count
            let warnings = outcome.diagnostics.count - errors
            let patterns = outcome.bank.questions.reduce(0) { count, question in
                count + question.concepts.reduce(0) { $0 + ($1.patterns?.count ?? 0) + ($1.all?.count ?? 0) }
            }
            let summary = "\(loader.displayName): \(outcome.fileCount) files, \(outcome.bank.questions.count) questions, "
                + "\(patterns) patterns; \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            if errors > 0 {
                Output.error(summary)
                throw ExitCode.failure
            }
            Output.print(summary)
        }
    }

    /// Runs every concept's match and noMatch examples.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run every concept's match and noMatch examples.")

        @OptionGroup var rubrics: RubricOptions

        func run() throws {
            let bank = try rubrics.bank(compiling: .checked)
            let (checked, failures) = try RubricExamples.run(bank)
            for failure in failures { Output.error("error: \(failure)") }
            let summary = "\(checked) examples in \(bank.questions.count) questions: \(checked - failures.count) passed, \(failures.count) failed"
            if !failures.isEmpty {
                Output.error(summary)
                throw ExitCode.failure
            }
            Output.print(summary)
        }
    }
}

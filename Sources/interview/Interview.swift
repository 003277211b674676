import ArgumentParser
import InterviewKit

/// The `interview` command: a mock interviewer for AI Security Engineer interviews.
@main
struct Interview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Practise AI Security Engineer interviews: timed rounds, scored answers, follow-ups.",
        version: InterviewKit.version,
        subcommands: [Practice.self, Score.self, Questions.self, Rubrics.self, Plan.self, Review.self, Progress.self, Export.self]
    )
}

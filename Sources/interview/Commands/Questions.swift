import ArgumentParser
import InterviewKit

extension Interview {
    /// `interview questions`: the question bank as a table.
    struct Questions: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the questions, filtered by plan phase, day or category.")

        @Option(help: "Only questions of this plan phase (1-3).") var phase: Int?
        @Option(help: "Only questions drilled on this plan day (1-30).") var day: Int?
        @Option(help: "Only this category: technical, scenario or behavioral.") var category: InterviewKit.Category?
        @OptionGroup var rubrics: RubricOptions

        func validate() throws {
            if let phase, !(1...4).contains(phase) { throw ValidationError("--phase must be 1 to 4, not \(phase).") }
            if let day, !(1...30).contains(day) { throw ValidationError("--day must be a plan day 1 to 30, not \(day).") }
        }

        func run() throws {
            let questions = try rubrics.bank().filter(phase: phase, day: day, category: category)
            let rows = questions.map { question in
                [question.id, question.category.rawValue, String(question.phase),
                 question.days.map(String.init).joined(separator: ","), Duration.seconds(question.timeLimit).minutesAndSeconds,
                 question.question]
            }
            let table = TextTable(headers: ["ID", "CATEGORY", "PHASE", "DAYS", "LIMIT", "QUESTION"], rows: rows,
                                  rightAligned: [2, 4], flexibleColumn: 5)
            Output.print(table.render())
            Output.print("\(questions.count) question\(questions.count == 1 ? "" : "s")")
        }
    }
}

extension InterviewKit.Category: ExpressibleByArgument {}

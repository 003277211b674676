import ArgumentParser
import Foundation
import InterviewKit

extension Interview {
    /// `interview score`: scores one answer (text or transcript) or a batch of them.
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score an answer against a question's rubric, or check a story's structure and delivery.",
            discussion: """
                FILE is a plain-text answer or a transcript (.srt, .vtt, Whisper .json); - reads standard input.
                Without --question only STAR structure and delivery are checked, for your own stories.
                """)

        @Option(name: .shortAndLong, help: "The question id, e.g. T06 or S22 (see `interview questions`).")
        var question: String?

        @Option(help: ArgumentHelp("Score every line of a JSON Lines file (- for standard input) on every core.", valueName: "file"))
        var batch: String?

        @Option(help: "How long the answer took, in seconds, when the file has no timestamps.")
        var seconds: Double?

        @Flag(help: "Print one JSON object instead of the scorecard.")
        var json = false

        @Argument(help: "The answer file, or - for standard input.")
        var file: String?

        @OptionGroup var rubrics: RubricOptions

        func validate() throws {
            if batch == nil, file == nil { throw ValidationError("Give an answer FILE (or - for standard input), or --batch FILE.") }
            if batch != nil, file != nil { throw ValidationError("Give either an answer FILE or --batch FILE, not both.") }
            if let seconds, seconds <= 0 || !seconds.isFinite { throw ValidationError("--seconds must be a positive number of seconds.") }
        }

        func run() throws {
            let scorer = try rubrics.scorer(question: batch == nil ? question : nil)
            if let batch { return try runBatch(batch, scorer: scorer) }
            let question = try self.question.map { try Self.lookUp($0, in: scorer.bank) }
            let transcript = try Self.readAnswer(file ?? "-")
            var timing = transcript.timing
            if let seconds { timing.seconds = seconds }
            let card: Scorecard
            do {
                card = try scorer.score(transcript.text, question: question, timing: timing)
            } catch {
                Output.error("error: \(file ?? "-"): cannot score this answer: \(error)")
                throw ExitCode.failure
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let report = ScoreReport(id: question?.id, question: question, scorecard: card)
                Output.print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                Output.print(ScorecardRenderer(style: Output.style).render(card, question: question, answer: transcript.text))
            }
        }

        private func runBatch(_ path: String, scorer: Scorer) throws {
            let data = try Self.read(path)
            let text = String(decoding: data, as: UTF8.self)
            let directory = path == "-"
                ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                : URL(fileURLWithPath: path).deletingLastPathComponent()
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let (output, failed) = BatchScoring.run(lines, scorer: scorer, directory: directory)
            Output.print(output.joined(separator: "\n"))
            if failed { throw ExitCode.failure }
        }

        /// The question with `id`, or a usage error that says how to find the right one.
        static func lookUp(_ id: String, in bank: QuestionBank) throws -> Question {
            if let question = bank.question(id: id) { return question }
            let ids = bank.questions.map(\.id)
            let near = ids.first { $0.uppercased().hasSuffix(id.uppercased().filter(\.isNumber)) && !id.filter(\.isNumber).isEmpty }
            throw ValidationError("Unknown question '\(id)'" + (near.map { "; did you mean \($0)?" } ?? "")
                + " Run `interview questions` to list the \(ids.count) questions.")
        }

        /// An answer from a file or standard input, imported by format.
        static func readAnswer(_ path: String) throws -> Transcript {
            do {
                if path == "-" {
                    return try TranscriptImporter.parse(try read(path), fileName: "standard input")
                }
                return try TranscriptImporter.load(contentsOf: URL(fileURLWithPath: path))
            } catch let error as TranscriptError {
                Output.error(error.description)
                throw ExitCode.failure
            }
        }

        static func read(_ path: String) throws -> Data {
            guard path == "-" else {
                do {
                    return try Data(contentsOf: URL(fileURLWithPath: path))
                } catch {
                    Output.error("error: cannot read \(path): \(error.localizedDescription)")
                    throw ExitCode.failure
                }
            }
            return FileHandle.standardInput.readDataToEndOfFile()
        }
    }
}

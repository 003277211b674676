import Foundation

/// `interview score --batch`: one JSON object per input line, scored on every core, written in input order.
public enum BatchScoring {
    /// One input line: `{"id": ..., "question": ..., "text": ...}` or `"file"` instead of `"text"`.
    struct Input: Decodable {
        var id: String?
        var question: String?
        var text: String?
        var file: String?

        private enum CodingKeys: String, CodingKey { case id, question, text, file }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            // Ids may be numbers or strings; echo them as text.
            if let text = try? container.decodeIfPresent(String.self, forKey: .id) {
                id = text
            } else if let number = try? container.decodeIfPresent(Double.self, forKey: .id) {
                id = Int(exactly: number).map(String.init) ?? String(number)
            }
            question = try container.decodeIfPresent(String.self, forKey: .question)
            text = try container.decodeIfPresent(String.self, forKey: .text)
            file = try container.decodeIfPresent(String.self, forKey: .file)
        }
    }

    /// Scores every non-empty line; `files` relative paths are resolved against `directory`.
    /// - Returns: one JSON line per input line (blank lines skipped), and whether any line failed.
    public static func run(_ lines: [String], scorer: Scorer, directory: URL) -> (output: [String], failed: Bool) {
        let work = lines.enumerated().filter { !$0.element.allSatisfy(\.isWhitespace) }
        let output = work.parallelMap { index, line in scoreLine(line, number: index + 1, scorer: scorer, directory: directory) }
        return (output.map(\.json), output.contains { $0.failed })
    }

    private static func scoreLine(_ line: String, number: Int, scorer: Scorer, directory: URL) -> (json: String, failed: Bool) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func failure(_ id: String?, _ message: String) -> (String, Bool) {
            let report = ScoreReport.failure(id: id, line: number, message: message)
            return ((try? String(decoding: encoder.encode(report), as: UTF8.self)) ?? #"{"error":"unencodable"}"#, true)
        }
        let input: Input
        do {
            input = try JSONDecoder().decode(Input.self, from: Data(line.utf8))
        } catch {
            return failure(nil, "line \(number): not a JSON object with \"text\" or \"file\"")
        }
        var question: Question?
        if let id = input.question {
            guard let found = scorer.bank.question(id: id) else { return failure(input.id, "line \(number): unknown question '\(id)'") }
            question = found
        }
        do {
            let answer: (text: String, timing: AnswerTiming)
            switch (input.text, input.file) {
            case let (text?, nil):
                answer = (text, AnswerTiming())
            case let (nil, file?):
                let transcript = try TranscriptImporter.load(contentsOf: URL(fileURLWithPath: file, relativeTo: directory))
                answer = (transcript.text, transcript.timing)
            default:
                return failure(input.id, "line \(number): give exactly one of \"text\" and \"file\"")
            }
            let card = try scorer.score(answer.text, question: question, timing: answer.timing)
            let report = ScoreReport(id: input.id, question: question, scorecard: card)
            return (String(decoding: try encoder.encode(report), as: UTF8.self), false)
        } catch {
            return failure(input.id, "line \(number): \(error)")
        }
    }
}

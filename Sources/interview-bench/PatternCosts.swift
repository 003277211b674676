import Foundation
import InterviewKit
import PCRE2

/// Where matching time goes: every distinct pattern timed over the corpus answers it runs on, the costliest
/// listed first, so that a rubric author sees which pattern to simplify.
struct PatternCosts {
    let scorer: Scorer
    let rules: StructureRules
    let corpus: AnswerCorpus
    let runs: Int

    /// One pattern's share of the matching time.
    struct Cost: Sendable, Codable {
        /// Where the pattern comes from: a question id, or "structure" for the shared cues.
        let origin: String
        let pattern: String
        /// Median seconds over the whole corpus.
        let seconds: Double
        /// Seconds per answer it ran on.
        let perAnswer: Double
    }

    /// Every pattern's cost, the costliest first, and the matching time of one 300-word answer (each run's
    /// time over all patterns, scaled from the corpus's words to 300).
    func costs() throws -> (costs: [Cost], per300Words: Timing) {
        var runsOn: [ObjectIdentifier: (regex: Regex, origin: String, answers: [String])] = [:]
        for answer in corpus.answers {
            let own = try scorer.bank.regexes(for: answer.question).map { ($0, answer.question.id) }
            let shared = rules.regexes(for: answer.question.structure).map { ($0, "structure") }
            for (regex, origin) in own + shared {
                runsOn[ObjectIdentifier(regex), default: (regex, origin, [])].answers.append(answer.text)
            }
        }
        let timed = try runsOn.values.map { entry in
            let timing = try Timing.inProcess(runs: runs) {
                for text in entry.answers { _ = try entry.regex.byteRanges(in: text) }
            }
            return (Cost(origin: entry.origin, pattern: entry.regex.pattern, seconds: timing.wall.median,
                         perAnswer: timing.wall.median / Double(entry.answers.count)), timing)
        }
        let scale = 300 / Double(corpus.answers.reduce(0) { $0 + $1.words })
        func perAnswer(_ samples: (Timing) -> [Double]) -> Measurement {
            Measurement(samples: (0..<runs).map { run in timed.reduce(0) { $0 + samples($1.1)[run] } * scale })
        }
        return (timed.map(\.0).sorted { $0.seconds > $1.seconds },
                Timing(wall: perAnswer(\.wall.samples), cpu: perAnswer(\.cpu.samples)))
    }
}

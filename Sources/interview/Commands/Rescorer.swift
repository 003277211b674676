import InterviewKit
import Foundation

/// The scorer behind `interview review --rescore`, built from the rubrics folder.
///
/// The rubric scorer is not part of this build yet: until it is, re-scoring says so and changes nothing.
/// Wiring it is this one function: load the question bank from `rubrics` and return `Scorer(bank).score`.
func makeRescorer(rubrics: URL) throws -> Rescorer {
    throw RescoreUnavailable(rubrics: rubrics.path)
}

/// Re-scoring needs the scorer, which this build lacks.
struct RescoreUnavailable: Error, CustomStringConvertible {
    var rubrics: String

    var description: String {
        "error: cannot re-score with the rubrics in \(rubrics): this build has no rubric scorer yet"
    }
}

/// Runs every concept's `match` and `noMatch` examples, like a linter's triggering and
/// non-triggering examples: the rubric's own proof that its patterns do what it says.
public enum RubricExamples {
    /// An example that did not behave as the rubric says.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        public var file: String?
        public var questionID: String
        public var conceptID: String
        public var sentence: String
        /// True for a `match` example that missed, false for a `noMatch` example that matched.
        public var shouldMatch: Bool
        /// What matched (for a wrongly matching example, or negated matches of a missed one).
        public var evidence: [Evidence]

        public var description: String {
            let found = evidence.map { ($0.negated ? "negated " : "") + "'\($0.text)'" }.joined(separator: ", ")
            let what = shouldMatch
                ? "match example not earned" + (found.isEmpty ? "" : " (found \(found))")
                : "noMatch example earned by \(found)"
            return "\(questionID) \(conceptID): \(what): \"\(sentence)\""
        }
    }

    /// The examples checked and those that failed, in bank order.
    public static func run(_ bank: QuestionBank) throws -> (checked: Int, failures: [Failure]) {
        var checked = 0
        var failures: [Failure] = []
        for question in bank.questions {
            for matcher in try bank.matchers(for: question) {
                let concept = matcher.concept
                for (sentence, shouldMatch) in concept.examples.match.map({ ($0, true) }) + concept.examples.noMatch.map({ ($0, false) }) {
                    checked += 1
                    let result = try matcher.match(in: sentence, sentences: Sentence.split(sentence))
                    if result.hit != shouldMatch {
                        failures.append(Failure(questionID: question.id, conceptID: concept.id, sentence: sentence,
                                                shouldMatch: shouldMatch, evidence: result.evidence))
                    }
                }
            }
        }
        return (checked, failures)
    }
}

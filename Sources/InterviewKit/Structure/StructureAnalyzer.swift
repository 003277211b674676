import PCRE2

/// Finds the structure of any text, with or without a question: a STAR story (Situation, Task, Action,
/// Result) or the guide's Identify, Assess, Mitigate, Monitor.
///
/// No labels are needed: parts are found from cues (context and time, goal and responsibility, first-person
/// actions, outcomes), and explicit labels ("Situation:", "**Task:**") count too and win. See
/// ``PartDetection`` for how sentences get their parts.
public struct StructureAnalyzer: Sendable {
    let rules: StructureRules

    public init(rules: StructureRules) {
        self.rules = rules
    }

    /// The STAR parts of `text`, whose sentences are `sentences` (from ``Sentence/split(_:)``).
    /// - Throws: ``PCRE2/RegexError`` when a pattern exceeds PCRE2's limits on this text.
    public func star(in text: String, sentences: [Sentence]) throws -> StarAnalysis {
        let detection = try PartDetection(text: text, sentences: sentences, patterns: rules.star)
        let situation = detection.finding(.situation)
        let task = detection.finding(.task)
        let action = detection.finding(.action)
        let result = detection.finding(.result)
        let actors = try countActors(in: ByteOffsets.merged(detection.cueMatches[.action] ?? []), text: text)
        let quantities = try quantities(in: text, sentences: sentences, resultSentences: Set(result.sentences))
        return StarAnalysis(
            situation: situation, task: task, action: action, result: result, inOrder: detection.inOrder,
            firstPersonActions: actors.individual, collectiveActions: actors.collective,
            quantifiedResult: !quantities.isEmpty, quantities: quantities,
            isStory: (situation.present || task.present) && action.present && result.present)
    }

    /// The Identify, Assess, Mitigate and Monitor steps of `text`, whose sentences are `sentences`.
    /// - Throws: ``PCRE2/RegexError`` when a pattern exceeds PCRE2's limits on this text.
    public func steps(in text: String, sentences: [Sentence]) throws -> StepsAnalysis {
        let detection = try PartDetection(text: text, sentences: sentences, patterns: rules.steps)
        return StepsAnalysis(identify: detection.finding(.identify), assess: detection.finding(.assess),
                             mitigate: detection.finding(.mitigate), monitor: detection.finding(.monitor))
    }

    /// How many `actions` are told with "I" and how many with "we": the first actor match inside an action
    /// decides; an action with neither counts as neither.
    private func countActors(in actions: [Range<Int>], text: String) throws -> (individual: Int, collective: Int) {
        guard !actions.isEmpty else { return (0, 0) }
        let individuals = try rules.individualActor.byteRanges(in: text).map(\.lowerBound)
        let collectives = try rules.collectiveActor.byteRanges(in: text).map(\.lowerBound)
        var counts = (individual: 0, collective: 0)
        for action in actions {
            let individual = Self.first(of: individuals, in: action) ?? .max
            let collective = Self.first(of: collectives, in: action) ?? .max
            if individual < collective {
                counts.individual += 1
            } else if collective < individual {
                counts.collective += 1
            }
        }
        return counts
    }

    /// The measurable phrases (numbers, percentages, money, time) in the Result's sentences.
    private func quantities(in text: String, sentences: [Sentence], resultSentences: Set<Int>) throws -> [String] {
        guard !resultSentences.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        for pattern in rules.quantities {
            ranges += try pattern.byteRanges(in: text).filter { range in
                ByteOffsets.sentence(containing: range.lowerBound, in: sentences).map(resultSentences.contains) ?? false
            }
        }
        return ByteOffsets.merged(ranges).map { String(ByteOffsets.slice(text, $0)) }
    }

    /// The first of the sorted `offsets` inside `range`, or `nil`.
    private static func first(of offsets: [Int], in range: Range<Int>) -> Int? {
        ByteOffsets.first(atOrAfter: range.lowerBound, in: offsets).flatMap { range.contains($0) ? $0 : nil }
    }
}

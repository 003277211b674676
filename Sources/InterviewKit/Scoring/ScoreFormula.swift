/// How the 0-100 score is made, documented in the README ("How answers are scored"):
///
/// - **Content** (coverage of the rubric's concepts, by weight) dominates: 85% of the score for
///   explanations, 70% where the question asks for a STAR story or the four steps.
/// - **Structure** counts 20% where the question asks for it: STAR parts (Situation 15%, Task 15%,
///   Action 35%, Result 25%, a measurable Result 10%) or the four steps (25% each).
/// - **Delivery** counts little, 10-15%: it starts full and loses points for running over the time
///   limit, being too short, many fillers, or a pace outside the comfortable band.
/// - Structure and delivery are scaled by ``relevance(_:)``: an off-topic story earns neither.
/// - **Caps**: one missing required concept caps the score at 60, two or more at 40; an answer that
///   reads as a keyword list is capped at 30, one that names four or more points at under five words
///   each (named, not explained) at 60.
public enum ScoreFormula {
    public static let contentShare = (plain: 0.85, structured: 0.70)
    public static let structureShare = 0.20
    public static let starWeights: [StarPart: Double] = [.situation: 0.15, .task: 0.15, .action: 0.35, .result: 0.25]
    public static let quantifiedResultWeight = 0.10
    public static let capOneRequiredMissing = 60
    public static let capRequiredMissing = 40
    public static let capKeywordList = 30
    public static let capUnexplained = 60
    /// Delivery deductions, as fractions of the delivery share.
    public static let overTimePenalty = 0.4
    public static let tooShortPenalty = 0.5
    public static let fillerPenalty = 0.2
    public static let pacePenalty = 0.1
    /// Fillers per 100 words above which delivery loses points.
    public static let fillerRateLimit = 4.0

    /// How much of the structure and delivery points an answer keeps: all of them from half coverage up,
    /// proportionally less below, none for an answer that makes none of the rubric's points.
    public static func relevance(_ coverage: Double) -> Double {
        min(1, coverage * 2)
    }

    /// Content coverage 0...1 from concept results: earned weight over total weight.
    public static func coverage(_ concepts: [ConceptResult]) -> Double {
        let total = concepts.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return 0 }
        return concepts.filter(\.hit).reduce(0) { $0 + $1.weight } / total
    }

    /// Structure 0...1 for a STAR story.
    public static func structure(_ star: StarAnalysis) -> Double {
        star.parts.reduce(0) { $0 + ($1.finding.present ? starWeights[$1.part, default: 0] : 0) }
            + (star.quantifiedResult ? quantifiedResultWeight : 0)
    }

    /// Structure 0...1 for the four steps.
    public static func structure(_ steps: StepsAnalysis) -> Double {
        Double(steps.parts.filter(\.finding.present).count) / 4
    }

    /// Delivery 0...1.
    public static func delivery(_ report: DeliveryReport) -> Double {
        var value = 1.0
        if (report.overTime ?? 0) > 0 { value -= overTimePenalty }
        if report.tooShort { value -= tooShortPenalty }
        if report.fillerRate > fillerRateLimit { value -= fillerPenalty }
        if let pace = report.pace, pace != .comfortable { value -= pacePenalty }
        return max(0, value)
    }
}

/// Scores answers: concepts from the question's rubric, STAR or steps structure, delivery, an overall
/// score and the most useful feedback. Everything is compiled when the scorer is made; `score` only
/// matches, so one scorer serves every answer of a process, from any thread.
public struct Scorer: Sendable {
    public let bank: QuestionBank
    let structure: StructureAnalyzer
    let delivery: DeliveryAnalyzer
    let keywordCheck: KeywordListCheck

    public init(bank: QuestionBank, rules: StructureRules) {
        self.bank = bank
        self.structure = StructureAnalyzer(rules: rules)
        self.delivery = DeliveryAnalyzer(rules: rules)
        self.keywordCheck = KeywordListCheck(functionWords: rules.stopWords)
    }

    /// Scores `text` against `question`, or checks only structure and delivery when `question` is nil.
    public func score(_ text: String, question: Question?, timing: AnswerTiming = AnswerTiming()) throws -> Scorecard {
        let sentences = Sentence.split(text)
        let star = try structure.star(in: text, sentences: sentences)
        let steps = question?.structure == .steps ? try structure.steps(in: text, sentences: sentences) : nil
        var delivery = try delivery.analyze(text: text, seconds: timing.seconds, pauseDurations: timing.pauses,
                                            timeLimit: question.map { Double($0.timeLimit) })
        if !timing.spoken {
            // Typing speed says nothing about speaking pace.
            delivery.wordsPerMinute = nil
            delivery.pace = nil
        }
        guard let question else {
            let feedback = FeedbackBuilder.feedback(content: nil, structure: nil, star: star, steps: nil, delivery: delivery,
                                                    keywordProblem: nil)
            return Scorecard(questionID: nil, score: nil, content: nil, star: star, steps: nil, delivery: delivery,
                             breakdown: nil, feedback: feedback)
        }

        let concepts: [ConceptResult]
        do {
            concepts = try bank.matchers(for: question).map { try $0.match(in: text, sentences: sentences) }
        } catch var failure as PatternFailure {
            failure.questionID = question.id
            throw failure
        }
        let coverage = ScoreFormula.coverage(concepts)
        let missingRequired = concepts.filter { $0.required && !$0.hit }.map(\.label)
        let content = ContentResult(concepts: concepts, coverage: coverage, missingRequired: missingRequired)

        let structured = question.structure != .none
        let contentPoints = 100 * coverage * (structured ? ScoreFormula.contentShare.structured : ScoreFormula.contentShare.plain)
        let structureFraction: Double = switch question.structure {
        case .star: 100 * ScoreFormula.structureShare * ScoreFormula.structure(star)
        case .steps: 100 * ScoreFormula.structureShare * (steps.map(ScoreFormula.structure) ?? 0)
        case .none: 0
        }
        let deliveryShare = 1 - (structured ? ScoreFormula.contentShare.structured + ScoreFormula.structureShare
                                            : ScoreFormula.contentShare.plain)
        // Structure and delivery are earned in proportion to content: a well-told story or a fluent answer
        // about something else earns nothing.
        let relevance = ScoreFormula.relevance(coverage)
        let structurePoints = structureFraction * relevance
        let deliveryPoints = 100 * deliveryShare * ScoreFormula.delivery(delivery) * relevance

        var caps: [ScoreCap] = []
        if missingRequired.count == 1 {
            caps.append(ScoreCap(limit: ScoreFormula.capOneRequiredMissing, reason: "missing required concept: \(missingRequired[0])"))
        } else if missingRequired.count > 1 {
            caps.append(ScoreCap(limit: ScoreFormula.capRequiredMissing,
                                 reason: "missing required concepts: \(missingRequired.joined(separator: ", "))"))
        }
        let keywordCap = keywordCheck.cap(for: text, words: delivery.words,
                                          conceptsHit: concepts.filter(\.hit).count)
        if let keywordCap { caps.append(keywordCap) }

        let raw = contentPoints + structurePoints + deliveryPoints
        let score = caps.reduce(raw.wholeNumber) { min($0, $1.limit) }
        let feedback = FeedbackBuilder.feedback(content: content, structure: question.structure, star: star, steps: steps,
                                                delivery: delivery, keywordProblem: keywordCap?.reason)
        return Scorecard(questionID: question.id, score: max(0, min(100, score)), content: content, star: star, steps: steps,
                         delivery: delivery,
                         breakdown: ScoreBreakdown(content: contentPoints, structure: structurePoints, delivery: deliveryPoints, caps: caps),
                         feedback: feedback)
    }

    /// Whether `text` makes the point a follow-up probes.
    public func answers(_ probe: FollowUpRecord.Probe, of question: Question, text: String) throws -> Bool {
        let sentences = Sentence.split(text)
        switch probe {
        case let .concept(id):
            guard let matcher = try bank.matchers(for: question).first(where: { $0.concept.id == id }) else { return false }
            return try matcher.match(in: text, sentences: sentences).hit
        case let .star(part):
            let star = try structure.star(in: text, sentences: sentences)
            return star.parts.first { $0.part == part }?.finding.present ?? false
        case .quantifiedResult:
            return try structure.star(in: text, sentences: sentences).quantifiedResult
        }
    }
}

/// How long an answer took, when known: from the round's timer or a transcript's timestamps.
public struct AnswerTiming: Sendable, Hashable {
    public var seconds: Double?
    /// Gaps between spoken segments, in seconds (transcripts with timestamps only).
    public var pauses: [Double]?
    /// The answer was spoken, so words per minute is a speaking pace (typed answers get none).
    public var spoken: Bool

    public init(seconds: Double? = nil, pauses: [Double]? = nil, spoken: Bool = true) {
        self.seconds = seconds
        self.pauses = pauses
        self.spoken = spoken
    }
}

/// Chooses the most useful improvements for an answer, in plain words, most important first:
/// score caps, missed required concepts, missing structure, missed concepts by weight, then delivery.
enum FeedbackBuilder {
    /// How many improvements a scorecard carries.
    static let limit = 3

    static func feedback(content: ContentResult?, structure: AnswerStructure?, star: StarAnalysis, steps: StepsAnalysis?,
                         delivery: DeliveryReport, keywordProblem: String?) -> [Feedback] {
        var items: [Feedback] = []
        if let keywordProblem {
            items.append(Feedback(message: "Your answer \(keywordProblem): explain each point in a full sentence, with how and why.",
                                  target: .structure("sentences")))
        }
        let concepts = content?.concepts ?? []
        let missed = concepts.filter { !$0.hit }.sorted { ($0.required ? 1 : 0, $0.weight) > ($1.required ? 1 : 0, $1.weight) }
        for concept in missed.filter(\.required) { items.append(conceptAdvice(concept)) }
        switch structure {
        case .star?: items += starAdvice(star)
        case .steps?: items += steps.map(stepsAdvice) ?? []
        case .none?, nil: if content == nil { items += starAdvice(star) }
        }
        for concept in missed.filter({ !$0.required }) { items.append(conceptAdvice(concept)) }
        items += deliveryAdvice(delivery)
        return Array(items.prefix(limit))
    }

    private static func conceptAdvice(_ concept: ConceptResult) -> Feedback {
        if concept.negated, let phrase = concept.evidence.first?.text {
            return Feedback(message: "You mentioned \"\(phrase)\" only to rule it out: if \(concept.label) belongs in your answer, say how you would use it.",
                            target: .concept(concept.id))
        }
        let kind = concept.required ? "You never covered a key point" : "You could also cover"
        return Feedback(message: "\(kind): \(concept.label).", target: .concept(concept.id))
    }

    private static func starAdvice(_ star: StarAnalysis) -> [Feedback] {
        var items: [Feedback] = []
        if !star.result.present {
            items.append(Feedback(message: "Your story has no Result: end with what changed, ideally with a number.", target: .star(.result)))
        } else if !star.quantifiedResult {
            items.append(Feedback(message: "Your Result has no number: say how much changed (a percentage, time saved, incidents avoided).",
                                  target: .star(.result)))
        }
        if !star.action.present {
            items.append(Feedback(message: "Say what you did, in the first person: \"I built\", \"I set up\", \"I led\".", target: .star(.action)))
        } else if let share = star.iShare, share < 0.5 {
            items.append(Feedback(message: "Most of your actions are \"we\": say what you yourself did.", target: .star(.action)))
        }
        if !star.situation.present {
            items.append(Feedback(message: "Open with the Situation: where you were and what was at stake, in a sentence or two.",
                                  target: .star(.situation)))
        }
        if !star.task.present {
            items.append(Feedback(message: "Say what your Task was: the goal you were responsible for.", target: .star(.task)))
        }
        return items
    }

    private static func stepsAdvice(_ steps: StepsAnalysis) -> [Feedback] {
        let advice: [Step: String] = [
            .identify: "Start by saying how you would identify the problem: what you would look at first to confirm and scope it.",
            .assess: "Say how you would assess it: impact, likelihood and who is affected, before fixing.",
            .mitigate: "Say how you would mitigate it: the concrete controls or fixes you would apply.",
            .monitor: "Close with monitoring: how you would watch for it coming back and know the fix worked.",
        ]
        return steps.parts.filter { !$0.finding.present }.map { Feedback(message: advice[$0.step, default: ""], target: .step($0.step)) }
    }

    private static func deliveryAdvice(_ delivery: DeliveryReport) -> [Feedback] {
        var items: [Feedback] = []
        if let over = delivery.overTime, over > 0, let limit = delivery.timeLimit, let seconds = delivery.seconds {
            items.append(Feedback(message: "You took \(Duration.clock(seconds)) for a \(Duration.clock(limit)) answer: lead with the key points and cut the rest.",
                                  target: .delivery("time")))
        }
        if delivery.tooShort {
            items.append(Feedback(message: "Your answer is very short (\(delivery.words) words): make each point in a full sentence, with an example.",
                                  target: .delivery("length")))
        }
        if delivery.fillerRate > ScoreFormula.fillerRateLimit {
            let examples = delivery.fillerWords.prefix(2).map { "\"\($0.word)\" ×\($0.count)" }.joined(separator: ", ")
            items.append(Feedback(message: "\(delivery.fillers) fillers (\(examples)): pause silently instead.", target: .delivery("fillers")))
        }
        if let pace = delivery.pace, pace != .comfortable, let wpm = delivery.wordsPerMinute {
            let advice = pace == .fast ? "slow down so each point lands" : "pick up the pace a little"
            items.append(Feedback(message: "You spoke at \(wpm.wholeNumber) words a minute: \(advice) (120-160 is comfortable).",
                                  target: .delivery("pace")))
        }
        return items
    }
}

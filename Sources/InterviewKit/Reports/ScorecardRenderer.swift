import Foundation

/// A scorecard as text for the terminal: score, concepts with the phrases that earned them, structure,
/// delivery, feedback, and the answer with matched phrases highlighted.
public struct ScorecardRenderer: Sendable {
    public var style: TextStyle

    public init(style: TextStyle) {
        self.style = style
    }

    /// The full scorecard (`interview score`); `compact` leaves out the title, the answer and the word list (rounds).
    public func render(_ card: Scorecard, question: Question?, answer: String, compact: Bool = false) -> String {
        var lines: [String] = []
        if let question, !compact {
            lines.append(style.bold("\(question.id) · \(question.question)"))
        }
        if let score = card.score {
            var headline = style.bold("Score \(score)/100")
            if let breakdown = card.breakdown {
                headline += style.dim(String(format: "  (content %.0f, structure %.0f, delivery %.0f)",
                                             breakdown.content, breakdown.structure, breakdown.delivery))
                let raw = (breakdown.content + breakdown.structure + breakdown.delivery).wholeNumber
                for cap in breakdown.caps where cap.limit < raw {
                    headline += "\n" + style.yellow("capped at \(cap.limit): \(cap.reason)")
                }
            }
            lines.append(headline)
        }
        if let content = card.content {
            lines.append("")
            lines.append(style.bold("Concepts") + style.dim(String(format: "  %.0f%% covered", content.coverage * 100)))
            for concept in content.concepts {
                lines.append(conceptLine(concept))
            }
        }
        if let question, question.structure == .steps, let steps = card.steps {
            lines.append("")
            lines.append(style.bold("Steps  ") + steps.parts.map { mark($0.finding.present) + " " + $0.step.rawValue.capitalized }
                .joined(separator: "  "))
        }
        if question == nil || question?.structure == .star || card.star.isStory {
            lines.append("")
            lines.append(starLine(card.star))
            if !compact {
                // Each part's first sentence that no earlier part already showed.
                var shown = Set<String>()
                for (part, finding) in card.star.parts where finding.present {
                    guard let sentence = finding.evidence.first(where: { !shown.contains($0) }) ?? finding.evidence.first else { continue }
                    shown.insert(sentence)
                    lines.append(style.dim("  \(part.rawValue.capitalized): ") + "\"\(sentence)\"")
                }
            }
        }
        lines.append("")
        lines.append(deliveryLine(card.delivery))
        if !compact, !card.delivery.topWords.isEmpty {
            lines.append(style.dim("Most used: ") + card.delivery.topWords.prefix(8).map { "\($0.word) (\($0.count))" }.joined(separator: ", "))
        }
        if !card.feedback.isEmpty {
            lines.append("")
            lines.append(style.bold("To improve"))
            for (index, item) in card.feedback.enumerated() { lines.append("  \(index + 1). \(item.message)") }
        }
        if !compact, card.content != nil {
            lines.append("")
            lines.append(style.bold("Your answer") + style.dim(style.enabled ? " (matched phrases highlighted)" : " (matched phrases in [brackets])"))
            lines.append(highlighted(answer, card: card))
        }
        return lines.joined(separator: "\n")
    }

    private func mark(_ present: Bool) -> String {
        present ? style.green("✔") : style.red("✘")
    }

    private func conceptLine(_ concept: ConceptResult) -> String {
        let required = concept.required ? style.dim(" (required)") : ""
        var line = "  \(mark(concept.hit)) \(concept.label)\(required)"
        let earned = concept.evidence.filter { !$0.negated }
        if concept.hit {
            var phrases: [String] = []
            for evidence in earned where !phrases.contains(where: { $0.contains(evidence.text) || evidence.text.contains($0) }) {
                phrases.append(evidence.text)
            }
            line += style.dim("  ← ") + phrases.prefix(2).map { "\"\($0)\"" }.joined(separator: ", ")
        } else if concept.negated, let negated = concept.evidence.first {
            line += style.yellow("  negated: \"\(negated.text)\"")
        }
        return line
    }

    private func starLine(_ star: StarAnalysis) -> String {
        var line = style.bold("STAR  ") + star.parts.map { mark($0.finding.present) + " " + $0.part.rawValue.capitalized }
            .joined(separator: "  ")
        if star.result.present { line += "  " + (star.quantifiedResult ? "measurable result" : style.yellow("result has no number")) }
        if star.firstPersonActions + star.collectiveActions > 0 {
            line += style.dim("  I/we actions \(star.firstPersonActions)/\(star.collectiveActions)")
        }
        return line
    }

    private func deliveryLine(_ delivery: DeliveryReport) -> String {
        var parts = ["\(delivery.words) words"]
        if let seconds = delivery.seconds {
            var time = Duration.clock(seconds)
            if let limit = delivery.timeLimit { time += "/" + Duration.clock(limit) }
            parts.append((delivery.overTime ?? 0) > 0 ? style.red(time + " over time") : time)
        }
        if let wpm = delivery.wordsPerMinute {
            parts.append("\(wpm.wholeNumber) wpm" + (delivery.pace.map { " (\($0.rawValue))" } ?? ""))
        }
        var fillers = "\(delivery.fillers) filler\(delivery.fillers == 1 ? "" : "s")"
        if !delivery.fillerWords.isEmpty {
            fillers += ": " + delivery.fillerWords.prefix(3).map { "\($0.word) ×\($0.count)" }.joined(separator: ", ")
        }
        parts.append(fillers)
        parts.append("\(delivery.hedges) hedge\(delivery.hedges == 1 ? "" : "s")")
        if let pauses = delivery.pauses { parts.append("\(pauses) pause\(pauses == 1 ? "" : "s") over 2.5 s") }
        if delivery.tooShort { parts.append(style.yellow("too short")) }
        return style.bold("Delivery  ") + parts.joined(separator: " · ")
    }

    /// The answer with every earned phrase highlighted (overlapping spans merged).
    private func highlighted(_ answer: String, card: Scorecard) -> String {
        let merged = ByteOffsets.merged((card.content?.concepts ?? []).flatMap { $0.evidence.filter { !$0.negated } }
            .map { $0.start..<$0.end })
        var output = ""
        var cursor = 0
        let total = answer.utf8.count
        for span in merged where span.upperBound <= total {
            output += String(ByteOffsets.slice(answer, cursor..<span.lowerBound))
            let phrase = String(ByteOffsets.slice(answer, span))
            output += style.enabled ? style.highlight(phrase) : "[\(phrase)]"
            cursor = span.upperBound
        }
        output += String(ByteOffsets.slice(answer, cursor..<total))
        return output
    }
}

/// The end-of-round summary: each question's score, the time spent, the strongest and weakest concepts
/// of the round, and what to drill next.
public struct RoundSummary: Sendable {
    public let session: Session
    public let bank: QuestionBank

    public init(session: Session, bank: QuestionBank) {
        self.session = session
        self.bank = bank
    }

    /// Concepts of the round, earned or missed in each main answer (a follow-up that made the point counts as earned).
    public var conceptTally: [(label: String, tags: [String], hits: Int, misses: Int)] {
        var tally: [String: (label: String, tags: [String], hits: Int, misses: Int)] = [:]
        for record in session.questions {
            if let card = record.answer?.scorecard {
                for concept in card.content?.concepts ?? [] {
                    let key = record.questionID + "/" + concept.id
                    var entry = tally[key] ?? (concept.label, concept.tags, 0, 0)
                    let recovered = record.followUps.contains { $0.probe == .concept(concept.id) && $0.earned }
                    if concept.hit || recovered { entry.hits += 1 } else { entry.misses += 1 }
                    tally[key] = entry
                }
            }
        }
        return tally.values.sorted { ($0.misses, $0.label) > ($1.misses, $1.label) }
    }

    public func render(style: TextStyle) -> String {
        var lines = [style.bold("Round summary") + style.dim("  (\(session.status.rawValue))")]
        let answered = session.questions.compactMap { record in record.answer.map { (record, $0) } }
        for record in session.questions {
            let score = record.answer?.scorecard.score.map { "\($0)/100" } ?? (record.skipped ? "skipped" : "not answered")
            let time = record.answer.map { Duration.clock($0.seconds) } ?? "-"
            let followUps = record.followUps.filter { $0.answer != nil }
            let followUpText = followUps.isEmpty ? "" : style.dim("  follow-ups \(followUps.filter(\.earned).count)/\(followUps.count)")
            lines.append("  \(record.questionID)  \(score.padding(to: 12))\(time.padding(to: 7))\(followUpText)")
        }
        let scores = answered.compactMap { $0.1.scorecard.score }
        if !scores.isEmpty {
            let total = answered.reduce(0.0) { $0 + $1.1.seconds }
            lines.append("Average \(scores.reduce(0, +) / scores.count)/100 over \(scores.count) answer\(scores.count == 1 ? "" : "s"), "
                         + "\(Duration.clock(total)) answering")
        }
        let tally = conceptTally
        let weakest = tally.filter { $0.misses > 0 }.prefix(3)
        let strongest = tally.filter { $0.misses == 0 && $0.hits > 0 }.sorted { $0.hits > $1.hits }.prefix(3)
        if !strongest.isEmpty { lines.append(style.green("Strongest: ") + strongest.map(\.label).joined(separator: "; ")) }
        if !weakest.isEmpty { lines.append(style.yellow("Weakest: ") + weakest.map(\.label).joined(separator: "; ")) }
        if let drill = drillNext(weakest.flatMap(\.tags)) { lines.append("Drill next: " + drill) }
        return lines.joined(separator: "\n")
    }

    /// Other questions that share the weakest concepts' topics.
    private func drillNext(_ tags: [String]) -> String? {
        guard let tag = tags.first else { return nil }
        let asked = Set(session.questions.map(\.questionID))
        let related = bank.questions.filter { question in
            !asked.contains(question.id) && question.concepts.contains { $0.tags.contains(tag) }
        }.prefix(4).map(\.id)
        let topic = tag.replacingOccurrences(of: "-", with: " ")
        return related.isEmpty ? "\(topic)" : "\(topic): \(related.joined(separator: ", "))"
    }
}

private extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}

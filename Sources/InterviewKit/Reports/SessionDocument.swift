import Foundation

/// One session in full, for `interview review SESSION` and `interview export`: each question, the answer as
/// given, its scorecard in short, the follow-ups and the feedback.
public enum SessionDocument {
    /// Markdown, also what the terminal shows.
    public static func markdown(_ session: Session, timeZone: TimeZone) -> String {
        ReportBlock.markdown(blocks(session, timeZone: timeZone))
    }

    /// A self-contained HTML page.
    public static func html(_ session: Session, timeZone: TimeZone) -> String {
        HTMLPage.page(title: "Session \(session.id)", body: ReportBlock.html(blocks(session, timeZone: timeZone)))
    }

    /// The session file's own JSON.
    public static func json(_ session: Session) throws -> String {
        try ReportJSON.string(session)
    }

    static func blocks(_ session: Session, timeZone: TimeZone) -> [ReportBlock] {
        let digest = SessionDigest(session)
        var about = "\(session.mode.rawValue) round"
        if let day = session.planDay { about += ", plan day \(day)" }
        about += ", started \(ReportFormat.dateTime(session.startedAt, in: timeZone)), \(session.status.rawValue)"
        if let duration = digest.duration { about += ", \(ReportFormat.duration(duration))" }
        about += ". Average score \(ReportFormat.score(digest.averageScore)) over \(digest.answered) of \(session.questions.count) questions."
        var blocks: [ReportBlock] = [.heading(level: 1, text: "Session \(session.id)"), .paragraph(about)]
        for (number, question) in session.questions.enumerated() {
            blocks.append(.heading(level: 2, text: "\(number + 1). \(question.questionID): \(question.question)"))
            blocks.append(.paragraph("Asked because: \(question.reason)"))
            guard let answer = question.answer else {
                blocks.append(.paragraph(question.skipped ? "Skipped." : "Not answered."))
                continue
            }
            blocks += answerBlocks(answer)
            let labels = Dictionary((answer.scorecard.content?.concepts ?? []).map { ($0.id, $0.label) }) { first, _ in first }
            for followUp in question.followUps {
                blocks.append(.heading(level: 3, text: "Follow-up (\(probe(followUp.probe, labels: labels))): \(followUp.prompt)"))
                if let reply = followUp.answer {
                    blocks.append(.paragraph("Answer (\(reply.source.rawValue), \(ReportFormat.duration(reply.seconds))):"))
                    blocks.append(.quote(reply.text))
                    blocks.append(.paragraph(followUp.earned ? "Made the point." : "Did not make the point."))
                } else {
                    blocks.append(.paragraph("Not answered."))
                }
            }
        }
        return blocks
    }

    private static func answerBlocks(_ answer: Answer) -> [ReportBlock] {
        let card = answer.scorecard
        var blocks: [ReportBlock] = [
            .paragraph("Answer (\(answer.source.rawValue)\(answer.fileName.map { " from \($0)" } ?? ""), "
                + "\(ReportFormat.duration(answer.seconds)) of \(ReportFormat.duration(answer.timeLimit))\(answer.isOverTime ? ", over time" : "")):"),
            .quote(answer.text),
        ]
        var findings: [String] = []
        if let score = card.score { findings.append("Score: \(score)/100") }
        if let content = card.content {
            let hits = content.concepts.filter(\.hit).map(\.label)
            let misses = content.concepts.filter { !$0.hit }.map { $0.negated ? "\($0.label) (negated)" : $0.label }
            findings.append("Concepts: \(hits.count) of \(content.concepts.count) (\(ReportFormat.percent(content.coverage)) of the weight)")
            if !hits.isEmpty { findings.append("Made: \(hits.joined(separator: ", "))") }
            if !misses.isEmpty { findings.append("Missed: \(misses.joined(separator: ", "))") }
        }
        if let steps = card.steps {
            findings.append("Steps: " + steps.parts.map { "\($0.step.rawValue) \($0.finding.present ? "yes" : "no")" }.joined(separator: ", "))
        } else {
            findings.append("STAR: " + card.star.parts.map { "\($0.part.rawValue) \($0.finding.present ? "yes" : "no")" }.joined(separator: ", ")
                + (card.star.quantifiedResult ? "; result quantified" : ""))
        }
        let delivery = card.delivery
        var spoken = "Delivery: \(delivery.words) words"
        if let pace = delivery.wordsPerMinute { spoken += ", \(pace.wholeNumber) words a minute" }
        if let label = delivery.pace { spoken += " (\(label.rawValue))" }
        spoken += ", \(delivery.fillers) filler\(delivery.fillers == 1 ? "" : "s"), \(delivery.hedges) hedge\(delivery.hedges == 1 ? "" : "s")"
        findings.append(spoken)
        for cap in card.breakdown?.caps ?? [] { findings.append("Capped at \(cap.limit): \(cap.reason)") }
        blocks.append(.bullets(findings))
        if !card.feedback.isEmpty {
            blocks.append(.paragraph("Feedback:"))
            blocks.append(.bullets(card.feedback.map(\.message)))
        }
        return blocks
    }

    private static func probe(_ probe: FollowUpRecord.Probe, labels: [String: String]) -> String {
        switch probe {
        case let .concept(id): labels[id] ?? id
        case let .star(part): "STAR \(part.rawValue)"
        case .quantifiedResult: "a measurable result"
        }
    }
}

import Foundation

/// `interview review --question ID`: every attempt at one question, what each gained and lost, and when it is due.
public enum QuestionTimelineReport {
    public static func text(_ questionID: String, history: History, concepts: ConceptCatalog, timeZone: TimeZone) -> String {
        let attempts = history.attempts(for: questionID)
        guard let first = attempts.first else { return "\(questionID): never answered." }
        func labels(_ ids: [String]) -> String {
            ids.map { concepts.info(question: questionID, concept: $0)?.label ?? $0 }.joined(separator: ", ")
        }
        var rows = [["date", "session", "score", "change", "concepts"]]
        rows.append([ReportFormat.dateTime(first.date, in: timeZone), first.sessionID, first.score.map(String.init) ?? "-", "",
                     first.hits.isEmpty ? "none made" : "made: \(labels(first.hits))"])
        for change in history.changes(for: questionID) {
            var moved: [String] = []
            if !change.gained.isEmpty { moved.append("gained: \(labels(change.gained))") }
            if !change.lost.isEmpty { moved.append("lost: \(labels(change.lost))") }
            rows.append([ReportFormat.dateTime(change.to.date, in: timeZone), change.to.sessionID, change.to.score.map(String.init) ?? "-",
                         change.scoreChange.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "", moved.isEmpty ? "same concepts" : moved.joined(separator: "; ")])
        }
        var lines = ["\(questionID): \(attempts.count) attempt\(attempts.count == 1 ? "" : "s")", "", ReportFormat.table(rows, rightAligned: [2, 3])]
        if let last = attempts.last, !last.misses.isEmpty {
            lines += ["", "Still missing: \(labels(last.misses))"]
        }
        if let schedule = history.schedule(for: questionID) {
            lines += ["", "Next due \(schedule.due) (every \(schedule.interval) day\(schedule.interval == 1 ? "" : "s"), "
                + "easiness \(String(format: "%.2f", schedule.easiness)))"]
        }
        return lines.joined(separator: "\n")
    }
}

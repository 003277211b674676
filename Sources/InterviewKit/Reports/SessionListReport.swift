import Foundation

/// `interview review`: the sessions, newest first.
public enum SessionListReport {
    /// A table: id, date, mode, plan day, questions answered, average score, duration.
    public static func text(_ summaries: [SessionSummary], timeZone: TimeZone) -> String {
        guard !summaries.isEmpty else { return "No sessions yet: start one with `interview practice`." }
        var rows = [["session", "date", "mode", "day", "questions", "avg", "duration", "status"]]
        for summary in summaries {
            rows.append([
                summary.id,
                ReportFormat.dateTime(summary.startedAt, in: timeZone),
                summary.mode.rawValue,
                summary.planDay.map(String.init) ?? "-",
                summary.answered == summary.questions ? "\(summary.questions)" : "\(summary.answered)/\(summary.questions)",
                ReportFormat.score(summary.averageScore),
                ReportFormat.duration(summary.duration),
                summary.status.rawValue,
            ])
        }
        return ReportFormat.table(rows, rightAligned: [3, 4, 5, 6]) + "\n\n\(summaries.count) session\(summaries.count == 1 ? "" : "s")"
    }

    /// The summaries as pretty JSON (ISO-8601 dates, sorted keys).
    public static func json(_ summaries: [SessionSummary]) throws -> String {
        try ReportJSON.string(summaries)
    }
}

/// JSON output of the reports, in the same form as the session files.
enum ReportJSON {
    static func string(_ value: some Encodable) throws -> String {
        String(decoding: try SessionCoding.encode(value), as: UTF8.self)
    }
}

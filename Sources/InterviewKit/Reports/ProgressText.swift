/// `interview progress` for the terminal and as JSON.
public enum ProgressText {
    public static func text(_ report: ProgressReport) -> String {
        guard report.overall.answers > 0 else { return "No answers yet: start with `interview practice`." }
        var lines = ["Progress as of \(report.today): \(report.overall.answers) answers in \(report.sessions) sessions, "
            + "average \(ReportFormat.score(report.overall.average)) (last five \(ReportFormat.score(report.overall.recent)))", ""]
        var rows = [["category", "answers", "average", "last five"]]
        rows += report.categories.map { [$0.category.rawValue, "\($0.scores.answers)", ReportFormat.score($0.scores.average), ReportFormat.score($0.scores.recent)] }
        lines += [ReportFormat.table(rows, rightAligned: [1, 2, 3]), ""]
        if !report.phases.isEmpty {
            var phaseRows = [["phase", "answers", "average", "last five"]]
            phaseRows += report.phases.map { ["\($0.phase) \($0.title)", "\($0.scores.answers)", ReportFormat.score($0.scores.average), ReportFormat.score($0.scores.recent)] }
            lines += [ReportFormat.table(phaseRows, rightAligned: [1, 2, 3]), ""]
        }
        if !report.weakestConcepts.isEmpty {
            lines.append("Weakest concepts:")
            lines += report.weakestConcepts.map {
                "  \($0.questionID) \($0.label): made \($0.mastery.hits) of \($0.mastery.attempts) (\(ReportFormat.percent($0.mastery.ratio)))"
            }
            lines.append("")
        }
        if !report.weakestTags.isEmpty {
            lines.append("Weakest topics:")
            lines += report.weakestTags.map { "  \($0.tag): made \($0.mastery.hits) of \($0.mastery.attempts) (\(ReportFormat.percent($0.mastery.ratio)))" }
            lines.append("")
        }
        if report.starGaps.answers > 0 {
            let missing = report.starGaps.missing.map { "\($0.part.rawValue) \($0.count)" }.joined(separator: ", ")
            lines += ["STAR parts missing in \(report.starGaps.answers) story answers: \(missing.isEmpty ? "none" : missing)", ""]
        }
        lines.append("Pace: \(ReportFormat.decimal(report.averageWordsPerMinute)) words a minute; fillers: \(ReportFormat.decimal(report.fillersPer100Words)) per 100 words")
        lines.append("")
        if report.dueNow.isEmpty {
            lines.append("Nothing due today.")
        } else {
            let shown = report.dueNow.prefix(10).map { "\($0.questionID) (last \($0.lastScore.map(String.init) ?? "-"), due \($0.due))" }
            let more = report.dueNow.count > shown.count ? " and \(report.dueNow.count - shown.count) more" : ""
            lines.append("Due now: " + shown.joined(separator: ", ") + more)
        }
        if !report.dueNext.isEmpty {
            lines.append("Next: " + report.dueNext.map { "\($0.questionID) on \($0.due)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    public static func json(_ report: ProgressReport) throws -> String {
        try ReportJSON.string(report)
    }
}

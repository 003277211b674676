/// `interview progress --html FILE`: the progress report as one self-contained page with inline SVG charts.
public enum ProgressHTML {
    public static func page(_ report: ProgressReport) -> String {
        var body = ["<h1>Interview practice progress</h1>",
                    "<p>As of \(report.today): \(report.overall.answers) answers in \(report.sessions) sessions, average "
                        + "\(ReportFormat.score(report.overall.average)), last five \(ReportFormat.score(report.overall.recent)).</p>"]
        guard report.overall.answers > 0 else {
            return HTMLPage.page(title: "Interview practice progress", body: (body + ["<p>No answers yet.</p>"]).joined(separator: "\n"))
        }
        body.append("<h2>Score over time</h2>")
        body.append(SVGChart.line(report.days.compactMap { day in day.average.map { (label: day.day.description, value: $0) } },
                                  title: "Average score by day"))
        body.append("<h2>By category</h2>")
        body.append(SVGChart.bars(report.categories.map { (label: $0.category.rawValue, value: $0.scores.average ?? 0,
                                                           note: "\(ReportFormat.score($0.scores.average)) (\($0.scores.answers))") },
                                  title: "Average score by category"))
        body.append(HTMLPage.table(["category", "answers", "average", "last five"], report.categories.map {
            [$0.category.rawValue, "\($0.scores.answers)", ReportFormat.score($0.scores.average), ReportFormat.score($0.scores.recent)]
        }, numeric: [1, 2, 3]))
        if !report.phases.isEmpty {
            body.append("<h2>By plan phase</h2>")
            body.append(HTMLPage.table(["phase", "answers", "average", "last five"], report.phases.map {
                ["\($0.phase). \($0.title)", "\($0.scores.answers)", ReportFormat.score($0.scores.average), ReportFormat.score($0.scores.recent)]
            }, numeric: [1, 2, 3]))
        }
        if !report.weakestConcepts.isEmpty {
            body.append("<h2>Concept mastery: the weakest</h2>")
            body.append(SVGChart.bars(report.weakestConcepts.map {
                (label: "\($0.questionID) \($0.label)", value: ($0.mastery.ratio ?? 0) * 100, note: "\($0.mastery.hits) of \($0.mastery.attempts)")
            }, title: "Weakest concepts by share made"))
        }
        if !report.weakestTags.isEmpty {
            body.append("<h2>Topics: the weakest</h2>")
            body.append(SVGChart.bars(report.weakestTags.map {
                (label: $0.tag, value: ($0.mastery.ratio ?? 0) * 100, note: "\($0.mastery.hits) of \($0.mastery.attempts)")
            }, title: "Weakest topics by share made"))
        }
        if report.starGaps.answers > 0 {
            body.append("<h2>STAR parts most often missing</h2>")
            body.append(HTMLPage.table(["part", "missing in", "of story answers"], report.starGaps.missing.map {
                [$0.part.rawValue, "\($0.count)", "\(report.starGaps.answers)"]
            }, numeric: [1, 2]))
        }
        body.append("<h2>Delivery</h2>")
        body.append("<p>Pace \(ReportFormat.decimal(report.averageWordsPerMinute)) words a minute; "
            + "\(ReportFormat.decimal(report.fillersPer100Words)) fillers per 100 words.</p>")
        body.append("<h2>Due</h2>")
        let due = report.dueNow + report.dueNext
        body.append(due.isEmpty ? "<p>Nothing scheduled.</p>" : HTMLPage.table(["question", "due", "last score", "last answered"], due.map {
            [$0.questionID, $0.due.description, $0.lastScore.map(String.init) ?? "-", $0.lastDay.description]
        }, numeric: [2]))
        return HTMLPage.page(title: "Interview practice progress", body: body.joined(separator: "\n"))
    }
}

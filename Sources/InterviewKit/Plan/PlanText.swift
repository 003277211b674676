/// The plan as text for the terminal: the whole plan with today marked, one day in full, and where today falls.
public enum PlanText {
    /// Every phase and day, today's day marked with `▶`, then the daily habits.
    public static func overview(_ plan: PrepPlan, calendar: PlanCalendar?, today: CalendarDay) -> String {
        let position = calendar.map { $0.position(on: today) }
        var lines = ["30-day AI Security interview prep plan", status(position, plan: plan, calendar: calendar, today: today), ""]
        let focusWidth = plan.days.map(\.focus.count).max() ?? 0
        for phase in plan.phases {
            let days = plan.days(in: phase)
            let span = days.first.map { first in "days \(first.day)-\(days.last?.day ?? first.day)" } ?? "no days"
            lines.append("Phase \(phase.number): \(phase.title) (\(span))")
            lines.append("Goal: \(phase.goal)")
            for day in days {
                let marker = position == .day(day.day) ? "▶" : " "
                let number = String(day.day).reportPaddedLeft(to: 2)
                lines.append("\(marker) \(number)  \(day.focus.reportPaddedRight(to: focusWidth))  \(round(of: day))")
            }
            lines.append("")
        }
        lines.append("Daily habits:")
        lines += plan.habits.map { "  - \($0)" }
        return lines.joined(separator: "\n")
    }

    /// One day in full: its phase, focus, activities, questions and round.
    public static func day(_ day: PlanDay, of plan: PrepPlan, calendar: PlanCalendar?) -> String {
        var title = "Day \(day.day) of \(plan.days.count)"
        if let calendar { title += " (\(calendar.date(ofDay: day.day)))" }
        var lines = [title]
        if let phase = plan.phase(day.phase) { lines.append("Phase \(phase.number): \(phase.title). \(phase.goal)") }
        lines += [
            "Focus: \(day.focus)",
            "Activities: \(day.activities)",
            "Questions: \(compact(day.questions))",
            "Round: \(round(of: day))",
        ]
        return lines.joined(separator: "\n")
    }

    /// Where today falls: "Today (2026-12-08) is day 12: API abuse & privacy.", not started, finished, or no start set.
    public static func status(_ position: PlanPosition?, plan: PrepPlan, calendar: PlanCalendar?, today: CalendarDay) -> String {
        guard let position, let calendar else {
            return "Not started: set the first day with `interview plan --start YYYY-MM-DD`."
        }
        switch position {
        case let .notStarted(days):
            return "Starts \(calendar.start), in \(days) day\(days == 1 ? "" : "s") (today is \(today))."
        case let .day(number):
            let focus = plan.day(number).map { ": \($0.focus)" } ?? ""
            return "Started \(calendar.start). Today (\(today)) is day \(number)\(focus)."
        case let .finished(days):
            return "Started \(calendar.start); finished \(days) day\(days == 1 ? "" : "s") ago. Rounds keep drilling day "
                + "\(plan.days.count) (your weakest questions); set a new start to go again."
        }
    }

    /// The round a day runs: mode, how many questions of which, and the time limit.
    static func round(of day: PlanDay) -> String {
        var text = "\(day.mode.rawValue): "
        if let count = day.count, count < day.questions.count {
            text += "\(count) of \(compact(day.questions))"
        } else {
            text += compact(day.questions)
        }
        if let limit = day.timeLimit { text += ", \(Int(limit)) s each" }
        return text
    }

    /// Ids with consecutive runs folded: `T01-T03, T05`.
    static func compact(_ ids: [String]) -> String {
        var pieces: [String] = []
        var run: [String] = []
        func flush() {
            guard let first = run.first, let last = run.last else { return }
            pieces.append(run.count > 2 ? "\(first)-\(last)" : run.joined(separator: ", "))
            run = []
        }
        for id in ids {
            if let last = run.last, follows(last, id) {
                run.append(id)
            } else {
                flush()
                run = [id]
            }
        }
        flush()
        return pieces.joined(separator: ", ")
    }

    private static func follows(_ previous: String, _ next: String) -> Bool {
        guard previous.first == next.first, let a = Int(previous.dropFirst()), let b = Int(next.dropFirst()) else { return false }
        return b == a + 1
    }
}

extension String {
    func reportPaddedLeft(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    func reportPaddedRight(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

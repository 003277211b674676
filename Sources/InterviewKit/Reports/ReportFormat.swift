import Foundation

/// Small, locale-independent formats shared by the reports, so output is the same on every machine.
enum ReportFormat {
    /// `2026-03-01 09:00` in `timeZone`.
    static func dateTime(_ date: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
                      parts.minute ?? 0)
    }

    /// `45 s`, `3m 05s`, `1h 02m`.
    static func duration(_ seconds: Double?) -> String {
        guard let seconds, seconds.isFinite, seconds >= 0 else { return "-" }
        let whole = seconds.wholeNumber
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return String(format: "%dm %02ds", whole / 60, whole % 60) }
        return String(format: "%dh %02dm", whole / 3600, whole % 3600 / 60)
    }

    /// A mean score to one decimal, or `-`.
    static func score(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        return String(format: "%.1f", value)
    }

    /// A 0...1 share as a whole percentage.
    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        return "\((value * 100).wholeNumber)%"
    }

    /// One decimal.
    static func decimal(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        return String(format: "%.1f", value)
    }

    /// Rows of cells as aligned columns, the first row a header underlined with dashes.
    static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        guard let header = rows.first else { return "" }
        var widths = Array(repeating: 0, count: header.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { column, cell in
                rightAligned.contains(column) ? cell.reportPaddedLeft(to: widths[column]) : cell.reportPaddedRight(to: widths[column])
            }.joined(separator: "  ").reportTrimmingTrailingSpaces
        }
        let rule = widths.map { String(repeating: "-", count: $0) }
        return ([line(header), line(rule)] + rows.dropFirst().map(line)).joined(separator: "\n")
    }
}

extension String {
    var reportTrimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

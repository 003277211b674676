/// A plain-text table with aligned columns, for listings in the terminal.
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]
    /// Columns aligned to the right (numbers).
    public var rightAligned: Set<Int>
    /// A column whose text may be cut to keep lines within `maxWidth`.
    public var flexibleColumn: Int?
    public var maxWidth: Int

    public init(headers: [String], rows: [[String]] = [], rightAligned: Set<Int> = [], flexibleColumn: Int? = nil,
                maxWidth: Int = 120) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
        self.flexibleColumn = flexibleColumn
        self.maxWidth = maxWidth
    }

    /// The table as lines of text, headers first, columns separated by two spaces.
    public func render() -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
            }
        }
        if let flexible = flexibleColumn, flexible < widths.count {
            let others = widths.enumerated().filter { $0.offset != flexible }.map(\.element).reduce(0, +) + 2 * (widths.count - 1)
            widths[flexible] = max(headers[flexible].count, min(widths[flexible], maxWidth - others))
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let width = widths[column]
                let text = cell.count > width ? String(cell.prefix(max(width - 1, 0))) + "…" : cell
                let padding = String(repeating: " ", count: width - text.count)
                if column == cells.count - 1 && !rightAligned.contains(column) { return text }
                return rightAligned.contains(column) ? padding + text : text + padding
            }.joined(separator: "  ")
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }
}

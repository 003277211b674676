import Foundation

/// Inline SVG charts for the HTML report: drawn here, with no script and no external file.
enum SVGChart {
    /// A line of values 0-100 over points in order, with the first and last labels under the axis.
    static func line(_ points: [(label: String, value: Double)], title: String, width: Int = 640, height: Int = 220) -> String {
        let left = 36.0, right = 12.0, top = 12.0, bottom = 28.0
        let plotWidth = Double(width) - left - right, plotHeight = Double(height) - top - bottom
        func x(_ index: Int) -> Double {
            points.count < 2 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(points.count - 1)
        }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - min(100, max(0, value)) / 100) }
        var parts = [open(width: width, height: height, title: title)]
        for mark in stride(from: 0, through: 100, by: 25) {
            let level = number(y(Double(mark)))
            parts.append("<line x1=\"\(number(left))\" y1=\"\(level)\" x2=\"\(number(left + plotWidth))\" y2=\"\(level)\" stroke=\"#e3e3e3\"/>")
            parts.append("<text x=\"\(number(left - 6))\" y=\"\(number(y(Double(mark)) + 4))\" text-anchor=\"end\">\(mark)</text>")
        }
        let path = points.enumerated().map { "\(number(x($0.offset))),\(number(y($0.element.value)))" }.joined(separator: " ")
        if points.count > 1 { parts.append("<polyline points=\"\(path)\" fill=\"none\" stroke=\"#2a6f97\" stroke-width=\"2\"/>") }
        for (index, point) in points.enumerated() {
            parts.append("<circle cx=\"\(number(x(index)))\" cy=\"\(number(y(point.value)))\" r=\"3\" fill=\"#2a6f97\">"
                + "<title>\(HTMLPage.escape(point.label)): \(ReportFormat.score(point.value))</title></circle>")
        }
        if let first = points.first, let last = points.last {
            parts.append("<text x=\"\(number(left))\" y=\"\(height - 8)\">\(HTMLPage.escape(first.label))</text>")
            if points.count > 1 {
                parts.append("<text x=\"\(number(left + plotWidth))\" y=\"\(height - 8)\" text-anchor=\"end\">\(HTMLPage.escape(last.label))</text>")
            }
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// Horizontal bars of values 0-100, one per labelled row.
    static func bars(_ rows: [(label: String, value: Double, note: String)], title: String, width: Int = 640) -> String {
        let rowHeight = 24, labelWidth = 260.0, noteWidth = 90.0
        let height = max(1, rows.count) * rowHeight + 8
        let barSpace = Double(width) - labelWidth - noteWidth
        var parts = [open(width: width, height: height, title: title)]
        for (index, row) in rows.enumerated() {
            let top = Double(index * rowHeight + 4)
            let length = barSpace * min(100, max(0, row.value)) / 100
            parts.append("<text x=\"\(number(labelWidth - 8))\" y=\"\(number(top + 15))\" text-anchor=\"end\">\(HTMLPage.escape(row.label))</text>")
            parts.append("<rect x=\"\(number(labelWidth))\" y=\"\(number(top + 3))\" width=\"\(number(barSpace))\" height=\"16\" fill=\"#eef1f3\"/>")
            parts.append("<rect x=\"\(number(labelWidth))\" y=\"\(number(top + 3))\" width=\"\(number(length))\" height=\"16\" fill=\"\(color(row.value))\"/>")
            parts.append("<text x=\"\(number(labelWidth + barSpace + 8))\" y=\"\(number(top + 15))\">\(HTMLPage.escape(row.note))</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    private static func open(width: Int, height: Int, title: String) -> String {
        "<svg viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(HTMLPage.escape(title))\">"
            + "<title>\(HTMLPage.escape(title))</title>"
    }

    /// Red for weak, amber for middling, green for strong.
    private static func color(_ value: Double) -> String {
        value < 50 ? "#c8553d" : value < 75 ? "#e0a030" : "#3a9a5b"
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}

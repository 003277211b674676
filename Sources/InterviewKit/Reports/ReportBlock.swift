/// A report as a few kinds of block, so that one description renders to Markdown, the terminal and HTML alike.
enum ReportBlock: Hashable {
    case heading(level: Int, text: String)
    case paragraph(String)
    case bullets([String])
    /// Text given by the user, shown as it was typed.
    case quote(String)

    /// Markdown (which also reads well in a terminal).
    static func markdown(_ blocks: [ReportBlock]) -> String {
        blocks.map { block in
            switch block {
            case let .heading(level, text): String(repeating: "#", count: level) + " " + text
            case let .paragraph(text): text
            case let .bullets(items): items.map { "- " + $0 }.joined(separator: "\n")
            case let .quote(text): text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
                .replacingOccurrences(of: "> \n", with: ">\n")
            }
        }.joined(separator: "\n\n") + "\n"
    }

    /// HTML body markup, every text escaped.
    static func html(_ blocks: [ReportBlock]) -> String {
        blocks.map { block in
            switch block {
            case let .heading(level, text): "<h\(level)>\(HTMLPage.escape(text))</h\(level)>"
            case let .paragraph(text): "<p>\(HTMLPage.escape(text))</p>"
            case let .bullets(items): "<ul>" + items.map { "<li>\(HTMLPage.escape($0))</li>" }.joined() + "</ul>"
            case let .quote(text): "<blockquote>" + HTMLPage.escape(text).replacingOccurrences(of: "\n", with: "<br/>") + "</blockquote>"
            }
        }.joined(separator: "\n")
    }
}

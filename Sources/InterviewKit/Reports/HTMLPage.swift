/// Self-contained, XHTML-compatible pages: no external scripts, styles, fonts or images, so a report opens
/// offline and parses as XML.
enum HTMLPage {
    /// Escapes the five XML special characters.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A whole page around `body`, with the shared inline style sheet.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; line-height: 1.45; }
        h1, h2, h3 { line-height: 1.2; }
        blockquote { margin: 0.5rem 0; padding: 0.5rem 1rem; border-left: 4px solid #9ab; background: #f4f7f9; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
        th, td { padding: 0.25rem 0.75rem; border-bottom: 1px solid #ddd; text-align: left; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        svg { display: block; margin: 0.5rem 0 1.5rem; max-width: 100%; height: auto; }
        svg text { font-family: system-ui, sans-serif; font-size: 12px; fill: #333; }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// A table with a header row; cells are escaped, columns in `numeric` right-aligned.
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        let head = "<tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>"
        let body = rows.map { row in
            "<tr>" + row.enumerated().map { column, cell in
                numeric.contains(column) ? "<td class=\"number\">\(escape(cell))</td>" : "<td>\(escape(cell))</td>"
            }.joined() + "</tr>"
        }.joined(separator: "\n")
        return "<table>\n\(head)\n\(body)\n</table>"
    }
}

import Foundation
import Yams

/// A YAML file parsed into a node tree that remembers where every value was written, so that problems
/// can be reported at `file:line:col` with the offending line.
struct YAMLSource: @unchecked Sendable {
    // @unchecked: Yams' `Node` is not marked Sendable (its tags are classes); a source is built by one
    // loader worker and only read afterwards, never mutated.
    /// The file as the user named it.
    let file: String
    let text: String
    let root: Node

    /// Parses `text`; a syntax error becomes a diagnostic at the position libyaml reports.
    init(file: String, text: String) throws(Diagnostic) {
        self.file = file
        self.text = text
        do {
            // The basic resolver leaves scalars untyped (the schema check and the decoder read them): the
            // default one runs several regular expressions on every plain scalar.
            guard let root = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                throw Diagnostic(file: file, line: 1, column: 1, message: "the file is empty")
            }
            self.root = root
        } catch let error as Diagnostic {
            throw error
        } catch let error as YamlError {
            throw YAMLSource.diagnostic(for: error, file: file, text: text)
        } catch {
            throw Diagnostic(file: file, message: "cannot read YAML: \(error)")
        }
    }

    /// The source line `line` (1-based), without its line end.
    func line(_ line: Int) -> String? {
        YAMLSource.line(line, of: text)
    }

    /// Line `number` (1-based) of `text`, without its line end: found when a diagnostic needs it, since
    /// splitting every file into lines up front took a fifth of the time rubrics take to load.
    private static func line(_ number: Int, of text: String) -> String? {
        guard number >= 1 else { return nil }
        let bytes = text.utf8
        var start = bytes.startIndex
        for _ in 1..<number {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = bytes.index(after: newline)
        }
        var end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        if end > start, bytes[bytes.index(before: end)] == UInt8(ascii: "\r") { end = bytes.index(before: end) }
        return String(text[start..<end])
    }

    /// A diagnostic at `node`'s position, or at `column` characters into a scalar's value.
    func diagnostic(_ message: String, at node: Node?, offsetInValue: Int? = nil) -> Diagnostic {
        guard let mark = node?.mark else { return Diagnostic(file: file, message: message) }
        var column = mark.column
        if let offsetInValue, case let .scalar(scalar)? = node, let sourceLine = line(mark.line) {
            column = YAMLSource.column(ofValueOffset: offsetInValue, in: sourceLine, startingAt: mark.column, style: scalar.style)
        }
        return Diagnostic(file: file, line: mark.line, column: column, message: message, sourceLine: line(mark.line))
    }

    /// Maps a character offset inside a scalar's value to a 1-based column of its source line,
    /// stepping over the quote and escapes of quoted styles.
    private static func column(ofValueOffset offset: Int, in line: String, startingAt start: Int, style: Node.Scalar.Style) -> Int {
        let characters = Array(line)
        var position = start - 1
        switch style {
        case .singleQuoted, .doubleQuoted:
            position += 1
            var remaining = offset
            while remaining > 0, position < characters.count {
                if style == .singleQuoted, characters[position] == "'", position + 1 < characters.count,
                   characters[position + 1] == "'" {
                    position += 2
                } else if style == .doubleQuoted, characters[position] == "\\" {
                    position += 2
                } else {
                    position += 1
                }
                remaining -= 1
            }
        default:
            position += offset
        }
        return min(position, characters.count) + 1
    }

    private static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        func make(_ problem: String, _ mark: Mark) -> Diagnostic {
            let source = line(mark.line, of: text)
            return Diagnostic(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)",
                              sourceLine: source)
        }
        switch error {
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return make("duplicate key \(keys): the key written here is written again in the same map", context.mark)
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return make(detail, mark)
        case let .reader(problem, offset, _, _):
            return Diagnostic(file: file, message: "cannot read the file: \(problem)" + (offset.map { " at character \($0)" } ?? ""))
        default:
            return Diagnostic(file: file, message: "invalid YAML: \(error)")
        }
    }
}

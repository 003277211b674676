import Yams

/// The shape of a YAML data file, checked before decoding so that every problem (unknown keys, wrong
/// types, missing fields, duplicated keys) is reported at once, each where it was written.
indirect enum Schema: Sendable {
    case string
    case integer
    case number
    case boolean
    /// One of a fixed set of words.
    case choice([String])
    case list(Schema)
    case object([Field])
    /// A map from names the author chooses to values of one shape.
    case map(Schema)
    /// A bare string, or an object (a pattern written short or long).
    case stringOr([Field])

    struct Field: Sendable {
        let name: String
        let schema: Schema
        let required: Bool

        init(_ name: String, _ schema: Schema, required: Bool = true) {
            self.name = name
            self.schema = schema
            self.required = required
        }
    }

    /// Every problem of `node` against this schema; `path` names the node in messages.
    func problems(of node: Node, path: String, in source: YAMLSource) -> [Diagnostic] {
        switch self {
        case .string:
            guard let scalar = node.scalar else {
                return [source.diagnostic("\(path) must be text, not \(node.kindName)", at: node)]
            }
            return scalar.string.allSatisfy(\.isWhitespace) ? [source.diagnostic("\(path) is empty", at: node)] : []
        case .integer:
            guard node.wholeNumber != nil else {
                return [source.diagnostic("\(path) must be a whole number, not \(node.shortDescription)", at: node)]
            }
            return []
        case .number:
            guard node.finiteNumber != nil else {
                return [source.diagnostic("\(path) must be a number, not \(node.shortDescription)", at: node)]
            }
            return []
        case .boolean:
            guard node.boolean != nil else {
                return [source.diagnostic("\(path) must be true or false, not \(node.shortDescription)", at: node)]
            }
            return []
        case let .choice(words):
            guard let scalar = node.scalar, words.contains(scalar.string) else {
                return [source.diagnostic("\(path) must be one of \(words.joined(separator: ", ")), not \(node.shortDescription)", at: node)]
            }
            return []
        case let .list(element):
            guard let sequence = node.sequence else {
                return [source.diagnostic("\(path) must be a list, not \(node.kindName)", at: node)]
            }
            return sequence.enumerated().flatMap { index, item in element.problems(of: item, path: "\(path)[\(index)]", in: source) }
        case let .object(fields):
            return Schema.problems(ofObject: node, fields: fields, path: path, in: source)
        case let .map(value):
            guard let mapping = node.mapping else {
                return [source.diagnostic("\(path) must be a map of names to values, not \(node.kindName)", at: node)]
            }
            return Schema.duplicateKeys(in: mapping, path: path, source: source)
                + mapping.flatMap { key, item in value.problems(of: item, path: "\(path).\(key.string ?? "?")", in: source) }
        case let .stringOr(fields):
            return node.scalar != nil ? [] : Schema.problems(ofObject: node, fields: fields, path: path, in: source)
        }
    }

    private static func problems(ofObject node: Node, fields: [Field], path: String, in source: YAMLSource) -> [Diagnostic] {
        guard let mapping = node.mapping else {
            return [source.diagnostic("\(path) must be a map of keys to values, not \(node.kindName)", at: node)]
        }
        var problems = duplicateKeys(in: mapping, path: path, source: source)
        let present = Set(mapping.keys.compactMap(\.string))
        // A misspelt key is most likely one of the fields not written yet.
        let absent = fields.map(\.name).filter { !present.contains($0) }
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard let field = fields.first(where: { $0.name == name }) else {
                let hint = closest(to: name, among: absent.isEmpty ? fields.map(\.name) : absent).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(source.diagnostic("unknown key '\(name)' in \(path)\(hint)", at: key))
                continue
            }
            problems += field.schema.problems(of: value, path: "\(path).\(name)", in: source)
        }
        for field in fields where field.required && !present.contains(field.name) {
            problems.append(source.diagnostic("\(path) is missing '\(field.name)'", at: node))
        }
        return problems
    }

    private static func duplicateKeys(in mapping: Node.Mapping, path: String, source: YAMLSource) -> [Diagnostic] {
        var seen = Set<String>()
        return mapping.keys.compactMap { key in
            let name = key.string ?? ""
            return seen.insert(name).inserted ? nil : source.diagnostic("duplicate key '\(name)' in \(path)", at: key)
        }
    }

    /// The known name nearest to a misspelt one, when it is close enough to be the intended one.
    static func closest(to name: String, among names: [String]) -> String? {
        let scored = names.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }

    /// Letters inserted, deleted, changed or two neighbours swapped ("wieght" is one from "weight").
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}

extension Node {
    var kindName: String {
        switch self {
        case .scalar: "text"
        case .mapping: "a map"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    var shortDescription: String {
        guard let scalar else { return kindName }
        let text = scalar.string
        return "'" + (text.count > 40 ? text.prefix(40) + "…" : text) + "'"
    }
}

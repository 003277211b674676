import Yams

/// Reads the values of a YAML mapping that a ``Schema`` has checked, by direct lookups. Yams's `Codable`
/// decoding searches the mapping for every key and casts every value dynamically, which took most of the
/// time rubric files take to load. A read that finds no value of the right kind, which the schema check
/// rules out, throws rather than guess.
struct CheckedNode {
    /// A value the schema should have required or typed, missing or of another kind.
    struct Unreadable: Error, CustomStringConvertible {
        let key: String
        var description: String { "no readable value for '\(key)'" }
    }

    private let fields: [String: Node]

    init(_ node: Node) {
        var fields: [String: Node] = [:]
        for (key, value) in node.mapping ?? [:] {
            if let name = key.string, fields[name] == nil { fields[name] = value }
        }
        self.fields = fields
    }

    func string(_ key: String) throws(Unreadable) -> String {
        try value(key) { $0.scalar?.string }
    }

    func optionalString(_ key: String) throws(Unreadable) -> String? {
        try optional(key) { $0.scalar?.string }
    }

    func integer(_ key: String) throws(Unreadable) -> Int {
        try value(key, \.wholeNumber)
    }

    func optionalInteger(_ key: String) throws(Unreadable) -> Int? {
        try optional(key, \.wholeNumber)
    }

    func number(_ key: String) throws(Unreadable) -> Double {
        try value(key, \.finiteNumber)
    }

    func optionalBoolean(_ key: String) throws(Unreadable) -> Bool? {
        try optional(key, \.boolean)
    }

    /// One of a `String`-backed enumeration's cases.
    func choice<Choice: RawRepresentable<String>>(_ key: String) throws(Unreadable) -> Choice {
        try value(key) { $0.scalar.flatMap { Choice(rawValue: $0.string) } }
    }

    /// The items of a list, each read by `read`.
    func list<Item>(_ key: String, _ read: (Node) throws(Unreadable) -> Item?) throws(Unreadable) -> [Item] {
        guard let items = try optionalList(key, read) else { throw Unreadable(key: key) }
        return items
    }

    func optionalList<Item>(_ key: String, _ read: (Node) throws(Unreadable) -> Item?) throws(Unreadable) -> [Item]? {
        guard let node = fields[key] else { return nil }
        guard let sequence = node.sequence else { throw Unreadable(key: key) }
        var items: [Item] = []
        items.reserveCapacity(sequence.count)
        for item in sequence {
            guard let value = try read(item) else { throw Unreadable(key: key) }
            items.append(value)
        }
        return items
    }

    /// The mapping under `key`.
    func child(_ key: String) throws(Unreadable) -> CheckedNode {
        try value(key) { $0.mapping != nil ? CheckedNode($0) : nil }
    }

    private func value<Value>(_ key: String, _ read: (Node) -> Value?) throws(Unreadable) -> Value {
        guard let value = try optional(key, read) else { throw Unreadable(key: key) }
        return value
    }

    private func optional<Value>(_ key: String, _ read: (Node) -> Value?) throws(Unreadable) -> Value? {
        guard let node = fields[key] else { return nil }
        guard let value = read(node) else { throw Unreadable(key: key) }
        return value
    }
}

extension Node {
    /// A scalar written as a whole number, as rubric files write them.
    var wholeNumber: Int? { scalar.flatMap { Int($0.string) } }
    /// A scalar written as a finite number.
    var finiteNumber: Double? { scalar.flatMap { Double($0.string) }.flatMap { $0.isFinite ? $0 : nil } }
    /// A scalar written `true` or `false`.
    var boolean: Bool? {
        switch scalar?.string {
        case "true": true
        case "false": false
        default: nil
        }
    }
}

/// A JSON document read for the Whisper importers: every value knows the line it starts on, so that
/// problems in a transcript can be reported like compiler errors.
enum TranscriptJSON {
    /// A JSON value and the 1-based line it starts on.
    struct Value {
        enum Kind {
            case null
            case bool(Bool)
            case number(Double)
            case string(String)
            case array([Value])
            case object([String: Value])
        }

        var kind: Kind
        var line: Int

        /// The member `key` of an object; `nil` when this is not an object or has no such member.
        subscript(key: String) -> Value? {
            guard case let .object(members) = kind else { return nil }
            return members[key]
        }

        /// The kind of value, as a message names it ("a string", "an array").
        var kindName: String {
            switch kind {
            case .null: "null"
            case .bool: "a boolean"
            case .number: "a number"
            case .string: "a string"
            case .array: "an array"
            case .object: "an object"
            }
        }

        /// The member `key` of this object, which `owner` ("segment", "word") must have.
        func required(_ key: String, of owner: String) throws(TranscriptParseFailure) -> Value {
            guard let value = self[key] else {
                throw TranscriptParseFailure(line: line, "\(owner) has no \"\(key)\"")
            }
            return value
        }

        func number(named key: String, unit: String) throws(TranscriptParseFailure) -> Double {
            guard case let .number(number) = kind else {
                throw TranscriptParseFailure(line: line, "\"\(key)\" must be a number of \(unit), not \(kindName)")
            }
            return number
        }

        func string(named key: String) throws(TranscriptParseFailure) -> String {
            guard case let .string(string) = kind else {
                throw TranscriptParseFailure(line: line, "\"\(key)\" must be a string, not \(kindName)")
            }
            return string
        }

        func array(named key: String) throws(TranscriptParseFailure) -> [Value] {
            guard case let .array(elements) = kind else {
                throw TranscriptParseFailure(line: line, "\"\(key)\" must be an array, not \(kindName)")
            }
            return elements
        }

        /// This value as an object, which each element of `key` must be.
        func object(in key: String) throws(TranscriptParseFailure) -> Value {
            guard case .object = kind else {
                throw TranscriptParseFailure(
                    line: line, "each element of \"\(key)\" must be an object, not \(kindName)")
            }
            return self
        }
    }
}

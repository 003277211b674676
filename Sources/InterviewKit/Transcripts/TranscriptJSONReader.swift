extension TranscriptJSON {
    /// A strict JSON reader (RFC 8259) over UTF-8 bytes, linear in their length and nesting no deeper
    /// than ``maximumDepth``, so that no input can exhaust the stack.
    struct Reader {
        static let maximumDepth = 64

        private let bytes: [UInt8]
        private var position = 0
        private var line = 1

        /// The document in `text`: one value, with only whitespace around it.
        static func parse(_ text: String) throws(TranscriptParseFailure) -> Value {
            var reader = Reader(bytes: Array(text.utf8))
            let value = try reader.value(depth: 0)
            reader.skipWhitespace()
            guard reader.position == reader.bytes.count else {
                throw reader.failure("unexpected text after the JSON value")
            }
            return value
        }

        private init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        private mutating func value(depth: Int) throws(TranscriptParseFailure) -> Value {
            skipWhitespace()
            guard depth < Self.maximumDepth else {
                throw failure("nested deeper than \(Self.maximumDepth) levels")
            }
            let startLine = line
            guard position < bytes.count else { throw failure("the text ends where a value was expected") }
            let kind: Value.Kind
            switch bytes[position] {
            case UInt8(ascii: "{"): kind = try object(depth: depth)
            case UInt8(ascii: "["): kind = try array(depth: depth)
            case UInt8(ascii: "\""): kind = .string(try string())
            case UInt8(ascii: "t"): try literal("true"); kind = .bool(true)
            case UInt8(ascii: "f"): try literal("false"); kind = .bool(false)
            case UInt8(ascii: "n"): try literal("null"); kind = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = .number(try number())
            default: throw failure("expected a value")
            }
            return Value(kind: kind, line: startLine)
        }

        private mutating func object(depth: Int) throws(TranscriptParseFailure) -> Value.Kind {
            position += 1
            var members: [String: Value] = [:]
            skipWhitespace()
            if consume(UInt8(ascii: "}")) { return .object(members) }
            repeat {
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                    throw failure("expected a member name in quotes")
                }
                let key = try string()
                skipWhitespace()
                guard consume(UInt8(ascii: ":")) else { throw failure("expected ':' after a member name") }
                members[key] = try value(depth: depth + 1)
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            guard consume(UInt8(ascii: "}")) else { throw failure("expected ',' or '}' in an object") }
            return .object(members)
        }

        private mutating func array(depth: Int) throws(TranscriptParseFailure) -> Value.Kind {
            position += 1
            var elements: [Value] = []
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return .array(elements) }
            repeat {
                elements.append(try value(depth: depth + 1))
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            guard consume(UInt8(ascii: "]")) else { throw failure("expected ',' or ']' in an array") }
            return .array(elements)
        }

        private mutating func string() throws(TranscriptParseFailure) -> String {
            position += 1
            var decoded: [UInt8] = []
            var runStart = position
            while position < bytes.count {
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "\""):
                    decoded.append(contentsOf: bytes[runStart..<position])
                    position += 1
                    return String(decoding: decoded, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    decoded.append(contentsOf: bytes[runStart..<position])
                    try escape(into: &decoded)
                    runStart = position
                case 0..<0x20:
                    throw failure("a line break or control character inside a string")
                default:
                    position += 1
                }
            }
            throw failure("a string is not closed")
        }

        /// Decodes the escape at `position` (a backslash) and moves past it.
        private mutating func escape(into decoded: inout [UInt8]) throws(TranscriptParseFailure) {
            position += 1
            guard position < bytes.count else { throw failure("a string is not closed") }
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte); return
            case UInt8(ascii: "b"): decoded.append(0x08); return
            case UInt8(ascii: "f"): decoded.append(0x0C); return
            case UInt8(ascii: "n"): decoded.append(0x0A); return
            case UInt8(ascii: "r"): decoded.append(0x0D); return
            case UInt8(ascii: "t"): decoded.append(0x09); return
            case UInt8(ascii: "u"): break
            default: throw failure("invalid escape in a string")
            }
            var code = try hexCode()
            if (0xD800..<0xDC00).contains(code), bytes[position...].starts(with: "\\u".utf8) {
                let resume = position
                position += 2
                let low = try hexCode()
                if (0xDC00..<0xE000).contains(low) {
                    code = 0x10000 + (code - 0xD800) << 10 + (low - 0xDC00)
                } else {
                    position = resume
                }
            }
            // A lone surrogate has no scalar: it becomes U+FFFD, as decoders do.
            decoded.append(contentsOf: String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
        }

        /// The four hex digits at `position`.
        private mutating func hexCode() throws(TranscriptParseFailure) -> UInt32 {
            var code: UInt32 = 0
            for _ in 0..<4 {
                guard position < bytes.count, let digit = Self.hexValue(bytes[position]) else {
                    throw failure("invalid \\u escape in a string")
                }
                code = code << 4 | digit
                position += 1
            }
            return code
        }

        private static func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
        }

        private mutating func number() throws(TranscriptParseFailure) -> Double {
            let start = position
            _ = consume(UInt8(ascii: "-"))
            if !consume(UInt8(ascii: "0")) {
                guard skipDigits() else { throw failure("malformed number") }
            }
            if consume(UInt8(ascii: ".")) {
                guard skipDigits() else { throw failure("malformed number") }
            }
            if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
                _ = consume(UInt8(ascii: "+")) || consume(UInt8(ascii: "-"))
                guard skipDigits() else { throw failure("malformed number") }
            }
            guard let number = Double(String(decoding: bytes[start..<position], as: UTF8.self)), number.isFinite
            else { throw failure("number out of range") }
            return number
        }

        /// Moves past a run of digits; `false` when there is none.
        private mutating func skipDigits() -> Bool {
            let start = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            return position > start
        }

        private mutating func literal(_ word: String) throws(TranscriptParseFailure) {
            guard bytes[position...].starts(with: word.utf8) else { throw failure("expected a value") }
            position += word.utf8.count
        }

        private mutating func consume(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        private mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: " "), UInt8(ascii: "\t"):
                    break
                case UInt8(ascii: "\n"):
                    line += 1
                case UInt8(ascii: "\r"):
                    if position + 1 == bytes.count || bytes[position + 1] != UInt8(ascii: "\n") { line += 1 }
                default:
                    return
                }
                position += 1
            }
        }

        private func failure(_ message: String) -> TranscriptParseFailure {
            TranscriptParseFailure(line: line, "invalid JSON: \(message)")
        }
    }
}

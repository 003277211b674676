internal import Foundation

/// Turns a transcript file's bytes into text, refusing what is not UTF-8 text.
///
/// One pass over the bytes: the first NUL, other control byte (binary content) or ill-formed UTF-8
/// sequence is reported with its byte offset and line. A leading UTF-8 byte-order mark is dropped.
enum TranscriptTextDecoder {
    static func decode(_ data: Data) throws(TranscriptParseFailure) -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw TranscriptParseFailure(
                "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
        }
        if let failure = data.withUnsafeBytes({ firstProblem(in: $0) }) {
            throw failure
        }
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let body = data.starts(with: byteOrderMark) ? data.dropFirst(byteOrderMark.count) : data[...]
        return String(decoding: body, as: UTF8.self)
    }

    private static func firstProblem(in bytes: UnsafeRawBufferPointer) -> TranscriptParseFailure? {
        var offset = 0
        var line = 1
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x80 {
                switch byte {
                case 0x0A:
                    line += 1
                case 0x0D:
                    if offset + 1 == bytes.count || bytes[offset + 1] != 0x0A { line += 1 }
                case 0x09, 0x0B, 0x0C:
                    break
                case 0x00:
                    return TranscriptParseFailure(
                        line: line, "NUL byte at byte offset \(offset): this is a binary file, not a transcript")
                case 0x01...0x1F, 0x7F:
                    return TranscriptParseFailure(
                        line: line,
                        "control byte \(hex(byte)) at byte offset \(offset): this is a binary file, not a transcript")
                default:
                    break
                }
                offset += 1
            } else if let length = sequenceLength(in: bytes, at: offset) {
                offset += length
            } else {
                return TranscriptParseFailure(
                    line: line, "invalid UTF-8 at byte offset \(offset) (\(hex(byte))); save the file as UTF-8")
            }
        }
        return nil
    }

    /// The length of the well-formed multi-byte UTF-8 sequence at `offset` (Unicode table 3-7), or `nil`.
    private static func sequenceLength(in bytes: UnsafeRawBufferPointer, at offset: Int) -> Int? {
        let lead = bytes[offset]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else { return nil }
        for index in offset + 2 ..< offset + length where !(0x80...0xBF).contains(bytes[index]) {
            return nil
        }
        return length
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}

/// Whitespace rules shared by the importers, on UTF-8 bytes for speed.
///
/// A separator is Unicode white space (including no-break space) or a control character, which never
/// belongs inside spoken text.
enum TranscriptWhitespace {
    /// Whether `scalar` separates words.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x20, 0x7F...0xA0: true
        case 0x21..<0x7F, 0xA1..<0x1680: false
        default: scalar.properties.isWhitespace
        }
    }

    /// Whether `text` holds nothing but separators.
    static func isBlank(_ text: some StringProtocol) -> Bool {
        withBytes(of: text) { bytes in
            var offset = 0
            while offset < bytes.count {
                let length = separatorLength(bytes, at: offset)
                guard length > 0 else { return false }
                offset += length
            }
            return true
        }
    }

    /// `text` with each run of separators made one space, and none at either end.
    static func collapse(_ text: some StringProtocol) -> String {
        withBytes(of: text, collapse)
    }

    /// The UTF-8 text in `bytes` with each run of separators made one space, and none at either end.
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var count = 0
            var pendingSpace = false
            var offset = 0
            while offset < bytes.count {
                let length = separatorLength(bytes, at: offset)
                if length > 0 {
                    pendingSpace = count > 0
                    offset += length
                    continue
                }
                if pendingSpace {
                    output[count] = UInt8(ascii: " ")
                    count += 1
                    pendingSpace = false
                }
                output[count] = bytes[offset]
                count += 1
                offset += 1
            }
            return count
        }
    }

    /// The length of the separator's UTF-8 sequence at `offset` in valid UTF-8, or 0 when there is none.
    private static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        let byte = bytes[offset]
        if byte < 0x80 {
            return byte <= 0x20 || byte == 0x7F ? 1 : 0
        }
        if byte == 0xC2 {
            // U+0080...U+009F (C1 controls), U+00A0 (no-break space).
            return offset + 1 < bytes.count && (0x80...0xA0).contains(bytes[offset + 1]) ? 2 : 0
        }
        guard (0xE1...0xE3).contains(byte), offset + 2 < bytes.count else { return 0 }
        switch (byte, bytes[offset + 1], bytes[offset + 2]) {
        case (0xE1, 0x9A, 0x80),  // U+1680
             (0xE2, 0x80, 0x80...0x8A), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE2, 0x80, 0xAF),  // U+2000...U+202F
             (0xE2, 0x81, 0x9F),  // U+205F
             (0xE3, 0x80, 0x80):  // U+3000
            return 3
        default:
            return 0
        }
    }

    private static func withBytes<Result>(
        of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }
}

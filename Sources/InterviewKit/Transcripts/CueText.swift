/// The words of a subtitle cue without its markup.
enum CueText {
    /// `raw` with tags (`<v Name>`, `<c.loud>`, `<i>`, `</b>`, `<00:00:01.000>`, `<font color=...>`)
    /// removed, character references (`&amp;`, `&lt;`, `&gt;`, `&nbsp;`, `&#39;`, ...) decoded and
    /// whitespace collapsed.
    ///
    /// A `<` starts a tag only when an ASCII letter, `/` or a timestamp follows it and a `>` closes it;
    /// any other `<` or `&` is kept as written. Works on UTF-8 bytes (every delimiter is ASCII) in time
    /// linear in the length of `raw`.
    static func clean(_ raw: String) -> String {
        var raw = raw
        return raw.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            var closerFollows = true
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<"), closerFollows, opensTag(bytes, at: index) {
                    if let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                        index = close + 1
                        continue
                    }
                    closerFollows = false
                } else if byte == UInt8(ascii: "&"), let (scalar, length) = reference(in: bytes, at: index) {
                    if let scalar { output.append(contentsOf: String(scalar).utf8) }
                    index += length
                    continue
                }
                output.append(byte)
                index += 1
            }
            return output.withUnsafeBufferPointer(TranscriptWhitespace.collapse)
        }
    }

    private static func opensTag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if next == UInt8(ascii: "/") || isLetter(next) { return true }
        // A timestamp tag: digits, colons and a dot up to the `>`.
        guard isDigit(next) else { return false }
        for byte in bytes[(index + 1)...].prefix(16) {
            if byte == UInt8(ascii: ">") { return true }
            guard isDigit(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") else { return false }
        }
        return false
    }

    /// The scalar a character reference at `index` stands for (`nil` for one that stands for nothing,
    /// like a direction mark), and its length with `&` and `;`; `nil` when there is no known reference.
    private static func reference(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (scalar: Unicode.Scalar?, length: Int)? {
        guard let semicolon = bytes[(index + 1)...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
        let length = semicolon - index + 1
        if let named = named[name] {
            return (named, length)
        }
        let number: UInt32? = if name.hasPrefix("#x") || name.hasPrefix("#X") {
            UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
            UInt32(name.dropFirst(), radix: 10)
        } else {
            nil
        }
        guard let number, let scalar = Unicode.Scalar(number) else { return nil }
        return (scalar, length)
    }

    /// The named references subtitle files use. Direction marks carry no words, so they stand for nothing.
    private static let named: [String: Unicode.Scalar?] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "lrm": nil, "rlm": nil,
    ]

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

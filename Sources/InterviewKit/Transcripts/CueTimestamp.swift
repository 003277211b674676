/// Subtitle timestamps: `HH:MM:SS,mmm` (SubRip) or `HH:MM:SS.mmm` / `MM:SS.mmm` (WebVTT).
enum CueTimestamp {
    /// The seconds `text` stands for, or `nil` when it is not a timestamp.
    ///
    /// Hours are optional and may have any number of digits up to nine (hour-long and 100-hour
    /// recordings); minutes and seconds have two digits below 60; the fraction after `,` or `.` has
    /// one to three digits and may be left out.
    static func seconds(from text: Substring) -> Double? {
        let bytes = Array(text.utf8.prefix(24))
        guard bytes.count < 24 else { return nil }
        let fields = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3 else { return nil }
        let hours = fields.count == 3 ? digits(fields[0], count: 1...9) : 0
        let minutes = digits(fields[fields.count - 2], count: 2...2)
        let secondsField = fields[fields.count - 1]
        let separator = secondsField.firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
        let seconds = digits(secondsField[..<(separator ?? secondsField.endIndex)], count: 2...2)
        var milliseconds = 0
        if let separator {
            let fraction = secondsField[(separator + 1)...]
            guard let value = digits(fraction, count: 1...3) else { return nil }
            milliseconds = value * [100, 10, 1][fraction.count - 1]
        }
        guard let hours, let minutes, let seconds, minutes < 60, seconds < 60 else { return nil }
        return Double(((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds) / 1000
    }

    /// `seconds` written `HH:MM:SS` and milliseconds after `separator`, for messages; times that no
    /// timestamp can hold (negative, or past a billion hours) are written as plain seconds.
    static func format(_ seconds: Double, separator: Character) -> String {
        guard seconds >= 0, seconds < Transcript.latestTime else { return "\(seconds) s" }
        let milliseconds = Int((seconds * 1000).rounded())
        let hours = milliseconds / 3_600_000
        let minutes = milliseconds / 60_000 % 60
        let wholeSeconds = milliseconds / 1000 % 60
        return "\(padded(hours, 2)):\(padded(minutes, 2)):\(padded(wholeSeconds, 2))\(separator)"
            + padded(milliseconds % 1000, 3)
    }

    /// The value of `field` when it is `count` ASCII digits.
    private static func digits(_ field: ArraySlice<UInt8>, count: ClosedRange<Int>) -> Int? {
        guard count.contains(field.count) else { return nil }
        var value = 0
        for byte in field {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

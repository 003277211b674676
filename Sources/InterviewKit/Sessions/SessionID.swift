import Foundation

/// Session ids: made unique from a timestamp and a random suffix, and checked before they name a file.
public enum SessionID {
    /// Why `id` cannot name a session file, or `nil` when it can.
    ///
    /// Only letters, digits, `-` and `_` are allowed, starting with a letter or digit: no `/`, no `..`,
    /// no NUL, nothing hidden, never empty, at most 100 characters. `plan` is the plan's own file.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "it is empty" }
        if id.utf8.count > 100 { return "it is longer than 100 characters" }
        if id.contains("\0") { return "it contains a NUL character" }
        if id.contains("/") || id.contains("\\") { return "it contains a path separator" }
        if id.contains("..") { return "it contains '..'" }
        let allowed = id.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
        if !allowed { return "only letters, digits, '-' and '_' are allowed" }
        if id.first == "-" || id.first == "_" { return "it must start with a letter or digit" }
        if id == reservedName { return "'\(reservedName)' is the plan's file" }
        return nil
    }

    /// A new id: the local time to the second and four random hex digits, e.g. `20261127-091500-4f2a`.
    /// Ids sort by the time they were made.
    public static func make(at date: Date, in timeZone: TimeZone, using generator: inout some RandomNumberGenerator) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let stamp = String(format: "%04d%02d%02d-%02d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                           parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        let suffix = String(UInt16.random(in: .min ... .max, using: &generator), radix: 16)
        return stamp + "-" + String(repeating: "0", count: 4 - suffix.count) + suffix
    }

    /// The name that `plan.json` would take as an id.
    static let reservedName = "plan"
}

/// Question ids as written in the plan: one id (`T01`) or an inclusive range with one prefix (`S21-S25`).
enum QuestionIDRange {
    /// The ids `entry` names in order, or `nil` when it is neither an id nor an ascending range.
    static func expand(_ entry: String) -> [String]? {
        let ends = entry.split(separator: "-", omittingEmptySubsequences: false)
        switch ends.count {
        case 1:
            return parse(entry).map { _ in [entry] }
        case 2:
            guard let low = parse(ends[0]), let high = parse(ends[1]), low.prefix == high.prefix,
                  low.number <= high.number else { return nil }
            let width = ends[0].count - 1
            return (low.number...high.number).map { number in
                let digits = String(number)
                return "\(low.prefix)" + String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
        default:
            return nil
        }
    }

    /// `T01` is prefix `T`, number 1: a capital letter and two or more digits.
    private static func parse(_ id: Substring) -> (prefix: Character, number: Int)? {
        guard let prefix = id.first, prefix.isASCII, prefix.isUppercase else { return nil }
        let digits = id.dropFirst()
        guard digits.count >= 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else { return nil }
        return (prefix, number)
    }

    private static func parse(_ id: String) -> (prefix: Character, number: Int)? {
        parse(Substring(id))
    }
}

import Foundation

/// One row of the report: a measured step, its ratio to what it is compared with, and its target.
struct Figure: Sendable, Codable {
    /// What was timed, e.g. "scoring, 1 core".
    let name: String
    let timing: Timing
    /// The comparison that gives this figure its meaning (see `ratioMeaning`); `nil` when there is none.
    let ratio: Double?
    /// What `ratio` is, e.g. "of the bare-loop limit".
    let ratioMeaning: String?
    let target: Target?

    init(name: String, timing: Timing, ratio: Double? = nil, ratioMeaning: String? = nil, target: Target? = nil) {
        self.name = name
        self.timing = timing
        self.ratio = ratio
        self.ratioMeaning = ratioMeaning
        self.target = target
    }

    /// A bound on the ratio or the median that the figure should meet.
    struct Target: Sendable, Codable {
        enum Bound: String, Sendable, Codable {
            /// The ratio should be at least `value`.
            case ratioAtLeast
            /// The median wall-clock time should be below `value` seconds.
            case medianBelow
        }

        let bound: Bound
        let value: Double

        /// Whether `figure` meets the target.
        func isMet(by figure: Figure) -> Bool {
            switch bound {
            case .ratioAtLeast: (figure.ratio ?? 0) >= value
            case .medianBelow: figure.timing.wall.median < value
            }
        }

        var description: String {
            switch bound {
            case .ratioAtLeast: "ratio ≥ \(Format.number(value))"
            case .medianBelow: "median < \(Format.duration(value))"
            }
        }
    }

    var meetsTarget: Bool? { target?.isMet(by: self) }
}

/// How durations and ratios are written in the report.
enum Format {
    /// `0.0123` as "12.3 ms", `1.5` as "1.50 s".
    static func duration(_ seconds: Double) -> String {
        if seconds >= 1 { return fixed(seconds, 2) + " s" }
        if seconds >= 0.001 { return fixed(seconds * 1_000, seconds >= 0.1 ? 0 : 1) + " ms" }
        return fixed(seconds * 1_000_000, 0) + " µs"
    }

    /// A ratio: two decimals, or one for a whole number.
    static func number(_ value: Double) -> String {
        fixed(value, value == value.rounded() ? 1 : 2)
    }

    static func fixed(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }
}

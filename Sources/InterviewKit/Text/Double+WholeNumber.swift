extension Double {
    /// Rounded to a whole number for showing: NaN shows as 0 and values past `Int`'s range as its bounds, so
    /// that a number from a damaged or hand-edited session file never stops a report.
    var wholeNumber: Int {
        guard !isNaN else { return 0 }
        let rounded = rounded()
        if rounded >= Double(Int.max) { return .max }
        if rounded <= -Double(Int.max) { return -.max }
        return Int(rounded)
    }
}

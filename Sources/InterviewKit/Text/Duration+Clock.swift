extension Duration {
    /// `m:ss`, as the round's prompt and the listings show time.
    public var minutesAndSeconds: String {
        let total = Int(components.seconds)
        let seconds = abs(total) % 60
        return (total < 0 ? "-" : "") + "\(abs(total) / 60):" + (seconds < 10 ? "0" : "") + "\(seconds)"
    }
}

extension Duration {
    /// `m:ss` for a number of seconds from a timer or a file, whatever its size (never traps).
    public static func clock(_ seconds: Double) -> String {
        Duration.seconds(min(max(seconds, -1e12), 1e12).wholeNumber).minutesAndSeconds
    }
}

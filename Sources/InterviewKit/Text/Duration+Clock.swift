extension Duration {
    /// `m:ss`, as the round's prompt and the listings show time.
    public var minutesAndSeconds: String {
        let total = Int(components.seconds)
        let seconds = abs(total) % 60
        return (total < 0 ? "-" : "") + "\(abs(total) / 60):" + (seconds < 10 ? "0" : "") + "\(seconds)"
    }
}

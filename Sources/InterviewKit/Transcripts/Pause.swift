/// A silence in a timed ``Transcript``.
public struct Pause: Sendable, Hashable, Codable {
    /// Seconds from the start of the recording to where the silence begins.
    public var start: Double
    /// How long the silence lasts.
    public var seconds: Double

    public init(start: Double, seconds: Double) {
        self.start = start
        self.seconds = seconds
    }
}

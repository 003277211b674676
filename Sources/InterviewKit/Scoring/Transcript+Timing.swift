extension Transcript {
    /// The timing its timestamps give: the spoken duration and every gap between segments.
    public var timing: AnswerTiming {
        AnswerTiming(seconds: duration, pauses: duration == nil ? nil : pauses(longerThan: 0).map(\.seconds))
    }
}

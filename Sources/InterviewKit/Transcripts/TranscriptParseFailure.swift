/// A problem found while reading a transcript's content, before the file name is known;
/// ``TranscriptImporter`` turns it into a ``TranscriptError``.
struct TranscriptParseFailure: Error, Sendable, Equatable {
    /// The 1-based line the problem is on, when it is on one.
    var line: Int?
    var message: String

    init(line: Int? = nil, _ message: String) {
        self.line = line
        self.message = message
    }
}

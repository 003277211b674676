/// One match of a ``Regex`` in a text.
public struct Match: Sendable, Hashable {
    /// The matched part of the text, as a range of the `String` it was found in.
    public let range: Range<String.Index>
    /// The same range as UTF-8 byte offsets.
    public let byteRange: Range<Int>
}

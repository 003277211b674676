import Foundation

/// Files made from sessions (exports, progress pages) hold answers too, so they are written like session
/// files: whole and atomically, readable by the user only (0600).
public enum PrivateFile {
    /// Writes `text` to `url`, replacing what was there.
    /// - Throws: `SessionStoreError.writeFailed` naming the file; what was there before is then unchanged.
    public static func write(_ text: String, to url: URL) throws {
        try AtomicFile.write(Data(text.utf8), to: url, mode: .replace)
    }
}

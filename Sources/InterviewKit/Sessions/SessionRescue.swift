import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a round's session goes when its folder would not take it (a full disk, a read-only folder): a new
/// private folder under the temporary folder, or else the screen, as JSON to paste into a file.
public enum SessionRescue {
    /// Saves `session` somewhere else and says where, or shows it whole; `problem` is why the store failed.
    public static func rescue(_ session: Session, from store: SessionStore, problem: String, temporaryFolder: URL) -> String {
        let intro = "The session could not be saved in \(store.folder.path) (\(problem))"
        if let folder = privateFolder(in: temporaryFolder) {
            let rescue = SessionStore(folder: folder)
            if (try? rescue.save(session)) != nil, let url = try? rescue.url(for: session.id) {
                return intro + "; it was saved to \(url.path) instead. Move it into your sessions folder to keep it."
            }
            try? FileManager.default.removeItem(at: folder)
        }
        let json = (try? SessionCoding.encode(session)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return intro + ", nor anywhere else. Here it is whole: save it as \(session.id).json in your sessions folder.\n" + json
    }

    /// A new folder only the user can open (`mkdtemp`: a fresh name, mode 0700), so nobody else on the
    /// machine can read the answers or swap the folder for their own.
    static func privateFolder(in parent: URL) -> URL? {
        var template = Array(parent.appendingPathComponent("interview-rescue-XXXXXX").path.utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkdtemp($0) != nil } ?? false }
        guard made else { return nil }
        return URL(fileURLWithPath: String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self),
                   isDirectory: true)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file writes that never leave a half-written file behind.
///
/// The data goes to a temporary file in the same folder, which is flushed to disk (`fsync`) and then renamed
/// over the target (replace) or hard-linked to it (create: fails when the target exists, like `O_EXCL`).
/// A failure at any step removes the temporary file and leaves the old target untouched.
enum AtomicFile {
    #if canImport(Glibc)
    private static let systemWrite = Glibc.write
    #else
    private static let systemWrite = Darwin.write
    #endif

    enum Mode {
        /// Replace the file, or create it.
        case replace
        /// Create the file; fail with `SessionStoreError.alreadyExists` when it exists.
        case create
    }

    static func write(_ data: Data, to url: URL, mode: Mode, permissions: mode_t = 0o600) throws {
        let path = url.path
        let folder = url.deletingLastPathComponent().path
        var template = Array("\(folder)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var temporaryExists = true
        defer { if temporaryExists { unlink(temporary) } }

        do {
            defer { close(descriptor) }
            guard fchmod(descriptor, permissions) == 0 else { throw failure(path) }
            try data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw failure(path)
                    }
                    offset += written
                }
            }
            guard fsync(descriptor) == 0 else { throw failure(path) }
        }

        switch mode {
        case .replace:
            guard rename(temporary, path) == 0 else { throw failure(path) }
            temporaryExists = false
        case .create:
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw SessionStoreError.alreadyExists(path: path) }
                throw failure(path)
            }
        }
        syncFolder(folder)
    }

    /// Removes the temporary files of writes into `folder` that never finished (the process was killed
    /// between creating one and renaming it) once they are older than `age`: a write takes milliseconds, and
    /// the file it was replacing still holds the last complete write. Best effort.
    static func removeAbandoned(in folder: URL, names: [String], olderThan age: TimeInterval, now: Date = Date()) {
        for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
            let url = folder.appendingPathComponent(name)
            guard let modified = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date,
                  now.timeIntervalSince(modified) > age else { continue }
            unlink(url.path)
        }
    }

    /// Flushes the folder entry so the rename itself survives a crash; best effort.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func failure(_ path: String) -> SessionStoreError {
        .writeFailed(path: path, reason: String(cString: strerror(errno)))
    }
}

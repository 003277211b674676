/// Why the session store could not do what was asked; every message names the file or id concerned.
public enum SessionStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A session id that could name a file outside the sessions folder, or is otherwise unusable.
    case invalidID(String, reason: String)
    case notFound(id: String, folder: String)
    /// A new session's file already exists; nothing was overwritten.
    case alreadyExists(path: String)
    /// The sessions folder could not be created or is not a folder.
    case folderUnusable(path: String, reason: String)
    /// Writing failed; the file that was there before, if any, is intact.
    case writeFailed(path: String, reason: String)
    /// The file could not be read or decoded (truncated, not JSON, not a session).
    case unreadable(path: String, reason: String)
    /// The file has a schema version this build does not know.
    case newerVersion(path: String, version: Int)

    /// `error: <what>: <why>`.
    public var description: String {
        switch self {
        case let .invalidID(id, _): "error: '\(id.replacingOccurrences(of: "\0", with: "\\0"))' is not a session id: \(reason)"
        case let .notFound(id, folder): "error: no session '\(id)' in \(folder)"
        case let .alreadyExists(path), let .folderUnusable(path, _), let .writeFailed(path, _),
             let .unreadable(path, _), let .newerVersion(path, _):
            "error: \(path): \(reason)"
        }
    }

    /// The why, without the file's name.
    public var reason: String {
        switch self {
        case let .invalidID(_, reason), let .unreadable(_, reason): reason
        case .notFound: "no such session"
        case .alreadyExists: "already exists; not overwriting it"
        case let .folderUnusable(_, reason): "cannot use it as the sessions folder: \(reason)"
        case let .writeFailed(_, reason): "cannot write it: \(reason) (the previous file, if any, is unchanged)"
        case let .newerVersion(_, version):
            "written by a newer interview (version \(version)); this build reads version \(Session.currentVersion)"
        }
    }
}

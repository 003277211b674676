import Foundation

/// The sessions folder: one pretty JSON file per session, `<id>.json`, written atomically, readable by the
/// user only (files 0600, folder 0700).
public struct SessionStore: Sendable {
    /// The environment variable that moves the folder when `--sessions` is not given.
    public static let environmentVariable = "INTERVIEW_SESSIONS"

    public let folder: URL

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    /// The folder to use: the `--sessions` option, else `INTERVIEW_SESSIONS`, else `Sessions` in the current folder.
    public static func folder(option: String?, environment: [String: String], currentDirectory: URL) -> URL {
        let chosen = option ?? environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 } ?? "Sessions"
        let expanded = NSString(string: chosen).expandingTildeInPath
        return URL(fileURLWithPath: expanded, isDirectory: true, relativeTo: currentDirectory).standardizedFileURL
    }

    /// The file of session `id`.
    /// - Throws: `SessionStoreError.invalidID` when `id` could name a file outside the folder. A trailing
    ///   `.json` is accepted, so a file name works as an id.
    public func url(for id: String) throws -> URL {
        let bare = id.hasSuffix(".json") ? String(id.dropLast(5)) : id
        if let problem = SessionID.problem(with: bare) { throw SessionStoreError.invalidID(id, reason: problem) }
        return folder.appendingPathComponent(bare + ".json")
    }

    /// Writes `session` over its file (or creates it), atomically.
    public func save(_ session: Session) throws {
        try write(session, mode: .replace)
    }

    /// Writes a new session; fails with `SessionStoreError.alreadyExists` rather than overwrite another one.
    public func create(_ session: Session) throws {
        try write(session, mode: .create)
    }

    /// Creates a session under a fresh id, trying new random suffixes while an id is taken.
    /// - Parameter make: builds the session for the id it is given.
    public func createNew(at date: Date, in timeZone: TimeZone, using generator: inout some RandomNumberGenerator,
                          _ make: (String) -> Session) throws -> Session {
        var attempts = 0
        while true {
            let session = make(SessionID.make(at: date, in: timeZone, using: &generator))
            do {
                try create(session)
                return session
            } catch SessionStoreError.alreadyExists where attempts < 100 {
                attempts += 1
            }
        }
    }

    /// Reads one session.
    public func load(id: String) throws -> Session {
        let url = try url(for: id)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw SessionStoreError.notFound(id: id, folder: folder.path)
        }
        return try load(url)
    }

    /// Reads every session, oldest first. Files that cannot be used are reported and skipped.
    public func loadAll() -> Loaded<Session> {
        var loaded = Loaded<Session>()
        for url in sessionFiles() {
            do {
                loaded.items.append(try load(url))
            } catch {
                loaded.problems.append(LoadProblem(fileName: url.lastPathComponent, error: error))
            }
        }
        loaded.items.sort { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
        return loaded
    }

    /// Every session's summary, newest first, kept quick by a cache in the folder (see `SessionCache`).
    /// Files that cannot be used are reported and skipped.
    public func summaries() -> Loaded<SessionSummary> {
        let found = SessionCache<SessionSummary>.refresh(self, fileName: Self.summariesCache, collectConcepts: false,
                                                         entry: SessionSummary.init)
        if Self.worthSharing(found.fresh.files.count, of: found.entries.count) {
            SessionCache<SessionDigest>.absorb(found.fresh, into: self, fileName: Self.digestsCache, collectConcepts: true) { $0 }
        }
        return Loaded(items: found.entries.sorted { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }, problems: found.problems)
    }

    /// Every session's digest, oldest first, and the concepts they name, kept quick by a cache in the folder
    /// (see `SessionCache`). Files that cannot be used are reported and skipped.
    public func digests() -> SessionDigests {
        let found = SessionCache<SessionDigest>.refresh(self, fileName: Self.digestsCache, collectConcepts: true) { $0 }
        if Self.worthSharing(found.fresh.files.count, of: found.entries.count) {
            SessionCache<SessionSummary>.absorb(found.fresh, into: self, fileName: Self.summariesCache, collectConcepts: false,
                                                entry: SessionSummary.init)
        }
        return SessionDigests(digests: found.entries.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) },
                              concepts: found.concepts, problems: found.problems)
    }

    private static let summariesCache = ".summaries.json"
    private static let digestsCache = ".digests.json"

    /// Whether the files one cache had to read are worth adding to the other: reading and rewriting the
    /// other cache costs about what reading a tenth of the session files again would, so only when many were
    /// read (after an upgrade or a first run, every one of them).
    private static func worthSharing(_ fresh: Int, of total: Int) -> Bool {
        fresh >= 50 && fresh * 10 >= total
    }

    /// The session files in the folder, by name: `*.json` except `plan.json`, hidden and temporary files left out.
    /// Temporary files that saves killed mid-write left behind are removed once they are an hour old.
    func sessionFiles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        AtomicFile.removeAbandoned(in: folder, names: names, olderThan: 3_600)
        return names.filter { name in
            name.hasSuffix(".json") && !name.hasPrefix(".") && name != PlanCalendar.fileName
        }
        .sorted()
        .map { folder.appendingPathComponent($0) }
    }

    private func load(_ url: URL) throws -> Session {
        try SessionStore.read(url).get()
    }

    /// Reads and decodes one session file.
    static func read(_ url: URL) -> Result<Session, SessionStoreError> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(.unreadable(path: url.path, reason: error.localizedDescription))
        }
        return Result { () throws(SessionStoreError) in
            try SessionCoding.decode(Session.self, from: data, path: url.path, currentVersion: Session.currentVersion)
        }
    }

    private func write(_ session: Session, mode: AtomicFile.Mode) throws {
        let url = try url(for: session.id)
        try SessionStore.prepare(folder: folder)
        let data: Data
        do {
            data = try SessionCoding.encode(session)
        } catch {
            throw SessionStoreError.writeFailed(path: url.path, reason: "cannot encode the session: \(error)")
        }
        try AtomicFile.write(data, to: url, mode: mode)
    }

    /// Creates `folder` (and missing parents) with mode 0700 when it does not exist, and takes group and
    /// other access away from an existing one (a fresh clone's `Sessions/` is 0755): it holds people's answers.
    static func prepare(folder: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw SessionStoreError.folderUnusable(path: folder.path, reason: "it is a file") }
            let mode = (try? FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? NSNumber)?.intValue
            if let mode, mode & 0o077 != 0 {
                try? FileManager.default.setAttributes([.posixPermissions: mode & 0o700], ofItemAtPath: folder.path)
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw SessionStoreError.folderUnusable(path: folder.path, reason: error.localizedDescription)
        }
    }
}

/// What a bulk load found: the items that could be used and the files that could not.
public struct Loaded<Item: Sendable>: Sendable {
    public var items: [Item] = []
    public var problems: [LoadProblem] = []

    public init(items: [Item] = [], problems: [LoadProblem] = []) {
        self.items = items
        self.problems = problems
    }
}

/// A session file that was skipped, and why.
public struct LoadProblem: Sendable, Hashable, CustomStringConvertible {
    public var fileName: String
    public var message: String

    public init(fileName: String, message: String) {
        self.fileName = fileName
        self.message = message
    }

    init(fileName: String, error: any Error) {
        self.fileName = fileName
        self.message = (error as? SessionStoreError)?.reason ?? String(describing: error)
    }

    /// `warning: skipped <file>: <why>`.
    public var description: String {
        "warning: skipped \(fileName): \(message)"
    }
}

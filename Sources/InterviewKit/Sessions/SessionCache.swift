import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cache of what is derived from each session file (summaries for the list, digests for history), kept in
/// the sessions folder so that listing thousands of sessions does not decode thousands of files.
///
/// It is a cache, not a record: each entry is keyed by its file's inode, size and modification time (every
/// atomic save makes a new inode), checked on every read, and rebuilt from the session file on any
/// mismatch. Deleting it loses nothing: sessions stay the single source of truth.
struct SessionCache<Entry: Codable & Sendable>: Codable {
    /// Raise it whenever `SessionSummary` or `SessionDigest` change shape, so old caches are rebuilt.
    static var currentVersion: Int { 2 }

    struct Stamped: Codable {
        var stamp: FileStamp
        var entry: Entry
    }

    var version = SessionCache.currentVersion
    /// By file name.
    var files: [String: Stamped] = [:]
    /// The concepts the sessions name, when the cache collects them.
    var concepts = ConceptCatalog()

    /// Brings the cache file `fileName` up to date with the session files in `store`'s folder (saving it when
    /// anything changed) and returns every entry, the concepts when `collectConcepts`, the skipped files,
    /// and the files it had to read.
    static func refresh(_ store: SessionStore, fileName: String, collectConcepts: Bool,
                        entry make: @Sendable (SessionDigest) -> Entry)
        -> (entries: [Entry], concepts: ConceptCatalog, problems: [LoadProblem], fresh: FreshSessionFiles) {
        let old = load(store, fileName: fileName)
        var cache = SessionCache(concepts: old.concepts)
        var stale: [(name: String, url: URL, stamp: FileStamp)] = []
        for url in store.sessionFiles() {
            let name = url.lastPathComponent
            guard let stamp = FileStamp(url) else { continue }
            if let known = old.files[name], known.stamp == stamp {
                cache.files[name] = known
            } else {
                stale.append((name, url, stamp))
            }
        }
        var problems: [LoadProblem] = []
        var fresh = FreshSessionFiles()
        let derived = derive(stale.map(\.url)) { session in
            var concepts = ConceptCatalog()
            concepts.add(session)
            return (SessionDigest(session), concepts)
        }
        for (file, result) in zip(stale, derived) {
            switch result {
            case let .success((digest, concepts)):
                cache.files[file.name] = Stamped(stamp: file.stamp, entry: make(digest))
                if collectConcepts { cache.concepts.merge(concepts) }
                fresh.files.append((file.name, file.stamp, digest))
                fresh.concepts.merge(concepts)
            case let .failure(error):
                problems.append(LoadProblem(fileName: file.name, error: error))
            }
        }
        if !stale.isEmpty || cache.files.count != old.files.count {
            cache.save(store, fileName: fileName)
        }
        return (cache.files.values.map(\.entry), cache.concepts, problems.sorted { $0.fileName < $1.fileName }, fresh)
    }

    /// Adds files another cache has just read to the cache file `fileName`, in place of older entries for
    /// them, so that this cache does not read them again (after an upgrade both caches start empty).
    static func absorb(_ fresh: FreshSessionFiles, into store: SessionStore, fileName: String, collectConcepts: Bool,
                       entry make: (SessionDigest) -> Entry) {
        var cache = load(store, fileName: fileName)
        var changed = false
        for file in fresh.files where cache.files[file.name]?.stamp != file.stamp {
            cache.files[file.name] = Stamped(stamp: file.stamp, entry: make(file.digest))
            changed = true
        }
        guard changed else { return }
        if collectConcepts { cache.concepts.merge(fresh.concepts) }
        cache.save(store, fileName: fileName)
    }

    /// The cache file `fileName` of `store`'s folder, or an empty cache when it is missing, damaged or of
    /// another version.
    private static func load(_ store: SessionStore, fileName: String) -> SessionCache {
        (try? Data(contentsOf: store.folder.appendingPathComponent(fileName)))
            .flatMap { try? makeDecoder().decode(SessionCache.self, from: $0) }
            .flatMap { $0.version == currentVersion ? $0 : nil } ?? SessionCache()
    }

    /// Writes the cache; a cache that cannot be written is simply rebuilt next time.
    private func save(_ store: SessionStore, fileName: String) {
        guard let data = try? Self.makeEncoder().encode(self) else { return }
        try? AtomicFile.write(data, to: store.folder.appendingPathComponent(fileName), mode: .replace)
    }

    /// Reads session files on every core and keeps only what `derive` makes of each, so memory holds one
    /// session per core at a time; results in the order of `urls`.
    private static func derive<Derived: Sendable>(_ urls: [URL], _ derive: @Sendable (Session) -> Derived)
        -> [Result<Derived, SessionStoreError>] {
        let results = ResultSlots<Derived>(count: urls.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, urls.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for position in stride(from: worker, to: urls.count, by: workers) {
                results.set(SessionStore.read(urls[position]).map(derive), at: position)
            }
        }
        return results.values
    }

    /// The cache's own encoding: compact, dates as numbers (quick to decode), non-finite numbers as strings.
    private static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    private static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }
}

/// The session files one cache read while it was brought up to date: what any cache keeps of them, so that
/// the other cache can take them without reading the files again.
struct FreshSessionFiles: Sendable {
    var files: [(name: String, stamp: FileStamp, digest: SessionDigest)] = []
    /// The concepts their scorecards name.
    var concepts = ConceptCatalog()
}

/// What identifies one version of a file: a new inode, size or modification time means a new version.
struct FileStamp: Hashable, Codable {
    var inode: UInt64
    var size: Int64
    /// Nanoseconds since 1970.
    var modified: Int64

    init?(_ url: URL) {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }
}

/// Slots that parallel workers fill, each worker its own slots.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Result<Value, SessionStoreError>?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ result: Result<Value, SessionStoreError>, at position: Int) {
        lock.withLock { slots[position] = result }
    }

    var values: [Result<Value, SessionStoreError>] {
        lock.withLock { slots.map { $0 ?? .failure(.unreadable(path: "", reason: "not read")) } }
    }
}

/// Every session's digest, oldest first, the concepts their scorecards name, and the files that were skipped.
public struct SessionDigests: Sendable {
    public var digests: [SessionDigest]
    public var concepts: ConceptCatalog
    public var problems: [LoadProblem]

    public init(digests: [SessionDigest], concepts: ConceptCatalog, problems: [LoadProblem]) {
        self.digests = digests
        self.concepts = concepts
        self.problems = problems
    }
}

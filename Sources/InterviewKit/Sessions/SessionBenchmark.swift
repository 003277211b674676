import Foundation

/// Times the sessions folder at scale: generates `count` synthetic sessions (deterministic, seeded) in a folder,
/// then lists them and builds the progress report, each twice: cold (building the caches) and warm.
public enum SessionBenchmark {
    /// Wall-clock seconds of each step.
    public struct Figures: Sendable, Hashable, Codable, CustomStringConvertible {
        public var sessions: Int
        /// Total size of the session files.
        public var bytes: Int
        public var generate: Double
        public var listCold: Double
        public var listWarm: Double
        public var progressCold: Double
        public var progressWarm: Double

        public var description: String {
            let megabytes = String(format: "%.1f", Double(bytes) / 1_048_576)
            return """
                \(sessions) sessions, \(megabytes) MiB of session files
                generate       \(String(format: "%8.3f", generate)) s
                list (cold)    \(String(format: "%8.3f", listCold)) s   (decodes every file, fills the summary cache)
                list (warm)    \(String(format: "%8.3f", listWarm)) s
                progress (cold)\(String(format: "%8.3f", progressCold)) s   (decodes every file, fills the digest cache)
                progress (warm)\(String(format: "%8.3f", progressWarm)) s
                """
        }
    }

    /// Runs the benchmark in `folder` (created if missing; it should be empty). `now` times the steps.
    public static func run(count: Int, seed: UInt64, folder: URL, now: () -> Date = Date.init) throws -> Figures {
        func time(_ body: () throws -> Void) rethrows -> Double {
            let start = now()
            try body()
            return now().timeIntervalSince(start)
        }
        let store = SessionStore(folder: folder)
        let generate = try time { try SyntheticSessions(seed: seed).write(count: count, to: folder) }
        let bytes = store.sessionFiles().reduce(0) { $0 + Int(FileStamp($1)?.size ?? 0) }
        func list() -> Int { store.summaries().items.count }
        func progress() -> Int {
            let found = store.digests()
            let history = History(digests: found.digests, concepts: found.concepts, timeZone: .gmt)
            return ProgressReport(history: history, sessions: found.digests.count, plan: nil, today: CalendarDay(now(), in: .gmt)).overall.answers
        }
        return Figures(sessions: count, bytes: bytes, generate: generate, listCold: time { _ = list() }, listWarm: time { _ = list() },
                       progressCold: time { _ = progress() }, progressWarm: time { _ = progress() })
    }
}

import Foundation

/// When the user started the 30-day plan, and so which plan day a moment falls on.
///
/// Saved as `plan.json` beside the sessions. The start is a calendar day, not an instant: "day 1" is the whole
/// of that day wherever the user is, and each later day begins at the user's local midnight, DST or not.
public struct PlanCalendar: Sendable, Hashable, Codable {
    /// The format version this build writes; newer files are refused.
    public static let currentVersion = 1
    /// The file's name in the sessions folder.
    public static let fileName = "plan.json"

    public var version: Int
    /// The day that is plan day 1.
    public var start: CalendarDay

    public init(start: CalendarDay) {
        self.version = PlanCalendar.currentVersion
        self.start = start
    }

    /// Where `date` falls in the plan for someone in `timeZone`.
    ///
    /// Before the start the plan has not started; past the last day it is finished (and stays finished: the
    /// rounds keep drilling the last day, the weakest questions, until a new start is set).
    public func position(at date: Date, in timeZone: TimeZone, length: Int = PrepPlan.length) -> PlanPosition {
        position(on: CalendarDay(date, in: timeZone), length: length)
    }

    /// Where the calendar day `today` falls in the plan.
    public func position(on today: CalendarDay, length: Int = PrepPlan.length) -> PlanPosition {
        let offset = start.days(until: today)
        if offset < 0 { return .notStarted(daysUntilStart: -offset) }
        if offset >= length { return .finished(daysSinceLastDay: offset - length + 1) }
        return .day(offset + 1)
    }

    /// The calendar day that plan day `number` falls on.
    public func date(ofDay number: Int) -> CalendarDay {
        start.adding(days: number - 1)
    }

    /// Reads `plan.json` from `folder`; `nil` when the plan has not been started there.
    /// - Throws: `SessionStoreError` naming the file when it exists but cannot be used.
    public static func load(from folder: URL) throws -> PlanCalendar? {
        let url = folder.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SessionStoreError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try SessionCoding.decode(PlanCalendar.self, from: data, path: url.path, currentVersion: currentVersion)
    }

    /// Writes `plan.json` into `folder` atomically (0600), creating the folder (0700) when missing.
    public func save(to folder: URL) throws {
        try SessionStore.prepare(folder: folder)
        let data = try SessionCoding.encode(self)
        try AtomicFile.write(data, to: folder.appendingPathComponent(PlanCalendar.fileName), mode: .replace)
    }
}

/// Where a moment falls in the 30-day plan.
public enum PlanPosition: Sendable, Hashable {
    case notStarted(daysUntilStart: Int)
    /// 1-30.
    case day(Int)
    /// Past the last day.
    case finished(daysSinceLastDay: Int)

    /// The plan day to practise: the day itself, the last day once finished, `nil` before the start.
    public var practiceDay: Int? {
        switch self {
        case .notStarted: nil
        case let .day(number): number
        case .finished: PrepPlan.length
        }
    }
}

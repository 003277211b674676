import Foundation
import Yams

/// The guide's 30-day prep plan, loaded from `plan.yaml` in the rubrics folder.
///
/// The plan is data: phases, days (focus, activities, the questions each day drills and how) and daily habits.
public struct PrepPlan: Sendable, Hashable, Codable {
    /// The format version this build reads; newer files are refused.
    public static let currentVersion = 1
    /// The number of days in the plan.
    public static let length = 30
    /// The plan's file name in the rubrics folder.
    public static let fileName = "plan.yaml"

    public var version: Int
    public var phases: [PlanPhase]
    /// The days in order, 1 to 30.
    public var days: [PlanDay]
    /// What to do every day, whatever the plan day.
    public var habits: [String]

    public init(version: Int = PrepPlan.currentVersion, phases: [PlanPhase], days: [PlanDay], habits: [String]) {
        self.version = version
        self.phases = phases
        self.days = days.sorted { $0.day < $1.day }
        self.habits = habits
    }

    /// The day numbered `number`, or `nil` outside 1-30.
    public func day(_ number: Int) -> PlanDay? {
        days.first { $0.day == number }
    }

    /// The phase numbered `number`.
    public func phase(_ number: Int) -> PlanPhase? {
        phases.first { $0.number == number }
    }

    /// The days of a phase, in order.
    public func days(in phase: PlanPhase) -> [PlanDay] {
        days.filter { $0.phase == phase.number }
    }

    /// Every problem in the plan, all at once; empty when it is valid.
    public func problems() -> [String] {
        var problems: [String] = []
        if version != PrepPlan.currentVersion {
            problems.append("version \(version) is not supported (this build reads version \(PrepPlan.currentVersion))")
        }
        let numbers = days.map(\.day)
        for number in Set(numbers).sorted() where numbers.filter({ $0 == number }).count > 1 {
            problems.append("day \(number) appears \(numbers.filter { $0 == number }.count) times")
        }
        for number in numbers where !(1...PrepPlan.length).contains(number) {
            problems.append("day \(number) is outside 1-\(PrepPlan.length)")
        }
        let missing = Set(1...PrepPlan.length).subtracting(numbers).sorted()
        if !missing.isEmpty {
            problems.append("missing day\(missing.count == 1 ? "" : "s") \(missing.map(String.init).joined(separator: ", "))")
        }
        let phaseNumbers = phases.map(\.number)
        if Set(phaseNumbers).count != phaseNumbers.count {
            problems.append("a phase number appears more than once")
        }
        for day in days {
            problems += day.problems(knownPhases: Set(phaseNumbers)).map { "day \(day.day): \($0)" }
        }
        return problems
    }

    /// Reads and validates a plan file.
    /// - Throws: `PlanError` naming the file: unreadable, a newer version, or every problem found.
    public static func load(from url: URL) throws -> PrepPlan {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PlanError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try parse(text, path: url.path)
    }

    /// Decodes and validates plan YAML; `path` names it in errors.
    public static func parse(_ yaml: String, path: String) throws -> PrepPlan {
        let decoder = YAMLDecoder()
        if let probe = try? decoder.decode(VersionProbe.self, from: yaml), probe.version > currentVersion {
            throw PlanError.newerVersion(path: path, version: probe.version)
        }
        let plan: PrepPlan
        do {
            plan = try decoder.decode(PrepPlan.self, from: yaml)
        } catch {
            throw PlanError.invalid(path: path, problems: [PlanError.describe(error)])
        }
        let problems = plan.problems()
        guard problems.isEmpty else { throw PlanError.invalid(path: path, problems: problems) }
        return plan
    }

    private struct VersionProbe: Decodable {
        var version: Int
    }
}

/// One of the plan's four phases.
public struct PlanPhase: Sendable, Hashable, Codable {
    /// 1-4.
    public var number: Int
    public var title: String
    public var goal: String

    public init(number: Int, title: String, goal: String) {
        self.number = number
        self.title = title
        self.goal = goal
    }
}

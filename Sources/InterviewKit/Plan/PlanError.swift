import Foundation

/// Why a plan file or the plan start could not be used; every message names the file.
public enum PlanError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case newerVersion(path: String, version: Int)
    /// Every problem found, reported at once.
    case invalid(path: String, problems: [String])

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            "error: \(path): cannot read the plan: \(reason)"
        case let .newerVersion(path, version):
            "error: \(path): written by a newer interview (version \(version)); this build reads version \(PrepPlan.currentVersion)"
        case let .invalid(path, problems) where problems.count == 1:
            "error: \(path): \(problems[0])"
        case let .invalid(path, problems):
            "error: \(path): \(problems.count) plan errors:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
        }
    }

    /// A decoding error in a sentence, with the path of keys where it happened.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func at(_ path: [any CodingKey]) -> String {
            let keys = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : "at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys): "
        }
        switch error {
        case let .keyNotFound(key, context):
            return "\(at(context.codingPath))missing '\(key.stringValue)'"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(at(context.codingPath))\(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }
}

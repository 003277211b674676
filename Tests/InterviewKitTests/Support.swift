import Foundation
@testable import InterviewKit

/// Paths and shared objects for the tests.
enum Fixture {
    /// The package root (the folder holding Package.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped rubric folder.
    static let rubrics = packageRoot.appendingPathComponent("Rubrics")

    /// A file or folder under `Tests/InterviewKitTests/Fixtures`.
    static func url(_ path: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    /// The shipped rubrics, loaded once for the whole suite.
    static let shipped: RubricLoader.Outcome = RubricLoader(folder: rubrics, displayName: "Rubrics").load()

    /// The shipped question bank.
    static var bank: QuestionBank { shipped.bank }
}

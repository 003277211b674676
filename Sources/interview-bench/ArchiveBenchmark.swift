import Foundation
import InterviewKit

/// Archive figures: `interview review` (the session list) and `interview progress` over many generated
/// sessions, as whole processes, cold (no caches in the folder) and warm.
struct ArchiveBenchmark {
    let timer: ProcessTimer
    /// The rubric folder, for the plan `interview progress` reads.
    let rubrics: URL
    let sessions: Int
    let runs: Int
    /// The folder to generate the sessions in; sessions already there (from an earlier run) are used as they are.
    let folder: URL

    func figures() throws -> [Figure] {
        var figures: [Figure] = []
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if !existing.contains(where: { $0.hasSuffix(".json") && !$0.hasPrefix(".") }) {
            let generate = try Timing.inProcess(runs: 1, warmups: 0) {
                try SyntheticSessions(seed: 10_000).write(count: sessions, to: folder)
            }
            figures.append(Figure(name: "archive: generate \(sessions.formatted()) sessions", timing: generate))
        }
        let review = ["review", "--sessions", folder.path]
        let progress = ["progress", "--sessions", folder.path, "--rubrics", rubrics.path]
        let reviewCold = try timer.measure(review, runs: coldRuns, warmups: 0, before: removeCaches)
        let reviewWarm = try timer.measure(review, runs: runs)
        let progressCold = try timer.measure(progress, runs: coldRuns, warmups: 0, before: removeCaches)
        let progressWarm = try timer.measure(progress, runs: runs)
        let label = sessions.formatted()
        return figures + [
            Figure(name: "archive: interview review, \(label) sessions, cold", timing: reviewCold),
            Figure(name: "archive: interview review, \(label) sessions", timing: reviewWarm,
                   target: .init(bound: .medianBelow, value: 1)),
            Figure(name: "archive: interview progress, \(label) sessions, cold", timing: progressCold),
            Figure(name: "archive: interview progress, \(label) sessions", timing: progressWarm,
                   target: .init(bound: .medianBelow, value: 2)),
        ]
    }

    /// Cold runs decode every session file (over a gigabyte for 10,000 sessions), so one of them: they are
    /// what a user meets once, after an upgrade changes the cache format.
    private let coldRuns = 1

    /// Deletes the caches the store keeps beside the sessions (its hidden files), so the next run starts cold.
    private func removeCaches() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix(".") {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}

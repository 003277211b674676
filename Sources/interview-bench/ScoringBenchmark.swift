import Dispatch
import Foundation
import InterviewKit
import PCRE2

/// The scoring figures over one corpus: the real scorer on one core and on every core, the bare PCRE2 loop
/// that bounds it, and the same patterns through `NSRegularExpression`.
struct ScoringBenchmark {
    let scorer: Scorer
    let rules: StructureRules
    let corpus: AnswerCorpus
    let runs: Int
    let cores: Int

    /// What the peer could not run: patterns `NSRegularExpression` does not compile.
    struct PeerCoverage: Sendable, Codable {
        var patterns = 0
        var skipped: [String] = []
    }

    /// The figures, and how many patterns the peer skipped.
    func figures() throws -> (figures: [Figure], peer: PeerCoverage) {
        let expected = try scoreAll(workers: 1)
        let oneCore = try measure { try scoreAll(workers: 1) }
        let limitPlan = Dictionary(uniqueKeysWithValues: try scorer.bank.questions.map {
            ($0.id, try scorer.bank.regexes(for: $0) + rules.regexes(for: $0.structure))
        })
        let limit = try measure { try bareLoop(limitPlan) }
        let (peerPlan, coverage) = peerPatterns(limitPlan)
        // The peer is five times slower than the rest together: three runs tell its figure well enough.
        let peer = Timing.inProcess(runs: min(runs, 3)) { peerLoop(peerPlan) }

        var figures = [Figure(name: "scoring, 1 core", timing: oneCore, ratio: limit.wall.median / oneCore.wall.median,
                              ratioMeaning: "of the bare-loop limit", target: .init(bound: .ratioAtLeast, value: 0.7))]
        if cores > 1 {
            let allCores = try measure { try scoreAll(workers: cores) }
            guard try scoreAll(workers: cores) == expected else { throw BenchError("scores differ on \(cores) cores") }
            figures.append(Figure(name: "scoring, \(cores) cores (batch)", timing: allCores,
                                  ratio: oneCore.wall.median / allCores.wall.median, ratioMeaning: "speed-up over 1 core",
                                  target: .init(bound: .ratioAtLeast, value: 1.8)))
        }
        figures.append(Figure(name: "bare PCRE2 loop (the limit)", timing: limit))
        figures.append(Figure(name: "NSRegularExpression (peer)", timing: peer, ratio: peer.wall.median / oneCore.wall.median,
                              ratioMeaning: "scoring's throughput over the peer's", target: .init(bound: .ratioAtLeast, value: 4)))
        return (figures, coverage)
    }

    private func measure(_ body: () throws -> Void) rethrows -> Timing {
        try Timing.inProcess(runs: runs, body)
    }

    /// Scores every answer, the answers dealt out in turn to `workers` threads; returns the sum of the scores.
    @discardableResult
    private func scoreAll(workers: Int) throws -> Int {
        let answers = corpus.answers
        let totals = WorkerTotals(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            totals.record(worker) {
                var sum = 0
                for index in stride(from: worker, to: answers.count, by: workers) {
                    let answer = answers[index]
                    let timing = AnswerTiming(seconds: Double(answer.words) / 2.3)
                    sum += try scorer.score(answer.text, question: answer.question, timing: timing).score ?? 0
                }
                return sum
            }
        }
        return try totals.sum()
    }

    /// Runs each answer's patterns, as the scorer would, and nothing else; returns the number of matches.
    @discardableResult
    private func bareLoop(_ plan: [String: [Regex]]) throws -> Int {
        var matches = 0
        for answer in corpus.answers {
            for regex in plan[answer.question.id] ?? [] {
                matches += try regex.byteRanges(in: answer.text).count
            }
        }
        return matches
    }

    @discardableResult
    private func peerLoop(_ plan: [String: [NSRegularExpression]]) -> Int {
        var matches = 0
        for answer in corpus.answers {
            let whole = NSRange(location: 0, length: answer.text.utf16.count)
            for regex in plan[answer.question.id] ?? [] {
                matches += regex.numberOfMatches(in: answer.text, range: whole)
            }
        }
        return matches
    }

    /// The same expanded patterns for `NSRegularExpression`, case-insensitive (ICU's `\b` and `\w` are Unicode
    /// already, as PCRE2's are with UCP); patterns it cannot compile are left out and listed.
    private func peerPatterns(_ plan: [String: [Regex]]) -> ([String: [NSRegularExpression]], PeerCoverage) {
        var compiled: [String: NSRegularExpression?] = [:]
        var coverage = PeerCoverage()
        let peerPlan = plan.mapValues { regexes in
            regexes.compactMap { regex -> NSRegularExpression? in
                if let known = compiled[regex.pattern] { return known }
                let peer = try? NSRegularExpression(pattern: regex.pattern, options: [.caseInsensitive])
                compiled[regex.pattern] = peer
                coverage.patterns += 1
                if peer == nil { coverage.skipped.append(regex.pattern) }
                return peer
            }
        }
        return (peerPlan, coverage)
    }
}

/// Each worker's result, written from its own thread.
private final class WorkerTotals: @unchecked Sendable {
    // @unchecked: every worker writes only its own slot, under the lock.
    private var results: [Result<Int, any Error>]
    private let lock = NSLock()

    init(count: Int) {
        results = Array(repeating: .success(0), count: count)
    }

    func record(_ worker: Int, _ body: () throws -> Int) {
        let result = Result(catching: body)
        lock.withLock { results[worker] = result }
    }

    /// The sum of every worker's result, or the first worker's error.
    func sum() throws -> Int {
        try lock.withLock { results }.reduce(0) { try $0 + $1.get() }
    }
}

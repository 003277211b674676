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
        if cores > 1, try scoreAll(workers: cores) != expected { throw BenchError("scores differ on \(cores) cores") }
        let limitPlan = Dictionary(uniqueKeysWithValues: try scorer.bank.questions.map {
            ($0.id, try scorer.bank.regexes(for: $0) + rules.regexes(for: $0.structure))
        })
        // Scoring on one core, its limit and scoring on every core take turns, so that their ratios compare
        // runs made under the same load.
        let timings = try Timing.interleaved(runs: runs, [{ try scoreAll(workers: 1) }, { try bareLoop(limitPlan) }]
                                                      + (cores > 1 ? [{ try scoreAll(workers: cores) }] : []))
        let (oneCore, limit) = (timings[0], timings[1])
        let (peerPlan, coverage) = peerPatterns(limitPlan)
        // The peer is five times slower than the rest together: three runs tell its figure well enough.
        let peer = Timing.inProcess(runs: min(runs, 3)) { peerLoop(peerPlan) }

        var figures = [Figure(name: "scoring, 1 core", timing: oneCore, ratio: limit.wall.median / oneCore.wall.median,
                              ratioMeaning: "of the bare-loop limit", target: .init(bound: .ratioAtLeast, value: 0.7))]
        if let allCores = timings.dropFirst(2).first {
            figures.append(Figure(name: "scoring, \(cores) cores (batch)", timing: allCores,
                                  ratio: oneCore.wall.median / allCores.wall.median, ratioMeaning: "speed-up over 1 core",
                                  target: .init(bound: .ratioAtLeast, value: 1.8)))
        }
        figures.append(Figure(name: "bare PCRE2 loop (the limit)", timing: limit))
        figures.append(Figure(name: "NSRegularExpression (peer)", timing: peer, ratio: peer.wall.median / oneCore.wall.median,
                              ratioMeaning: "scoring's throughput over the peer's", target: .init(bound: .ratioAtLeast, value: 4)))
        return (figures, coverage)
    }

    /// Scores every answer on one core, or dealt out one at a time to `workers` threads (each takes the next
    /// answer when it is done, as `interview score --batch` does); returns the sum of the scores.
    @discardableResult
    private func scoreAll(workers: Int) throws -> Int {
        let answers = corpus.answers
        guard workers > 1 else { return try answers.reduce(0) { try $0 + score($1) } }
        let scores = AnswerScores(count: answers.count)
        DispatchQueue.concurrentPerform(iterations: answers.count) { index in
            scores.record(index) { try score(answers[index]) }
        }
        return try scores.sum()
    }

    private func score(_ answer: AnswerCorpus.Answer) throws -> Int {
        try scorer.score(answer.text, question: answer.question, timing: AnswerTiming(seconds: Double(answer.words) / 2.3)).score ?? 0
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

/// Each answer's score, written from whichever thread scored it.
private final class AnswerScores: @unchecked Sendable {
    // @unchecked: every slot is written by one thread, under the lock.
    private var results: [Result<Int, any Error>]
    private let lock = NSLock()

    init(count: Int) {
        results = Array(repeating: .success(0), count: count)
    }

    func record(_ index: Int, _ body: () throws -> Int) {
        let result = Result(catching: body)
        lock.withLock { results[index] = result }
    }

    /// The sum of the scores, or the first error.
    func sum() throws -> Int {
        try lock.withLock { results }.reduce(0) { try $0 + $1.get() }
    }
}

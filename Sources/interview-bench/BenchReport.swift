import Foundation
import InterviewKit

/// Everything one run measured, where, and on what: printed as a table or as JSON.
struct BenchReport: Codable {
    /// The machine the figures come from.
    struct Machine: Codable {
        let cores: Int
        let cpu: String
        /// The 1-minute load average when the benchmark started: other work on the machine slows wall-clock figures.
        let loadAverage: Double?

        static var current: Machine {
            let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
            let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
                .flatMap { $0.split(separator: ":", maxSplits: 1).last }
                .map { $0.trimmingCharacters(in: .whitespaces) }
            let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first
                .flatMap { Double($0) }
            return Machine(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model ?? "unknown", loadAverage: load)
        }
    }

    /// The answers scored.
    struct Corpus: Codable {
        let answers: Int
        let bytes: Int
        let seed: UInt64

        init(_ corpus: AnswerCorpus, seed: UInt64) {
            answers = corpus.answers.count
            bytes = corpus.bytes
            self.seed = seed
        }
    }

    let machine: Machine
    let corpus: Corpus
    /// Patterns NSRegularExpression ran and skipped (nil when the scoring figures were not measured).
    var patterns: ScoringBenchmark.PeerCoverage?
    var figures: [Figure]
    /// The patterns that take the most matching time (nil when the pattern figures were not measured).
    var costliest: [PatternCosts.Cost]? = nil

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    func text() -> String {
        let load = machine.loadAverage.map { ", load average \(Format.fixed($0, 2))" } ?? ""
        var lines = ["\(machine.cores) cores, \(machine.cpu)\(load)",
                     "corpus: \(corpus.answers) answers of \(AnswerCorpus.minimumWords)-\(AnswerCorpus.maximumWords) words, "
                        + "\(Format.fixed(Double(corpus.bytes) / 1_048_576, 2)) MiB, seed \(corpus.seed)", ""]
        let table = TextTable(headers: ["figure", "median", "min", "max", "cpu", "ratio", "target"],
                              rows: figures.map(row), rightAligned: [1, 2, 3, 4, 5])
        lines.append(table.render())
        let meanings = figures.compactMap { figure in figure.ratioMeaning.map { "\(figure.name): ratio = \($0)" } }
        lines += ["", "median, min, max: wall-clock time of the runs; cpu: median CPU time (user + system, all threads)"]
        lines += meanings
        if let patterns {
            lines.append("NSRegularExpression: \(patterns.patterns) distinct patterns, \(patterns.skipped.count) skipped "
                         + "(they do not compile in ICU's syntax)")
        }
        if let costliest, !costliest.isEmpty {
            lines += ["", "costliest patterns (over the corpus; per answer they ran on):"]
            lines.append(TextTable(headers: ["from", "corpus", "answer", "pattern"], rows: costliest.map {
                [$0.origin, Format.duration($0.seconds), Format.duration($0.perAnswer),
                 $0.pattern.count > 90 ? String($0.pattern.prefix(89)) + "…" : $0.pattern]
            }, rightAligned: [1, 2]).render())
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ figure: Figure) -> [String] {
        let measured = figure.timing.wall
        let target = figure.target.map { "\($0.description) \(figure.meetsTarget == true ? "met" : "MISSED")" } ?? ""
        return [figure.name, Format.duration(measured.median), Format.duration(measured.min), Format.duration(measured.max),
                Format.duration(figure.timing.cpu.median), figure.ratio.map { Format.number($0) } ?? "", target]
    }
}

import ArgumentParser
import Foundation
import InterviewKit

/// `interview-bench`: the speed users feel, in one program. Scoring throughput against the bare PCRE2 loop
/// and NSRegularExpression, start-up of whole processes, and review and progress over a large archive.
@main
struct InterviewBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview-bench",
        abstract: "Measure scoring throughput, start-up and archive speed of a release build of interview.",
        discussion: "Each figure is the median of several runs after a warm-up. Run it from a release build (`make bench`).")

    /// The groups of figures.
    enum Part: String, CaseIterable, ExpressibleByArgument {
        case scoring, patterns, startup, archive
    }

    @Option(help: ArgumentHelp("The rubric folder (default: $\(RubricLocation.environmentVariable), ./Rubrics, or the shipped one).",
                               valueName: "dir"))
    var rubrics: String?

    @Option(help: "Answers in the scoring corpus.")
    var answers = 800

    @Option(help: "Timed runs of each figure (after one warm-up).")
    var runs = 5

    @Option(help: "Sessions generated for the archive figures.")
    var sessions = 10_000

    @Option(help: ArgumentHelp("Keep the generated sessions in this folder, and reuse them if it holds some already.",
                               valueName: "dir"))
    var archive: String?

    @Option(help: ArgumentHelp("Only these groups of figures (scoring, patterns, startup, archive); repeat for several.", valueName: "part"))
    var only: [Part] = []

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func validate() throws {
        guard answers > 0, runs > 0, sessions > 0 else { throw ValidationError("--answers, --runs and --sessions must be positive.") }
    }

    func run() throws {
        let location = RubricLocation.resolve(
            explicit: rubrics, environment: ProcessInfo.processInfo.environment,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            executable: Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
        let loader = RubricLoader(folder: location.folder, displayName: location.displayName, fallback: location.shipped)
        var outcome = loader.load(compiling: .all)
        let loading = Timing.inProcess(runs: runs) { outcome = loader.load(compiling: .all) }
        guard !outcome.hasErrors, !outcome.bank.questions.isEmpty else {
            throw BenchError("the rubrics in \(location.displayName) do not load; run `interview rubrics check`")
        }
        guard let structureFile = loader.sharedFile("structure.yaml") else {
            throw BenchError("no structure.yaml in \(location.displayName)")
        }
        let rules = try StructureRules.load(from: structureFile)
        let scorer = Scorer(bank: outcome.bank, rules: rules)
        let corpus = AnswerCorpus(bank: outcome.bank, count: answers, seed: 42)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let parts = only.isEmpty ? Part.allCases : only

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("interview-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        var report = BenchReport(machine: .current, corpus: .init(corpus, seed: 42), patterns: nil, figures: [
            Figure(name: "rubrics: load and compile all \(outcome.bank.questions.count)", timing: loading,
                   target: .init(bound: .medianBelow, value: 0.1)),
        ])
        if parts.contains(.scoring) {
            let scoring = try ScoringBenchmark(scorer: scorer, rules: rules, corpus: corpus, runs: runs, cores: cores).figures()
            report.figures += scoring.figures
            report.patterns = scoring.peer
        }
        if parts.contains(.patterns) {
            let measured = try PatternCosts(scorer: scorer, rules: rules, corpus: corpus, runs: runs).costs()
            report.figures.append(Figure(name: "matching one 300-word answer", timing: measured.per300Words,
                                         target: .init(bound: .medianBelow, value: 0.001)))
            report.costliest = Array(measured.costs.prefix(10))
        }
        if parts.contains(.startup) || parts.contains(.archive) {
            let timer = try ProcessTimer.besideBenchmark()
            if parts.contains(.startup) {
                let answer = corpus.answers.first { $0.question.id == "T06" } ?? corpus.answers[0]
                report.figures += try StartupBenchmark(timer: timer, rubrics: location.folder, answer: answer, runs: runs,
                                                       folder: scratch).figures()
            }
            if parts.contains(.archive) {
                let folder = archive.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? scratch.appendingPathComponent("sessions")
                report.figures += try ArchiveBenchmark(timer: timer, rubrics: location.folder, sessions: sessions, runs: runs,
                                                       folder: folder).figures()
            }
        }
        print(json ? try report.json() : report.text())
    }
}

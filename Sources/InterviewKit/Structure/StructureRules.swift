import Foundation
import PCRE2
import Yams

/// The cues for STAR parts and investigation steps and the delivery thresholds of `Rubrics/structure.yaml`,
/// every pattern compiled once (PCRE2, caseless, UTF, UCP, JIT). Load it once and share it: it is immutable
/// and safe to use from any thread.
public struct StructureRules: Sendable {
    /// The file as written.
    public let definition: Definition
    /// Words left out of the most-used words: lower case, straight apostrophes.
    public let stopWords: Set<String>

    let star: PartPatterns<StarPart>
    let steps: PartPatterns<Step>
    let individualActor: Regex
    let collectiveActor: Regex
    let quantities: [Regex]
    let fillers: [CountedPhrase]
    let hedges: [CountedPhrase]

    /// Compiles every pattern of `definition` and checks its thresholds.
    /// - Throws: every problem at once, each at its key path (`star.result[3]`) with PCRE2's message and column.
    public init(definition: Definition) throws(StructureRulesError) {
        var compiler = Compiler()
        if definition.version != Definition.currentVersion {
            compiler.problem(at: "version", "version \(definition.version) is not supported "
                                 + "(this build reads version \(Definition.currentVersion))")
        }
        let star = definition.star
        let starParts: [(StarPart, label: String, cues: [String])] = [
            (.situation, star.labels.situation, star.situation),
            (.task, star.labels.task, star.task),
            (.action, star.labels.action, star.action),
            (.result, star.labels.result, star.result),
        ]
        let starPatterns = compiler.parts(section: "star", starParts)
        let steps = definition.steps
        let stepParts: [(Step, label: String, cues: [String])] = [
            (.identify, steps.labels.identify, steps.identify),
            (.assess, steps.labels.assess, steps.assess),
            (.mitigate, steps.labels.mitigate, steps.mitigate),
            (.monitor, steps.labels.monitor, steps.monitor),
        ]
        let stepPatterns = compiler.parts(section: "steps", stepParts)
        let individual = compiler.compile(star.actors.individual, at: "star.actors.individual")
        let collective = compiler.compile(star.actors.collective, at: "star.actors.collective")
        let quantities = compiler.compile(star.quantities, at: "star.quantities")
        let delivery = definition.delivery
        let fillers = compiler.phrases(delivery.fillers, at: "delivery.fillers")
        let hedges = compiler.phrases(delivery.hedges, at: "delivery.hedges")
        compiler.check(delivery)
        guard compiler.problems.isEmpty, let individual, let collective else {
            throw StructureRulesError(problems: compiler.problems)
        }
        self.definition = definition
        self.stopWords = Set(delivery.stopWords.map(Words.normalized))
        self.star = starPatterns
        self.steps = stepPatterns
        self.individualActor = individual
        self.collectiveActor = collective
        self.quantities = quantities
        self.fillers = fillers
        self.hedges = hedges
    }

    /// Every compiled pattern ``Scorer`` runs over an answer of `structure`: the STAR labels, cues, actors
    /// and quantities, the steps' labels and cues for a `.steps` answer, the fillers and hedges. The very
    /// `Regex` objects the scorer uses, for benchmarks that time the matching alone.
    package func regexes(for structure: AnswerStructure) -> [Regex] {
        func all<Part>(_ patterns: PartPatterns<Part>) -> [Regex] {
            Array(patterns.labels.values) + patterns.cues.values.joined()
        }
        return all(star) + [individualActor, collectiveActor] + quantities + (structure == .steps ? all(steps) : [])
            + (fillers + hedges).map(\.regex)
    }


    /// Reads and compiles the YAML file at `url`.
    /// - Throws: the file's read or YAML error; ``StructureRulesError`` for a newer version, a bad pattern or threshold.
    public static func load(from url: URL) throws -> StructureRules {
        let text = try String(contentsOf: url, encoding: .utf8)
        // Parsed once, scalars left untyped for the decoder (the default resolver runs regular expressions
        // on every scalar), in UTF-8 (the default encoding is looked up in the environment on every parse).
        let root = try Yams.compose(yaml: text, .basic, .default, .utf8) ?? Node("")
        // The version first, so that a newer file is refused by its version, not by a key this build lacks.
        let version = try YAMLDecoder().decode(VersionProbe.self, from: root).version
        guard version <= Definition.currentVersion else {
            let message = "version \(version) is newer than this build reads (\(Definition.currentVersion)): update interview"
            throw StructureRulesError(problems: [.init(keyPath: "version", message: message)])
        }
        return try StructureRules(definition: YAMLDecoder().decode(Definition.self, from: root))
    }

    private struct VersionProbe: Decodable {
        let version: Int
    }
}

/// A filler or hedge: the name it is counted under and its compiled pattern.
struct CountedPhrase: Sendable {
    let word: String
    let regex: Regex
}

/// Compiles patterns, collecting every problem instead of stopping at the first.
private struct Compiler {
    static let options: RegexOptions = [.utf, .ucp, .caseless]

    private(set) var problems: [StructureRulesError.Problem] = []

    mutating func problem(at keyPath: String, _ message: String) {
        problems.append(StructureRulesError.Problem(keyPath: keyPath, message: message))
    }

    /// `pattern` compiled, or `nil` after recording why it cannot be used.
    mutating func compile(_ pattern: String, at keyPath: String) -> Regex? {
        do {
            let regex = try Regex(pattern, options: Self.options)
            if try regex.matches(in: "") {
                problem(at: keyPath, "pattern \(pattern.debugDescription) matches the empty string, so it matches everywhere")
                return nil
            }
            return regex
        } catch let .compile(message, column, _) {
            let text = "pattern \(pattern.debugDescription) does not compile at column \(column + 1): \(message)"
            problems.append(StructureRulesError.Problem(keyPath: keyPath, message: text, column: column + 1))
        } catch {
            problem(at: keyPath, "pattern \(pattern.debugDescription) cannot be used: \(error)")
        }
        return nil
    }

    /// Every pattern of a list that compiles; the others are recorded as `keyPath[index]`.
    mutating func compile(_ patterns: [String], at keyPath: String) -> [Regex] {
        patterns.enumerated().compactMap { index, pattern in compile(pattern, at: "\(keyPath)[\(index)]") }
    }

    /// Each part's label and cues, recorded as `section.labels.part` and `section.part[index]`.
    mutating func parts<Part: RawRepresentable<String> & Hashable & Sendable>(
        section: String, _ parts: [(Part, label: String, cues: [String])]) -> PartPatterns<Part> {
        var labels: [Part: Regex] = [:]
        var cues: [Part: [Regex]] = [:]
        for (part, label, patterns) in parts {
            labels[part] = compile(label, at: "\(section).labels.\(part.rawValue)")
            cues[part] = compile(patterns, at: "\(section).\(part.rawValue)")
            if patterns.isEmpty { problem(at: "\(section).\(part.rawValue)", "needs at least one cue pattern") }
        }
        return PartPatterns(labels: labels, cues: cues)
    }

    /// Named phrases, recorded as `keyPath[index].pattern` and `keyPath[index].word`.
    mutating func phrases(_ phrases: [StructureRules.Definition.Phrase], at keyPath: String) -> [CountedPhrase] {
        phrases.enumerated().compactMap { index, phrase in
            if phrase.word.trimmingCharacters(in: .whitespaces).isEmpty {
                problem(at: "\(keyPath)[\(index)].word", "is empty")
            }
            let regex = compile(phrase.pattern, at: "\(keyPath)[\(index)].pattern")
            return regex.map { CountedPhrase(word: phrase.word, regex: $0) }
        }
    }

    /// The delivery thresholds make sense.
    mutating func check(_ delivery: StructureRules.Definition.Delivery) {
        if !(delivery.pace.min > 0 && delivery.pace.min < delivery.pace.max) {
            problem(at: "delivery.pace", "min (\(delivery.pace.min)) must be above 0 and below max (\(delivery.pace.max))")
        }
        if !(delivery.pauseSeconds > 0) {
            problem(at: "delivery.pauseSeconds", "must be above 0 (is \(delivery.pauseSeconds))")
        }
        if delivery.tooShortWords < 0 {
            problem(at: "delivery.tooShortWords", "must not be negative (is \(delivery.tooShortWords))")
        }
        if delivery.topWords.count < 0 || delivery.topWords.minimumUses < 1 {
            problem(at: "delivery.topWords", "count must not be negative and minimumUses must be at least 1")
        }
    }
}

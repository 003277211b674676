import Foundation
import PCRE2
import Yams

/// Loads a rubric folder: every question file, the lexicon, each pattern compiled once. Every problem in
/// every file is collected as a ``Diagnostic`` instead of stopping at the first.
public struct RubricLoader: Sendable {
    /// What loading found: the questions that loaded, and every problem.
    public struct Outcome: Sendable {
        public var bank: QuestionBank
        public var diagnostics: [Diagnostic]
        /// Question files read.
        public var fileCount: Int

        /// Whether anything is wrong (warnings do not count).
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Files at the top of a rubric folder that are not questions.
    public static let sharedFiles: Set<String> = ["lexicon.yaml", "structure.yaml", "plan.yaml"]

    public let folder: URL
    /// The folder as the user named it, for messages.
    public let displayName: String
    /// Where shared files missing from `folder` are taken from (the shipped rubrics).
    public let fallback: URL?

    public init(folder: URL, displayName: String? = nil, fallback: URL? = nil) {
        self.folder = folder
        self.displayName = displayName ?? folder.path
        self.fallback = fallback
    }

    /// The shared file `name` from the folder, else from the fallback folder.
    public func sharedFile(_ name: String) -> URL? {
        [folder, fallback].compactMap { $0?.appendingPathComponent(name) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// When patterns are compiled.
    public enum Compilation: Sendable {
        /// Every pattern at load, each also probed for runaway backtracking, so that every problem is
        /// reported (`rubrics check`, `rubrics test`).
        case checked
        /// Every pattern at load.
        case all
        /// Each question's patterns when it is first scored (the other commands: start-up stays fast).
        case onDemand
    }

    /// Reads every question file of the folder.
    public func load(compiling compilation: Compilation = .checked) -> Outcome {
        var diagnostics: [Diagnostic] = []
        let files = questionFiles(into: &diagnostics)
        return load(files, compiling: compilation, diagnostics: diagnostics)
    }

    /// A bank that holds the question `id`, for a command that needs only it: read from the files named
    /// after it (`T06-prompt-injection.yaml`, `t06.yml`) when one of them holds it without errors, else from
    /// every file (which also lists every question for a "did you mean"). Patterns are compiled on demand.
    /// Reading one file skips the checks across files (a duplicated id): `rubrics check` makes them.
    public func load(question id: String) -> Outcome {
        var diagnostics: [Diagnostic] = []
        let named = questionFiles(into: &diagnostics).filter { file in
            let name = file.lastPathComponent.lowercased()
            return name.hasPrefix(id.lowercased()) && name.dropFirst(id.count).first.map("-_.".contains) == true
        }
        let outcome = load(named, compiling: .onDemand, diagnostics: diagnostics)
        guard outcome.hasErrors || outcome.bank.question(id: id) == nil else { return outcome }
        return load(compiling: .onDemand)
    }

    private func load(_ files: [URL], compiling compilation: Compilation, diagnostics: [Diagnostic]) -> Outcome {
        var diagnostics = diagnostics
        let lexicon = loadLexicon(into: &diagnostics)
        let compiler = PatternCompiler(lexicon: lexicon.value, eager: compilation == .checked)
        if let source = lexicon.source {
            if compilation == .checked {
                diagnostics += lexiconProblems(lexicon.value, compiler: compiler, source: source)
            }
            if lexicon.value.entries[Lexicon.negationEntry] == nil {
                diagnostics.append(Diagnostic(file: source.file, severity: .warning,
                                              message: "no '\(Lexicon.negationEntry)' entry: negated phrases will earn points"))
            }
        }
        let negation = (try? compiler.entry(Lexicon.negationEntry)?.get()).flatMap {
            try? compiler.compile(PatternSource(regex: $0.body))
        }

        var questions: [Question] = []
        var matchers: [String: [ConceptMatcher]] = [:]
        var sources: [String: YAMLSource] = [:]
        var firstFileForID: [String: String] = [:]
        let compileNow = compilation != .onDemand
        for file in files.parallelMap({
            loadQuestion($0, compiler: compileNow ? compiler : nil, negation: negation, probing: compilation == .checked)
        }) {
            diagnostics += file.diagnostics
            guard let loaded = file.loaded else { continue }
            let id = loaded.question.id
            if let first = firstFileForID[id.uppercased()] {
                diagnostics.append(loaded.source.diagnostic("duplicate question id '\(id)' (also in \(first))",
                                                            at: loaded.source.root["id"]))
                continue
            }
            firstFileForID[id.uppercased()] = loaded.source.file
            questions.append(loaded.question)
            matchers[id] = loaded.matchers
            sources[id] = loaded.source
        }
        let store: MatcherStore
        if compileNow {
            store = MatcherStore(compiled: matchers)
        } else {
            let byID = Dictionary(uniqueKeysWithValues: questions.map { ($0.id, $0) })
            store = MatcherStore { [self, sources] id in
                guard let question = byID[id], let source = sources[id] else { return .success([]) }
                var problems: [Diagnostic] = []
                let compiled = compileConcepts(of: question, with: compiler, negation: negation, in: source, into: &problems)
                return problems.contains { $0.severity == .error } ? .failure(RubricError(diagnostics: problems)) : .success(compiled)
            }
        }
        return Outcome(bank: QuestionBank(questions: questions, lexicon: lexicon.value, matchers: store),
                       diagnostics: diagnostics, fileCount: files.count)
    }

    /// One question file read, checked and compiled: the question when it is sound, and its problems.
    private struct LoadedFile: Sendable {
        var loaded: (source: YAMLSource, question: Question, matchers: [ConceptMatcher])?
        var diagnostics: [Diagnostic]
    }

    /// `compiler` nil leaves the patterns for later (on-demand loading).
    private func loadQuestion(_ file: URL, compiler: PatternCompiler?, negation: Regex?, probing: Bool) -> LoadedFile {
        var diagnostics: [Diagnostic] = []
        guard let source = read(file, into: &diagnostics) else { return LoadedFile(diagnostics: diagnostics) }
        let problems = RubricSchema.question.problems(of: source.root, path: "question", in: source)
        guard problems.isEmpty else { return LoadedFile(diagnostics: diagnostics + problems) }
        let question: Question
        do {
            question = try Question(checked: source.root)
        } catch {
            return LoadedFile(diagnostics: diagnostics + [Diagnostic(file: source.file, message: "cannot decode: \(error)")])
        }
        diagnostics += QuestionChecks.problems(of: question, in: source)
        let compiled = compiler.map {
            compileConcepts(of: question, with: $0, negation: negation, in: source, probing: probing, into: &diagnostics)
        } ?? []
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return LoadedFile(diagnostics: diagnostics) }
        return LoadedFile(loaded: (source, question, compiled), diagnostics: diagnostics)
    }

    /// Compiles every concept's patterns; with `probing`, also runs each against long adversarial texts so
    /// that a pattern that backtracks without end is reported now, where it is written, not on an answer.
    private func compileConcepts(of question: Question, with compiler: PatternCompiler, negation: Regex?,
                                 in source: YAMLSource, probing: Bool = false,
                                 into problems: inout [Diagnostic]) -> [ConceptMatcher] {
        question.concepts.enumerated().map { index, concept in
            let node = source.root["concepts"]?[index]
            func compileList(_ key: String, _ list: [PatternSource]?) -> [ConceptMatcher.Pattern] {
                (list ?? []).enumerated().compactMap { patternIndex, pattern -> ConceptMatcher.Pattern? in
                    do throws(PatternCompiler.Problem) {
                        let regex = try compiler.compile(pattern, fuzzy: concept.fuzzy ?? false)
                        if probing { try Self.probe(regex) }
                        let negatedByDesign = (try? negation?.matches(in: pattern.regex)) ?? false
                        return ConceptMatcher.Pattern(regex: regex, checksInside: negatedByDesign != true)
                    } catch {
                        var patternNode = node?[key]?[patternIndex]
                        if case .mapping? = patternNode { patternNode = patternNode?["regex"] }
                        problems.append(source.diagnostic("concept '\(concept.id)': \(error.message)", at: patternNode,
                                                          offsetInValue: error.offset))
                        return nil
                    }
                }
            }
            return ConceptMatcher(concept: concept, anyOf: compileList("patterns", concept.patterns),
                                  allOf: compileList("all", concept.all),
                                  negation: NegationCheck(regex: negation,
                                                          window: concept.negationWindow ?? Concept.defaultNegationWindow))
        }
    }

    /// Texts that make a badly nested pattern (`(a+)+$`, `(\w+\s?)*x`) backtrack without end: such
    /// patterns blow up exponentially, so a few hundred characters are enough to show it. Runs of letters,
    /// words, digits and spaces end in ``probeTail``.
    private static let probes: [String] = [
        String(repeating: "a", count: 300) + probeTail,
        String(repeating: "model data ", count: 30) + probeTail,
        String(repeating: "rate-limit, ", count: 25) + ".",
        String(repeating: "1", count: 300) + probeTail,
        String(repeating: " ", count: 300) + probeTail,
    ]

    /// Punctuation and letters: a pattern that needs one of them somewhere (PCRE2 skips a text lacking a
    /// character the pattern must match) is still tried, and one anchored after the run fails there and
    /// retries every way of splitting the run.
    private static let probeTail = "!.,;:?%-bcdefghijklmnopqrstuvwxyz"

    private static func probe(_ regex: Regex) throws(PatternCompiler.Problem) {
        for text in probes {
            do {
                try regex.checkBacktracking(against: text)
            } catch {
                throw PatternCompiler.Problem(
                    message: "pattern backtracks too much on a long answer (\(error.message)): "
                        + "simplify nested quantifiers such as (a+)+ or (\\w+\\s?)*", offset: nil)
            }
        }
    }

    /// The lexicon as decoded, and its source for positions (nil when no file was found or it was broken).
    private func loadLexicon(into diagnostics: inout [Diagnostic]) -> (value: Lexicon, source: YAMLSource?) {
        let empty = Lexicon(entries: [:])
        guard let url = sharedFile("lexicon.yaml") else { return (empty, nil) }
        guard let source = read(url, into: &diagnostics) else { return (empty, nil) }
        // Report the lexicon's problems but keep what decodes (a duplicated entry keeps its last
        // definition), so one slip does not turn every reference in every rubric into an error.
        diagnostics += RubricSchema.lexicon.problems(of: source.root, path: "lexicon", in: source)
        do {
            let lexicon = try Lexicon(checked: source.root)
            guard lexicon.version <= Question.currentVersion else {
                diagnostics.append(source.diagnostic("lexicon version \(lexicon.version) is newer than this interview reads (\(Question.currentVersion))",
                                                     at: source.root["version"]))
                return (empty, nil)
            }
            return (lexicon, source)
        } catch {
            diagnostics.append(Diagnostic(file: source.file, message: "cannot decode: \(error)"))
            return (empty, nil)
        }
    }

    /// Problems of each lexicon entry, reported where the entry is written (`rubrics check`; otherwise a bad
    /// entry shows where a question uses it).
    private func lexiconProblems(_ lexicon: Lexicon, compiler: PatternCompiler, source: YAMLSource) -> [Diagnostic] {
        guard let entries = source.root["entries"]?.mapping else { return [] }
        return entries.compactMap { key, value -> Diagnostic? in
            guard let name = key.string, let entry = lexicon.entries[name] else { return nil }
            let valueNode = value.mapping != nil ? value["regex"] : value
            if case let .failure(broken)? = compiler.entry(name) {
                return source.diagnostic("lexicon entry '\(name)': \(broken.message)", at: valueNode)
            }
            do throws(PatternCompiler.Problem) {
                _ = try compiler.compile(PatternSource(regex: entry.regex), jit: false)
                return nil
            } catch {
                return source.diagnostic("lexicon entry '\(name)': \(error.message)", at: valueNode, offsetInValue: error.offset)
            }
        }
    }

    private func questionFiles(into diagnostics: inout [Diagnostic]) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            diagnostics.append(Diagnostic(file: displayName, message: "cannot read the rubric folder"))
            return []
        }
        var files: [URL] = []
        for case let url as URL in enumerator {
            let ext = url.pathExtension.lowercased()
            guard ext == "yaml" || ext == "yml" else { continue }
            let isTopLevel = url.deletingLastPathComponent().standardizedFileURL.path == folder.standardizedFileURL.path
            if isTopLevel && Self.sharedFiles.contains(url.lastPathComponent) { continue }
            files.append(url)
        }
        if files.isEmpty {
            diagnostics.append(Diagnostic(file: displayName, message: "no question files (*.yaml) in the rubric folder"))
        }
        return files.sorted { $0.path < $1.path }
    }

    private func read(_ url: URL, into diagnostics: inout [Diagnostic]) -> YAMLSource? {
        let name = display(url)
        do {
            let data = try Data(contentsOf: url)
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(file: name, message: "the file is not UTF-8 text"))
                return nil
            }
            return try YAMLSource(file: name, text: text)
        } catch let diagnostic as Diagnostic {
            diagnostics.append(diagnostic)
        } catch {
            diagnostics.append(Diagnostic(file: name, message: "cannot read the file: \(error.localizedDescription)"))
        }
        return nil
    }

    /// `url` as the user would write it: under the folder they named, or its full path.
    private func display(_ url: URL) -> String {
        let base = folder.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(base + "/") else { return path }
        return (displayName as NSString).appendingPathComponent(String(path.dropFirst(base.count + 1)))
    }
}

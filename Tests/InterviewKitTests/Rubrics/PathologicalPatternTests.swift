import Foundation
@testable import InterviewKit
import PCRE2
import Testing

/// A pattern with nested quantifiers against a long answer ends quickly with an error naming the rubric and
/// the concept: at `rubrics check` time, where it can be fixed, and at score time when nobody checked.
@Suite struct PathologicalPatternTests {
    /// The hardening fixture's T06 with `patterns` of the concept `monitoring` replaced by `patterns`.
    static func rubricFolder(monitoring patterns: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let original = try String(contentsOf: ScoringFixture.folder.appendingPathComponent("technical/T06-prompt-injection.yaml"),
                                  encoding: .utf8)
        let changed = original.replacingOccurrences(of: "patterns: ['{{monitoring}}']", with: "patterns: \(patterns)")
        #expect(changed != original)
        try Data(changed.utf8).write(to: folder.url.appendingPathComponent("T06.yaml"))
        return folder
    }

    static func load(_ folder: TemporaryFolder, probing: Bool) -> RubricLoader.Outcome {
        RubricLoader(folder: folder.url, displayName: "mine", fallback: Fixture.rubrics).load(probing: probing)
    }

    /// Seconds `body` takes.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func checkReportsThePatternWhereItIsWritten() throws {
        let folder = try Self.rubricFolder(monitoring: #"['\bmonitor\w*', '(a+)+$']"#)
        var outcome: RubricLoader.Outcome?
        let elapsed = Self.seconds { outcome = Self.load(folder, probing: true) }
        #expect(elapsed < 5)
        #expect(outcome?.diagnostics.map(\.description) == [
            #"""
            mine/T06.yaml:52:32: error: concept 'monitoring': pattern backtracks too much on a long run of 'a' (match limit exceeded); simplify nested quantifiers such as (a+)+ or (\w+\s?)*
                patterns: ['\bmonitor\w*', '(a+)+$']
                                           ^
            """#,
        ])
        #expect(outcome?.bank.questions.isEmpty == true)
    }

    @Test(arguments: [#"(a+)+$"#, #"(a|aa)+$"#, #"(\w+\s?)+$"#, #"^(\w+)*!x"#, #"(?:\d+)+\.$"#, #"(\s*\w+\s*)+:"#, #"(.*a){12}z"#,
                      #"(\s+|\s*\w)+%"#])
    func nestedQuantifiersAreCaughtAtCheckTime(pattern: String) throws {
        let folder = try Self.rubricFolder(monitoring: "['\(pattern)']")
        var outcome: RubricLoader.Outcome?
        let elapsed = Self.seconds { outcome = Self.load(folder, probing: true) }
        #expect(elapsed < 5)
        let messages = outcome?.diagnostics.map(\.message) ?? []
        #expect(messages.count == 1 && messages[0].hasPrefix("concept 'monitoring': pattern backtracks too much on "), "\(messages)")
    }

    @Test func soundPatternsPassTheProbes() throws {
        let outcome = RubricLoader(folder: ScoringFixture.folder, displayName: "hardening", fallback: Fixture.rubrics).load(probing: true)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.bank.questions.count == 3)
    }

    @Test func scoringNamesTheQuestionAndConceptInsteadOfHanging() throws {
        let folder = try Self.rubricFolder(monitoring: "['(a+)+$']")
        let outcome = Self.load(folder, probing: false)
        #expect(!outcome.hasErrors, "without probing the pattern loads, as it does for practice and score")
        let scorer = Scorer(bank: outcome.bank, rules: try StructureFixtures.rules())
        let question = try #require(outcome.bank.question(id: "T06"))
        let answer = "Prompt injection overrides instructions; " + String(repeating: "a", count: 5_000) + "!"
        var thrown: ScoringError?
        let elapsed = Self.seconds {
            do throws(ScoringError) {
                _ = try scorer.score(answer, question: question)
            } catch {
                thrown = error
            }
        }
        #expect(elapsed < 5)
        let error = try #require(thrown)
        #expect(error.questionID == "T06" && error.conceptID == "monitoring")
        guard case .limitExceeded = error.regexError else { Issue.record("\(error.regexError)"); return }
        #expect(error.description.hasPrefix(#"question T06, concept 'monitoring': pattern "(a+)+$" backtracks too much"#))
    }

    @Test func aRoundReportsItAndKeepsTheAnswer() throws {
        let folder = try Self.rubricFolder(monitoring: "['(a+)+$']")
        let outcome = Self.load(folder, probing: false)
        let scorer = Scorer(bank: outcome.bank, rules: try StructureFixtures.rules())
        let question = try #require(outcome.bank.question(id: "T06"))
        let stuck = "I would " + String(repeating: "a", count: 3_000) + "!"
        let fine = "Prompt injection overrides the system prompt, so we add input validation and output filtering."
        let console = ScriptedConsole([stuck, "", fine, "", ":skip", ":skip"])
        let session = Session(id: "round", mode: .drill, planDay: nil, startedAt: Date(timeIntervalSince1970: 0), seed: 1)
        var round = Round(session: session, plan: [PlannedQuestion(question: question, reason: "test")], scorer: scorer,
                          options: Round.Options(interactive: false), importTranscript: { _ in throw TranscriptError(fileName: "x", message: "none") })
        var saved: [Session] = []
        let runner = RoundRunner(console: console, now: { Date(timeIntervalSince1970: 60) }) { session in
            saved.append(session)
            return URL(fileURLWithPath: "/dev/null")
        }
        let result = runner.run(&round)
        #expect(console.shown.contains("This answer could not be scored: question T06, concept 'monitoring': pattern \"(a+)+$\" backtracks too much"))
        #expect(console.shown.contains(stuck), "the answer stays on screen")
        let record = try #require(result.session.questions.first)
        #expect(record.unscored == [stuck])
        #expect(record.answer?.text == fine, "the round goes on and scores the next answer")
        #expect(saved.first?.questions.first?.unscored == [stuck], "the unscored answer is saved at once")
        #expect(SessionDocument.markdown(result.session, timeZone: .gmt).contains(stuck))
    }
}

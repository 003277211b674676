import ArgumentParser
import Foundation
import InterviewKit

extension Interview {
    /// `interview review`: past sessions, one session in full, one question over time, or everything re-scored.
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List past sessions, show one in full, follow one question over time, or re-score past answers.")

        @OptionGroup var rubrics: RubricOptions
        @OptionGroup var sessions: SessionOptions

        @Argument(help: "A session id (from the list) to show in full, or to re-score alone with --rescore.")
        var session: String?

        @Option(help: ArgumentHelp("Every attempt at one question over time, with concepts gained and lost.", valueName: "id"))
        var question: String?

        @Flag(help: "Score past answers again with the current rubrics and show what moved (the texts are never changed).")
        var rescore = false

        @Flag(help: "With --rescore: save the new scorecards into the sessions.")
        var save = false

        @Flag(help: "The session list as JSON.")
        var json = false

        func validate() throws {
            if save && !rescore { throw ValidationError("--save only goes with --rescore.") }
            if question != nil && (session != nil || rescore) { throw ValidationError("--question cannot be combined with a session or --rescore.") }
            if json && (session != nil || question != nil || rescore) { throw ValidationError("--json goes with the session list only.") }
        }

        func run() throws {
            let store = sessions.store
            do {
                if rescore {
                    try runRescore(store)
                } else if let question {
                    let found = store.digests()
                    warn(found.problems)
                    let history = History(digests: found.digests, concepts: found.concepts, timeZone: .current)
                    print(QuestionTimelineReport.text(question, history: history, concepts: found.concepts, timeZone: .current))
                } else if let session {
                    print(SessionDocument.markdown(try store.load(id: session), timeZone: .current), terminator: "")
                } else {
                    let found = store.summaries()
                    warn(found.problems)
                    print(json ? try SessionListReport.json(found.items) : SessionListReport.text(found.items, timeZone: .current),
                          terminator: json ? "" : "\n")
                }
            } catch {
                throw fail(error)
            }
        }

        private func runRescore(_ store: SessionStore) throws {
            let scorer = try makeRescorer(rubrics)
            let ids: [String]
            if let session {
                ids = [session]
            } else {
                // Ids from the cached digests, oldest first; each session is then read, re-scored and let go,
                // so memory holds one session at a time however many there are.
                let found = store.digests()
                warn(found.problems)
                ids = found.digests.map(\.id)
            }
            var changes: [Rescore.Change] = []
            for id in ids {
                let session: Session
                do {
                    session = try store.load(id: id)
                } catch where self.session == nil {
                    Output.error("warning: skipped \(id): \(error)")
                    continue
                }
                let result = try Rescore.run(session, with: scorer)
                changes += result.changes
                if save && result.changes.contains(where: \.moved) { try store.save(result.session) }
            }
            print(Rescore.text(changes))
            if save { print("Saved the new scorecards; the answers' texts are unchanged.") }
        }
    }
}

/// Reports skipped session files on standard error.
func warn(_ problems: [LoadProblem]) {
    for problem in problems { Output.error(problem.description) }
}

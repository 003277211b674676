import Foundation

/// The small loop that plays a ``Round`` on a ``Console``: reads lines, stamps them with the clock,
/// shows what the round says and saves the session whenever it asks.
public struct RoundRunner {
    let console: any Console
    let now: () -> Date
    let save: (Session) throws -> URL

    /// - Parameters:
    ///   - save: writes the session atomically and returns where; a failure is shown and the round goes on.
    public init(console: any Console, now: @escaping () -> Date, save: @escaping (Session) throws -> URL) {
        self.console = console
        self.now = now
        self.save = save
    }

    /// What happened to the session on disk.
    public struct Outcome {
        public var session: Session
        /// Where it was last saved.
        public var savedAt: URL?
        /// Why the last save failed, if it did: the session is then only in memory.
        public var saveError: String?
    }

    /// Plays `round` to its end (the last question, `:quit`, or the end of input).
    public func run(_ round: inout Round) -> Outcome {
        var outcome = Outcome(session: round.session)
        perform(round.start(at: now()), into: &outcome)
        while !round.isFinished {
            let line = console.readLine()
            perform(round.handle(line: line, at: now()), into: &outcome)
        }
        outcome.session = round.session
        if let savedAt = outcome.savedAt, outcome.saveError == nil {
            console.writeLine("Saved to \(savedAt.path)")
        }
        return outcome
    }

    private func perform(_ outputs: [Round.Output], into outcome: inout Outcome) {
        for output in outputs {
            switch output {
            case let .show(text):
                console.writeLine(text)
            case let .prompt(text):
                if console.isInteractive { console.write(text) }
            case let .save(session):
                outcome.session = session
                do {
                    outcome.savedAt = try save(session)
                    outcome.saveError = nil
                } catch {
                    outcome.saveError = "\(error)"
                    console.writeLine("Could not save the session: \(error). Your answers stay on screen and in memory; "
                                      + "the round goes on. Use --sessions DIR to save elsewhere next time.")
                }
            }
        }
    }
}

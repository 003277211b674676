import Foundation

/// Scores an answer's text with the current rubrics: question id, the text as given, seconds taken.
/// The seam between review and the scorer, so review does not depend on how the scorer is built.
public typealias Rescorer = (_ questionID: String, _ answer: Answer) throws -> Scorecard

/// `interview review --rescore`: past main answers scored again with the current rubrics, and what moved.
/// The texts are never altered; only the scorecards can be replaced (follow-up answers keep theirs).
public enum Rescore {
    /// One re-scored answer.
    public struct Change: Sendable, Hashable, Codable {
        public var sessionID: String
        public var questionID: String
        public var before: Int?
        public var after: Int?
        /// Concept labels made now and not before, and the reverse.
        public var gained: [String]
        public var lost: [String]

        /// Whether anything moved.
        public var moved: Bool { before != after || !gained.isEmpty || !lost.isEmpty }
    }

    /// The session with every main answer re-scored, and the changes.
    public static func run(_ session: Session, with scorer: Rescorer) throws -> (session: Session, changes: [Change]) {
        var rescored = session
        var changes: [Change] = []
        for index in rescored.questions.indices {
            guard var answer = rescored.questions[index].answer else { continue }
            let old = answer.scorecard
            let new = try scorer(rescored.questions[index].questionID, answer)
            let oldHits = Set(old.content?.concepts.filter(\.hit).map(\.label) ?? [])
            let newHits = Set(new.content?.concepts.filter(\.hit).map(\.label) ?? [])
            changes.append(Change(sessionID: session.id, questionID: rescored.questions[index].questionID, before: old.score,
                                  after: new.score, gained: newHits.subtracting(oldHits).sorted(), lost: oldHits.subtracting(newHits).sorted()))
            answer.scorecard = new
            rescored.questions[index].answer = answer
        }
        return (rescored, changes)
    }

    /// What moved, one line per answer whose score or concepts changed, then a count.
    public static func text(_ changes: [Change]) -> String {
        let moved = changes.filter(\.moved)
        var rows = [["session", "question", "before", "after", "concepts"]]
        for change in moved {
            var concepts: [String] = []
            if !change.gained.isEmpty { concepts.append("gained: " + change.gained.joined(separator: ", ")) }
            if !change.lost.isEmpty { concepts.append("lost: " + change.lost.joined(separator: ", ")) }
            rows.append([change.sessionID, change.questionID, change.before.map(String.init) ?? "-", change.after.map(String.init) ?? "-",
                         concepts.joined(separator: "; ")])
        }
        let summary = "\(moved.count) of \(changes.count) answer\(changes.count == 1 ? "" : "s") moved."
        return moved.isEmpty ? summary : ReportFormat.table(rows, rightAligned: [2, 3]) + "\n\n" + summary
    }
}

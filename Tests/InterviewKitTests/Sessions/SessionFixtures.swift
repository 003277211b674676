import Foundation
import InterviewKit

/// Small hand-made sessions and scorecards for tests: no scorer needed.
enum SessionFixture {
    /// 2026-03-01T09:00:00Z plus `hours`.
    static func date(hours: Double = 0) -> Date {
        Date(timeIntervalSince1970: 1_772_355_600 + hours * 3600)
    }

    /// A scorecard with the given concepts (id → hit) and STAR parts present.
    static func scorecard(_ questionID: String, score: Int, concepts: [(String, Bool)], star: Set<StarPart> = [],
                          tags: [String] = ["privacy"], steps: Bool = false, words: Int = 200, seconds: Double = 100,
                          fillers: Int = 2) -> Scorecard {
        func part(_ part: StarPart) -> StructurePart {
            star.contains(part) ? StructurePart(present: true, evidence: ["A \(part.rawValue) sentence."], sentences: [0], share: 0.25) : .absent
        }
        let results = concepts.map { id, hit in
            ConceptResult(id: id, label: id.replacingOccurrences(of: "-", with: " "), weight: 1, required: false, tags: tags,
                          hit: hit, negated: false, evidence: hit ? [Evidence(text: id, start: 0, end: id.utf8.count, negated: false)] : [])
        }
        let steps = steps ? StepsAnalysis(identify: .absent, assess: .absent, mitigate: .absent, monitor: .absent) : nil
        return Scorecard(
            questionID: questionID, score: score,
            content: ContentResult(concepts: results, coverage: Double(results.count { $0.hit }) / Double(max(1, results.count)),
                                   missingRequired: []),
            star: StarAnalysis(situation: part(.situation), task: part(.task), action: part(.action), result: part(.result),
                               inOrder: true, firstPersonActions: 2, collectiveActions: 1, quantifiedResult: star.contains(.result),
                               quantities: [], isStory: star.count >= 3),
            steps: steps,
            delivery: DeliveryReport(words: words, seconds: seconds, wordsPerMinute: Double(words) / seconds * 60, pace: .comfortable,
                                     fillers: fillers, fillerWords: [WordCount(word: "um", count: fillers)],
                                     fillerRate: Double(fillers) / Double(words) * 100, hedges: 0, hedgeWords: [], pauses: nil,
                                     longestPause: nil, topWords: [], timeLimit: 120, overTime: 0, tooShort: false),
            breakdown: ScoreBreakdown(content: Double(score) * 0.7, structure: Double(score) * 0.2, delivery: Double(score) * 0.1, caps: []),
            feedback: results.filter { !$0.hit }.prefix(3).map { Feedback(message: "You missed \($0.label).", target: .concept($0.id)) })
    }

    /// A question answered with `text` at `hours` after the fixture epoch.
    static func question(_ id: String, text: String = "I would add rate limiting and monitor the logs.", hours: Double = 0,
                         card: Scorecard, followUps: [FollowUpRecord] = []) -> QuestionRecord {
        QuestionRecord(questionID: id, question: "Question \(id)?", reason: "never answered",
                       answer: Answer(text: text, source: .typed, startedAt: date(hours: hours), seconds: card.delivery.seconds ?? 100,
                                      timeLimit: 120, scorecard: card),
                       followUps: followUps)
    }

    /// A completed session of `questions`, started at `hours` after the fixture epoch.
    static func session(_ id: String, hours: Double = 0, mode: RoundMode = .drill, planDay: Int? = 1,
                        questions: [QuestionRecord]) -> Session {
        Session(id: id, mode: mode, planDay: planDay, startedAt: date(hours: hours), seed: 7, questions: questions,
                status: .completed, endedAt: date(hours: hours + 0.25))
    }
}

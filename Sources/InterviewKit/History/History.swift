import Foundation

/// Everything the sessions say about past practice, derived on demand and never stored: each question's
/// attempts over time and SM-2 schedule, and mastery of every concept and topic tag.
///
/// ```swift
/// let history = History(sessions: sessions, timeZone: .current)
/// history.due(on: today)            // what to practise
/// history.weakestConcepts(limit: 5) // what to probe
/// ```
public struct History: Sendable {
    /// Attempts by question id, oldest first.
    private let attemptsByQuestion: [String: [Attempt]]
    private let schedules: [String: Schedule]
    private let concepts: [ConceptKey: ConceptMastery]
    private let tags: [String: Mastery]

    /// The history of full sessions.
    public init(sessions: [Session], timeZone: TimeZone) {
        self.init(digests: sessions.map(SessionDigest.init), concepts: ConceptCatalog(sessions: sessions), timeZone: timeZone)
    }

    /// The history of digested sessions (see `SessionStore.digests()`); `concepts` gives labels and tags.
    public init(digests: [SessionDigest], concepts catalog: ConceptCatalog, timeZone: TimeZone) {
        var attempts: [String: [Attempt]] = [:]
        var concepts: [ConceptKey: ConceptMastery] = [:]
        var tags: [String: Mastery] = [:]
        func record(_ question: String, _ concept: String, hit: Bool) {
            let key = ConceptKey(question: question, concept: concept)
            if concepts[key] == nil {
                let info = catalog.info(question: question, concept: concept)
                concepts[key] = ConceptMastery(questionID: question, conceptID: concept, label: info?.label ?? concept,
                                               tags: info?.tags ?? [], mastery: Mastery())
            }
            concepts[key]?.mastery.record(hit: hit)
            for tag in concepts[key]?.tags ?? [] { tags[tag, default: Mastery()].record(hit: hit) }
        }
        for session in digests {
            for question in session.questions {
                guard let answer = question.answer else { continue }
                attempts[question.questionID, default: []].append(
                    Attempt(question: question, answer: answer, session: session, timeZone: timeZone))
                for concept in answer.hits { record(question.questionID, concept, hit: true) }
                for concept in answer.misses { record(question.questionID, concept, hit: false) }
                for followUp in question.followUps where followUp.answered {
                    if case let .concept(concept) = followUp.probe { record(question.questionID, concept, hit: followUp.earned) }
                }
            }
        }
        for id in attempts.keys { attempts[id]?.sort { $0.date < $1.date } }
        attemptsByQuestion = attempts
        schedules = attempts.reduce(into: [:]) { result, item in
            let reviews = item.value.compactMap { attempt in attempt.score.map { (day: attempt.day, score: $0) } }
            result[item.key] = Schedule(questionID: item.key, reviews: reviews)
        }
        self.concepts = concepts
        self.tags = tags
    }

    /// Every question answered at least once, sorted.
    public var questionIDs: [String] { attemptsByQuestion.keys.sorted() }

    /// Every attempt, oldest first.
    public var allAttempts: [Attempt] {
        attemptsByQuestion.values.joined().sorted { ($0.date, $0.questionID) < ($1.date, $1.questionID) }
    }

    /// The question's main answers, oldest first.
    public func attempts(for questionID: String) -> [Attempt] {
        attemptsByQuestion[questionID] ?? []
    }

    /// Whether the question has never been answered.
    public func isNew(_ questionID: String) -> Bool {
        attemptsByQuestion[questionID] == nil
    }

    /// What changed between each attempt at the question and the next: concepts gained and lost, score moved.
    public func changes(for questionID: String) -> [AttemptChange] {
        let attempts = attempts(for: questionID)
        return zip(attempts, attempts.dropFirst()).map { before, after in
            AttemptChange(from: before, to: after,
                          gained: after.hits.filter { !before.hits.contains($0) }.sorted(),
                          lost: before.hits.filter { !after.hits.contains($0) }.sorted())
        }
    }

    /// The question's SM-2 schedule, or `nil` when it has no scored attempt.
    public func schedule(for questionID: String) -> Schedule? {
        schedules[questionID]
    }

    /// Every schedule, soonest due first (then hardest first).
    public var allSchedules: [Schedule] {
        schedules.values.sorted { ($0.due, $0.easiness, $0.questionID) < ($1.due, $1.easiness, $1.questionID) }
    }

    /// Questions due on or before `day`, most overdue first. Questions never answered are not here: see `isNew`.
    public func due(on day: CalendarDay) -> [Schedule] {
        allSchedules.filter { $0.due <= day }
    }

    /// A concept's mastery; zero attempts when it never came up.
    public func mastery(question: String, concept: String) -> Mastery {
        concepts[ConceptKey(question: question, concept: concept)]?.mastery ?? Mastery()
    }

    /// A topic tag's mastery over every concept that carries it.
    public func mastery(tag: String) -> Mastery {
        tags[tag] ?? Mastery()
    }

    /// Concepts missed at least once, least mastered first.
    public func weakestConcepts(limit: Int) -> [ConceptMastery] {
        Array(Array(concepts.values).weakestFirst().prefix(limit))
    }

    /// Tags missed at least once, least mastered first.
    public func weakestTags(limit: Int) -> [TagMastery] {
        let weak = tags.filter { $0.value.misses > 0 }.map { TagMastery(tag: $0.key, mastery: $0.value) }
        return Array(weak.sorted {
            ($0.mastery.ratio ?? 0, -$0.mastery.misses, $0.tag) < ($1.mastery.ratio ?? 0, -$1.mastery.misses, $1.tag)
        }.prefix(limit))
    }

    /// The STAR parts most often missing from scenario and behavioral answers (those not scored by steps).
    public var starGaps: StarGaps {
        // In any order: only counted.
        let stories = attemptsByQuestion.values.joined().filter { $0.category != .technical && $0.category != nil && !$0.hasSteps }
        var counts: [StarPart: Int] = [:]
        for attempt in stories {
            for part in attempt.missingStar { counts[part, default: 0] += 1 }
        }
        let missing = StarPart.allCases.compactMap { part in counts[part].map { StarGaps.Count(part: part, count: $0) } }
        return StarGaps(answers: stories.count, missing: missing.sorted { ($0.count, $1.part.rank) > ($1.count, $0.part.rank) })
    }
}

/// A concept of one question, as mastery is kept.
private struct ConceptKey: Hashable {
    let question: String
    let concept: String
}

/// How often a concept or topic was made, over main answers and follow-ups.
public struct Mastery: Sendable, Hashable, Codable {
    public var hits: Int
    public var misses: Int

    public init(hits: Int = 0, misses: Int = 0) {
        self.hits = hits
        self.misses = misses
    }

    public var attempts: Int { hits + misses }

    /// Hits over attempts, 0...1; `nil` before any attempt.
    public var ratio: Double? {
        attempts == 0 ? nil : Double(hits) / Double(attempts)
    }

    mutating func record(hit: Bool) {
        if hit { hits += 1 } else { misses += 1 }
    }
}

/// A rubric concept of one question and its mastery.
public struct ConceptMastery: Sendable, Hashable, Codable {
    public var questionID: String
    public var conceptID: String
    /// The label the scorecards give it (the id when none did).
    public var label: String
    public var tags: [String]
    public var mastery: Mastery
}

/// A topic tag shared across questions, and its mastery.
public struct TagMastery: Sendable, Hashable, Codable {
    public var tag: String
    public var mastery: Mastery
}

/// How often each STAR part was missing from the answers that should tell a story.
public struct StarGaps: Sendable, Hashable, Codable {
    /// Scenario and behavioral answers not scored by steps.
    public var answers: Int
    /// Parts by how often they were missing, most often first; parts never missing left out.
    public var missing: [Count]

    public struct Count: Sendable, Hashable, Codable {
        public var part: StarPart
        public var count: Int
    }
}

extension Array where Element == ConceptMastery {
    /// Least mastered first: lowest hit ratio, then most misses, then by question and concept id.
    func weakestFirst() -> [ConceptMastery] {
        filter { $0.mastery.misses > 0 }.sorted {
            ($0.mastery.ratio ?? 0, -$0.mastery.misses, $0.questionID, $0.conceptID)
                < ($1.mastery.ratio ?? 0, -$1.mastery.misses, $1.questionID, $1.conceptID)
        }
    }
}

extension StarPart {
    /// Position in S, T, A, R.
    var rank: Int {
        switch self {
        case .situation: 0
        case .task: 1
        case .action: 2
        case .result: 3
        }
    }
}

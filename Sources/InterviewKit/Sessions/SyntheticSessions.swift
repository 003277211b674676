import Foundation

/// Realistic, deterministic sessions for benchmarks and tests: the same seed gives the same sessions, byte for byte.
///
/// Answers are 120-300 words of security vocabulary with full scorecards (concepts with evidence, STAR with
/// sentences, delivery, feedback) and up to two follow-ups, so files are as large as real ones.
public struct SyntheticSessions: Sendable {
    public var seed: UInt64
    /// The first session's start; each later one starts `spacing` seconds after the one before.
    public var firstStart: Date
    public var spacing: TimeInterval

    public init(seed: UInt64, firstStart: Date = Date(timeIntervalSince1970: 1_767_254_400), spacing: TimeInterval = 3_600) {
        self.seed = seed
        self.firstStart = firstStart
        self.spacing = spacing
    }

    /// Session number `index` (0-based).
    public func session(_ index: Int) -> Session {
        var random = SeededGenerator(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let started = firstStart.addingTimeInterval(Double(index) * spacing)
        let mode = [RoundMode.drill, .drill, .drill, .mock, .rapidFire, .weakest][Int(random.next() % 6)]
        let count = switch mode {
        case .drill: 1 + Int(random.next() % 5)
        case .mock: 10
        case .rapidFire: 18
        case .weakest: 6
        }
        var clock = started
        var questions: [QuestionRecord] = []
        for _ in 0..<count {
            let id = Self.questionIDs[Int(random.next() % UInt64(Self.questionIDs.count))]
            questions.append(record(for: id, at: &clock, random: &random))
        }
        let stamp = String(format: "%08d", index)
        return Session(id: "bench-\(stamp)", mode: mode, planDay: random.next() % 4 == 0 ? nil : 1 + Int(random.next() % 30),
                       startedAt: started, seed: random.next(), questions: questions,
                       status: random.next() % 10 == 0 ? .interrupted : .completed, endedAt: clock)
    }

    /// Writes sessions `0..<count` into `folder` (created if missing) as the store would, on every core and
    /// without the per-file flush to disk that makes real saves durable, so that generating many is quick.
    /// - Throws: the first error of any file (the others are still written).
    public func write(count: Int, to folder: URL) throws {
        let store = SessionStore(folder: folder)
        try SessionStore.prepare(folder: store.folder)
        let written = Array(0..<count).parallelMap { index in
            Result { () throws -> Void in
                let session = session(index)
                let url = try store.url(for: session.id)
                try SessionCoding.encode(session).write(to: url)
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            }
        }
        try written.forEach { try $0.get() }
    }

    private func record(for id: String, at clock: inout Date, random: inout SeededGenerator) -> QuestionRecord {
        let limit: Double = id.hasPrefix("T") ? 120 : 180
        let answer = self.answer(for: id, words: 120 + Int(random.next() % 180), limit: limit, at: &clock, random: &random)
        var followUps: [FollowUpRecord] = []
        for concept in (answer.scorecard.content?.concepts ?? []).filter({ !$0.hit }).prefix(Int(random.next() % 3)) {
            let reply = self.answer(for: id, words: 30 + Int(random.next() % 60), limit: 60, at: &clock, random: &random)
            followUps.append(FollowUpRecord(prompt: "What about \(concept.label)?", probe: .concept(concept.id), answer: reply,
                                            earned: random.next() % 2 == 0))
        }
        return QuestionRecord(questionID: id, question: "Synthetic question \(id)?", reason: "synthetic", answer: answer,
                              followUps: followUps)
    }

    private func answer(for id: String, words count: Int, limit: Double, at clock: inout Date, random: inout SeededGenerator) -> Answer {
        var words: [String] = []
        var sentences: [String] = []
        var sentence: [String] = []
        for index in 0..<count {
            let word = Self.vocabulary[Int(random.next() % UInt64(Self.vocabulary.count))]
            words.append(word)
            sentence.append(word)
            if sentence.count >= 8 + Int(random.next() % 10) || index == count - 1 {
                sentences.append(sentence.joined(separator: " ").capitalizedFirst + ".")
                sentence = []
            }
        }
        let text = sentences.joined(separator: " ")
        let seconds = Double(count) / (1.8 + Double(random.next() % 100) / 100)
        let started = clock
        clock = clock.addingTimeInterval(seconds + 5)
        return Answer(text: text, source: .typed, startedAt: started, seconds: seconds, timeLimit: limit,
                      scorecard: scorecard(for: id, text: text, sentences: sentences, words: count, seconds: seconds,
                                           limit: limit, random: &random))
    }

    private func scorecard(for id: String, text: String, sentences: [String], words: Int, seconds: Double, limit: Double,
                           random: inout SeededGenerator) -> Scorecard {
        let conceptCount = 5 + Int(id.utf8.reduce(0) { $0 + Int($1) } % 4)
        let bias = Double(random.next() % 100) / 100
        var concepts: [ConceptResult] = []
        for number in 0..<conceptCount {
            let hit = Double(random.next() % 100) / 100 < 0.3 + 0.6 * bias
            let tag = Self.tags[(number + id.utf8.count * 7 + Int(id.utf8.last ?? 0)) % Self.tags.count]
            let start = Int(random.next() % UInt64(max(1, text.utf8.count - 20)))
            let evidence = hit ? [Evidence(text: String(text.utf8.dropFirst(start).prefix(16)) ?? "", start: start, end: start + 16,
                                           negated: false)] : []
            concepts.append(ConceptResult(id: "concept-\(number + 1)", label: "\(tag.replacingOccurrences(of: "-", with: " ")) point \(number + 1)",
                                          weight: Double(1 + number % 3), required: number < 2, tags: [tag, id.hasPrefix("T") ? "technical" : "practice"],
                                          hit: hit, negated: false, evidence: evidence))
        }
        let earned = concepts.filter(\.hit).reduce(0) { $0 + $1.weight }
        let total = concepts.reduce(0) { $0 + $1.weight }
        let coverage = total == 0 ? 0 : earned / total
        func part(_ present: Bool, _ index: Int) -> StructurePart {
            guard present, !sentences.isEmpty else { return .absent }
            let chosen = index % sentences.count
            return StructurePart(present: true, evidence: [sentences[chosen]], sentences: [chosen], share: 0.25)
        }
        let star = StarAnalysis(situation: part(random.next() % 4 != 0, 0), task: part(random.next() % 3 != 0, 1),
                                action: part(random.next() % 5 != 0, 2), result: part(random.next() % 2 == 0, 3),
                                inOrder: true, firstPersonActions: Int(random.next() % 6), collectiveActions: Int(random.next() % 4),
                                quantifiedResult: random.next() % 3 == 0, quantities: [], isStory: id.hasPrefix("B"))
        let fillers = Int(random.next() % 8)
        let delivery = DeliveryReport(
            words: words, seconds: seconds, wordsPerMinute: Double(words) / seconds * 60, pace: .comfortable, fillers: fillers,
            fillerWords: [WordCount(word: "um", count: fillers)], fillerRate: Double(fillers) / Double(words) * 100, hedges: 1,
            hedgeWords: [WordCount(word: "maybe", count: 1)], pauses: nil, longestPause: nil,
            topWords: Self.vocabulary.prefix(10).map { WordCount(word: $0, count: 3) }, timeLimit: limit,
            overTime: max(0, seconds - limit), tooShort: words < 60)
        let score = Int((coverage * 80 + 20 * bias).rounded())
        let feedback = concepts.filter { !$0.hit }.prefix(3).map { Feedback(message: "You missed \($0.label).", target: .concept($0.id)) }
        return Scorecard(questionID: id, score: score,
                         content: ContentResult(concepts: concepts, coverage: coverage,
                                                missingRequired: concepts.filter { $0.required && !$0.hit }.map(\.label)),
                         star: star, steps: nil, delivery: delivery,
                         breakdown: ScoreBreakdown(content: coverage * 70, structure: 15 * bias, delivery: 10, caps: []),
                         feedback: Array(feedback))
    }

    private static let questionIDs = (1...20).map { String(format: "T%02d", $0) } + (21...40).map { "S\($0)" } + (41...50).map { "B\($0)" }
    private static let tags = ["prompt-injection", "data-poisoning", "privacy", "access-control", "monitoring", "encryption",
                               "adversarial", "governance", "rate-limiting", "supply-chain", "fairness", "incident-response"]
    private static let vocabulary = """
        model data training pipeline attacker poisoning adversarial inference privacy differential noise budget access control \
        logging monitoring drift anomaly detection rate limiting input validation output filtering prompt injection jailbreak \
        system instructions tokens api keys authentication authorization least privilege encryption at rest in transit enclave \
        homomorphic federated gradient clipping membership inversion extraction watermark query budget incident response \
        stakeholder risk register threat model compliance regulation gdpr audit trail provenance checksum signature supply \
        chain dependency vulnerability patch framework sandbox red team evaluation benchmark robustness fairness bias metric \
        demographic parity mitigation retraining rollback canary alert threshold dashboard escalation policy governance
        """.split(whereSeparator: \.isWhitespace).map(String.init)
}

private extension String {
    var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}

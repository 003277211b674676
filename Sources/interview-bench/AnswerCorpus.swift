import InterviewKit

/// Deterministic answers to score: the same seed gives the same answers, byte for byte.
///
/// Each answer is 50-600 words long (uniformly), for a question of the bank taken in turn, and is made of
/// sentences from the bank's own words: mostly its question's model answer and concept examples (matching
/// and near-miss ones), some from other questions. About one answer in three carries non-ASCII words
/// (accented Latin, Japanese, emoji).
struct AnswerCorpus: Sendable {
    /// One answer and the question it answers.
    struct Answer: Sendable {
        let question: Question
        let text: String
        let words: Int
    }

    let answers: [Answer]

    /// Total size of the answers in UTF-8 bytes.
    var bytes: Int { answers.reduce(0) { $0 + $1.text.utf8.count } }

    init(bank: QuestionBank, count: Int, seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let pools = bank.questions.map(Self.sentences(of:))
        precondition(pools.contains { !$0.isEmpty }, "the question bank has no model answers or examples to build answers from")
        answers = (0..<count).map { index in
            let slot = index % bank.questions.count
            let words = Self.minimumWords + Int(random.next() % UInt64(Self.maximumWords - Self.minimumWords + 1))
            let text = Self.answer(words: words, own: pools[slot], all: pools, random: &random)
            return Answer(question: bank.questions[slot], text: text, words: words)
        }
    }

    static let minimumWords = 50
    static let maximumWords = 600

    /// Words mixed into about one answer in three, so that matching meets multi-byte UTF-8.
    private static let nonASCII = ["café", "naïve", "résumé", "Zürich", "São", "日本", "東京のデータセンター",
                                   "🙂", "🔒", "👍🏽", "Ångström", "Łódź"]

    /// A question's sentences: its model answer's and its concepts' examples.
    private static func sentences(of question: Question) -> [String] {
        let model = Sentence.split(question.modelAnswer ?? "").map(\.text)
        let examples = question.concepts.flatMap { $0.examples.match + $0.examples.noMatch }
        return (model + examples).filter { !$0.isEmpty }
    }

    /// `words` words of sentences, four in five from `own`, the others from any pool; the last sentence cut to fit.
    private static func answer(words: Int, own: [String], all: [[String]], random: inout SeededGenerator) -> String {
        let decorated = random.next() % 3 == 0
        var sentences: [String] = []
        var count = 0
        while count < words {
            let pool = random.next() % 5 == 0 || own.isEmpty ? all[Int(random.next() % UInt64(all.count))] : own
            guard !pool.isEmpty else { continue }
            var sentenceWords = pool[Int(random.next() % UInt64(pool.count))].split(separator: " ").map(String.init)
            if decorated, random.next() % 3 == 0 {
                let position = Int(random.next() % UInt64(sentenceWords.count + 1))
                sentenceWords.insert(nonASCII[Int(random.next() % UInt64(nonASCII.count))], at: position)
            }
            let kept = sentenceWords.prefix(words - count)
            count += kept.count
            var sentence = kept.joined(separator: " ")
            if let last = sentence.last, !".!?".contains(last) { sentence += "." }
            sentences.append(sentence)
        }
        return sentences.joined(separator: " ")
    }
}

import Foundation
@testable import InterviewKit
import Testing

/// Random answers of every kind (real vocabulary, right-to-left and combining text, emoji, NULs, very
/// long lines) against random questions: the scorer always returns a sound scorecard.
@Suite struct ScorerFuzzTests {
    private static let pieces: [String] = [
        "rate limiting", "differential privacy", "I would not encrypt", "without monitoring", "As a result",
        "we cut incidents by 40%", "I led", "Situation:", "**Result**", "um", "you know", "I think",
        "مرحبا بالعالم", "שלום", "é", "e\u{301}", "日本語のテキスト", "🙂", "👩‍💻", "\u{0}", "\t", "\n", "\n\n",
        "...", ";", ":", "—", "'", "’", "{{negation}}", "(a+)+$", "\\b", "[z-a]", "ab", "a",
        String(repeating: "x", count: 500), String(repeating: "word ", count: 200),
    ]

    @Test func randomAnswersNeverBreakTheScorer() throws {
        var random = SeededGenerator(seed: 0xF0CC_2026)
        let questions = Fixture.bank.questions
        for _ in 0..<600 {
            let count = Int.random(in: 0...40, using: &random)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }
                .joined(separator: Bool.random(using: &random) ? " " : "")
            let question = Bool.random(using: &random) ? questions.randomElement(using: &random) : nil
            let seconds = Bool.random(using: &random) ? Double.random(in: 0...600, using: &random) : nil
            let card = try ScorerTests.scorer.score(text, question: question, timing: AnswerTiming(seconds: seconds))
            if let score = card.score { #expect((0...100).contains(score)) }
            #expect((question == nil) == (card.score == nil))
            #expect(card.feedback.count <= FeedbackBuilder.limit)
            #expect(card.delivery.fillerRate.isFinite && card.delivery.words >= 0)
            for evidence in card.content?.concepts.flatMap(\.evidence) ?? [] {
                #expect(String(ByteOffsets.slice(text, evidence.start..<evidence.end)) == evidence.text)
            }
        }
    }
}

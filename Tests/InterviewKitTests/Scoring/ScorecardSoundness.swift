import Foundation
@testable import InterviewKit
import Testing

/// What every scorecard must be, whatever the answer: numbers in range and finite, evidence that points at
/// the answer's own words, a value that saves and loads back unchanged, and a rendering.
enum ScorecardSoundness {
    static func check(_ card: Scorecard, text: String, question: Question?, _ context: @autoclosure () -> String) {
        #expect(card.questionID == question?.id, "\(context())")
        if let question {
            #expect(card.score.map { (0...100).contains($0) } == true, "\(context())")
            let content = card.content
            #expect(content?.concepts.map(\.id) == question.concepts.map(\.id), "\(context())")
            #expect(content.map { (0...1).contains($0.coverage) } == true, "\(context())")
            for evidence in content?.concepts.flatMap(\.evidence) ?? [] {
                let inside = 0 <= evidence.start && evidence.start <= evidence.end && evidence.end <= text.utf8.count
                #expect(inside && String(ByteOffsets.slice(text, evidence.start..<evidence.end)) == evidence.text, "\(context())")
            }
            let breakdown = [card.breakdown?.content, card.breakdown?.structure, card.breakdown?.delivery]
            #expect(breakdown.allSatisfy { $0?.isFinite == true }, "\(context())")
        } else {
            #expect(card.score == nil && card.content == nil, "\(context())")
        }
        let delivery = card.delivery
        let numbers = [delivery.seconds, delivery.wordsPerMinute, delivery.fillerRate, delivery.longestPause, delivery.overTime]
        #expect(delivery.words >= 0 && numbers.allSatisfy { $0?.isFinite ?? true }, "\(context())")
        let parts = card.star.parts.map(\.finding) + (card.steps?.parts.map(\.finding) ?? [])
        #expect(parts.allSatisfy { (0...1).contains($0.share) }, "\(context())")
        #expect(card.feedback.count <= 3, "\(context())")
        do {
            let decoded = try SessionCoding.makeDecoder().decode(Scorecard.self, from: SessionCoding.encode(card))
            #expect(decoded == card, "\(context()): the scorecard must save and load back unchanged")
        } catch {
            Issue.record("\(context()): \(error)")
        }
        #expect(!ScorecardRenderer(style: .plain).render(card, question: question, answer: text).isEmpty, "\(context())")
    }
}

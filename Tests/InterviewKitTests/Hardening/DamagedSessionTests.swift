import Foundation
@testable import InterviewKit
import Testing

/// A session file edited by hand or damaged on disk can hold any number where a time or a pace should be:
/// `nan`, infinities, 1e300. Every report still renders; none of them traps converting it to a whole number.
@Suite struct DamagedSessionTests {
    @Test(arguments: [Double.nan, .infinity, -.infinity, 1e300, -1e300, .greatestFiniteMagnitude])
    func everyReportRendersImpossibleNumbers(number: Double) throws {
        var card = SessionFixture.scorecard("T12", score: 72, concepts: [("logging", true)], seconds: 100)
        card.delivery.wordsPerMinute = number
        card.delivery.seconds = number
        card.content?.coverage = number
        var record = SessionFixture.question("T12", card: card)
        record.answer?.seconds = number
        let session = SessionFixture.session("damaged", questions: [record])
        let data = try SessionCoding.encode(session)
        let loaded = try SessionCoding.decode(Session.self, from: data, path: "damaged.json", currentVersion: Session.currentVersion)
        #expect(!SessionDocument.markdown(loaded, timeZone: .gmt).isEmpty)
        #expect(!SessionDocument.html(loaded, timeZone: .gmt).isEmpty)
        #expect(!RoundSummary(session: loaded, bank: Fixture.bank).render(style: .plain).isEmpty)
        #expect(!ScorecardRenderer(style: .plain).render(card, question: nil, answer: "text").isEmpty)
        #expect(!SessionListReport.text([SessionSummary(SessionDigest(loaded))], timeZone: .gmt).isEmpty)
    }

    @Test func wholeNumbersStayInRange() {
        #expect(Double.nan.wholeNumber == 0)
        #expect(Double.infinity.wholeNumber == .max && (-Double.infinity).wholeNumber == -.max)
        #expect(2.5.wholeNumber == 3 && (-2.5).wholeNumber == -3 && 1e18.wholeNumber == 1_000_000_000_000_000_000)
    }
}

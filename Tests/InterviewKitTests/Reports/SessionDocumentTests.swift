import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import InterviewKit
import Testing

/// Golden files: set `INTERVIEW_UPDATE_GOLDEN=1` to rewrite them, then review the diff by eye.
private func golden(_ name: String, _ actual: String) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sessions/\(name)")
    if ProcessInfo.processInfo.environment["INTERVIEW_UPDATE_GOLDEN"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "\(name) differs from its golden file")
}

@Suite struct SessionDocumentTests {
    @Test func markdownMatchesItsGoldenFile() throws {
        try golden("story.md", SessionDocument.markdown(ReportFixture.story, timeZone: .gmt))
        try golden("later.md", SessionDocument.markdown(ReportFixture.later, timeZone: .gmt))
    }

    @Test func htmlIsWellFormedAndSelfContained() throws {
        let page = SessionDocument.html(ReportFixture.story, timeZone: .gmt)
        try expectWellFormed(page)
        expectSelfContained(page)
        #expect(page.contains("our &lt;GPT&gt; API was abused &amp; scraped."))
        #expect(page.contains("Revoke &quot;old&quot; keys"))
    }

    @Test func jsonIsTheSessionItself() throws {
        let json = try SessionDocument.json(ReportFixture.story)
        let decoded = try SessionCoding.makeDecoder().decode(Session.self, from: Data(json.utf8))
        #expect(decoded == ReportFixture.story)
    }

    @Test func theListShowsNewestFirstWithAveragesAndDurations() throws {
        let summaries = [ReportFixture.later, ReportFixture.story].map { SessionSummary(SessionDigest($0)) }
        let text = SessionListReport.text(summaries, timeZone: .gmt)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("session "))
        #expect(lines[2].hasPrefix("20260303-090000-beef  2026-03-03 09:00  mock"))
        #expect(lines[2].contains(" 65.0 ") && lines[2].contains("15m 00s"))
        #expect(lines[3].contains(" 1/2 ") && lines[3].contains(" 68.0 "))
        #expect(lines.last == "2 sessions")
        #expect(try SessionListReport.json(summaries).contains("\"averageScore\" : 65"))
    }
}

@Suite struct RescoreTests {
    @Test func rescoringReplacesScorecardsKeepsTextsAndShowsWhatMoved() throws {
        let session = ReportFixture.later
        var seen: [(String, String, Double)] = []
        let result = try Rescore.run(session) { id, answer in
            seen.append((id, answer.text, answer.seconds))
            return id == "T12" ? SessionFixture.scorecard("T12", score: 70, concepts: [("auth", true), ("logging", false)])
                               : SessionFixture.scorecard("S23", score: 85, concepts: [("rate-limiting", true), ("key-rotation", true)])
        }
        #expect(seen.map(\.0) == ["S23", "T12"])
        #expect(seen.map(\.1) == session.questions.map { $0.answer?.text ?? "" })
        #expect(result.session.questions.map { $0.answer?.text } == session.questions.map { $0.answer?.text })
        #expect(result.session.questions[1].answer?.scorecard.score == 70)
        let moved = result.changes.filter(\.moved)
        #expect(moved.count == 1)
        #expect(moved.first?.before == 45 && moved.first?.after == 70 && moved.first?.gained == ["auth"] && moved.first?.lost == ["logging"])
        let text = Rescore.text(result.changes)
        #expect(text.contains("T12") && text.contains("gained: auth; lost: logging"))
        #expect(text.hasSuffix("1 of 2 answers moved."))
    }

    @Test func aScorerErrorStopsWithoutChangingAnything() {
        struct Broken: Error {}
        #expect(throws: Broken.self) { _ = try Rescore.run(ReportFixture.later) { _, _ in throw Broken() } }
    }
}

/// Parses `page` as XML, recording an issue with the parser's message when it is not well-formed.
func expectWellFormed(_ page: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let parser = XMLParser(data: Data(page.utf8))
    let parsed = parser.parse()
    #expect(parsed, "not well-formed: \(parser.parserError.map { String(describing: $0) } ?? "?") at line \(parser.lineNumber)",
            sourceLocation: sourceLocation)
}

/// No external resources: no links, no script or image sources, no URLs.
func expectSelfContained(_ page: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for forbidden in ["http:", "https:", "src=", "<link", "<script", "@import", "url("] {
        #expect(!page.contains(forbidden), "the page contains \(forbidden)", sourceLocation: sourceLocation)
    }
}

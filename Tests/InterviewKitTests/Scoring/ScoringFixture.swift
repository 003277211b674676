import Foundation
@testable import InterviewKit
import Testing

/// Three questions in `Fixtures/rubrics/hardening` (T06 an explanation, S22 steps, B41 a story) over the
/// shipped lexicon and structure rules, loaded once, and a scorer for them.
enum ScoringFixture {
    static let folder = Fixture.url("rubrics/hardening")
    static let outcome = RubricLoader(folder: folder, displayName: "hardening", fallback: Fixture.rubrics).load()
    private static let loaded = Result { try Scorer(bank: outcome.bank, rules: StructureFixtures.rules()) }

    static func scorer() throws -> Scorer {
        try loaded.get()
    }

    static func question(_ id: String) throws -> Question {
        try #require(outcome.bank.question(id: id))
    }
}

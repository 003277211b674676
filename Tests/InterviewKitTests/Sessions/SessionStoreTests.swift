import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import InterviewKit
import Testing

@Suite struct SessionStoreTests {
    private func sample(_ id: String = "20260301-090000-abcd", hours: Double = 0) -> Session {
        SessionFixture.session(id, hours: hours, questions: [
            SessionFixture.question("T12", hours: hours, card: SessionFixture.scorecard("T12", score: 72, concepts: [("rate-limiting", true), ("logging", false)]),
                             followUps: [FollowUpRecord(prompt: "And logging?", probe: .concept("logging"), earned: true)]),
        ])
    }

    @Test func aSavedSessionLoadsBackEqual() throws {
        let folder = try TemporaryFolder()
        let store = SessionStore(folder: folder.url.appendingPathComponent("Sessions"))
        let session = sample()
        try store.save(session)
        #expect(try store.load(id: session.id) == session)
        #expect(try store.load(id: session.id + ".json") == session)
        let text = try String(contentsOf: store.url(for: session.id), encoding: .utf8)
        #expect(text.contains("\"startedAt\" : \"2026-03-01T09:00:00.000Z\""))
        #expect(text.contains("\"endedAt\" : \"2026-03-01T09:15:00.000Z\""))
        #expect(text.range(of: "\"endedAt\"")!.lowerBound < text.range(of: "\"id\"")!.lowerBound, "keys are sorted")
    }

    @Test func temporaryFilesOfSavesKilledMidWriteGoOnceAnHourOld() throws {
        let folder = try TemporaryFolder()
        let store = SessionStore(folder: folder.url.appendingPathComponent("Sessions"))
        let session = sample()
        try store.save(session)
        let abandoned = store.folder.appendingPathComponent(".\(session.id).json.tmp-Ab12Cd")
        let writing = store.folder.appendingPathComponent(".\(session.id).json.tmp-Ef34Gh")
        for file in [abandoned, writing] { try Data("{\"id\": ".utf8).write(to: file) }
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-7_200)], ofItemAtPath: abandoned.path)

        let listed = store.summaries()
        #expect(listed.items.map(\.id) == [session.id] && listed.problems.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: abandoned.path), "two hours old: the kill left it")
        #expect(FileManager.default.fileExists(atPath: writing.path), "fresh: a save may be writing it now")
        #expect(try store.load(id: session.id) == session)
    }

    @Test func aListingThatReadsManyFilesFillsTheOtherCacheToo() throws {
        let folder = try TemporaryFolder()
        let store = SessionStore(folder: folder.url.appendingPathComponent("Sessions"))
        try SyntheticSessions(seed: 7).write(count: 60, to: store.folder)
        let digestsCache = store.folder.appendingPathComponent(".digests.json")

        #expect(store.summaries().items.count == 60)
        let shared = try JSONSerialization.jsonObject(with: Data(contentsOf: digestsCache)) as? [String: Any]
        #expect((shared?["files"] as? [String: Any])?.count == 60, "review's first run leaves progress nothing to read")
        let expected = store.loadAll().items.map(SessionDigest.init)
        let found = store.digests()
        #expect(found.digests == expected && found.problems.isEmpty)
        #expect(found.concepts.info(question: expected[0].questions[0].questionID,
                                    concept: try #require(expected[0].questions[0].answer?.hits.first ?? expected[0].questions[0].answer?.misses.first)) != nil)

        // A few new sessions are not worth rewriting the other cache for.
        try FileManager.default.removeItem(at: digestsCache)
        for index in 60..<63 { try store.save(SyntheticSessions(seed: 7).session(index)) }
        #expect(store.summaries().items.count == 63)
        #expect(!FileManager.default.fileExists(atPath: digestsCache.path))
    }

    @Test func filesAre0600AndTheFolder0700() throws {
        let folder = try TemporaryFolder()
        let sessions = folder.url.appendingPathComponent("a/b/Sessions")
        let store = SessionStore(folder: sessions)
        try store.save(sample())
        #expect(try permissions(of: sessions) == 0o700)
        #expect(try permissions(of: store.url(for: sample().id)) == 0o600)
    }

    @Test func anExistingFolderOpenToOthersIsClosed() throws {
        let folder = try TemporaryFolder()
        let sessions = folder.url.appendingPathComponent("Sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        try SessionStore(folder: sessions).save(sample())
        #expect(try permissions(of: sessions) == 0o700, "a fresh checkout's Sessions folder is 0755; answers must not stay readable")
    }

    @Test func createNeverOverwritesAnotherSession() throws {
        let folder = try TemporaryFolder()
        let store = SessionStore(folder: folder.url)
        let first = sample()
        try store.create(first)
        var second = sample()
        second.mode = .mock
        #expect(throws: SessionStoreError.alreadyExists(path: try store.url(for: first.id).path)) { try store.create(second) }
        #expect(try store.load(id: first.id).mode == .drill)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == [first.id + ".json"], "no temporary files left")
    }

    @Test func createNewPicksAFreshIDWhenOneIsTaken() throws {
        let folder = try TemporaryFolder()
        let store = SessionStore(folder: folder.url)
        var generator = SeededGenerator(seed: 1)
        let taken = SessionID.make(at: SessionFixture.date(), in: .gmt, using: &generator)
        try store.create(sample(taken))
        generator = SeededGenerator(seed: 1)
        let made = try store.createNew(at: SessionFixture.date(), in: .gmt, using: &generator) { id in sample(id) }
        #expect(made.id != taken)
        #expect(made.id.hasPrefix("20260301-090000-"))
        #expect(store.loadAll().items.count == 2)
    }

    /// Root ignores folder permissions, so this runs only for ordinary users; the rename test below runs for all.
    @Test(.enabled(if: geteuid() != 0)) func aFailedWriteLeavesTheOldFileIntact() throws {
        let folder = try TemporaryFolder()
        let store = SessionStore(folder: folder.url)
        let session = sample()
        try store.save(session)
        let before = try Data(contentsOf: store.url(for: session.id))
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.url.path)
        var changed = session
        changed.mode = .mock
        #expect {
            try store.save(changed)
        } throws: { error in
            guard case let .writeFailed(path, _) = error as? SessionStoreError else { return false }
            return path == (try? store.url(for: session.id).path) && String(describing: error).contains(path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.url.path)
        #expect(try Data(contentsOf: store.url(for: session.id)) == before)
    }

    @Test func aRenameOntoAFolderFailsNamingThePathAndLeavesEverythingAsItWas() throws {
        let folder = try TemporaryFolder()
        let store = SessionStore(folder: folder.url)
        let session = sample()
        let blocker = try store.url(for: session.id)
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: blocker.appendingPathComponent("inside"))
        #expect {
            try store.save(session)
        } throws: { error in
            guard case let .writeFailed(path, _) = error as? SessionStoreError else { return false }
            return path == blocker.path && String(describing: error).hasPrefix("error: \(blocker.path): cannot write it")
        }
        #expect(try String(contentsOf: blocker.appendingPathComponent("inside"), encoding: .utf8) == "keep")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == [session.id + ".json"])
    }

    @Test(arguments: ["", "../escape", "/etc/passwd", "a/b", "a\0b", "..", ".hidden", "plan", "-rf", "x y", "caf\u{E9}"])
    func idsCannotEscapeTheFolder(id: String) throws {
        let store = SessionStore(folder: URL(fileURLWithPath: "/tmp/sessions"))
        #expect(throws: SessionStoreError.self) { try store.url(for: id) }
        #expect(throws: SessionStoreError.self) { try store.load(id: id) }
    }

    @Test func badFilesAreReportedByNameAndSkipped() throws {
        let folder = try TemporaryFolder()
        let store = SessionStore(folder: folder.url)
        try store.save(sample("good", hours: 1))
        let good = try Data(contentsOf: store.url(for: "good"))
        try good.prefix(good.count / 2).write(to: folder.url.appendingPathComponent("truncated.json"))
        try Data("not json at all".utf8).write(to: folder.url.appendingPathComponent("garbage.json"))
        try Data().write(to: folder.url.appendingPathComponent("empty.json"))
        let newer = String(decoding: good, as: UTF8.self).replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 9")
        try Data(newer.utf8).write(to: folder.url.appendingPathComponent("newer.json"))
        try Data(#"{"version": 1}"#.utf8).write(to: folder.url.appendingPathComponent("partial.json"))
        try Data("notes".utf8).write(to: folder.url.appendingPathComponent("README.md"))
        try PlanCalendar(start: CalendarDay(year: 2026, month: 3, day: 1)!).save(to: folder.url)

        for loaded in [store.loadAll().problems, store.summaries().problems, store.digests().problems] {
            let messages = Dictionary(uniqueKeysWithValues: loaded.map { ($0.fileName, $0.description) })
            #expect(messages.keys.sorted() == ["empty.json", "garbage.json", "newer.json", "partial.json", "truncated.json"])
            #expect(messages["newer.json"] == "warning: skipped newer.json: written by a newer interview (version 9); this build reads version 1")
            #expect(messages["truncated.json"]?.contains("not valid JSON") == true)
            #expect(messages["empty.json"]?.contains("empty") == true)
            #expect(messages["partial.json"]?.contains("missing") == true)
        }
        #expect(store.loadAll().items.map(\.id) == ["good"])
        #expect(store.summaries().items.map(\.id) == ["good"])
        #expect(store.digests().digests.map(\.id) == ["good"])
    }

    @Test func summariesFollowTheFilesThroughTheirCache() throws {
        let folder = try TemporaryFolder()
        let store = SessionStore(folder: folder.url)
        try store.save(sample("one", hours: 0))
        try store.save(sample("two", hours: 5))
        #expect(store.summaries().items.map(\.id) == ["two", "one"], "newest first")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(".summaries.json").path))
        var changed = sample("one", hours: 0)
        changed.mode = .mock
        try store.save(changed)
        try FileManager.default.removeItem(at: store.url(for: "two"))
        let summaries = store.summaries().items
        #expect(summaries.map(\.id) == ["one"])
        #expect(summaries.first?.mode == .mock)
        #expect(summaries.first?.averageScore == 72)
        #expect(summaries.first?.duration == 900)
        try Data("{broken".utf8).write(to: folder.url.appendingPathComponent(".summaries.json"))
        #expect(store.summaries().items.map(\.id) == ["one"], "a damaged cache is rebuilt")
        #expect(store.digests().concepts.info(question: "T12", concept: "logging")?.label == "logging")
    }

    @Test func theFolderComesFromTheOptionThenTheEnvironmentThenTheDefault() {
        let here = URL(fileURLWithPath: "/work/here", isDirectory: true)
        #expect(SessionStore.folder(option: "mine", environment: ["INTERVIEW_SESSIONS": "/env"], currentDirectory: here).path == "/work/here/mine")
        #expect(SessionStore.folder(option: nil, environment: ["INTERVIEW_SESSIONS": "/env"], currentDirectory: here).path == "/env")
        #expect(SessionStore.folder(option: nil, environment: [:], currentDirectory: here).path == "/work/here/Sessions")
    }

    @Test func syntheticSessionsAreDeterministic() {
        let generator = SyntheticSessions(seed: 5)
        #expect(generator.session(3) == SyntheticSessions(seed: 5).session(3))
        #expect(generator.session(3) != generator.session(4))
    }
}

@Suite struct DigestCodingTests {
    @Test func digestsSurviveTheirCompactCoding() throws {
        var session = ReportFixture.story
        let followUp = session.questions[0].followUps[0]
        session.questions[0].followUps += [
            FollowUpRecord(prompt: "And the result?", probe: .star(.result), answer: followUp.answer, earned: false),
            FollowUpRecord(prompt: "By how much?", probe: .quantifiedResult, answer: nil, earned: false),
        ]
        let digests = [SessionDigest(session), SessionDigest(ReportFixture.later), SessionDigest(SyntheticSessions(seed: 2).session(1))]
        let data = try JSONEncoder().encode(digests)
        #expect(try JSONDecoder().decode([SessionDigest].self, from: data) == digests)
        #expect(String(decoding: data, as: UTF8.self).contains(#"["star","result",false,true]"#))
    }
}

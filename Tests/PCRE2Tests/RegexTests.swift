import PCRE2
import Testing

@Suite struct RegexTests {
    @Test func unicodeWordBoundaryMatchesLoneGreekLetter() throws {
        let regex = try Regex(#"\bδ\b"#, options: [.utf, .ucp])
        #expect(try regex.matches(in: "ε-δ proof"))
        #expect(try regex.matches(in: "δ"))
        #expect(try !regex.matches(in: "αδβ"))
    }

    @Test func caselessMatchingFoldsNonASCIILetters() throws {
        let regex = try Regex("RÉNYI", options: [.utf, .ucp, .caseless])
        #expect(try regex.firstMatch(in: "the rényi divergence").map { "the rényi divergence"[$0.range] } == "rényi")
        #expect(try !Regex("RÉNYI", options: .unicode).matches(in: "rényi"))
    }

    @Test(arguments: [
        ("[z-a]", "range out of order in character class", 3),
        ("(abc", "missing closing parenthesis", 4),
        ("ééé(x", "missing closing parenthesis", 5),
        ("日本[z-a]", "range out of order in character class", 5),
    ])
    func badPatternReportsMessageAndCharacterColumn(pattern: String, message: String, column: Int) {
        #expect(throws: RegexError.compile(message: message, column: column, pattern: pattern)) {
            try Regex(pattern)
        }
    }

    @Test func catastrophicBacktrackingEndsWithLimitError() throws {
        let regex = try Regex("(a+)+$")
        let subject = String(repeating: "a", count: 36) + "!"
        do {
            _ = try regex.matches(in: subject)
            Issue.record("expected the match limit to stop the pattern")
        } catch {
            guard case .limitExceeded = error else {
                Issue.record("expected limitExceeded, got \(error)")
                return
            }
        }
    }

    @Test func allMatchesMapsByteOffsetsToStringRangesAroundMultiByteCharacters() throws {
        let text = "Café → naïve café, 日本 CAFÉ 🙂 café"
        let regex = try Regex(#"\bcafé\b"#, options: [.utf, .ucp, .caseless])
        let found = try regex.allMatches(in: text).map { String(text[$0.range]) }
        #expect(found == ["Café", "café", "CAFÉ", "café"])
        let emoji = try Regex("🙂").firstMatch(in: text)
        #expect(emoji.map { String(text[$0.range]) } == "🙂")
        #expect(emoji.map { text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound) } == emoji?.byteRange.lowerBound)
    }

    @Test func emptyMatchesAdvanceByWholeCodePoints() throws {
        let text = "é日"
        let ranges = try Regex("x*").allMatches(in: text).map(\.byteRange)
        #expect(ranges == [0..<0, 2..<2, 5..<5])
    }

    @Test func emptySubjectAndNoMatch() throws {
        #expect(try Regex("a").firstMatch(in: "") == nil)
        #expect(try Regex("^$").matches(in: ""))
    }

    @Test func interpreterRunsAPatternUntilItHasScannedTheThresholdThenJIT() throws {
        let regex = try Regex(#"\bencrypt\w*"#, options: [.utf, .ucp, .caseless])
        let text = String(repeating: "We encrypt it; Encryption at rest, ñ. ", count: 16)
        var found: [[Range<Int>]] = []
        while !regex.isJITCompiled, found.count <= Regex.jitThreshold / text.utf8.count + 1 {
            found.append(try regex.byteRanges(in: text))
        }
        #expect(found.count == (Regex.jitThreshold + text.utf8.count - 1) / text.utf8.count)
        #expect(regex.isJITCompiled)
        #expect(try regex.byteRanges(in: text) == found[0])
        #expect(found.allSatisfy { $0 == found[0] } && found[0].count == 32)
    }

    @Test func compileJITNowWhereAvailableButNotWhenTurnedOff() throws {
        #expect(try Regex("abc").compileJIT())
        let checkedOnly = try Regex("abc", jit: false)
        #expect(!checkedOnly.compileJIT())
        _ = try checkedOnly.byteRanges(in: String(repeating: "abc ", count: Regex.jitThreshold))
        #expect(!checkedOnly.isJITCompiled)
    }

    /// Many tasks at once, interpreting, then one of them JIT-compiling mid-run while others still interpret,
    /// then all on JIT code: every result stays right.
    @Test func concurrentMatchingFromManyTasksGivesCorrectResultsThroughTheSwitchToJIT() async throws {
        let regex = try Regex(#"\b(encrypt\w*)\b"#, options: [.utf, .ucp, .caseless])
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<600 {
                group.addTask {
                    let words = (0..<(index % 7)).map { _ in "Encryption" } + ["ñ"]
                    let text = words.joined(separator: " é ")
                    let found = (try? regex.allMatches(in: text).count) ?? -1
                    return found == index % 7
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 600)
        #expect(results.allSatisfy { $0 })
        #expect(regex.isJITCompiled, "600 answers of about 40 bytes pass the threshold")
    }
}

@Test func minimumLengthTellsPatternsThatCanMatchNothing() throws {
    #expect(try Regex("x*").minimumLength == 0)
    #expect(try Regex(#"\bfoo|"#).minimumLength == 0)
    #expect(try Regex(#"\bencrypt\w*"#).minimumLength == 7)
}

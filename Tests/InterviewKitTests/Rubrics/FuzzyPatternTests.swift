@testable import InterviewKit
import PCRE2
import Testing

@Suite struct FuzzyPatternTests {
    private func widened(_ pattern: String) throws -> Regex {
        try Regex(FuzzyPattern.widen(pattern), options: PatternCompiler.options)
    }

    @Test(arguments: ["encryption", "encyrption", "encrption", "encryyption", "encrypsion", "ENCRYPTION"])
    func longWordsTolerateOneEdit(typed: String) throws {
        #expect(try widened(#"\bencryption\b"#).matches(in: "we use \(typed) everywhere"))
    }

    @Test(arguments: ["ecnryptoin", "encrpytoin", "decryption"])
    func twoEditsDoNotMatch(typed: String) throws {
        #expect(try !widened(#"\bencryption\b"#).matches(in: "we use \(typed) everywhere"))
    }

    @Test func shortWordsStayExact() throws {
        #expect(FuzzyPattern.widen(#"\bpoison\b|\bnoise\b"#).contains("noise"))
        #expect(try !widened(#"\bnoise\b"#).matches(in: "nose"))
    }

    @Test func escapesClassesGroupsAndReferencesAreLeftAlone() {
        #expect(FuzzyPattern.widen(#"\bfoo[abcdefgh](?<name>x){2,3}\p{Letter}{{differential}}"#)
            == #"\bfoo[abcdefgh](?<name>x){2,3}\p{Letter}{{differential}}"#)
    }

    @Test func quantifiedLastLetterStaysExactAndKeepsItsQuantifier() throws {
        let regex = try widened(#"\brequests?\b"#)
        #expect(try regex.matches(in: "too many reqeusts"))
        #expect(try regex.matches(in: "one requset"))
        #expect(FuzzyPattern.widen("requests?").hasSuffix("s?"))
    }

    @Test func anomalyAndPrivilegeMisspellings() throws {
        #expect(try widened(#"\banomaly\b"#).matches(in: "an anomoly detector"))
        #expect(try widened(#"\bprivilege\b"#).matches(in: "least priviledge"))
    }
}

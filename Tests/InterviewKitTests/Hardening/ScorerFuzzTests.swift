import Foundation
@testable import InterviewKit
import Testing

/// Random answers made of what real and hostile ones hold (rubric words and negations, right-to-left text,
/// combining marks, emoji sequences, NUL and control characters, odd white space, any code point, very
/// long words and lines) always get a sound scorecard, quickly, for every kind of question.
@Suite struct ScorerFuzzTests {
    /// Pieces answers are made of.
    private static let pieces: [String] = [
        "prompt injection", "input validation", "output filtering", "least privilege", "we monitor", "logs",
        "isolate", "PII", "leadership", "risk assessment", "documented", "I", "we", "not", "never", "without",
        "Situation:", "Task:", "Action:", "Result:", "**Identify:**", "1.", "- ", "94.5%", "$3M", "by 40%", "e.g.",
        "שלום עולם", "مرحبا بالعالم", "\u{200F}", "\u{200E}", "\u{202E}reversed\u{202C}", "e\u{301}", "a\u{308}\u{301}\u{316}\u{35C}",
        "Z\u{351}\u{34B}\u{35B}\u{302}\u{31A}", "😀", "👩🏽‍💻", "🇫🇷", "👨‍👩‍👧‍👦", "\u{FE0F}", "\u{200D}", "\0", "\u{1B}[31m", "\u{7}",
        "\u{FEFF}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{85}", "\t", "\r\n", "\r", "\n", "\n\n", " ", "  ",
        ".", ". ", "!", "?", ";", ":", ",", "(", ")", "'", "’", "\"", "-", "—", "…", "um", "you know", "I think", "maybe",
        "rate limiting", "differential privacy", "I would not encrypt", "without monitoring", "As a result", "we cut incidents by 40%",
        "I led", "**Result**", "日本語のテキスト", "{{negation}}", "(a+)+$", "\\b", "[z-a]",
    ]

    /// Each argument is a slice of the cases with its own seed, so the slices run side by side.
    @Test(arguments: 0..<4) func randomAnswersGetSoundScorecards(slice: UInt64) throws {
        let scorer = ScorerTests.scorer
        let questions: [Question?] = [nil] + Fixture.bank.questions
        var random = SeededGenerator(seed: 0xF0_2217 &+ slice)
        let start = ContinuousClock.now
        for run in 0..<500 {
            let text = Self.answer(using: &random)
            let question = questions.randomElement(using: &random) ?? nil
            let timing = AnswerTiming(seconds: Self.seconds(using: &random),
                                      pauses: Bool.random(using: &random) ? nil : [0, 0.5, 3, 1e9])
            let card = try scorer.score(text, question: question, timing: timing)
            ScorecardSoundness.check(card, text: text, question: question, "slice \(slice) run \(run): \(text.debugDescription)")
        }
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    /// Long and empty answers by name (arguments name them: a megabyte would fill the test log), each scored
    /// against one question, so that all three analyses (concepts only, steps, STAR) meet them.
    static let longAnswers: [String: (id: String, text: String)] = [
        // Half the largest transcript: the negation check once made a megabyte take a minute, and this 15 s.
        "one line of 500 kB": ("T06", String(repeating: "not prompt injection input validation ", count: 13_000)),
        "one word of 250 kB": ("S22", String(repeating: "a", count: 250_000)),
        "emoji": ("B41", String(repeating: "👩🏽‍💻🇫🇷", count: 10_000)),
        "combining marks": ("T06", "e" + String(repeating: "\u{301}", count: 100_000)),
        "labels": ("B41", String(repeating: "Situation: ", count: 20_000)),
        "sentences": ("S22", String(repeating: "We isolate it. ", count: 15_000)),
        "only white space": ("T06", " \t\u{A0}\u{3000}\n\r\n"),
        "nothing": ("B41", ""),
    ]

    @Test(arguments: longAnswers.keys.sorted())
    func longAndEmptyAnswersScoreQuickly(name: String) throws {
        let (id, text) = try #require(Self.longAnswers[name])
        let question = try #require(Fixture.bank.question(id: id))
        let start = ContinuousClock.now
        let card = try ScorerTests.scorer.score(text, question: question, timing: AnswerTiming(seconds: 120))
        #expect(ContinuousClock.now - start < .seconds(10), "\(name)")
        ScorecardSoundness.check(card, text: text, question: question, name)
    }

    @Test(arguments: [0.0, -1, .nan, .infinity, -.infinity, 1e-300, 0.999, 1e300, .greatestFiniteMagnitude])
    func implausibleTimesAreTakenAsUnknown(seconds: Double) throws {
        let question = try #require(Fixture.bank.question(id: "S22"))
        let card = try ScorerTests.scorer.score("We isolate it and review the logs.", question: question,
                                                timing: AnswerTiming(seconds: seconds, spoken: true))
        #expect(card.delivery.seconds == nil && card.delivery.wordsPerMinute == nil)
        ScorecardSoundness.check(card, text: "We isolate it and review the logs.", question: question, "\(seconds)")
    }

    private static func answer(using random: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...60, using: &random) {
            switch Int.random(in: 0..<20, using: &random) {
            case 0:
                // Any code point, surrogates left out (a String cannot hold them).
                let value = UInt32.random(in: 0...0x10FFFF, using: &random)
                text.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case 1:
                text += String(repeating: pieces.randomElement(using: &random) ?? "", count: Int.random(in: 2...40, using: &random))
            default:
                text += pieces.randomElement(using: &random) ?? ""
                if Bool.random(using: &random) { text += " " }
            }
        }
        return text
    }

    private static func seconds(using random: inout SeededGenerator) -> Double? {
        [nil, 0, 0.2, 45, 179.5, 1e7, 3.7e12, .nan].randomElement(using: &random) ?? nil
    }
}

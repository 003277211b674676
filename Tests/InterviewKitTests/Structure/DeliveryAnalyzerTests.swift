import InterviewKit
import Testing

@Suite struct DeliveryAnalyzerTests {
    /// `count` words of plain content, no fillers or hedges.
    private func words(_ count: Int) -> String {
        Array(repeating: "tokens", count: count).joined(separator: " ")
    }

    @Test func spokenTranscript() throws {
        let report = try StructureFixtures.delivery(StructureFixtures.transcriptQ22, seconds: 74.5,
                                                    pauses: StructureFixtures.transcriptQ22Pauses, timeLimit: 180)
        #expect(report.words == 152)
        #expect(report.seconds == 74.5)
        #expect(abs((report.wordsPerMinute ?? 0) - 152 / 74.5 * 60) < 1e-9)
        #expect(report.pace == .comfortable)
        #expect(report.fillers == 3)
        #expect(report.fillerWords == [WordCount(word: "um", count: 1), WordCount(word: "uh", count: 1),
                                       WordCount(word: "you know", count: 1)])
        #expect(abs(report.fillerRate - 300.0 / 152) < 1e-9)
        #expect(report.hedges == 0)
        #expect(report.hedgeWords.isEmpty)
        #expect(report.pauses == 1)
        #expect(report.longestPause == 3.38)
        #expect(report.timeLimit == 180)
        #expect(report.overTime == 0)
        #expect(!report.tooShort)
    }

    @Test func topWordsLeaveOutStopWordsAndNumbers() throws {
        let report = try StructureFixtures.delivery(StructureFixtures.transcriptQ22)
        let top = report.topWords.map(\.word)
        #expect(top.first == "week")
        #expect(report.topWords.first?.count == 3)
        #expect(top.contains("precision"))
        #expect(top.contains("model"))
        for stopWord in ["the", "and", "a", "to", "um", "uh", "know", "last", "two", "that"] {
            #expect(!top.contains(stopWord), "\(stopWord)")
        }
        #expect(report.topWords.allSatisfy { $0.count >= 2 })
        #expect(report.topWords.count <= 10)
        #expect(zip(report.topWords, report.topWords.dropFirst()).allSatisfy { $0.count >= $1.count })
    }

    @Test func topWordsIgnoreCaseAndApostropheStyle() throws {
        let report = try StructureFixtures.delivery("Poisoning matters. POISONING spreads. The model’s labels and the model's data.")
        #expect(report.topWords == [WordCount(word: "poisoning", count: 2), WordCount(word: "model's", count: 2)])
    }

    @Test(arguments: [(100, DeliveryReport.Pace.slow), (120, .comfortable), (150, .comfortable), (160, .comfortable),
                      (161, .fast), (200, .fast)])
    func paceBands(wordCount: Int, pace: DeliveryReport.Pace) throws {
        let report = try StructureFixtures.delivery(words(wordCount), seconds: 60)
        #expect(report.wordsPerMinute == Double(wordCount))
        #expect(report.pace == pace)
    }

    @Test func withoutTimeThereIsNoPaceOrOverTime() throws {
        let report = try StructureFixtures.delivery(words(50), timeLimit: 120)
        #expect(report.seconds == nil)
        #expect(report.wordsPerMinute == nil)
        #expect(report.pace == nil)
        #expect(report.timeLimit == 120)
        #expect(report.overTime == nil)
        #expect(report.pauses == nil)
        #expect(report.longestPause == nil)
    }

    @Test func overTime() throws {
        let over = try StructureFixtures.delivery(words(300), seconds: 200, timeLimit: 180)
        #expect(over.overTime == 20)
        let within = try StructureFixtures.delivery(words(300), seconds: 170, timeLimit: 180)
        #expect(within.overTime == 0)
        let noQuestion = try StructureFixtures.delivery(words(300), seconds: 200)
        #expect(noQuestion.overTime == nil)
    }

    @Test func pausesCountOnlyGapsOverTheThreshold() throws {
        let report = try StructureFixtures.delivery(words(50), seconds: 30, pauses: [0.4, 2.5, 2.6, 7.25])
        #expect(report.pauses == 2)
        #expect(report.longestPause == 7.25)
        let none = try StructureFixtures.delivery(words(50), seconds: 30, pauses: [])
        #expect(none.pauses == 0)
        #expect(none.longestPause == nil)
    }

    @Test func tooShort() throws {
        #expect(try StructureFixtures.delivery("I would use encryption and rate limiting.").tooShort)
        #expect(try StructureFixtures.delivery(words(39)).tooShort)
        #expect(try !StructureFixtures.delivery(words(40)).tooShort)
        #expect(try StructureFixtures.delivery("").words == 0)
        #expect(try StructureFixtures.delivery("").fillerRate == 0)
    }

    @Test(arguments: [
        ("We don't retrain; it's a 94.5% model, state-of-the-art, for 1,200 users.", 14),
        ("**Situation:** — a model.", 3),
        ("Rényi DP, ε = 1 — ‘quoted’ words…", 6),
    ])
    func wordCount(text: String, count: Int) throws {
        #expect(try StructureFixtures.delivery(text).words == count)
    }

    @Test func fillerLikeOnlyWhereItMeansNothing() throws {
        let report = try StructureFixtures.delivery("""
            It was, like, a really bad week. Like, we had no idea. I would like to add rate limiting. It works like a \
            firewall. Things like logging help. So like we just retrained it. And like, yeah.
            """)
        #expect(report.fillerWords == [WordCount(word: "like", count: 4)])
    }

    @Test func fillerYouKnowAndIMean() throws {
        let report = try StructureFixtures.delivery("""
            You know, the model drifted. Do you know what drift is? As you know the model is old. I mean, we tried. \
            I mean that literally. Basically it is, um, actually fine, so yeah.
            """)
        #expect(report.fillerWords == [
            WordCount(word: "um", count: 1), WordCount(word: "you know", count: 1), WordCount(word: "I mean", count: 1),
            WordCount(word: "basically", count: 1), WordCount(word: "actually", count: 1), WordCount(word: "literally", count: 1),
            WordCount(word: "so yeah", count: 1),
        ])
    }

    @Test func fillersAreSortedByCount() throws {
        let report = try StructureFixtures.delivery("Um, I, uh, um, froze it. Umm, er, erm, ah, hmm.")
        #expect(report.fillerWords.first == WordCount(word: "um", count: 3))
        #expect(report.fillers == 8)
    }

    @Test func hedges() throws {
        let report = try StructureFixtures.delivery("""
            What kind of attack was it? It was kind of a poisoning attack, sort of. Any kind of filter helps. I'm not \
            sure it worked. Maybe. I think it probably did, I guess. It might, perhaps. I believe so, I suppose. I feel \
            like it possibly did.
            """)
        #expect(report.hedgeWords.map(\.word) == ["I think", "maybe", "probably", "I guess", "perhaps", "I believe", "might",
                                                  "not sure", "kind of", "sort of", "possibly", "I suppose", "I feel like"])
        #expect(report.hedges == 13)
        #expect(report.fillers == 0)
    }
}

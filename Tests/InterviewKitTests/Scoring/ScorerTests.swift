import Foundation
@testable import InterviewKit
import Testing

/// The scorer on real rubrics and real answers: the guide's model answers, answers in other words,
/// off-topic and keyword-stuffed answers, negation, and stories.
@Suite struct ScorerTests {
    static let scorer: Scorer = {
        let rules = try? StructureRules.load(from: Fixture.rubrics.appendingPathComponent("structure.yaml"))
        return Scorer(bank: Fixture.bank, rules: rules!)
    }()

    static let modelAnswers: [Int: String] = {
        let data = try? Data(contentsOf: Fixture.url("answers/guide-model-answers.json"))
        let byNumber = (try? JSONDecoder().decode([String: String].self, from: data ?? Data())) ?? [:]
        return Dictionary(uniqueKeysWithValues: byNumber.compactMap { key, value in Int(key).map { ($0, value) } })
    }()

    static let paraphrases: [String: String] = {
        let data = try? Data(contentsOf: Fixture.url("answers/paraphrases.json"))
        return (try? JSONDecoder().decode([String: String].self, from: data ?? Data())) ?? [:]
    }()

    private func score(_ text: String, _ id: String, seconds: Double? = nil) throws -> Scorecard {
        let question = try #require(Fixture.bank.question(id: id))
        return try Self.scorer.score(text, question: question, timing: AnswerTiming(seconds: seconds))
    }

    @Test func shippedRubricsLoadCleanly() {
        #expect(!Fixture.shipped.hasErrors, "\(Fixture.shipped.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(Fixture.bank.questions.count == 50)
        #expect(Set(Fixture.bank.questions.map(\.phase)) == [1, 2, 3])
        #expect(Set(Fixture.bank.questions.flatMap(\.days)).isSuperset(of: Set(1...28).subtracting([29, 30])))
    }

    @Test func rubricExamplesAllPass() throws {
        let result = try RubricExamples.run(Fixture.bank)
        #expect(result.checked > 50 * 5 * 3)
        #expect(result.failures.isEmpty, "\(result.failures.prefix(5))")
    }

    @Test(arguments: 1...50)
    func guideModelAnswerEarnsItsRequiredConcepts(number: Int) throws {
        let question = try #require(Fixture.bank.questions.first { $0.number == number })
        let answer = try #require(Self.modelAnswers[number])
        let card = try Self.scorer.score(answer, question: question)
        #expect(card.content?.missingRequired == [], "\(question.id)")
    }

    @Test func answersToOtherQuestionsScoreLow() throws {
        var offTopic: [Int] = []
        for question in Fixture.bank.questions {
            let own = try Self.scorer.score(try #require(Self.modelAnswers[question.number]), question: question).score ?? 0
            var others: [Int] = []
            for (number, answer) in Self.modelAnswers where number != question.number {
                others.append(try Self.scorer.score(answer, question: question).score ?? 0)
            }
            let median = others.sorted()[others.count / 2]
            #expect(own > median + 25, "\(question.id): own \(own), median of others \(median)")
            offTopic += others
        }
        #expect(Double(offTopic.reduce(0, +)) / Double(offTopic.count) < 15)
    }

    @Test(arguments: ScorerTests.paraphrases.keys.sorted())
    func answersInOtherWordsScoreHigh(id: String) throws {
        let card = try score(try #require(Self.paraphrases[id]), id)
        #expect(card.content?.missingRequired == [], "\(id)")
        #expect((card.score ?? 0) >= 75, "\(id) scored \(card.score ?? -1)")
    }

    @Test func aWellToldStoryAboutSomethingElseScoresLow() throws {
        let story = "Last year at my previous company our checkout page was slow during sales. I was asked to cut the load "
            + "time before Black Friday. I profiled the frontend, I moved images to a CDN and I added caching. As a result "
            + "the page loaded 60 percent faster and sales went up by 12 percent."
        for id in ["S22", "B41", "B48", "S38"] {
            let card = try score(story, id)
            #expect(card.star.isStory)
            #expect((card.score ?? 100) <= 20, "\(id): \(card.score ?? -1)")
        }
    }

    @Test func keywordListIsCappedOnEveryQuestion() throws {
        let tags = Set(Fixture.bank.questions.flatMap { $0.concepts.flatMap(\.tags) }).sorted()
        let list = tags.map { $0.replacingOccurrences(of: "-", with: " ") }.joined(separator: ", ")
        for question in Fixture.bank.questions {
            let card = try Self.scorer.score(list, question: question)
            #expect((card.score ?? 100) <= ScoreFormula.capKeywordList, "\(question.id): \(card.score ?? -1)")
            #expect(card.feedback.first?.target == .structure("sentences"))
        }
    }

    @Test func stuffingTermsIntoOneSentenceIsCapped() throws {
        let stuffed = "I would use differential privacy, encryption, rate limiting, RBAC, MFA, monitoring, logging, "
            + "anomaly detection, adversarial training, input validation, output filtering and watermarking."
        for id in ["T05", "T12", "T15", "S23", "S34"] {
            let card = try score(stuffed, id)
            #expect((card.score ?? 100) <= ScoreFormula.capUnexplained, "\(id): \(card.score ?? -1)")
        }
    }

    @Test func negatedPhrasesEarnNothingAndAreShownAsNegated() throws {
        let card = try score("I would not bother with rate limiting, and we never log the requests.", "T12")
        let concepts = try #require(card.content?.concepts)
        let negated = concepts.filter(\.negated)
        #expect(!negated.isEmpty)
        #expect(negated.allSatisfy { !$0.hit && $0.evidence.allSatisfy(\.negated) })
        #expect(concepts.filter(\.hit).isEmpty)
    }

    @Test func notOnlyIsNotANegation() throws {
        let plain = try score("We rate limit every API key per minute to slow down abuse.", "T12")
        let notOnly = try score("We not only rate limit every API key per minute to slow down abuse.", "T12")
        let ids = { (card: Scorecard) in card.content?.concepts.filter(\.hit).map(\.id) ?? [] }
        #expect(ids(plain) == ids(notOnly))
    }

    @Test func spokenStoryTranscriptScoresAsAFullStory() throws {
        let transcript = try TranscriptImporter.load(contentsOf: Fixture.url("transcripts/answer-q22.vtt"))
        let question = try #require(Fixture.bank.question(id: "S22"))
        let card = try Self.scorer.score(transcript.text, question: question, timing: transcript.timing)
        #expect(card.star.isStory && card.star.quantifiedResult && card.star.inOrder)
        #expect(card.delivery.pauses == 1)
        #expect(card.delivery.seconds == 74.5)
        #expect(card.delivery.pace == .comfortable)
        #expect((card.score ?? 0) >= 75)
    }

    @Test func everyPointNamesThePhraseThatEarnedIt() throws {
        let text = try #require(Self.paraphrases["T12"])
        let card = try score(text, "T12")
        for concept in card.content?.concepts ?? [] where concept.hit {
            let earned = concept.evidence.filter { !$0.negated }
            #expect(!earned.isEmpty)
            for evidence in earned {
                #expect(String(ByteOffsets.slice(text, evidence.start..<evidence.end)) == evidence.text)
            }
        }
    }

    @Test func withoutAQuestionOnlyStructureAndDeliveryAreChecked() throws {
        let story = "Last year at a fintech I was asked to stop scraping of our pricing model. I set up per-key quotas and "
            + "alerting on query bursts. As a result scraping traffic fell by 80 percent within two weeks."
        let card = try Self.scorer.score(story, question: nil, timing: AnswerTiming(seconds: 20))
        #expect(card.score == nil && card.content == nil)
        #expect(card.star.isStory)
        #expect(card.delivery.wordsPerMinute != nil)
    }

    @Test func missingRequiredConceptCapsTheScore() throws {
        let card = try score("Differential privacy is useful for machine learning and I like it a lot in my projects.", "T07")
        #expect((card.content?.missingRequired.count ?? 0) >= 1)
        #expect((card.score ?? 100) <= ScoreFormula.capOneRequiredMissing)
        #expect(card.feedback.contains { if case .concept = $0.target { true } else { false } })
    }

    @Test func storyWithoutResultIsToldToAddOne() throws {
        let card = try score("At my last company our fraud model started drifting. I was asked to check whether the training "
            + "data was poisoned. I isolated the latest batch and ran outlier detection on it.", "S22")
        #expect(card.star.result.present == false)
        #expect(card.feedback.contains { $0.target == .star(.result) })
        #expect(FollowUpPlanner.followUps(for: card, question: try #require(Fixture.bank.question(id: "S22")))
            .contains { $0.probe == .star(.result) })
    }

    @Test func overTimeIsRecordedAndAdvised() throws {
        let card = try score(try #require(Self.paraphrases["T07"]), "T07", seconds: 150)
        #expect(card.delivery.overTime == 30)
        #expect(card.feedback.contains { $0.target == .delivery("time") } || card.feedback.count == FeedbackBuilder.limit)
    }
}

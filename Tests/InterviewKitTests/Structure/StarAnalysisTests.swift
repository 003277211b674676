import InterviewKit
import Testing

@Suite struct StarAnalysisTests {
    /// Every part present, in order: a full story.
    private func expectFullStory(_ star: StarAnalysis, sourceLocation: SourceLocation = #_sourceLocation) {
        for (part, finding) in star.parts {
            #expect(finding.present, "\(part) missing", sourceLocation: sourceLocation)
        }
        #expect(star.isStory, sourceLocation: sourceLocation)
        #expect(star.inOrder, sourceLocation: sourceLocation)
    }

    @Test func spokenTranscriptWithoutLabelsIsAFullQuantifiedStory() throws {
        let star = try StructureFixtures.star(StructureFixtures.transcriptQ22)
        expectFullStory(star)
        #expect(star.situation.sentences == [0])
        #expect(star.situation.evidence.first?.hasPrefix("Um, so at my last company we had a fraud model") == true)
        #expect(star.task.sentences == [1])
        #expect(star.task.evidence == ["My task was to find out whether the training data had been poisoned and to get a clean model back into production within two days."])
        #expect(star.action.sentences == [2, 4])
        #expect(star.action.evidence.first?.hasPrefix("I froze the pipeline") == true)
        #expect(star.result.sentences == [5])
        #expect(star.result.evidence.first?.hasPrefix("As a result precision came back to ninety four percent") == true)
        #expect(star.quantifiedResult)
        #expect(star.quantities.contains("ninety four percent"))
        #expect(star.firstPersonActions == 2)
        #expect(star.collectiveActions == 0)
        #expect(star.iShare == 1)
    }

    @Test func sharesFollowThePrimaryPartOfEachSentence() throws {
        let star = try StructureFixtures.star(StructureFixtures.transcriptQ22)
        let total = star.parts.reduce(0) { $0 + $1.finding.share }
        #expect(abs(total - 1) < 1e-9, "every sentence follows a part once the Situation has begun")
        // "About four hundred rows ... had flipped labels." has no cue and goes on with the Action before it.
        #expect(star.action.share > star.situation.share)
        #expect(star.action.share > star.result.share)
    }

    @Test(arguments: [StructureFixtures.guide41, StructureFixtures.guide43, StructureFixtures.guide48])
    func guideModelAnswersWithLabelsAreFullStories(answer: String) throws {
        let star = try StructureFixtures.star(answer)
        expectFullStory(star)
        #expect(star.situation.sentences == [0])
        #expect(star.task.sentences == [1])
        #expect(star.action.sentences == [2])
        #expect(star.firstPersonActions == 1)
        #expect(!star.quantifiedResult)
    }

    @Test func labelsWinOverCues() throws {
        // Answer 48's Result sentence reads "The issue was resolved": a Result label, whatever its words.
        let star = try StructureFixtures.star(StructureFixtures.guide48)
        #expect(star.result.sentences == [3])
        #expect(star.result.share > 0.25)
        #expect(!star.situation.sentences.contains(3))
    }

    @Test func labelHoldsTheSentencesUpToTheNextLabel() throws {
        let star = try StructureFixtures.star(StructureFixtures.guide22)
        #expect(star.action.sentences == [0, 1, 2, 3, 4, 5])
        #expect(star.result.sentences == [6, 7])
        #expect(!star.situation.present)
        #expect(!star.task.present)
        #expect(!star.isStory, "Action and Result without Situation or Task is not a story")
        #expect(star.firstPersonActions == 0, "imperatives are not first-person actions")
    }

    @Test(arguments: [
        "Situation: Our fraud model's recall fell after a vendor changed its data format.\nTask: I had to restore recall within a week.\nAction: I wrote a schema check and retrained the model.\nResult: Recall went back up to 91% and the check has caught three format changes since.",
        "**Situation**: Our fraud model's recall fell after a vendor changed its data format.\n**Task** - restore recall within a week.\n1. Action — wrote a schema check and retrained the model.\n*Result:* Recall went back up to 91%.",
        "**Situation**\nOur fraud model's recall fell after a vendor changed its data format.\n**Task**\nRestore recall within a week.\n**Actions taken:** Wrote a schema check and retrained the model.\n**Result** - recall went back up to 91%.",
        "S - Situation: Our fraud model's recall fell after a vendor changed its data format. T: Task - restore recall within a week. A (Action): Wrote a schema check and retrained the model. R – Result: Recall went back up to 91%.",
        "### Situation (S)\nOur fraud model's recall fell after a vendor changed its data format.\n### Task (T)\nRestore recall within a week.\n### Action (A)\nWrote a schema check and retrained the model.\n### Result (R)\nRecall went back up to 91%.",
    ])
    func labelVariantsAllCount(answer: String) throws {
        let star = try StructureFixtures.star(answer)
        expectFullStory(star)
        #expect(star.quantities.contains("91%"))
    }

    @Test func aLabelMustOpenItsSentence() throws {
        let star = try StructureFixtures.star("We discussed the result: nothing changed. Let me explain the context - it was messy.")
        #expect(!star.situation.present)
        #expect(!star.result.present)
    }

    @Test func ownStoryWithoutLabelsCountsIAndWeSeparately() throws {
        let story = """
            Last year our team was running a customer support chatbot built on an LLM. We noticed users were getting \
            it to reveal internal discount codes. I was responsible for fixing it before the holiday launch. We added an \
            input filter, we moved the codes out of the system prompt, and we set up red-team tests in CI. I wrote the \
            output scanner myself. Since then we have had zero leaks in six months.
            """
        let star = try StructureFixtures.star(story)
        expectFullStory(star)
        #expect(star.situation.sentences == [0, 1])
        #expect(star.task.sentences == [2])
        #expect(star.action.sentences == [3, 4])
        #expect(star.result.sentences == [5])
        #expect(star.firstPersonActions == 1)
        #expect(star.collectiveActions == 3)
        #expect(star.iShare == 0.25)
        #expect(star.quantities.contains("six months"))
    }

    @Test(arguments: [
        """
        So, um, this was back in 2022 when I was working as an ML engineer at a fintech. We had a credit scoring model \
        and an auditor flagged that approval rates for younger applicants were way lower. I was the one asked to figure \
        out if the model was biased. I pulled six months of decisions, computed demographic parity and equal \
        opportunity, and found a proxy feature, basically the length of credit history. I dropped it, retrained with \
        reweighing, and set up a monthly fairness report. The gap went from 18 points to under 3, and the auditor \
        signed off.
        """,
        """
        In my current role I lead a small AI red team. A few months ago a product team wanted to ship an LLM agent that \
        could send emails. My manager asked me to assess the risk before launch. I ran a week of prompt injection tests \
        and found that a poisoned web page could make it email out customer data. I worked with the team to add an \
        approval step for outbound email and to strip instructions from retrieved content. The agent launched on time \
        and none of our follow-up attacks got through.
        """,
    ])
    func ownStoriesWithoutLabels(story: String) throws {
        let star = try StructureFixtures.star(story)
        expectFullStory(star)
        #expect(star.firstPersonActions >= 2)
        #expect(star.action.share > star.task.share)
    }

    @Test func storyWithoutResultIsNotAStory() throws {
        let star = try StructureFixtures.star("""
            At my previous job we had an ML API that competitors were scraping. I was asked to secure it. I added rate \
            limiting and API keys, and I set up alerts on unusual query volumes.
            """)
        #expect(star.situation.present)
        #expect(star.task.present)
        #expect(star.action.present)
        #expect(!star.result.present)
        #expect(star.result == .absent)
        #expect(!star.isStory)
        #expect(!star.quantifiedResult)
        #expect(star.firstPersonActions == 2)
    }

    @Test func storyWithoutSituationOrTaskIsNotAStory() throws {
        let star = try StructureFixtures.star("I rebuilt the feature store and I added lineage checks. As a result, audits took half the time.")
        #expect(star.action.present)
        #expect(star.result.present)
        #expect(!star.situation.present && !star.task.present)
        #expect(!star.isStory)
    }

    @Test func storyWithTaskButNoSituationIsAStory() throws {
        let star = try StructureFixtures.star("My goal was to stop prompt injection in our assistant. I added an input classifier. It led to a drop in jailbreaks.")
        #expect(!star.situation.present)
        #expect(star.isStory)
    }

    /// A plan in the first person ("I would isolate ...") is the Action of a scenario answer, but not a story.
    @Test func hypotheticalAnswerHasActionsButIsNotAStory() throws {
        let star = try StructureFixtures.star("""
            If I were in that situation, I would first isolate the model. Then I would check the logs and I would \
            retrain it on clean data. I'd also think about rate limits. That would probably restore accuracy.
            """)
        #expect(star.action.present)
        #expect(star.firstPersonActions == 3)
        #expect(star.collectiveActions == 0)
        #expect(!star.situation.present && !star.task.present)
        #expect(!star.isStory)
    }

    @Test(arguments: [
        StructureFixtures.guide7,
        """
        Model inversion is an attack where an adversary queries a model and reconstructs sensitive training data from \
        its outputs. As a result, models trained on personal data can leak it. Defenses include differential privacy \
        and limiting output granularity.
        """,
        """
        In DP-SGD we clip each gradient and then we add Gaussian noise. This means no single record changes the model \
        much. The goal is to bound what an attacker can learn.
        """,
        "Adversarial training augments training data with adversarial examples to improve robustness. Limitations: increased computational cost, may not generalize to unseen attack types.",
    ])
    func definitionsAreNotStories(answer: String) throws {
        let star = try StructureFixtures.star(answer)
        #expect(!star.isStory)
        #expect(!star.situation.present)
        #expect(!star.task.present)
    }

    @Test func explanationWithWeCountsCollectiveActionsOnly() throws {
        let star = try StructureFixtures.star("In DP-SGD we clip each gradient and then we add Gaussian noise.")
        #expect(star.firstPersonActions == 0)
        #expect(star.collectiveActions == 2)
        #expect(star.iShare == 0)
    }

    @Test func unquantifiedResult() throws {
        let star = try StructureFixtures.star("""
            In my last role I was asked to review our model supply chain. I audited every third-party model we pulled \
            from public hubs and I introduced signed artifacts. The outcome was that the security team adopted the \
            process for all teams.
            """)
        expectFullStory(star)
        #expect(!star.quantifiedResult)
        #expect(star.quantities.isEmpty)
    }

    @Test(arguments: [
        ("We cut false positives by 40%.", "40%"),
        ("As a result we saved $40k a quarter.", "$40k"),
        ("As a result triage took 3x less time.", "3x"),
        ("As a result review time was halved.", "halved"),
        ("As a result the queue cleared in 20 minutes.", "20 minutes"),
        ("As a result recall reached ninety-two percent.", "ninety-two percent"),
        ("As a result we caught four hundred poisoned rows.", "four hundred"),
        ("Since then alerts fire ten times faster.", "ten times"),
        ("As a result costs fell by 1,200 dollars a month.", "1,200 dollars"),
    ])
    func quantifiedResults(sentence: String, quantity: String) throws {
        let star = try StructureFixtures.star("At my last company I was asked to fix our triage model. I retrained it. " + sentence)
        #expect(star.result.present)
        #expect(star.quantifiedResult)
        #expect(star.quantities.contains(quantity), "\(star.quantities)")
    }

    @Test func numbersOutsideTheResultDoNotQuantifyIt() throws {
        let star = try StructureFixtures.star("""
            In 2023 our model scored 120,000 transactions a day and precision dropped by 20%. My task was to find out why. \
            I traced it to three bad uploads. As a result the partner fixed their export.
            """)
        #expect(star.result.present)
        #expect(!star.quantifiedResult)
    }

    @Test func listNumbersAreNotQuantities() throws {
        let star = try StructureFixtures.star("At my last job I had to clean a dataset.\nResult:\n1. A cleaner dataset.\n2. Happier analysts.")
        #expect(star.result.sentences == [1, 2, 3])
        #expect(!star.quantifiedResult)
    }

    @Test func resultFirstIsOutOfOrder() throws {
        let star = try StructureFixtures.star("""
            We cut false positives by 40%. That happened because at my last company I rebuilt the alerting model. My goal \
            was to reduce analyst fatigue.
            """)
        #expect(star.isStory)
        #expect(!star.inOrder)
        #expect(star.result.sentences == [0])
    }

    @Test func emptyTextHasNoParts() throws {
        let star = try StructureFixtures.star("")
        #expect(star.parts.allSatisfy { $0.finding == .absent })
        #expect(!star.isStory)
        #expect(star.inOrder)
    }

    @Test func evidenceIsTheSentencesThatCarryThePart() throws {
        let star = try StructureFixtures.star(StructureFixtures.transcriptQ22)
        let sentences = Sentence.split(StructureFixtures.transcriptQ22)
        for (_, finding) in star.parts {
            #expect(finding.evidence == finding.sentences.map { sentences[$0].text })
        }
    }
}

import InterviewKit
import Testing

@Suite struct StepsAnalysisTests {
    @Test func guideRiskAssessmentAnswerHasAllFourSteps() throws {
        let steps = try StructureFixtures.steps(StructureFixtures.guide26)
        #expect(steps.parts.allSatisfy { $0.finding.present })
        #expect(steps.identify.sentences == [0])
        #expect(steps.assess.sentences.contains(1))
        #expect(steps.mitigate.sentences == [2])
        #expect(steps.monitor.sentences == [3])
        #expect(steps.monitor.share > 0, "\"monitor periodically\" makes the last line a Monitor line")
    }

    @Test func spokenIncidentAnswer() throws {
        let answer = """
            First I would triage the alert and confirm which endpoints were hit. Then I'd evaluate the impact: how many \
            users, what data, how likely a repeat is. To contain it I'd block the abusing keys and patch the prompt \
            template. Afterwards I'd set up dashboards and alerts on refusal rates and review them weekly.
            """
        let steps = try StructureFixtures.steps(answer)
        #expect(steps.identify.sentences == [0])
        #expect(steps.assess.sentences == [1])
        #expect(steps.mitigate.sentences == [2])
        #expect(steps.monitor.sentences == [3])
        #expect(steps.monitor.evidence == ["Afterwards I'd set up dashboards and alerts on refusal rates and review them weekly."])
        let total = steps.parts.reduce(0) { $0 + $1.finding.share }
        #expect(abs(total - 1) < 1e-9)
    }

    @Test func missingMonitorStep() throws {
        let steps = try StructureFixtures.steps("""
            I'd investigate which training rows were poisoned. I'd assess how far the model's accuracy fell. Then I'd \
            remove the rows and retrain from a clean snapshot.
            """)
        #expect(steps.identify.present)
        #expect(steps.assess.present)
        #expect(steps.mitigate.present)
        #expect(!steps.monitor.present)
        #expect(steps.monitor == .absent)
    }

    @Test func stepLabelsCount() throws {
        let steps = try StructureFixtures.steps("""
            *Detection:* Watch for excessive queries from one key.
            *Mitigation:* Rate limiting and query response obfuscation.
            """)
        #expect(steps.identify.sentences == [0], "the label wins over the Monitor cue in its sentence")
        #expect(steps.identify.share > 0.4)
        #expect(steps.mitigate.sentences == [1])
        #expect(steps.monitor.sentences == [0])
        #expect(steps.monitor.share == 0)
    }

    @Test func definitionHasNoSteps() throws {
        let steps = try StructureFixtures.steps("Prompt injection manipulates instructions given to LLMs to override intended behavior.")
        #expect(!steps.parts.contains { $0.finding.present })
    }
}

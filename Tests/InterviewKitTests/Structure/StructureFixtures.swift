import Foundation
import InterviewKit

/// The shipped `Rubrics/structure.yaml`, loaded once, and the answers the structure tests read.
enum StructureFixtures {
    /// The package root: the folder holding `Package.swift`, found upwards from this file.
    static let packageRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
              folder.pathComponents.count > 1 {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    static let rulesURL = packageRoot.appendingPathComponent("Rubrics/structure.yaml")

    private static let loaded = Result { try StructureRules.load(from: rulesURL) }

    /// The shipped rules, compiled once for all tests.
    static func rules() throws -> StructureRules {
        try loaded.get()
    }

    /// The shipped rules as written.
    static func definition() throws -> StructureRules.Definition {
        try rules().definition
    }

    static func star(_ text: String) throws -> StarAnalysis {
        try StructureAnalyzer(rules: rules()).star(in: text, sentences: Sentence.split(text))
    }

    static func steps(_ text: String) throws -> StepsAnalysis {
        try StructureAnalyzer(rules: rules()).steps(in: text, sentences: Sentence.split(text))
    }

    static func delivery(_ text: String, seconds: Double? = nil, pauses: [Double]? = nil,
                         timeLimit: Double? = nil) throws -> DeliveryReport {
        try DeliveryAnalyzer(rules: rules()).analyze(text: text, seconds: seconds, pauseDurations: pauses, timeLimit: timeLimit)
    }

    // MARK: - Answers

    /// /work/shared/transcripts/answer-q22.txt: a spoken STAR story without labels (about 74 s; its
    /// segments have gaps of 3.38, 0.74 and 1.60 s).
    static let transcriptQ22 = """
        Um, so at my last company we had a fraud model that was retrained every week from transaction data that \
        partners uploaded, and, uh, one week the precision on one merchant category dropped by almost twenty percent. \
        My task was to find out whether the training data had been poisoned and to get a clean model back into \
        production within two days. I froze the pipeline, pulled the last three uploads, and ran outlier detection \
        on the feature distributions, you know, isolation forest plus a label consistency check against the previous \
        month. About four hundred rows from one partner had flipped labels. I removed them, retrained from the last \
        clean snapshot, and added a validation gate that rejects any upload whose label distribution shifts more than \
        a set threshold. As a result precision came back to ninety four percent the same week, and the gate has since \
        blocked two more bad uploads.
        """

    /// The gaps between the q22 transcript's timed segments, in seconds.
    static let transcriptQ22Pauses = [0, 0, 3.38, 0, 0.74, 0, 0, 0, 0, 1.6, 0]

    /// The guide's model answer 41, with its Markdown labels.
    static let guide41 = """
        - **Situation:** During a project, I noticed the training dataset had unvalidated external data that could introduce bias.
          - **Task:** Ensure model integrity and prevent potential exploitation.
          - **Action:** I performed anomaly detection, removed suspicious entries, and implemented stricter validation pipelines.
          - **Result:** The model achieved more accurate and fair predictions, and the new pipeline became standard practice for future datasets.
        """

    /// The guide's model answer 43.
    static let guide43 = """
        - **Situation:** Deploying a recommendation engine required high accuracy but involved sensitive user data.
        - **Task:** Protect privacy without compromising performance.

        - **Action:** I applied differential privacy, encrypted data, and performed feature selection to minimize sensitive input use.
          - **Result:** Model performance remained high while ensuring compliance with privacy regulations and maintaining stakeholder trust.
        """

    /// The guide's model answer 48.
    static let guide48 = """
        - **Situation:** An automated data pipeline allowed some unvalidated inputs, leading to minor model drift.
          - **Task:** Correct the issue and prevent recurrence.
          - **Action:** I implemented additional validation layers, continuous monitoring, and a post-incident review process.
          - **Result:** The issue was resolved, and the enhanced pipeline prevented similar failures in future projects.
        """

    /// The guide's model answer 22: Action and Result labels only, the actions a numbered list.
    static let guide22 = """
        - **Action:**
            1. Isolate the dataset from production.
            2. Run anomaly detection and outlier analysis to identify poisoned samples.
            3. Remove or correct malicious data points.
            4. Retrain the model with clean data and validate performance.
            5. Implement stricter data validation processes for future datasets.
          - **Result:** Model integrity restored; future risk minimized.
        """

    /// The guide's model answer 26: the four steps, one per line.
    static let guide26 = """
        - Identify potential threats: adversarial attacks, data leaks, bias.
          - Assess likelihood and impact of each risk.
          - Prioritize and design mitigation strategies.
          - Document assessment and monitor periodically.
        """

    /// The guide's model answer 7: a definition, not a story.
    static let guide7 = """
        Differential privacy adds controlled noise to data or model parameters to prevent leakage of individual \
        information. Application: Training ML models on sensitive data (e.g., health records) without exposing \
        personal information.
        """
}

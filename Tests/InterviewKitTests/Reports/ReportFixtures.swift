import Foundation
import InterviewKit

/// Sessions for report tests, with texts that need escaping.
enum ReportFixture {
    static var story: Session {
        SessionFixture.session("20260301-090000-abcd", hours: 0, mode: .drill, planDay: 11, questions: [
            SessionFixture.question("S23", text: "Situation: our <GPT> API was abused & scraped.\nI added rate limiting; abuse fell by 80%.", hours: 0,
                             card: SessionFixture.scorecard("S23", score: 68, concepts: [("rate-limiting", true), ("key-rotation", false)],
                                                     star: [.situation, .action, .result], tags: ["api"]),
                             followUps: [
                                 FollowUpRecord(prompt: "How would you rotate the keys?", probe: .concept("key-rotation"),
                                                answer: Answer(text: "Revoke \"old\" keys and issue new ones.", source: .typed,
                                                               startedAt: SessionFixture.date(hours: 0.05), seconds: 25, timeLimit: 60,
                                                               scorecard: SessionFixture.scorecard("S23", score: 80, concepts: [("key-rotation", true)],
                                                                                            tags: ["api"])),
                                                earned: true),
                             ]),
            QuestionRecord(questionID: "T12", question: "How would you secure an AI system exposed via APIs?", reason: "due today", skipped: true),
        ])
    }

    static var later: Session {
        SessionFixture.session("20260303-090000-beef", hours: 48, mode: .mock, planDay: 27, questions: [
            SessionFixture.question("S23", hours: 48, card: SessionFixture.scorecard("S23", score: 85, concepts: [("rate-limiting", true), ("key-rotation", true)],
                                                                       star: [.situation, .task, .action, .result], tags: ["api"])),
            SessionFixture.question("T12", hours: 48.1, card: SessionFixture.scorecard("T12", score: 45, concepts: [("auth", false), ("logging", true)],
                                                                         tags: ["api", "logging"])),
        ])
    }
}

import InterviewKit

/// The scorer behind `interview review --rescore`: the current rubrics' scorer, as the rescore seam.
func makeRescorer(_ rubrics: RubricOptions) throws -> Rescorer {
    let scorer = try rubrics.scorer()
    return { questionID, answer in
        try scorer.score(answer.text, question: scorer.bank.question(id: questionID),
                         timing: AnswerTiming(seconds: answer.seconds, spoken: answer.source != .typed))
    }
}

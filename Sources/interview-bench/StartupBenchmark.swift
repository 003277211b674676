import Foundation

/// Start-up figures: whole processes of `interview score` on one answer (which reads only its question's
/// rubric), of `interview questions` (which reads all of them) and of `interview --help`.
struct StartupBenchmark {
    let timer: ProcessTimer
    /// The rubric folder the benchmark loaded, passed on so that the process scores with the same rubrics.
    let rubrics: URL
    /// The answer `interview score` scores.
    let answer: AnswerCorpus.Answer
    let runs: Int
    /// Where the answer file is written.
    let folder: URL

    func figures() throws -> [Figure] {
        let file = folder.appendingPathComponent("answer.txt")
        try answer.text.write(to: file, atomically: true, encoding: .utf8)
        let id = answer.question.id
        let score = ["score", "--question", id, "--rubrics", rubrics.path, file.path]
        let scoring = try timer.measure(score, runs: runs)
        let questions = try timer.measure(["questions", "--rubrics", rubrics.path], runs: runs)
        let help = try timer.measure(["--help"], runs: runs)
        return [
            Figure(name: "start-up: interview score --question \(id) FILE", timing: scoring,
                   target: .init(bound: .medianBelow, value: 0.05)),
            Figure(name: "start-up: interview questions", timing: questions),
            Figure(name: "start-up: interview --help", timing: help),
        ]
    }
}

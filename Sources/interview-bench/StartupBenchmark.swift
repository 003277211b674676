import Foundation

/// Start-up figures: whole processes of `interview score` on one answer, with the rubric cache as every run
/// after the first finds it and without it (the first run after a rubric changes), and of `interview --help`.
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
        let cold = try timer.measure(score, runs: runs, warmups: 0, before: timer.removeCache)
        let warm = try timer.measure(score, runs: runs)
        let help = try timer.measure(["--help"], runs: runs)
        return [
            Figure(name: "start-up: interview score --question \(id) FILE", timing: warm,
                   target: .init(bound: .medianBelow, value: 0.05)),
            Figure(name: "start-up: the same, rubrics changed (no cache)", timing: cold),
            Figure(name: "start-up: interview --help", timing: help),
        ]
    }
}

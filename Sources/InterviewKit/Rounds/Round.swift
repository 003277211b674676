import Foundation

/// One interview round as a state machine: show a question, collect the answer, score it, ask
/// follow-ups, move on. It never touches the terminal or the disk: it takes events (a line typed, the end
/// of input) stamped with the time, and returns what to show and when to save. A test can play a whole
/// round with scripted lines and fake time.
public struct Round {
    /// What the driver should do.
    public enum Output: Equatable, Sendable {
        /// Show text followed by a line end.
        case show(String)
        /// Show a prompt and wait for a line.
        case prompt(String)
        /// Save the session now (after every answer, skip and quit).
        case save(Session)
    }

    /// How the round is run.
    public struct Options: Sendable {
        /// Time answers from Enter to Enter, then take the transcript (pasted or `:file`).
        public var spoken: Bool
        /// A person at a terminal: prompts show the timer. Scripted input gets no prompts and no pace.
        public var interactive: Bool
        public var style: TextStyle

        public init(spoken: Bool = false, interactive: Bool = true, style: TextStyle = .plain) {
            self.spoken = spoken
            self.interactive = interactive
            self.style = style
        }
    }

    private enum Stage: Equatable {
        case waitingToSpeak
        case speaking(since: Date)
        case answering
        case finished
    }

    public private(set) var session: Session
    public var isFinished: Bool { stage == .finished }

    private let plan: [PlannedQuestion]
    private let scorer: Scorer
    private let importTranscript: @Sendable (String) throws -> Transcript
    private let options: Options
    private var index = 0
    private var stage = Stage.answering
    private var lines: [String] = []
    private var answerStartedAt = Date.distantPast
    private var spokenSeconds: Double?
    private var warnedOverTime = false
    /// The follow-up being answered, as an index into the current record's follow-ups.
    private var followUp: Int?

    /// A round over `plan`, recorded in `session`; `importTranscript` reads a `:file PATH`.
    public init(session: Session, plan: [PlannedQuestion], scorer: Scorer, options: Options,
                importTranscript: @escaping @Sendable (String) throws -> Transcript) {
        self.session = session
        self.plan = plan
        self.scorer = scorer
        self.options = options
        self.importTranscript = importTranscript
    }

    /// Introduces the round and asks the first question.
    public mutating func start(at now: Date) -> [Output] {
        var output: [Output] = [.show(introduction())]
        if plan.isEmpty {
            stage = .finished
            session.status = .completed
            session.endedAt = now
            return output + [.show("No questions to ask."), .save(session)]
        }
        output += ask(at: now)
        return output
    }

    /// Handles one line typed (`nil` for the end of input) at `now`.
    public mutating func handle(line: String?, at now: Date) -> [Output] {
        guard stage != .finished else { return [] }
        guard let line else { return endOfInput(at: now) }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix(":"), let command = RoundCommand(trimmed) {
            return perform(command, at: now)
        }
        switch stage {
        case .waitingToSpeak:
            stage = .speaking(since: now)
            return [.show(options.style.dim("Recording… press Enter when you finish speaking.")), .prompt("● ")]
        case let .speaking(since):
            spokenSeconds = now.timeIntervalSince(since)
            stage = .answering
            return [.show("You spoke for \(Duration.clock(spokenSeconds!)). "
                          + "Paste the transcript (end with an empty line), or give :file PATH."), prompt(at: now)]
        case .answering:
            if trimmed.isEmpty {
                return lines.isEmpty ? [prompt(at: now)] : finishAnswer(text: lines.joined(separator: "\n"), at: now)
            }
            lines.append(line)
            var output: [Output] = []
            if !warnedOverTime, elapsed(at: now) > Double(currentLimit) {
                warnedOverTime = true
                output.append(.show(options.style.red("⏱  Over the \(Duration.seconds(currentLimit).minutesAndSeconds) limit: wrap up.")))
            }
            return output + [prompt(at: now)]
        case .finished:
            return []
        }
    }

    // MARK: Asking

    private var current: PlannedQuestion { plan[index] }
    private var currentLimit: Int { current.timeLimit }

    private func introduction() -> String {
        var parts = ["\(session.mode.rawValue) round", "\(plan.count) question\(plan.count == 1 ? "" : "s")"]
        if let day = session.planDay { parts.insert("plan day \(day)", at: 1) }
        var text = options.style.bold(parts.joined(separator: " · "))
        if options.interactive {
            text += "\n" + options.style.dim(
                "Answer in as many lines as you like; an empty line ends the answer.\n"
                    + "Commands: :file PATH (a transcript), :skip, :repeat, :hint, :quit")
        }
        return text
    }

    private mutating func ask(at now: Date) -> [Output] {
        let planned = current
        lines = []
        warnedOverTime = false
        spokenSeconds = nil
        followUp = nil
        answerStartedAt = now
        session.questions.append(QuestionRecord(questionID: planned.question.id, question: planned.question.question,
                                                reason: planned.reason))
        let heading = "Question \(index + 1)/\(plan.count) · \(planned.question.id) · \(planned.question.category.rawValue)"
            + " · \(Duration.seconds(planned.timeLimit).minutesAndSeconds)"
        var output: [Output] = [
            .show(""),
            .show(options.style.bold(heading) + options.style.dim("  (\(planned.reason))")),
            .show(options.style.cyan(planned.question.question)),
        ]
        output += beginAnswer(at: now)
        return output
    }

    private mutating func beginAnswer(at now: Date) -> [Output] {
        answerStartedAt = now
        lines = []
        warnedOverTime = false
        spokenSeconds = nil
        if options.spoken {
            stage = .waitingToSpeak
            return [.prompt("Press Enter and start speaking. ")]
        }
        stage = .answering
        return [prompt(at: now)]
    }

    private func elapsed(at now: Date) -> Double {
        max(0, now.timeIntervalSince(answerStartedAt))
    }

    private func prompt(at now: Date) -> Output {
        guard options.interactive else { return .prompt("") }
        let seconds = Int(elapsed(at: now))
        let clock = "[\(Duration.seconds(seconds).minutesAndSeconds)/\(Duration.seconds(currentLimit).minutesAndSeconds)]"
        return .prompt((seconds > currentLimit ? options.style.red(clock) : options.style.dim(clock)) + " > ")
    }

    // MARK: Answers

    /// The answer as given, timed and scored against the current question.
    private func makeAnswer(text: String, at now: Date, source: Answer.Source? = nil, fileName: String? = nil,
                            transcriptSeconds: Double? = nil, pauses: [Double]? = nil,
                            scoredByRubric: Bool = true) throws -> Answer {
        let seconds = transcriptSeconds ?? spokenSeconds ?? elapsed(at: now)
        let known = transcriptSeconds != nil || spokenSeconds != nil || options.interactive
        let kind = source ?? (options.spoken ? .spoken : .typed)
        let timing = AnswerTiming(seconds: known ? seconds : nil, pauses: pauses, spoken: kind != .typed)
        let card = try scorer.score(text, question: scoredByRubric ? current.question : nil, timing: timing)
        return Answer(text: text, source: kind, fileName: fileName, startedAt: answerStartedAt, seconds: seconds,
                      timeLimit: Double(current.timeLimit), scorecard: card)
    }

    private mutating func finishAnswer(text: String, at now: Date, source: Answer.Source? = nil, fileName: String? = nil,
                                       transcriptSeconds: Double? = nil, pauses: [Double]? = nil) -> [Output] {
        let question = current.question
        let answer: Answer
        do {
            answer = try makeAnswer(text: text, at: now, source: source, fileName: fileName,
                                    transcriptSeconds: transcriptSeconds, pauses: pauses)
        } catch {
            // A broken rubric must not lose the answer: keep it, with structure and delivery only.
            guard let unscored = try? makeAnswer(text: text, at: now, source: source, fileName: fileName,
                                                 transcriptSeconds: transcriptSeconds, pauses: pauses, scoredByRubric: false) else {
                lines = []
                return [.show(options.style.red("This answer could not be scored: \(error)")), .show(text), prompt(at: now)]
            }
            let record = session.questions.count - 1
            if let followUp { session.questions[record].followUps[followUp].answer = unscored } else { session.questions[record].answer = unscored }
            return [.show(options.style.red("This answer could not be scored against the rubric: \(error). It is saved as given.")),
                    .save(session)] + (followUp.map { nextFollowUp(after: $0, at: now) } ?? advance(at: now))
        }
        let card = answer.scorecard
        let renderer = ScorecardRenderer(style: options.style)
        var output: [Output] = []
        let record = session.questions.count - 1
        if let followUp {
            var entry = session.questions[record].followUps[followUp]
            entry.answer = answer
            entry.earned = (try? scorer.answers(entry.probe, of: question, text: text)) ?? false
            session.questions[record].followUps[followUp] = entry
            output.append(.show(entry.earned ? options.style.green("✔ That covers it.")
                                             : options.style.yellow("✘ Not quite: ") + probeLabel(entry.probe, question: question)))
            output.append(.save(session))
            return output + nextFollowUp(after: followUp, at: now)
        }
        session.questions[record].answer = answer
        session.questions[record].followUps = FollowUpPlanner.followUps(for: card, question: question)
        output.append(.show(""))
        output.append(.show(renderer.render(card, question: question, answer: text, compact: true)))
        output.append(.save(session))
        return output + nextFollowUp(after: nil, at: now)
    }

    private func probeLabel(_ probe: FollowUpRecord.Probe, question: Question) -> String {
        switch probe {
        case let .concept(id): question.concepts.first { $0.id == id }?.label ?? id
        case let .star(part): "the \(part.rawValue) of your story"
        case .quantifiedResult: "a number for the result"
        }
    }

    private mutating func nextFollowUp(after previous: Int?, at now: Date) -> [Output] {
        let next = (previous ?? -1) + 1
        let record = session.questions.count - 1
        guard next < session.questions[record].followUps.count else { return advance(at: now) }
        followUp = next
        let prompt = session.questions[record].followUps[next].prompt
        return [.show(""), .show(options.style.bold("Follow-up: ") + options.style.cyan(prompt))] + beginAnswer(at: now)
    }

    private mutating func advance(at now: Date) -> [Output] {
        index += 1
        guard index < plan.count else { return finish(status: .completed, at: now) }
        return ask(at: now)
    }

    private mutating func finish(status: Session.Status, at now: Date) -> [Output] {
        stage = .finished
        session.status = status
        session.endedAt = now
        return [.save(session), .show(""), .show(RoundSummary(session: session, bank: scorer.bank).render(style: options.style))]
    }

    private mutating func endOfInput(at now: Date) -> [Output] {
        var output: [Output] = []
        if stage == .answering, !lines.isEmpty {
            output += finishAnswer(text: lines.joined(separator: "\n"), at: now)
            if stage == .finished { return output }
        }
        let answeredAll = index >= plan.count
        return output + finish(status: answeredAll ? .completed : .interrupted, at: now)
    }

    // MARK: Commands

    private mutating func perform(_ command: RoundCommand, at now: Date) -> [Output] {
        switch command {
        case .quit:
            var output: [Output] = []
            if stage == .answering, !lines.isEmpty {
                output += finishAnswerQuietly(at: now)
            }
            return output + finish(status: .interrupted, at: now)
        case .skip:
            let record = session.questions.count - 1
            if let followUp {
                return [.show(options.style.dim("Follow-up skipped."))] + nextFollowUp(after: followUp, at: now)
            }
            session.questions[record].skipped = true
            return [.show(options.style.dim("Skipped.")), .save(session)] + advance(at: now)
        case .repeat:
            let text = followUp.map { session.questions[session.questions.count - 1].followUps[$0].prompt } ?? current.question.question
            return [.show(options.style.cyan(text)), prompt(at: now)]
        case .hint:
            return [.show(hint()), prompt(at: now)]
        case let .file(path):
            do {
                let transcript = try importTranscript(path)
                return finishAnswer(text: transcript.text, at: now, source: .file,
                                    fileName: URL(fileURLWithPath: path).lastPathComponent,
                                    transcriptSeconds: transcript.duration, pauses: transcript.timing.pauses)
            } catch {
                return [.show(options.style.red("\(error)")), prompt(at: now)]
            }
        case let .unknown(word):
            return [.show("Unknown command :\(word). Commands: :file PATH, :skip, :repeat, :hint, :quit"), prompt(at: now)]
        }
    }

    /// Keeps a half-typed answer when the user quits: it is scored and saved, with no follow-ups.
    private mutating func finishAnswerQuietly(at now: Date) -> [Output] {
        let text = lines.joined(separator: "\n")
        lines = []
        guard let answer = try? makeAnswer(text: text, at: now) else { return [] }
        let record = session.questions.count - 1
        if let followUp {
            session.questions[record].followUps[followUp].answer = answer
        } else {
            session.questions[record].answer = answer
        }
        return []
    }

    /// Names one area the answer so far has not covered, without giving the answer away.
    private func hint() -> String {
        let question = current.question
        let text = lines.joined(separator: "\n")
        let card = try? scorer.score(text, question: question)
        let missed = (card?.content?.concepts ?? []).filter { !$0.hit }.sorted { ($0.required ? 1 : 0, $0.weight) > ($1.required ? 1 : 0, $1.weight) }
        guard let concept = missed.first else { return options.style.dim("Hint: you have covered the main points; add an example.") }
        let area = concept.tags.first.map { $0.replacingOccurrences(of: "-", with: " ") } ?? "another angle"
        return options.style.dim("Hint: think about \(area).")
    }
}

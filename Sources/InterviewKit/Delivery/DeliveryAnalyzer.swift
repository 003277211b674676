/// How an answer was delivered: length, pace, fillers, hedges, pauses, most-used words and time, against
/// the thresholds of `structure.yaml` (as shipped: a comfortable 120-160 words per minute, pauses over 2.5 s,
/// fewer than 40 words too short).
public struct DeliveryAnalyzer: Sendable {
    let rules: StructureRules

    public init(rules: StructureRules) {
        self.rules = rules
    }

    /// The delivery report for `text`.
    /// - Parameters:
    ///   - seconds: how long the answer took, from the timer or the transcript's timestamps; `nil` when unknown,
    ///     and so is a time under a second or past ``Transcript/latestTime``.
    ///   - pauseDurations: the gaps between transcript segments, in seconds, when timestamps exist.
    ///   - timeLimit: the question's limit in seconds, when there is a question.
    /// - Throws: ``PCRE2/RegexError`` when a pattern exceeds PCRE2's limits on this text.
    public func analyze(text: String, seconds: Double?, pauseDurations: [Double]?,
                        timeLimit: Double?) throws -> DeliveryReport {
        let settings = rules.definition.delivery
        // Under a second or past any transcript's end, a time says nothing about pace: it is taken as unknown.
        let seconds = seconds.flatMap { (1...Transcript.latestTime).contains($0) ? $0 : nil }
        let words = Words.count(in: text)
        let minutes = seconds.map { $0 / 60 }
        let wordsPerMinute = minutes.map { Double(words) / $0 }
        let fillers = try count(rules.fillers, in: text)
        let hedges = try count(rules.hedges, in: text)
        let fillerCount = fillers.reduce(0) { $0 + $1.count }
        return DeliveryReport(
            words: words, seconds: seconds, wordsPerMinute: wordsPerMinute, pace: wordsPerMinute.map(pace),
            fillers: fillerCount, fillerWords: fillers,
            fillerRate: words == 0 ? 0 : Double(fillerCount) * 100 / Double(words),
            hedges: hedges.reduce(0) { $0 + $1.count }, hedgeWords: hedges,
            pauses: pauseDurations.map { $0.filter { $0 > settings.pauseSeconds }.count },
            longestPause: pauseDurations?.max(),
            topWords: topWords(in: text),
            timeLimit: timeLimit,
            overTime: seconds.flatMap { seconds in timeLimit.map { max(0, seconds - $0) } },
            tooShort: words < settings.tooShortWords)
    }

    private func pace(_ wordsPerMinute: Double) -> DeliveryReport.Pace {
        let band = rules.definition.delivery.pace
        if wordsPerMinute < band.min { return .slow }
        if wordsPerMinute > band.max { return .fast }
        return .comfortable
    }

    /// How often each phrase was said, most often first (file order on a tie); phrases not said are left out.
    private func count(_ phrases: [CountedPhrase], in text: String) throws -> [WordCount] {
        var counts: [WordCount] = []
        for phrase in phrases {
            let count = try phrase.regex.byteRanges(in: text).count
            if count > 0 { counts.append(WordCount(word: phrase.word, count: count)) }
        }
        return counts.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element)
    }

    /// The most-used words, stop words and numbers left out: most used first, first said first on a tie.
    private func topWords(in text: String) -> [WordCount] {
        let settings = rules.definition.delivery.topWords
        var counts: [String: (count: Int, first: Int)] = [:]
        var order = 0
        Words.forEach(in: text) { word in
            guard word.hasLetter else { return }
            let key = Words.normalized(ByteOffsets.slice(text, word.bytes))
            guard !rules.stopWords.contains(key) else { return }
            counts[key, default: (0, order)].count += 1
            order += 1
        }
        return counts.filter { $0.value.count >= settings.minimumUses }
            .sorted { ($1.value.count, $0.value.first) < ($0.value.count, $1.value.first) }
            .prefix(settings.count)
            .map { WordCount(word: $0.key, count: $0.value.count) }
    }
}

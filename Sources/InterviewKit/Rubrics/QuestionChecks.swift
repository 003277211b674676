import Yams

/// Checks of a decoded question that the schema cannot express: ranges, unique concept ids, the version,
/// and the quality bar for examples (warnings).
enum QuestionChecks {
    static func problems(of question: Question, in source: YAMLSource) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let root = source.root
        func error(_ message: String, _ node: Node?) { problems.append(source.diagnostic(message, at: node)) }
        func warning(_ message: String, _ node: Node?) {
            var diagnostic = source.diagnostic(message, at: node)
            diagnostic.severity = .warning
            problems.append(diagnostic)
        }

        if question.version > Question.currentVersion {
            error("rubric version \(question.version) is newer than this interview reads (\(Question.currentVersion)); update interview", root["version"])
        } else if question.version < 1 {
            error("version must be \(Question.currentVersion)", root["version"])
        }
        if question.id.isEmpty || !question.id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            error("id must be letters, digits and '-', like T06", root["id"])
        }
        if question.number < 1 { error("number must be 1 or more", root["number"]) }
        if !(1...4).contains(question.phase) { error("phase must be 1 to 4", root["phase"]) }
        for (index, day) in question.days.enumerated() where !(1...30).contains(day) {
            error("days must be plan days 1 to 30, not \(day)", root["days"]?[index])
        }
        if !(10...3600).contains(question.timeLimit) { error("timeLimit must be 10 to 3600 seconds", root["timeLimit"]) }
        if question.concepts.isEmpty { error("a question needs at least one concept", root["concepts"]) }

        var seen = Set<String>()
        for (index, concept) in question.concepts.enumerated() {
            let node = root["concepts"]?[index]
            if !concept.id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) || concept.id.isEmpty {
                error("concept id '\(concept.id)' must be lower-case letters, digits and '-'", node?["id"])
            }
            if !seen.insert(concept.id).inserted { error("duplicate concept id '\(concept.id)'", node?["id"]) }
            if !(concept.weight > 0 && concept.weight <= 10) { error("concept '\(concept.id)': weight must be above 0 and at most 10", node?["weight"]) }
            if (concept.patterns ?? []).isEmpty && (concept.all ?? []).isEmpty {
                error("concept '\(concept.id)' needs 'patterns' or 'all'", node)
            }
            if let all = concept.all, all.count == 1 {
                warning("concept '\(concept.id)': an 'all' list of one pattern is the same as 'patterns'", node?["all"])
            }
            if let window = concept.negationWindow, !(0...20).contains(window) {
                error("concept '\(concept.id)': negationWindow must be 0 to 20 words", node?["negationWindow"])
            }
            if concept.examples.match.count < 2 {
                warning("concept '\(concept.id)' has \(concept.examples.match.count) match examples; write at least 2", node?["examples"])
            }
            if concept.examples.noMatch.isEmpty {
                warning("concept '\(concept.id)' has no noMatch example; write at least 1", node?["examples"])
            }
        }
        if question.concepts.filter(\.required).isEmpty {
            warning("no concept is required: an answer that misses everything important is not capped", root["concepts"])
        }
        return problems
    }
}

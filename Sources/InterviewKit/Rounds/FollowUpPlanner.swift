/// Chooses up to two follow-up questions aimed at what an answer missed: a missed required concept asks
/// its rubric `followUp`; a story without a Result asks for it; a Result without a number asks for one.
public enum FollowUpPlanner {
    /// At most this many follow-ups per question.
    public static let limit = 2

    public static func followUps(for card: Scorecard, question: Question) -> [FollowUpRecord] {
        var followUps: [FollowUpRecord] = []
        let missed = (card.content?.concepts ?? []).filter { $0.required && !$0.hit }.sorted { $0.weight > $1.weight }
        for result in missed {
            guard let concept = question.concepts.first(where: { $0.id == result.id }) else { continue }
            followUps.append(FollowUpRecord(prompt: concept.followUp, probe: .concept(concept.id)))
        }
        if question.structure == .star {
            if !card.star.result.present {
                followUps.insert(FollowUpRecord(prompt: "How did it end? What changed because of what you did?", probe: .star(.result)),
                                 at: min(1, followUps.count))
            } else if !card.star.quantifiedResult {
                followUps.insert(FollowUpRecord(prompt: "Can you put a number on that result: how much did it change, or how fast?",
                                                probe: .quantifiedResult), at: min(1, followUps.count))
            }
        }
        return Array(followUps.prefix(limit))
    }
}

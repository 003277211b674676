import Foundation

// Digests exist to be kept in the sessions folder's cache (see `SessionCache`), which `interview progress`
// reads whole, tens of thousands of them at a time: each is coded as a JSON array of its values, in the order
// of its properties, which decodes more than twice as fast as an object and takes half the room.

extension SessionDigest {
    public init(from decoder: any Decoder) throws {
        var values = try decoder.unkeyedContainer()
        id = try values.decode(String.self)
        version = try values.decode(Int.self)
        mode = try values.decode(RoundMode.self)
        planDay = try values.decodeIfPresent(Int.self)
        startedAt = try values.decode(Date.self)
        endedAt = try values.decodeIfPresent(Date.self)
        status = try values.decode(Session.Status.self)
        questions = try values.decode([QuestionDigest].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(id)
        try values.encode(version)
        try values.encode(mode)
        try values.encode(planDay)
        try values.encode(startedAt)
        try values.encode(endedAt)
        try values.encode(status)
        try values.encode(questions)
    }
}

extension QuestionDigest {
    public init(from decoder: any Decoder) throws {
        var values = try decoder.unkeyedContainer()
        questionID = try values.decode(String.self)
        skipped = try values.decode(Bool.self)
        answer = try values.decodeIfPresent(AnswerDigest.self)
        followUps = try values.decode([FollowUpDigest].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(questionID)
        try values.encode(skipped)
        try values.encode(answer)
        try values.encode(followUps)
    }
}

extension AnswerDigest {
    public init(from decoder: any Decoder) throws {
        var values = try decoder.unkeyedContainer()
        startedAt = try values.decode(Date.self)
        seconds = try values.decode(Double.self)
        timeLimit = try values.decode(Double.self)
        score = try values.decodeIfPresent(Int.self)
        words = try values.decode(Int.self)
        wordsPerMinute = try values.decodeIfPresent(Double.self)
        fillers = try values.decode(Int.self)
        hits = try values.decode([String].self)
        misses = try values.decode([String].self)
        missingStar = try values.decode([StarPart].self)
        hasSteps = try values.decode(Bool.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.unkeyedContainer()
        try values.encode(startedAt)
        try values.encode(seconds)
        try values.encode(timeLimit)
        try values.encode(score)
        try values.encode(words)
        try values.encode(wordsPerMinute)
        try values.encode(fillers)
        try values.encode(hits)
        try values.encode(misses)
        try values.encode(missingStar)
        try values.encode(hasSteps)
    }
}

extension FollowUpDigest {
    /// The probe is coded as its kind and its value: `["concept", "encrypts"]`, `["star", "result"]`, `["quantifiedResult"]`.
    public init(from decoder: any Decoder) throws {
        var values = try decoder.unkeyedContainer()
        switch try values.decode(String.self) {
        case "concept": probe = .concept(try values.decode(String.self))
        case "star": probe = .star(try values.decode(StarPart.self))
        case "quantifiedResult": probe = .quantifiedResult
        case let kind:
            throw DecodingError.dataCorruptedError(in: values, debugDescription: "unknown follow-up probe '\(kind)'")
        }
        earned = try values.decode(Bool.self)
        answered = try values.decode(Bool.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.unkeyedContainer()
        switch probe {
        case let .concept(id):
            try values.encode("concept")
            try values.encode(id)
        case let .star(part):
            try values.encode("star")
            try values.encode(part)
        case .quantifiedResult:
            try values.encode("quantifiedResult")
        }
        try values.encode(earned)
        try values.encode(answered)
    }
}

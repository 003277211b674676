/// The shapes of the rubric files, as ``Schema`` values (see `Rubrics/README.md`).
enum RubricSchema {
    private typealias Field = Schema.Field

    static let pattern = Schema.stringOr([Field("regex", .string), Field("fuzzy", .boolean, required: false)])

    static let concept = Schema.object([
        Field("id", .string),
        Field("label", .string),
        Field("weight", .number),
        Field("required", .boolean, required: false),
        Field("patterns", .list(pattern), required: false),
        Field("all", .list(pattern), required: false),
        Field("negationWindow", .integer, required: false),
        Field("fuzzy", .boolean, required: false),
        Field("followUp", .string),
        Field("tags", .list(.string)),
        Field("examples", .object([Field("match", .list(.string)), Field("noMatch", .list(.string))])),
    ])

    static let question = Schema.object([
        Field("version", .integer),
        Field("id", .string),
        Field("category", .choice(Category.allCases.map(\.rawValue))),
        Field("number", .integer),
        Field("question", .string),
        Field("phase", .integer),
        Field("days", .list(.integer)),
        Field("timeLimit", .integer),
        Field("structure", .choice(AnswerStructure.allCases.map(\.rawValue))),
        Field("concepts", .list(concept)),
        Field("modelAnswer", .string, required: false),
    ])

    static let lexicon = Schema.object([
        Field("version", .integer),
        Field("entries", .map(pattern)),
    ])
}

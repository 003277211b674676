/// Everything wrong with a `structure.yaml`, all problems at once.
public struct StructureRulesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem, at a key path of the file such as `star.result[3]` or `delivery.pace`.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// Where in the file: `star.result[3]`, `delivery.fillers[2].pattern`, `version`.
        public var keyPath: String
        /// What is wrong, e.g. PCRE2's message.
        public var message: String
        /// For a pattern that does not compile: the 1-based character column in the pattern where PCRE2 stopped.
        public var column: Int?

        public init(keyPath: String, message: String, column: Int? = nil) {
            self.keyPath = keyPath
            self.message = message
            self.column = column
        }

        public var description: String {
            "\(keyPath): \(message)"
        }
    }

    /// At least one problem.
    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// `error: structure.yaml: ...` with one line per problem.
    public var description: String {
        let heading = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return (["error: structure.yaml: \(heading)"] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}

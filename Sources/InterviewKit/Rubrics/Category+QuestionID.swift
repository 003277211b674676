/// Categories in the guide's order, and told apart by a shipped question id's first letter (T, S, B).
extension Category: Comparable {
    /// `T01` is technical, `S21` scenario, `B41` behavioral; `nil` for any other id.
    public init?(questionID: String) {
        switch questionID.first {
        case "T": self = .technical
        case "S": self = .scenario
        case "B": self = .behavioral
        default: return nil
        }
    }

    public static func < (lhs: Category, rhs: Category) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .technical: 0
        case .scenario: 1
        case .behavioral: 2
        }
    }
}

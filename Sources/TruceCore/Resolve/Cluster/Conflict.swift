/// Why two records were kept apart.
public enum Conflict: Sendable, Equatable, Hashable, CustomStringConvertible {
    case cannotLink
    case different(MatchField)

    public var description: String {
        switch self {
        case .cannotLink: return "cannot-link decision"
        case .different(let field): return "\(field.rawValue) different"
        }
    }
}

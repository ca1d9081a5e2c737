/// A pair of record ids a person decided about; stored with the smaller id first.
public struct RecordPair: Sendable, Hashable, Codable, Comparable {
    public let a: Int64
    public let b: Int64

    /// The pair of `x` and `y` in either order.
    public init(_ x: Int64, _ y: Int64) {
        a = min(x, y)
        b = max(x, y)
    }

    public static func < (lhs: RecordPair, rhs: RecordPair) -> Bool {
        (lhs.a, lhs.b) < (rhs.a, rhs.b)
    }
}

/// Human decisions applied on every run: must-link pairs are always one profile, cannot-link
/// pairs never are.
///
/// A cannot-link between records that must-links already join cannot be honoured; the resolver
/// counts it in `ResolutionSummary.unsatisfiableLinks` and keeps the must-links.
public struct MatchLinks: Sendable, Equatable, Codable {
    public var mustLink: Set<RecordPair>
    public var cannotLink: Set<RecordPair>

    public init(mustLink: Set<RecordPair> = [], cannotLink: Set<RecordPair> = []) {
        self.mustLink = mustLink
        self.cannotLink = cannotLink
    }

    public static let none = MatchLinks()
}

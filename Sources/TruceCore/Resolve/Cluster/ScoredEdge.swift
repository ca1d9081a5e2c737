/// A scored candidate pair of record indices (`a < b`) with its match weight (log2 odds).
struct ScoredEdge: Sendable, Equatable {
    var a: UInt32
    var b: UInt32
    var weight: Double
    /// Whether the pair may link: it agrees on more than names (or name-only links are allowed).
    var mayLink = true

    /// Whether the edge joins its records at `matchWeight`.
    func links(at matchWeight: Double) -> Bool {
        mayLink && weight >= matchWeight
    }

    /// Strongest first; ties by record indices, so the order never depends on input order.
    static func strongerFirst(_ x: ScoredEdge, _ y: ScoredEdge) -> Bool {
        if x.weight != y.weight { return x.weight > y.weight }
        return (x.a, x.b) < (y.a, y.b)
    }

    var key: UInt64 { UInt64(a) << 32 | UInt64(b) }
}

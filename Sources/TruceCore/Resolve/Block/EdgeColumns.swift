/// Scored pairs as parallel arrays, the layout `MatchState` stores them in.
struct EdgeColumns: Sendable, Equatable {
    var a: [UInt32] = []
    var b: [UInt32] = []
    var weights: [Double] = []
    var mayLink: [Bool] = []

    /// Room for `capacity` pairs.
    init(capacity: Int) {
        a.reserveCapacity(capacity)
        b.reserveCapacity(capacity)
        weights.reserveCapacity(capacity)
        mayLink.reserveCapacity(capacity)
    }

    /// The columns of `edges`, in their order.
    init(_ edges: [ScoredEdge]) {
        (a, b, weights, mayLink) = (edges.map(\.a), edges.map(\.b), edges.map(\.weight), edges.map(\.mayLink))
    }

    mutating func append(_ edge: ScoredEdge) {
        a.append(edge.a)
        b.append(edge.b)
        weights.append(edge.weight)
        mayLink.append(edge.mayLink)
    }

    /// Appends the pairs at `range` of `state`, their records renumbered by `toCurrent` (nil: kept).
    mutating func append(_ state: MatchState, _ range: Range<Int>, toCurrent: [UInt32]?) {
        if let toCurrent {
            a.append(contentsOf: state.edgeA[range].lazy.map { toCurrent[Int($0)] })
            b.append(contentsOf: state.edgeB[range].lazy.map { toCurrent[Int($0)] })
        } else {
            a.append(contentsOf: state.edgeA[range])
            b.append(contentsOf: state.edgeB[range])
        }
        weights.append(contentsOf: state.edgeWeights[range])
        mayLink.append(contentsOf: state.edgeMayLink[range])
    }
}

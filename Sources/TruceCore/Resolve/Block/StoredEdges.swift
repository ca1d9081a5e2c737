/// The stored pairs of a `MatchState` by record: which pairs touch each state record.
struct StoredEdges: Sendable {
    /// `positions[starts[r]..<starts[r + 1]]` are the positions (in the state's edge arrays) of
    /// the pairs of state record `r`.
    private let starts: [Int32]
    private let positions: [Int32]

    /// Indexes the pairs of `state`; nil when a pair names a record the state does not hold.
    init?(_ state: MatchState) {
        let count = state.ids.count
        guard state.edgeA.allSatisfy({ Int($0) < count }), state.edgeB.allSatisfy({ Int($0) < count }) else { return nil }
        var starts = [Int32](repeating: 0, count: count + 1)
        var positions = [Int32](repeating: 0, count: 2 * state.edgeA.count)
        state.edgeA.withUnsafeBufferPointer { edgeA in
            state.edgeB.withUnsafeBufferPointer { edgeB in
                starts.withUnsafeMutableBufferPointer { starts in
                    for position in edgeA.indices {
                        starts[Int(edgeA[position]) + 1] += 1
                        starts[Int(edgeB[position]) + 1] += 1
                    }
                    for record in 0..<count { starts[record + 1] += starts[record] }
                    var next = Array(starts)
                    next.withUnsafeMutableBufferPointer { next in
                        positions.withUnsafeMutableBufferPointer { positions in
                            for position in edgeA.indices {
                                let (a, b) = (Int(edgeA[position]), Int(edgeB[position]))
                                positions[Int(next[a])] = Int32(position)
                                next[a] += 1
                                positions[Int(next[b])] = Int32(position)
                                next[b] += 1
                            }
                        }
                    }
                }
            }
        }
        self.starts = starts
        self.positions = positions
    }

    /// Positions of the pairs of state record `record`.
    func pairs(of record: Int) -> ArraySlice<Int32> {
        positions[Int(starts[record])..<Int(starts[record + 1])]
    }
}

/// Blocks of records sharing a key, and each record's blocks, for generating candidate pairs.
///
/// A key shared by more than `maxBlockSize` records (or by one) makes no block. A pair found in
/// several blocks is generated once: in the first block (lowest index) the two share.
struct BlockIndex: Sendable {
    /// Members of block `b`: `members[blockStart[b]..<blockStart[b + 1]]`, ascending record indices.
    let blockStart: [Int]
    let members: [UInt32]
    /// Rule number of each block.
    let blockRule: [UInt8]
    /// Blocks of record `r`: `recordBlocks[recordStart[r]..<recordStart[r + 1]]`, ascending.
    let recordStart: [Int]
    let recordBlocks: [UInt32]
    /// Records holding a key that made a block without the changed records but no longer does
    /// (it grew past `maxBlockSize`): their old pairs are gone, so an incremental run re-clusters them.
    let lostBlockHolders: [UInt32]

    var blockCount: Int { blockRule.count }

    /// Members of block `block`.
    func members(of block: Int) -> ArraySlice<UInt32> {
        members[blockStart[block]..<blockStart[block + 1]]
    }

    /// Blocks of record `record`.
    func blocks(of record: Int) -> ArraySlice<UInt32> {
        recordBlocks[recordStart[record]..<recordStart[record + 1]]
    }

    /// Whether `block` is the first block that records `a` and `b` share, among blocks of `rule`
    /// when given. Both block lists are sorted, so this is a merge walk over a few entries.
    func isFirstShared(_ block: UInt32, _ a: Int, _ b: Int, rule: UInt8? = nil) -> Bool {
        var i = recordStart[a], j = recordStart[b]
        let endA = recordStart[a + 1], endB = recordStart[b + 1]
        while i < endA && j < endB {
            let x = recordBlocks[i], y = recordBlocks[j]
            if x == y {
                if rule == nil || blockRule[Int(x)] == rule { return x == block }
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return false
    }

    /// Number of pairs in each block.
    func pairCounts() -> [Int] {
        (0..<blockCount).map { block in
            let size = blockStart[block + 1] - blockStart[block]
            return size * (size - 1) / 2
        }
    }

    /// Calls `visit(a, b)` for every candidate pair (a < b, each once) of blocks chosen by `include`,
    /// in parallel parts; returns each part's accumulated result in a fixed order.
    func collectPairs<Part>(rule: UInt8? = nil, initial: @autoclosure () -> Part,
                            _ visit: (inout Part, Int, Int) -> Void) -> [Part] {
        let counts = pairCounts()
        let chosen = (0..<blockCount).filter { rule == nil || blockRule[$0] == rule }
        var prefix = [0]
        prefix.reserveCapacity(chosen.count + 1)
        for block in chosen { prefix.append(prefix[prefix.count - 1] + counts[block]) }
        let total = prefix[prefix.count - 1]
        let parts = max(1, min(128, total / 20_000))
        let starts = (0...parts).map { part in lowerBound(prefix, total * part / parts) }
        return Parallel.chunked(parts, chunks: parts) { range in
            var accumulated = initial()
            for part in range {
                for position in starts[part]..<starts[part + 1] where position < chosen.count {
                    visitBlock(chosen[position], rule: rule, &accumulated, visit)
                }
            }
            return accumulated
        }
    }

    private func visitBlock<Part>(_ block: Int, rule: UInt8?, _ accumulated: inout Part,
                                  _ visit: (inout Part, Int, Int) -> Void) {
        let list = members(of: block)
        let id = UInt32(block)
        for x in list.indices {
            let a = Int(list[x])
            for y in (x + 1)..<list.endIndex {
                let b = Int(list[y])
                if isFirstShared(id, a, b, rule: rule) { visit(&accumulated, a, b) }
            }
        }
    }

    private func lowerBound(_ prefix: [Int], _ value: Int) -> Int {
        var low = 0, high = prefix.count - 1
        while low < high {
            let mid = (low + high) / 2
            if prefix[mid + 1] <= value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

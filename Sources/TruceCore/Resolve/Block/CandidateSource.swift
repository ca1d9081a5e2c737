/// Where an incremental run finds the records to compare with a record: a full `BlockIndex`, or
/// `StateBlocks` read from a stored `MatchState`.
protocol CandidateSource: Sendable {
    /// The records sharing a block with each record of `frontier` (once per shared block), with
    /// the features of all of them ready. Runs between parallel phases, never while others compare.
    func candidates(of frontier: [Int]) -> [[Int]]
}

extension BlockIndex: CandidateSource {
    func candidates(of frontier: [Int]) -> [[Int]] {
        Parallel.map(frontier.count, minimumChunk: 256) { position in
            let record = frontier[position]
            var found: [Int] = []
            for block in blocks(of: record) {
                for other in members(of: Int(block)) where Int(other) != record { found.append(Int(other)) }
            }
            return found
        }
    }
}

/// Finds the records of old profiles by their ids, without a dictionary of every profile.
struct ProfileDirectory: Sendable {
    let records: [MatchRecord]
    /// Hash of each record's profile id (0 when it has none).
    private let hashes: [UInt64]

    init(records: [MatchRecord]) {
        self.records = records
        hashes = Parallel.map(records.count) { records[$0].profileID.map(Self.hash) ?? 0 }
    }

    /// Record indices of every record of `profiles`, ascending.
    func members(of profiles: Set<String>) -> [Int] {
        guard !profiles.isEmpty else { return [] }
        let wanted = Set(profiles.map(Self.hash))
        // A bit per low hash bits (128 KB) turns away almost every record before the set is asked.
        var filter = [UInt64](repeating: 0, count: Self.filterWords)
        for hash in wanted { filter[Self.word(hash)] |= Self.bit(hash) }
        return Parallel.chunked(records.count) { range in
            range.filter { index in
                let hash = hashes[index]
                return hash != 0 && filter[Self.word(hash)] & Self.bit(hash) != 0 && wanted.contains(hash)
                    && profiles.contains(records[index].profileID ?? "")
            }
        }.flatMap { $0 }
    }

    private static let filterWords = 1 << 14

    /// A hash of a profile id for this run only, eight bytes at a time (ids are short: `p_` and 12 hex).
    private static func hash(_ id: String) -> UInt64 {
        id.withUTF8Bytes { hash(UnsafeRawBufferPointer($0)) }
    }

    private static func hash(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var hash = UInt64(raw.count), offset = 0
        while offset + 8 <= raw.count {
            hash = StableHash.mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0  // the last bytes, copied at once rather than shifted in one by one
        withUnsafeMutableBytes(of: &tail) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset...])) }
        return max(StableHash.mix(hash ^ tail), 1)
    }

    private static func word(_ hash: UInt64) -> Int { Int(hash >> 6 & UInt64(filterWords - 1)) }

    private static func bit(_ hash: UInt64) -> UInt64 { 1 << (hash & 63) }
}

/// Where each run of keys with the same rule and top hash bits starts in a sorted key array, so
/// finding a key's holders among millions is a search over a dozen entries, not twenty-odd cache misses.
struct KeyDirectory: Sendable {
    /// Hash bits per rule used to pick a bucket.
    private static let bits: UInt64 = 16
    /// `starts[b]..<starts[b + 1]` are the positions of bucket `b`.
    private let starts: [Int32]

    /// The directory of `keys` (ascending; the rule number in the top byte, as `BlockKeys` makes them).
    init(_ keys: [UInt64]) {
        let buckets = Self.bucket(keys.last ?? 0) + 1
        var starts = [Int32](repeating: 0, count: buckets + 1)
        for key in keys { starts[Self.bucket(key) + 1] += 1 }
        for bucket in 0..<buckets { starts[bucket + 1] += starts[bucket] }
        self.starts = starts
    }

    /// Bucket of `key`: rule number, then the top hash bits; grows with the key.
    private static func bucket(_ key: UInt64) -> Int {
        Int((key >> 56) << bits | (key & 0x00FF_FFFF_FFFF_FFFF) >> (56 - bits))
    }

    /// The positions of `key` in `keys` (the array this directory was built from).
    func range(of key: UInt64, in keys: [UInt64]) -> Range<Int> {
        let bucket = Self.bucket(key)
        guard bucket + 1 < starts.count else { return keys.endIndex..<keys.endIndex }
        var low = Int(starts[bucket]), end = Int(starts[bucket + 1])
        while low < end && keys[low] < key { low += 1 }
        var high = low
        while high < end && keys[high] == key { high += 1 }
        return low..<high
    }
}

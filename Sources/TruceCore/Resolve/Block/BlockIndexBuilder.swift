/// Builds a `BlockIndex` from record features: keys in parallel, one parallel bucketed sort.
enum BlockIndexBuilder {
    /// The index of `features` under `settings`' rules: keys shared by 2…`blockLimit` records make
    /// blocks. `changed` marks the records of an incremental run (nil for a full run).
    static func build(_ features: FeatureStore, rules: [BlockingRule], settings: MatchSettings,
                      changed: [Bool]? = nil) -> BlockIndex {
        build(entries: sortedEntries(features, rules: rules), recordCount: features.count, rules: rules,
              settings: settings, changed: changed)
    }

    /// The index of `recordCount` records' sorted key `entries` (`sortedEntries`).
    static func build(entries: [Entry], recordCount: Int, rules: [BlockingRule], settings: MatchSettings,
                      changed: [Bool]? = nil) -> BlockIndex {
        let limits = rules.map(settings.blockLimit)
        var lostBlockHolders: [UInt32] = []
        var blockStart: [Int] = [0]
        var members: [UInt32] = []
        var blockRule: [UInt8] = []
        var holderBlocks: [(record: UInt32, block: UInt32)] = []
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].key == entries[start].key { end += 1 }
            let size = end - start
            let maxBlockSize = limits[Int(entries[start].key >> 56)]
            if let changed, size > maxBlockSize {
                let before = entries[start..<end].filter { !changed[Int($0.record)] }
                if before.count >= 2 && before.count <= maxBlockSize { lostBlockHolders += before.map(\.record) }
            }
            if size >= 2 && size <= maxBlockSize {
                let block = UInt32(blockRule.count)
                for entry in entries[start..<end] {
                    members.append(entry.record)
                    holderBlocks.append((entry.record, block))
                }
                blockStart.append(members.count)
                blockRule.append(UInt8(entries[start].key >> 56))
            }
            start = end
        }
        let (recordStart, recordBlocks) = perRecord(holderBlocks, recordCount: recordCount)
        return BlockIndex(blockStart: blockStart, members: members, blockRule: blockRule, recordStart: recordStart,
                          recordBlocks: recordBlocks, lostBlockHolders: lostBlockHolders)
    }

    struct Entry: Comparable {
        var key: UInt64
        var record: UInt32
        static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.key, lhs.record) < (rhs.key, rhs.record) }
    }

    /// All (key, record) entries sorted by key then record. Buckets by the rule and the top hash
    /// bits, so each bucket sorts on its own core and the buckets in order are sorted too.
    static func sortedEntries(_ features: FeatureStore, rules: [BlockingRule]) -> [Entry] {
        let bucketCount = max(1, rules.count) << 6
        let parts: [[[Entry]]] = Parallel.chunked(features.count) { range in
            var buckets = [[Entry]](repeating: [], count: bucketCount)
            var keys: [UInt64] = []
            for record in range {
                keys.removeAll(keepingCapacity: true)
                // One copy of the record's features for all its rules, not one per rule.
                let recordFeatures = features[record], contacts = features.contacts(record)
                for (number, rule) in rules.enumerated() {
                    BlockKeys.append(recordFeatures, contacts: contacts, rule: rule, ruleNumber: number, to: &keys)
                }
                for key in keys { buckets[bucket(key)].append(Entry(key: key, record: UInt32(record))) }
            }
            return buckets
        }
        let sortedBuckets: [[Entry]] = Parallel.chunked(bucketCount, chunks: bucketCount) { range in
            var merged: [Entry] = []
            for bucket in range {
                for part in parts { merged.append(contentsOf: part[bucket]) }
            }
            merged.sort()
            return merged
        }
        var all: [Entry] = []
        all.reserveCapacity(sortedBuckets.reduce(0) { $0 + $1.count })
        for bucket in sortedBuckets { all.append(contentsOf: bucket) }
        return all
    }

    private static func bucket(_ key: UInt64) -> Int {
        Int(key >> 50)  // the rule number (top byte) and the next 6 bits
    }

    /// Each record's blocks, ascending, as offsets and a flat list.
    private static func perRecord(_ pairs: [(record: UInt32, block: UInt32)], recordCount: Int) -> ([Int], [UInt32]) {
        var start = [Int](repeating: 0, count: recordCount + 1)
        for pair in pairs { start[Int(pair.record) + 1] += 1 }
        for index in 0..<recordCount { start[index + 1] += start[index] }
        var fill = start
        var blocks = [UInt32](repeating: 0, count: pairs.count)
        for pair in pairs {  // blocks arrive in ascending order, so each record's list is sorted
            blocks[fill[Int(pair.record)]] = pair.block
            fill[Int(pair.record)] += 1
        }
        return (start, blocks)
    }
}

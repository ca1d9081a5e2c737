/// Incremental runs over the previous run's `MatchState`.
extension MatchEngine {
    /// Resolves what `changed` records touch, preparing only the records the run reaches: the
    /// changed ones, holders of identifiers whose sharing they flip, their candidates, and the
    /// records of every profile in scope. Decides as `resolve(changed:)` over a full preparation.
    func resolve(changed: Set<Int64>, from stored: StoredState) -> Resolution {
        let n = prepared.count
        let mustLinks = mustLinkIndices
        let mustLinked = Set(mustLinks.flatMap { [$0.0, $0.1] })
        var isChanged = [Bool](repeating: false, count: n)
        for id in changed { if let index = prepared.index(of: id) { isChanged[index] = true } }
        for index in stored.unheld { isChanged[index] = true }  // new records, listed or not
        let changedList = isChanged.indices.filter { isChanged[$0] }
        let fresh = FeatureExtractor.features(changedList.count) { prepared.records[changedList[$0]] }
        let sharing = SharingUpdate(stored: stored, changed: changedList, isChanged: isChanged, fresh: fresh,
                                    limit: settings.sharedIdentifierNames)
        let rekeyed = Set(changedList + sharing.flippedHolders).sorted()
        let blocks = StateBlocks(stored: stored, sharing: sharing, features: prepared.features, records: prepared.records,
                                 settings: settings, rekeyed: rekeyed, changed: changedList, fresh: fresh)
        let features = prepared.features
        let active = (0..<n).map { index in
            mustLinked.contains(index)
                || (features.isFilled(index) ? features[index].identifiesSomeone : stored.identifies(index) ?? false)
        }
        let flipped = blocks.flippedBlocks()
        var changes = PairChanges(renewed: [Bool](repeating: false, count: n))
        for record in rekeyed + flipped.gained { changes.renewed[record] = true }
        droppedPairs(flipped.lost, blocks: blocks, into: &changes)
        let expansion = expand(changes: changes, blocks: blocks, active: active, mustLinks: mustLinks)
        var resolution = finish(expansion, active: active, mustLinks: mustLinks, incremental: true)
        resolution.summary.sharedIdentifiers = sharing.sharedCount
        let edges = stored.updatedEdges(fresh: expansion.rescoredEdges, renewed: changes.renewed, dropped: changes.dropped,
                                        active: active)
        resolution.state = stored.updated(records: prepared.records, features: features, rekeyed: rekeyed, blocks: blocks,
                                          sharing: sharing, edges: edges)
        return resolution
    }

    /// Stored pairs inside blocks the run lost that no other block keeps candidates: they are
    /// dropped, and the ends of linking ones re-clustered. Pairs of renewed records are scored again anyway.
    private func droppedPairs(_ lost: [[Int]], blocks: StateBlocks, into changes: inout PairChanges) {
        prepared.features.fill(lost.joined(), from: prepared.records) { blocks.sharing.isShared($0, in: blocks.stored.state) }
        for members in lost {
            let inBlock = Set(members)
            for record in members where !changes.renewed[record] {
                for edge in blocks.stored.storedEdges(of: record) where Int(edge.a) == record {
                    let other = Int(edge.b)
                    guard inBlock.contains(other), !changes.renewed[other], !shareBlock(record, other, blocks: blocks) else { continue }
                    changes.dropped.insert(edge.key)
                    if edge.links(at: matchWeight) { changes.reached += [record, other] }
                }
            }
        }
    }

    /// Whether records `a` and `b` (features filled) share a key that makes a block in this run.
    private func shareBlock(_ a: Int, _ b: Int, blocks: StateBlocks) -> Bool {
        let keysOfB = Set(StateBlocks.keys(of: b, features: prepared.features, rules: blocks.rules))
        return StateBlocks.keys(of: a, features: prepared.features, rules: blocks.rules).contains { key in
            keysOfB.contains(key) && blocks.block(key) != nil
        }
    }
}

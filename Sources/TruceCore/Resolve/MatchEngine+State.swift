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
        let fresh = Parallel.map(changedList.count, minimumChunk: 256) {
            FeatureExtractor.features(of: prepared.records[changedList[$0]])
        }
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
        let flipped = blocks.flippedBlocks(rekeyed: rekeyed)
        let seeds = Set(rekeyed + flipped.gained + lostLinks(flipped.lost, blocks: blocks, active: active))
        let expansion = expand(seeds: seeds.filter { active[$0] }, source: blocks, active: active, mustLinks: mustLinks)
        var resolution = finish(expansion, active: active, mustLinks: mustLinks, incremental: true)
        resolution.summary.sharedIdentifiers = sharing.sharedCount
        resolution.state = stored.updated(ids: prepared.records.map(\.id), features: features, rekeyed: rekeyed, blocks: blocks, sharing: sharing)
        return resolution
    }

    /// Ends of the linking pairs of blocks the run lost: without the block they may no longer be
    /// linked, so they are re-clustered. Other pairs of a lost block never joined anyone.
    private func lostLinks(_ lost: [[Int]], blocks: StateBlocks, active: [Bool]) -> [Int] {
        prepared.features.fill(lost.joined(), from: prepared.records) { blocks.sharing.isShared($0, in: blocks.stored.state) }
        let ends = Parallel.map(lost.count, minimumChunk: 16) { position in
            let members = lost[position].filter { active[$0] }
            var ends: [Int] = []
            for (offset, a) in members.enumerated() {
                for b in members[(offset + 1)...] where edge(min(a, b), max(a, b)).links(at: matchWeight) { ends += [a, b] }
            }
            return ends
        }
        return ends.flatMap { $0 }
    }
}

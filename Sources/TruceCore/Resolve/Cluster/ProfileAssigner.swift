/// Gives clusters stable profile ids and records merges and splits.
///
/// A profile belongs to the cluster holding its earliest record. A cluster keeps the earliest of
/// the profiles it owns; the others redirect to it (merge). A cluster owning none gets a new id,
/// `p_` + 12 hex of SHA-256 over its earliest record's seed; records it took from a profile owned
/// elsewhere are a split.
struct ProfileAssigner {
    let records: [MatchRecord]
    /// Every profile id in the base, so new ids never collide.
    let usedIDs: Set<String>
    /// Why two groups of records are one person (merge reason).
    let mergeReason: ([Int], [Int]) -> String
    /// Why records left the rest of their profile (split reason).
    let splitReason: ([Int], [Int]) -> String

    struct Outcome {
        var assignments: [Int64: String] = [:]
        var newProfiles: Set<String> = []
        var redirects: [String: String] = [:]
        var events: [ProfileEvent] = []
        var clusters = 0
    }

    /// Assigns ids to the clusters of `scope` (ascending record indices) given by `labels`.
    func assign(scope: [Int], labels: [Int]) -> Outcome {
        var earliest: [String: Int] = [:]
        for index in scope {
            if let profile = records[index].profileID, earliest[profile] == nil { earliest[profile] = index }
        }
        let ordered = scope.map { (label: labels[$0], record: $0) }.sorted { ($0.label, $0.record) < ($1.label, $1.record) }
        var clusterRanges: [Int: Range<Int>] = [:]
        var runs: [(label: Int, range: Range<Int>)] = []
        var start = 0
        while start < ordered.count {
            var end = start + 1
            while end < ordered.count && ordered[end].label == ordered[start].label { end += 1 }
            runs.append((ordered[start].label, start..<end))
            start = end
        }
        var outcome = Outcome()
        outcome.clusters = runs.count
        var used = usedIDs
        func recordsIn(_ range: Range<Int>) -> [Int] { ordered[range].map(\.record) }
        for run in runs where run.range.count > 1 || records[ordered[run.range.lowerBound].record].profileID != nil {
            clusterRanges[run.label] = run.range
        }
        for (label, range) in runs {
            let members = recordsIn(range)
            var owned: [String] = []
            var moved: [String: [Int]] = [:]
            for member in members {
                guard let profile = records[member].profileID, let first = earliest[profile] else { continue }
                if labels[first] == label {
                    if !owned.contains(profile) { owned.append(profile) }
                } else {
                    moved[profile, default: []].append(member)
                }
            }
            let id: String
            if let survivor = owned.first {
                id = survivor
            } else {
                id = ExactKeyResolver.newID(seed: records[label].seed, avoiding: used)
                used.insert(id)
                outcome.newProfiles.insert(id)
            }
            for absorbed in owned.dropFirst() {
                outcome.redirects[absorbed] = id
                let kept = members.filter { records[$0].profileID == id }
                let taken = members.filter { records[$0].profileID == absorbed }
                outcome.events.append(ProfileEvent(kind: .merge, profileID: id, absorbedProfileID: absorbed,
                                                   recordIDs: taken.map { records[$0].id },
                                                   reason: mergeReason(kept, taken)))
            }
            for (profile, records) in moved.sorted(by: { $0.key < $1.key }) {
                let ownerMembers = clusterRanges[labels[earliest[profile] ?? label]].map(recordsIn) ?? []
                outcome.events.append(ProfileEvent(kind: .split, profileID: profile, absorbedProfileID: id,
                                                   recordIDs: records.map { self.records[$0].id },
                                                   reason: splitReason(records, ownerMembers)))
            }
            for member in members where records[member].profileID != id {
                outcome.assignments[records[member].id] = id
            }
        }
        return outcome
    }
}

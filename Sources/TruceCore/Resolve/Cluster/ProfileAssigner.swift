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
        let ordered = Self.byLabel(scope, labels: labels)
        var runs: [(label: Int, range: Range<Int>)] = []
        var start = 0
        while start < ordered.count {
            var end = start + 1
            while end < ordered.count && ordered[end].label == ordered[start].label { end += 1 }
            runs.append((ordered[start].label, start..<end))
            start = end
        }
        let candidates = newIDCandidates(runs, ordered)
        var outcome = Outcome()
        outcome.clusters = runs.count
        outcome.assignments.reserveCapacity(scope.count)
        var used = usedIDs
        used.reserveCapacity(usedIDs.count + candidates.count)
        var clusterRanges: [Int: Range<Int>] = [:]
        for run in runs where run.range.count > 1 || records[ordered[run.range.lowerBound].record].profileID != nil {
            clusterRanges[run.label] = run.range
        }
        for (position, run) in runs.enumerated() {
            let candidate = candidates[position]
            if run.range.count == 1, candidate != nil {  // a lone record without a profile: a new one
                let id = newID(candidate, label: run.label, used: &used, into: &outcome)
                outcome.assignments[records[ordered[run.range.lowerBound].record].id] = id
                continue
            }
            let members = ordered[run.range].map(\.record)
            assignCluster(members, label: run.label, candidate: candidate, labels: labels, earliest: earliest,
                          ownerMembers: { clusterRanges[$0].map { ordered[$0].map(\.record) } ?? [] },
                          used: &used, into: &outcome)
        }
        return outcome
    }

    /// Ids for the cluster `members` (label `label`): it keeps the earliest profile it owns and
    /// absorbs the others (merges), takes records from profiles owned elsewhere (splits), or gets a new id.
    private func assignCluster(_ members: [Int], label: Int, candidate: String?, labels: [Int], earliest: [String: Int],
                               ownerMembers: (Int) -> [Int], used: inout Set<String>, into outcome: inout Outcome) {
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
        let id = owned.first ?? newID(candidate, label: label, used: &used, into: &outcome)
        for absorbed in owned.dropFirst() {
            outcome.redirects[absorbed] = id
            let kept = members.filter { records[$0].profileID == id }
            let taken = members.filter { records[$0].profileID == absorbed }
            outcome.events.append(ProfileEvent(kind: .merge, profileID: id, absorbedProfileID: absorbed,
                                               recordIDs: taken.map { records[$0].id },
                                               reason: mergeReason(kept, taken)))
        }
        for (profile, records) in moved.sorted(by: { $0.key < $1.key }) {
            let owner = ownerMembers(labels[earliest[profile] ?? label])
            outcome.events.append(ProfileEvent(kind: .split, profileID: profile, absorbedProfileID: id,
                                               recordIDs: records.map { self.records[$0].id },
                                               reason: splitReason(records, owner)))
        }
        for member in members where records[member].profileID != id {
            outcome.assignments[records[member].id] = id
        }
    }

    /// A new profile id for the cluster labelled `label`: `ExactKeyResolver.newID` of its earliest
    /// record's seed, whose first choice is `candidate` when that was computed ahead.
    private func newID(_ candidate: String?, label: Int, used: inout Set<String>, into outcome: inout Outcome) -> String {
        let id: String
        if let candidate, !used.contains(candidate) {
            id = candidate
        } else {
            id = ExactKeyResolver.newID(seed: records[label].seed, avoiding: used)
        }
        used.insert(id)
        outcome.newProfiles.insert(id)
        return id
    }

    /// The first id `ExactKeyResolver.newID` tries for each run none of whose records has a
    /// profile (such a run owns none, so it gets a new id), hashed in parallel; nil for other runs.
    private func newIDCandidates(_ runs: [(label: Int, range: Range<Int>)],
                                 _ ordered: [(label: Int, record: Int)]) -> [String?] {
        Parallel.map(runs.count) { position in
            let run = runs[position]
            guard ordered[run.range].allSatisfy({ records[$0.record].profileID == nil }) else { return nil }
            return ExactKeyResolver.candidateID(seed: records[run.label].seed)
        }
    }

    /// `scope` as (label, record) sorted by label then record: a counting sort by label when
    /// `scope` is ascending (each label's records then arrive in order), else a comparison sort.
    static func byLabel(_ scope: [Int], labels: [Int]) -> [(label: Int, record: Int)] {
        let ascending = scope.indices.dropFirst().allSatisfy { scope[$0 - 1] < scope[$0] }
        guard ascending, let largest = scope.lazy.map({ labels[$0] }).max(), scope.allSatisfy({ labels[$0] >= 0 }) else {
            return scope.map { (label: labels[$0], record: $0) }.sorted { ($0.label, $0.record) < ($1.label, $1.record) }
        }
        var starts = [Int](repeating: 0, count: largest + 2)
        for record in scope { starts[labels[record] + 1] += 1 }
        for label in 0...largest { starts[label + 1] += starts[label] }
        var ordered = [(label: Int, record: Int)](repeating: (0, 0), count: scope.count)
        for record in scope {
            let label = labels[record]
            ordered[starts[label]] = (label, record)
            starts[label] += 1
        }
        return ordered
    }
}

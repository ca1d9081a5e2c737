import Foundation
import TruceCore

/// Turns resolutions into record → profile maps and runs the incremental comparison.
enum MatchBenchOutcome {
    /// Final profile of every record; records without one are their own singleton.
    static func profiles(_ records: [MatchRecord], _ resolution: Resolution) -> [Int64: String] {
        let unassigned = Set(resolution.unassigned)
        var result: [Int64: String] = [:]
        for record in records {
            if unassigned.contains(record.id) { continue }
            var profile = resolution.assignments[record.id] ?? record.profileID ?? "none-\(record.id)"
            while let next = resolution.redirects[profile] { profile = next }
            result[record.id] = profile
        }
        return result
    }

    /// Writes `unique_id,profile` lines, sorted by id.
    static func write(_ profiles: [Int64: String], to path: String) {
        let text = "unique_id,profile\n" + profiles.sorted { $0.key < $1.key }.map { "\($0.key),\($0.value)" }.joined(separator: "\n") + "\n"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    /// Test leads that ended in a profile.
    static func testLeadProfiles(_ data: MatchBenchData, _ profiles: [Int64: String]) -> Int {
        data.testLeads.filter { profiles[$0] != nil }.count
    }

    /// Resolves the first part fully, then the rest incrementally (`repeats` times, from the same
    /// stored bytes: the best and median time are reported); compares with a full run over the
    /// same records, timed too: the share is of the faster of it and `fullSeconds`.
    ///
    /// The incremental figure is what a sync pays: reading the stored state back from its bytes,
    /// the run, and writing the new state to bytes (not the base's blob I/O).
    static func incremental(_ data: MatchBenchData, model: MatchModel, settings: MatchSettings, fraction: Double,
                            repeats: Int = 1, fullProfiles: [Int64: String], fullSeconds: Double) -> [(String, Any)] {
        let sorted = data.records.sorted { $0.id < $1.id }
        let split = Int(Double(sorted.count) * (1 - fraction))
        let old = Array(sorted[..<split])
        let first = MatchEngine(records: old, model: model, settings: settings).resolve()
        let blob = first.state?.serialized() ?? Data()
        let oldProfiles = profiles(old, first)
        var next = sorted
        for index in 0..<split { next[index].profileID = oldProfiles[next[index].id] }
        let changed = Set(sorted[split...].map(\.id))
        var runs: [(seconds: Double, cpu: Double, load: Double, save: Double)] = []
        var resolution = Resolution()
        var saved = Data()
        for _ in 0..<max(1, repeats) {
            let (started, cpuStarted) = (BenchReport.now(), PhaseClock.cpuSeconds())
            let state = try? MatchState(serialized: blob)
            let loadSeconds = BenchReport.now() - started
            resolution = MatchEngine(records: next, model: model, settings: settings, state: state).resolve(changed: changed)
            let saveStarted = BenchReport.now()
            saved = resolution.state?.serialized() ?? Data()
            let end = BenchReport.now()
            runs.append((end - started, PhaseClock.cpuSeconds() - cpuStarted, loadSeconds, end - saveStarted))
        }
        let times = runs.map(\.seconds).sorted()
        let (seconds, median) = (times[0], times[times.count / 2])
        let cpu = runs.map(\.cpu).sorted()
        let (loadSeconds, saveSeconds) = (runs.map(\.load).min() ?? 0, runs.map(\.save).min() ?? 0)
        let incrementalProfiles = profiles(next, resolution)
        let fullStarted = BenchReport.now()
        let fullRun = MatchEngine(records: next, model: model, settings: settings).resolve()
        // Timed like the reported full run: the share is taken of the faster of the two, so a
        // slow moment of this machine during one full run does not flatter the incremental run.
        let fullAgainSeconds = BenchReport.now() - fullStarted
        let sameProfiles = incrementalProfiles == profiles(next, fullRun)
        let sameState = resolution.state == fullRun.state
        return [("incremental_records", changed.count), ("incremental_seconds", seconds),
                ("incremental_median_seconds", median), ("incremental_runs", runs.count),
                ("incremental_cpu_seconds", cpu[0]), ("incremental_median_cpu_seconds", cpu[cpu.count / 2]),
                ("full_again_seconds", fullAgainSeconds),
                ("incremental_share_of_full", seconds / min(fullSeconds, fullAgainSeconds)),
                ("incremental_scope", resolution.summary.recordsInScope),
                ("incremental_load_seconds", loadSeconds), ("incremental_save_seconds", saveSeconds),
                ("state_mb", Double(saved.count) / 1_048_576),
                ("incremental_same_as_full", sameProfiles ? "yes" : "no"), ("incremental_same_state", sameState ? "yes" : "no"),
                ("incremental_same_partition", samePartition(incrementalProfiles, fullProfiles) ? "yes" : "no")]
    }

    /// Up to `limit` true pairs (one per person and pair of profiles) that ended in different
    /// profiles, spread over the world by a stable hash.
    static func missedPairs(_ data: MatchBenchData, _ profiles: [Int64: String], limit: Int) -> [(Int64, Int64)] {
        guard limit > 0 else { return [] }
        var people: [String: [Int64]] = [:]
        for (id, person) in data.truth where profiles[id] != nil { people[person, default: []].append(id) }
        var missed: [(Int64, Int64)] = []
        for ids in people.values where ids.count > 1 {
            let sorted = ids.sorted()
            var firstOfProfile: [String: Int64] = [:]
            for id in sorted where firstOfProfile[profiles[id] ?? ""] == nil { firstOfProfile[profiles[id] ?? ""] = id }
            let heads = firstOfProfile.values.sorted()
            for other in heads.dropFirst() { missed.append((heads[0], other)) }
        }
        func order(_ pair: (Int64, Int64)) -> UInt64 { UInt64(bitPattern: pair.0) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(bitPattern: pair.1) }
        return Array(missed.sorted { order($0) < order($1) }.prefix(limit))
    }

    /// Whether two record → cluster maps group the records the same way.
    static func samePartition(_ x: [Int64: String], _ y: [Int64: String]) -> Bool {
        guard Set(x.keys) == Set(y.keys) else { return false }
        var forward: [String: String] = [:], backward: [String: String] = [:]
        for (id, a) in x {
            guard let b = y[id] else { return false }
            if let seen = forward[a], seen != b { return false }
            if let seen = backward[b], seen != a { return false }
            forward[a] = b
            backward[b] = a
        }
        return true
    }
}

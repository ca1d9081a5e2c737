import Foundation
import Testing
@testable import TruceCore

@Suite struct ExactKeyResolverTests {
    let resolver = ExactKeyResolver()

    private func record(_ id: Int64, _ keys: [String], profile: String? = nil) -> ResolverRecord {
        ResolverRecord(id: id, keys: keys, profileID: profile, seed: "seed-\(id)")
    }

    /// Profile of every record after applying a resolution over the inputs.
    private func profiles(_ records: [ResolverRecord], _ resolution: Resolution) -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: records.map { ($0.id, resolution.assignments[$0.id] ?? $0.profileID ?? "?") })
    }

    @Test func chainsShareOneProfile() {
        let records = [record(1, ["email:a@x.ru"]), record(2, ["email:a@x.ru", "phone:+79160000001"]),
                       record(3, ["phone:+79160000001"]), record(4, ["email:b@x.ru"]), record(5, [])]
        let result = resolver.resolve(records)
        let ids = profiles(records, result)
        #expect(ids[1] == ids[2] && ids[2] == ids[3])
        #expect(ids[4] != ids[1])
        #expect(ids[5] != ids[1] && ids[5] != ids[4])
        #expect(result.newProfiles.count == 3)
        #expect(ids[1] == ExactKeyResolver.newID(seed: "seed-1", avoiding: []))
    }

    @Test func existingProfilesKeepTheirIDs() {
        let first = [record(1, ["email:a@x.ru"]), record(2, ["phone:+79160000002"])]
        let initial = profiles(first, resolver.resolve(first))
        let second = [record(1, ["email:a@x.ru"], profile: initial[1]), record(2, ["phone:+79160000002"], profile: initial[2]),
                      record(3, ["email:a@x.ru"])]
        let result = resolver.resolve(second)
        #expect(result.newProfiles.isEmpty)
        #expect(result.assignments == [3: initial[1]!])
    }

    @Test func mergeKeepsTheEarliestProfileAndRedirectsTheOther() {
        let records = [record(1, ["email:a@x.ru"], profile: "p_old"), record(2, ["phone:+79160000003"], profile: "p_new"),
                       record(3, ["email:a@x.ru", "phone:+79160000003"])]
        let result = resolver.resolve(records)
        #expect(result.redirects == ["p_new": "p_old"])
        #expect(profiles(records, result).values.allSatisfy { $0 == "p_old" })
    }

    /// Seeded property: the partition is exactly the connected components of shared keys, and the
    /// ids do not depend on the order the records arrive in.
    @Test(arguments: [1, 2, 3, 42, 2026])
    func partitionIsConnectedComponentsInAnyOrder(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let records = (1...300).map { id in
            record(Int64(id), (0..<Int.random(in: 0...2, using: &rng)).map { _ in "k:\(Int.random(in: 0..<250, using: &rng))" })
        }
        let ids = profiles(records, resolver.resolve(records))
        let shuffled = profiles(records, resolver.resolve(records.shuffled(using: &rng)))
        #expect(ids == shuffled)
        // Reference: breadth-first search over the record–key graph.
        var byKey: [String: [Int64]] = [:]
        for r in records { for k in r.keys { byKey[k, default: []].append(r.id) } }
        let keysOf = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0.keys) })
        var component: [Int64: Int] = [:]
        for start in records.map(\.id) where component[start] == nil {
            var queue = [start]
            component[start] = Int(start)
            while let next = queue.popLast() {
                for key in keysOf[next] ?? [] { for other in byKey[key] ?? [] where component[other] == nil {
                    component[other] = Int(start)
                    queue.append(other)
                } }
            }
        }
        for a in records { for b in records where a.id < b.id && a.id % 7 == 0 {
            #expect((component[a.id] == component[b.id]) == (ids[a.id] == ids[b.id]))
        } }
    }
}

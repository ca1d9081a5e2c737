import Foundation

/// First resolution: records sharing a normalized email or phone are one person (union-find).
///
/// Profile ids are stable: a cluster keeps the id of its earliest record's profile; a cluster that
/// joins several existing profiles keeps the earliest one and redirects the others; a new cluster
/// gets `p_` + 12 hex digits of SHA-256 over its earliest record's seed.
public struct ExactKeyResolver: IdentityResolver {
    public let kind = "exact_key"

    public init() {}

    /// Resolves on emails and phones only; names, links and the model are not used.
    public func resolve(_ input: ResolutionInput) -> Resolution {
        resolve(input.records.map { record in
            ResolverRecord(id: record.id, keys: record.emails.map { "email:" + $0 } + record.phones.map { "phone:" + $0 },
                           profileID: record.profileID, seed: record.seed)
        })
    }

    public func resolve(_ records: [ResolverRecord]) -> Resolution {
        let ordered = records.sorted { $0.id < $1.id }
        var parent = Array(ordered.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        var owner: [String: Int] = [:]
        for (index, record) in ordered.enumerated() {
            for key in record.keys {
                if let other = owner[key] {
                    let (a, b) = (root(index), root(other))
                    if a != b { parent[max(a, b)] = min(a, b) }  // the earliest record stays the root
                } else {
                    owner[key] = index
                }
            }
        }
        var clusters: [Int: [Int]] = [:]
        for index in ordered.indices { clusters[root(index), default: []].append(index) }
        return decide(clusters: clusters, ordered)
    }

    private func decide(clusters: [Int: [Int]], _ ordered: [ResolverRecord]) -> Resolution {
        var result = Resolution()
        var used = Set(ordered.compactMap(\.profileID))
        for rootIndex in clusters.keys.sorted() {
            let members = clusters[rootIndex] ?? []
            let existing = members.compactMap { ordered[$0].profileID }  // in record order: earliest first
            let survivor: String
            if let first = existing.first {
                survivor = first
                for other in Set(existing) where other != first { result.redirects[other] = first }
            } else {
                survivor = Self.newID(seed: ordered[rootIndex].seed, avoiding: used)
                used.insert(survivor)
                result.newProfiles.insert(survivor)
            }
            for member in members where ordered[member].profileID != survivor {
                result.assignments[ordered[member].id] = survivor
            }
        }
        return result
    }

    /// The id `newID` tries first: `p_` and the first 12 hex digits of the seed's SHA-256.
    static func candidateID(seed: String) -> String {
        profileID(SHA256.hex(seed), length: 12)
    }

    /// `candidateID`, or when `used` holds it, the first longer prefix of the digest it does not.
    static func newID(seed: String, avoiding used: Set<String>) -> String {
        let digest = SHA256.hex(seed)
        var length = 12
        while used.contains(profileID(digest, length: length)) && length < digest.count { length += 4 }
        return profileID(digest, length: length)
    }

    private static func profileID(_ digest: String, length: Int) -> String {
        "p_" + digest.prefix(length)
    }
}

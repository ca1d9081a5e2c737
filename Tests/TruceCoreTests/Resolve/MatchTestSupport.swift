import Foundation
@testable import TruceCore

/// Builders shared by the resolution tests.
enum MatchTestSupport {
    /// A record with the given fields; the seed is derived from the id.
    static func record(_ id: Int64, first: String? = nil, last: String? = nil, middle: String? = nil,
                       email: String? = nil, phone: String? = nil, city: String? = nil, birth: String? = nil,
                       profile: String? = nil) -> MatchRecord {
        MatchRecord(id: id, source: "test", firstName: first, lastName: last, middleName: middle,
                    emails: email.map { [$0] } ?? [], phones: phone.map { [$0] } ?? [], city: city, birthDate: birth,
                    profileID: profile, seed: "seed-\(id)")
    }

    /// The comparison of two records.
    static func compare(_ a: MatchRecord, _ b: MatchRecord, fields: [MatchField] = MatchField.allCases) -> PairComparison {
        let store = FeatureStore([FeatureExtractor.features(of: a), FeatureExtractor.features(of: b)])
        return PairComparer(fields: fields).compare(0, 1, in: store)
    }

    /// Final profile of every record after applying `resolution` (redirects followed).
    static func profiles(_ records: [MatchRecord], _ resolution: Resolution) -> [Int64: String] {
        let unassigned = Set(resolution.unassigned)
        var result: [Int64: String] = [:]
        for record in records where !unassigned.contains(record.id) {
            var profile = resolution.assignments[record.id] ?? record.profileID ?? "none"
            while let next = resolution.redirects[profile] { profile = next }
            result[record.id] = profile
        }
        return result
    }

    /// The partition of record ids as sorted groups, independent of the profile ids.
    static func partition(_ profiles: [Int64: String]) -> [[Int64]] {
        Dictionary(grouping: profiles.keys, by: { profiles[$0] ?? "" }).values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Pairwise precision and recall of `profiles` against `truth`.
    static func pairwise(truth: [Int64: String], profiles: [Int64: String]) -> (precision: Double, recall: Double, f1: Double) {
        func pairs(_ sizes: [String: Int]) -> Double { sizes.values.reduce(0) { $0 + Double($1 * ($1 - 1) / 2) } }
        var both: [String: Int] = [:], truthSizes: [String: Int] = [:], predicted: [String: Int] = [:]
        for (id, person) in truth {
            let cluster = profiles[id] ?? "single-\(id)"
            both[person + "|" + cluster, default: 0] += 1
            truthSizes[person, default: 0] += 1
            predicted[cluster, default: 0] += 1
        }
        let hits = pairs(both), made = pairs(predicted), real = pairs(truthSizes)
        let precision = made == 0 ? 1 : hits / made, recall = real == 0 ? 1 : hits / real
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
    }

    /// The package root (for fixtures and `../shared`).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Records and truth of a bench-style CSV (see `scripts/bench-data/gen_world.py`), normalized
    /// and split as the importer would.
    static func loadWorld(_ path: String) throws -> (records: [MatchRecord], truth: [Int64: String], tests: Set<Int64>) {
        let reader = try CSVReader(path: path)
        let header = reader.header
        let phones = PhoneNormalizer(defaultRegion: "RU")
        var records: [MatchRecord] = [], truth: [Int64: String] = [:], tests = Set<Int64>()
        var number: Int64 = 0
        while let row = try reader.next() {
            number += 1
            func value(_ name: String) -> String? {
                guard let index = header.firstIndex(of: name), index < row.fields.count, !row.fields[index].isEmpty else { return nil }
                return row.fields[index]
            }
            let id = value("unique_id").flatMap { Int64($0) } ?? number
            var record = MatchRecord(id: id, source: value("source") ?? "csv", seed: "world-\(id)")
            record.firstName = value("first_name").map(NameNormalizer.clean)
            record.lastName = value("surname").map(NameNormalizer.clean)
            record.middleName = value("middle_name").map(NameNormalizer.clean)
            if let full = value("full_name"), record.firstName == nil, record.lastName == nil {
                let split = NameNormalizer.split(full)
                (record.fullName, record.firstName, record.lastName, record.middleName) = (split.full, split.first, split.last, split.middle)
            }
            record.birthDate = value("dob")
            record.city = value("city")
            record.emails = (value("email") ?? "").split(separator: ";").compactMap { EmailNormalizer.normalize(String($0)).value }
            record.phones = value("phone").map { phones.normalizeAll($0).compactMap(\.value) } ?? []
            records.append(record)
            truth[id] = value("cluster") ?? "row-\(id)"
            if value("is_test") == "1" { tests.insert(id) }
        }
        return (records, truth, tests)
    }
}

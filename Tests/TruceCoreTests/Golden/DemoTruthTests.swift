import Foundation
import Testing
@testable import TruceCore

/// Checks the demo sync against the generator's ground truth (`Tests/Golden/demo-truth/truth.csv`):
/// every person record lands in a profile, every true pair is joined (recall 1.0), and no two
/// people are joined — not even the mother and daughter who share a home phone (precision 1.0).
@Suite struct DemoTruthTests {
    static func readCSV(_ url: URL) throws -> [[String: String]] {
        let reader = try CSVReader(path: url.path)
        var rows: [[String: String]] = []
        while let record = try reader.next() {
            rows.append(Dictionary(zip(reader.header, record.fields), uniquingKeysWith: { a, _ in a }))
        }
        return rows
    }

    @Test func demoProfilesMatchTheTruth() throws {
        let output = try GoldenTests.sync(GoldenTests.root.appendingPathComponent("demo"))
        let scratch = TestPaths.temporaryFolder()
        let lineageURL = scratch.appendingPathComponent("lineage.csv")
        try Data((output["lineage.csv"] ?? "").utf8).write(to: lineageURL)
        func key(_ row: [String: String]) -> String { "\(row["source"] ?? "")|\(row["file"] ?? "")|\(row["record"] ?? "")" }
        let lineage = Dictionary(try Self.readCSV(lineageURL).map { (key($0), $0["profile_id"] ?? "") }, uniquingKeysWith: { a, _ in a })
        let truthRows = try Self.readCSV(GoldenTests.root.appendingPathComponent("demo-truth/truth.csv"))
        let quarantined = Set(try Self.readCSV(GoldenTests.root.appendingPathComponent("demo-truth/quarantine.csv")).map(key))
        var people: [(profile: String, person: String)] = []
        for row in truthRows {
            let person = row["person_key"] ?? ""
            let id = key(row)
            guard !person.isEmpty, !quarantined.contains(id) else { continue }
            let profile = lineage[id] ?? ""
            #expect(!profile.isEmpty, "\(id) has no profile")
            people.append((profile, person))
        }
        #expect(people.count > 500)
        var truePairs = 0, foundPairs = 0, correct = 0
        for i in people.indices {
            for j in people.indices where j > i {
                let same = people[i].person == people[j].person
                let joined = people[i].profile == people[j].profile
                truePairs += same ? 1 : 0
                foundPairs += joined ? 1 : 0
                correct += same && joined ? 1 : 0
            }
        }
        let recall = Double(correct) / Double(truePairs)
        let precision = Double(correct) / Double(foundPairs)
        #expect(recall == 1.0, "recall \(recall)")
        #expect(precision == 1.0, "precision \(precision)")
    }
}

import Foundation
import GRDB
import Testing
@testable import TruceCore

/// Identity resolution inside `sync`: people's decisions, the audit log, incremental runs and
/// the `resolution:` block, on real SQLite bases.
@Suite struct ResolutionSyncTests {
    /// A pipeline reading `data/*.csv` (id,name,email,phone by default) into `base.sqlite`.
    static func pipeline(_ folder: URL, resolution: String = "",
                         fields: String = "person.full_name: name, person.emails: email, person.phones: phone")
        throws -> PipelineConfig {
        let yaml = """
        version: 1
        store: sqlite:base.sqlite
        sources:
          - name: crm
            path: data/*.csv
            mapping:
              record_id: id
              fields: { \(fields) }
        \(resolution)
        exports:
          - { destination: profiles, path: out/profiles.csv }
        """
        return try PipelineLoader.load(path: TestPaths.write(yaml, "pipeline.yaml", in: folder))
    }

    static func sync(_ config: PipelineConfig, _ folder: URL, retrain: Bool = false) throws -> RunSummary {
        var options = SyncOptions(workingDirectory: folder)
        options.retrain = retrain
        return try SyncRunner().sync(config, options: options)
    }

    static func store(_ folder: URL) throws -> SQLiteStore {
        try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path)
    }

    /// Records a person's cannot-link decision between two record keys.
    static func keepApart(_ left: String, _ right: String, in folder: URL) throws {
        try store(folder).write { writer in
            try writer.addLink(left, right, mustLink: false, origin: "test", at: Date(timeIntervalSince1970: 0))
        }
    }

    /// Profile id of each record id (native id → profile).
    static func profiles(_ folder: URL) throws -> [String: String] {
        try store(folder).read { reader in
            try Row.fetchAll(reader.db, sql: "SELECT native_id, profile_id FROM source_records WHERE profile_id IS NOT NULL")
                .reduce(into: [:]) { $0[$1[0] as String] = $1[1] as String }
        }
    }

    @Test func reviewDecisionsAreKeptAndSurviveReimports() throws {
        let folder = TestPaths.temporaryFolder()
        // Same full name, no shared contact: names alone never link, so the pair goes to review.
        TestPaths.write("id,name,email,phone\n1,Анна Смирнова,anna@mail.ru,\n2,Анна Смирнова,,+79161112233\n",
                        "data/a.csv", in: folder)
        let config = try Self.pipeline(folder)
        let first = try Self.sync(config, folder)
        #expect(first.resolution.reviewPairs == 1)
        #expect(Set(try Self.profiles(folder).values).count == 2)

        let service = ReviewService(step: ResolutionStep(config: config.resolution))
        let sheet = folder.appendingPathComponent("review.csv").path
        #expect(try service.writeSheet(store: try Self.store(folder), to: sheet) == 1)
        let written = try String(contentsOfFile: sheet, encoding: .utf8)
        #expect(written.contains("crm|id:1") && written.contains("crm|id:2"))
        try written.replacingOccurrences(of: "\n,", with: "\nsame,").write(toFile: sheet, atomically: true, encoding: .utf8)
        let applied = try service.apply(sheet: sheet, store: try Self.store(folder))
        #expect(applied.decisions == 1)
        let merged = try Self.profiles(folder)
        #expect(merged["1"] != nil && merged["1"] == merged["2"])

        // A newer export edits record 2: the decision is keyed by native id, so it still holds.
        TestPaths.write("id,name,email,phone\n1,Анна Смирнова,anna@mail.ru,\n2,Анна Смирнова,,+79161112244\n",
                        "data/b.csv", in: folder)
        _ = try Self.sync(config, folder, retrain: true)
        let after = try Self.profiles(folder)
        #expect(after["1"] == after["2"] && after["1"] == merged["1"], "the survivor keeps its id")
    }

    @Test func cannotLinkSplitsAMatchAndTheSplitIsAudited() throws {
        let folder = TestPaths.temporaryFolder()
        TestPaths.write("id,name,email,phone\n1,Иван Петров,ivan@mail.ru,+79161112233\n2,Иван Петров,,+79161112233\n",
                        "data/a.csv", in: folder)
        let config = try Self.pipeline(folder)
        _ = try Self.sync(config, folder)
        let before = try Self.profiles(folder)
        #expect(before["1"] == before["2"])
        try Self.keepApart("crm|id:1", "crm|id:2", in: folder)
        TestPaths.write("id,name,email,phone\n3,Ольга Сидорова,olga@mail.ru,\n", "data/b.csv", in: folder)
        let second = try Self.sync(config, folder)
        #expect(second.resolution.splits == 1)
        let after = try Self.profiles(folder)
        #expect(after["1"] != after["2"])
        #expect(after["1"] == before["1"] || after["2"] == before["2"], "one side keeps the old id")
        let events = try Self.store(folder).read { try Row.fetchAll($0.db, sql: "SELECT kind, run_id, reason FROM profile_events") }
        #expect(events.count == 1)
        #expect(events.first?[0] as String? == "split")
        #expect(events.first?[1] as Int64? == second.runID)
        let reason: String = events.first?[2] ?? ""
        #expect(reason.contains("cannot-link"))
    }

    @Test func aBridgingRecordMergesProfilesWithARedirectAndAnAuditEntry() throws {
        let folder = TestPaths.temporaryFolder()
        TestPaths.write("id,name,email,phone\n1,Павел Орлов,pavel@mail.ru,\n2,Павел Орлов,,+79035550011\n",
                        "data/a.csv", in: folder)
        let config = try Self.pipeline(folder)
        _ = try Self.sync(config, folder)
        let before = try Self.profiles(folder)
        #expect(before["1"] != before["2"])
        TestPaths.write("id,name,email,phone\n3,Павел Орлов,pavel@mail.ru,+79035550011\n", "data/b.csv", in: folder)
        let second = try Self.sync(config, folder)
        #expect(second.mergedProfiles == 1)
        let after = try Self.profiles(folder)
        #expect(Set(after.values).count == 1)
        let survivor = try #require(after["1"])
        #expect([before["1"], before["2"]].contains(survivor), "the survivor keeps an old id")
        let absorbed = before["1"] == survivor ? before["2"] : before["1"]
        let redirects = try Self.store(folder).read { try $0.redirects() }
        #expect(redirects[absorbed ?? ""] == survivor)
        let kinds = try Self.store(folder).read { try String.fetchAll($0.db, sql: "SELECT kind FROM profile_events") }
        #expect(kinds == ["merge"])
    }

    @Test func recordsIdentifyingNobodyGetNoProfile() throws {
        let folder = TestPaths.temporaryFolder()
        // Record 2 has a city but no name and only a placeholder email: nothing says who it is.
        TestPaths.write("id,name,email,city\n1,Павел Орлов,pavel@mail.ru,Москва\n2,,test@test.com,Москва\n",
                        "data/a.csv", in: folder)
        let config = try Self.pipeline(folder, fields: "person.full_name: name, person.emails: email, person.city: city")
        let summary = try Self.sync(config, folder)
        #expect(summary.sources.first?.imported == 2, "the record is kept in the base")
        #expect(try Self.profiles(folder).keys.sorted() == ["1"])
        #expect(summary.profiles == 1)
    }

    @Test func theMethodIsChosenInThePipeline() throws {
        // Mother and daughter share a home phone: the default keeps them apart, exact_key joins them.
        let rows = "id,name,email,phone\n1,Ольга Кузнецова,olga@mail.ru,+74955854838\n2,Дарья Кузнецова,dasha@ya.ru,+74955854838\n"
        for (method, profiles) in [("fellegi_sunter", 2), ("exact_key", 1)] {
            let folder = TestPaths.temporaryFolder()
            TestPaths.write(rows, "data/a.csv", in: folder)
            let config = try Self.pipeline(folder, resolution: "resolution: { method: \(method) }")
            #expect(try Self.sync(config, folder).profiles == profiles, "\(method)")
        }
    }

    @Test func resolutionSettingsAreValidatedWithKeyPaths() throws {
        let folder = TestPaths.temporaryFolder()
        let bad = """
        resolution:
          method: magic
          match_threshold: 2
          colour: blue
        survivorship:
          fields:
            owner: loudest
            shoe_size: newest
        """
        #expect {
            _ = try Self.pipeline(folder, resolution: bad)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("resolution.method") && text.contains("match_threshold")
                && text.contains("resolution.colour") && text.contains("survivorship.fields.owner")
                && text.contains("survivorship.fields.shoe_size")
        }
        let good = try Self.pipeline(folder, resolution: """
        resolution:
          method: exact_key
          match_threshold: 0.9
        survivorship:
          roles: { crm: sheet }
          fields: { city: most_common, owner: [crm] }
        """)
        #expect(good.resolution.method == .exactKey)
        #expect(good.resolution.settings.matchThreshold == 0.9)
        #expect(good.survivorship.roles["crm"] == .sheet)
        #expect(good.survivorship.rule(.city) == .mostCommon)
        #expect(good.survivorship.rule(.owner) == .priority(["crm"]))
    }
}

/// Incremental runs on a base large enough to train a model.
@Suite struct IncrementalResolutionTests {
    /// `count` people (seeded): each has one record with email, and every third a second record
    /// with phone and the same name.
    static func people(_ count: Int, from start: Int, seed: UInt64) -> String {
        let first = ["Анна", "Олег", "Мария", "Иван", "Дарья", "Павел", "Ольга", "Сергей", "Елена", "Никита", "Юлия", "Артём"]
        let last = ["Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Новиков", "Морозов", "Волков", "Зайцев",
                    "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов", "Воробьёв", "Фёдоров", "Михайлов"]
        var generator = SeededGenerator(seed: seed)
        var rows: [String] = []
        for person in start..<(start + count) {
            let name = "\(first.randomElement(using: &generator) ?? "") \(last.randomElement(using: &generator) ?? "")"
            let phone = "+7916\(String(format: "%07d", 1_000_000 + person))"
            rows.append("a\(person),\(name),person\(person)@mail.ru,\(phone)")
            if person % 3 == 0 { rows.append("b\(person),\(name),,\(phone)") }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    @Test func addingRecordsRescoresOnlyWhatTheyTouchAndAgreesWithAFullRun() throws {
        let folder = TestPaths.temporaryFolder()
        let header = "id,name,email,phone\n"
        TestPaths.write(header + Self.people(400, from: 0, seed: 7), "data/a.csv", in: folder)
        let config = try ResolutionSyncTests.pipeline(folder)
        let first = try ResolutionSyncTests.sync(config, folder)
        #expect(first.resolution.trainedModel && !first.resolution.incremental)
        // Two new records of existing people (by email) and three new people.
        let touching = "c3,Иван Смирнов,person3@mail.ru,\nc9,,person9@mail.ru,+79161000009\n"
        TestPaths.write(header + touching + Self.people(3, from: 1000, seed: 8), "data/b.csv", in: folder)
        let second = try ResolutionSyncTests.sync(config, folder)
        #expect(second.resolution.incremental && !second.resolution.trainedModel)
        #expect(second.resolution.recordsInScope < 30, "scope \(second.resolution.recordsInScope)")
        let profiles = try ResolutionSyncTests.profiles(folder)
        #expect(profiles["c9"] == profiles["a9"] && profiles["a9"] == profiles["b9"])
        #expect(profiles["a1000"] != nil && profiles["a1000"] != profiles["a1001"])
        // A full run with the same model changes nothing the incremental run decided.
        let full = try ResolutionSyncTests.store(folder).read { reader in
            try ResolutionStep(config: config.resolution).compute(reader, changed: nil)
        }
        #expect(full.assignments.isEmpty && full.redirects.isEmpty && full.newProfiles.isEmpty)
        #expect(try ResolutionSyncTests.store(folder).read { try $0.matchState() }?.recordCount == profiles.count,
                "the stored state covers every person record")
    }

    @Test func aDecisionAddedBetweenIncrementalRunsTakesEffect() throws {
        let folder = TestPaths.temporaryFolder()
        let header = "id,name,email,phone\n"
        TestPaths.write(header + Self.people(400, from: 0, seed: 9), "data/a.csv", in: folder)
        let config = try ResolutionSyncTests.pipeline(folder)
        _ = try ResolutionSyncTests.sync(config, folder)
        let before = try ResolutionSyncTests.profiles(folder)
        #expect(before["a3"] == before["b3"])
        try ResolutionSyncTests.keepApart("crm|id:a3", "crm|id:b3", in: folder)
        TestPaths.write(header + Self.people(2, from: 2000, seed: 10), "data/b.csv", in: folder)
        let second = try ResolutionSyncTests.sync(config, folder)
        #expect(second.resolution.incremental)
        let after = try ResolutionSyncTests.profiles(folder)
        #expect(after["a3"] != after["b3"])
        #expect(second.resolution.splits == 1)
    }
}

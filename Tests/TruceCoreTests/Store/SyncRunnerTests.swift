import Foundation
import Testing
@testable import TruceCore

@Suite struct SyncRunnerTests {
    /// A pipeline over `files` (name → CSV text) in a fresh folder, with its own base.
    private func pipeline(_ files: [String: String], footer: String = "") throws -> (PipelineConfig, URL) {
        let folder = TestPaths.temporaryFolder()
        for (name, text) in files { TestPaths.write(text, "data/\(name)", in: folder) }
        let yaml = """
        version: 1
        timezone: Europe/Moscow
        store: sqlite:base.sqlite
        sources:
          - name: leads
            path: data/*.csv
            \(footer)
            mapping:
              fields:
                person.full_name: name
                person.emails: email
                person.phones: phone
        exports:
          - { destination: lineage, path: out/lineage.csv }
          - { destination: profiles, path: out/profiles.csv }
        """
        let file = URL(fileURLWithPath: TestPaths.write(yaml, "pipeline.yaml", in: folder))
        return (try PipelineLoader.load(path: file.path), folder)
    }

    private func counts(_ folder: URL) throws -> [StoreTable: Int] {
        let store = try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path)
        return try store.read { reader in
            try Dictionary(uniqueKeysWithValues: StoreTable.allCases.map { ($0, try reader.count($0)) })
        }
    }

    private let leads = """
    name,email,phone
    Анна Смирнова,anna@mail.ru,+79161112233
    Смирнова Анна,,8 916 111-22-33
    Пётр Иванов,petr@yandex.ru,
    """

    @Test func syncsResolvesAndExports() throws {
        let (config, folder) = try pipeline(["a.csv": leads])
        let summary = try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        #expect(summary.sources.first?.imported == 3)
        #expect(summary.profiles == 2)
        let lineage = try String(contentsOf: folder.appendingPathComponent("out/lineage.csv"), encoding: .utf8)
        let lines = lineage.split(separator: "\n").map(String.init)
        #expect(lines.first == "source,file,record,profile_id")
        #expect(lines.count == 4)
        let ids = lines.dropFirst().map { $0.split(separator: ",").last.map(String.init) ?? "" }
        #expect(ids[0] == ids[1] && ids[0] != ids[2])
        #expect(lines[1].hasPrefix("leads,data/a.csv,1,p_"))
    }

    @Test func reimportingTheSameContentAddsNothingAndKeepsIDs() throws {
        let (config, folder) = try pipeline(["a.csv": leads])
        _ = try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        let store = try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path)
        let idsBefore = try store.read { try $0.lineage().map(\.profileID) }
        let again = try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        #expect(again.sources.first?.unchangedFiles == 1)
        #expect(again.sources.first?.imported == 0)
        #expect(try counts(folder)[.sourceRecords] == 3)
        TestPaths.write(leads + "\nАнна,anna@mail.ru,\n", "data/b.csv", in: folder)
        let third = try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        #expect(third.sources.first?.imported == 1)
        #expect(third.sources.first?.unchangedRecords == 3)
        #expect(try counts(folder)[.sourceRecords] == 4)
        #expect(try counts(folder)[.profiles] == 2)
        let idsAfter = try store.read { try $0.lineage().map(\.profileID) }
        #expect(Set(idsAfter) == Set(idsBefore), "new and re-read records attach to the existing profiles")
    }

    @Test func aFatalErrorLeavesTheBaseUnchanged() throws {
        var bad = Data("name,email,phone\nOK,ok@mail.ru,\n".utf8)
        bad.append(contentsOf: [0xFF, 0xFE, 0x00, 0x41])  // not UTF-8 once the encoding is fixed
        let (config, folder) = try pipeline(["a.csv": leads])
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("data/b.csv").path, contents: bad)
        var fixed = config
        fixed.sources[0].encoding = .utf8
        #expect(throws: (any Error).self) { try SyncRunner().sync(fixed, options: SyncOptions(workingDirectory: folder)) }
        let after = try counts(folder)
        #expect(after[.sourceRecords] == 0 && after[.profiles] == 0 && after[.persons] == 0)
        let runs = try SQLiteStore(path: folder.appendingPathComponent("base.sqlite").path).read { try $0.runs(limit: 5) }
        #expect(runs.map(\.status) == ["failed"])
        #expect(runs.first?.summary?.contains("data/b.csv") == true)
    }

    /// A truncated export (cut inside a quoted field) and a UTF-16 file cut to an odd byte count
    /// are fatal: the message names the file and the place, and the base stays empty.
    @Test(arguments: [
        (Data("name,email,phone\nАнна,anna@mail.ru,\"+7916".utf8), "line 2"),
        (Data([0xFF, 0xFE]) + "name\temail\tphone\nA\ta@mail.ru\t1\n".data(using: .utf16LittleEndian)!.dropLast(1),
         "byte"),
    ])
    func truncatedFilesAreFatalAndNamed(content: Data, place: String) throws {
        let (config, folder) = try pipeline(["a.csv": leads])
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("data/b.csv").path, contents: content)
        #expect {
            try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        } throws: { error in
            let message = String(describing: error)
            return message.contains("data/b.csv") && message.contains(place) && !message.contains("anna@mail.ru")
        }
        #expect(try counts(folder)[.sourceRecords] == 0)
    }

    @Test func dryRunWritesNothing() throws {
        let (config, folder) = try pipeline(["a.csv": leads])
        var options = SyncOptions(workingDirectory: folder)
        options.dryRun = true
        let summary = try SyncRunner().sync(config, options: options)
        #expect(summary.sources.first?.imported == 3 && summary.profiles == 2)
        #expect(try counts(folder).values.allSatisfy { $0 == 0 })
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/lineage.csv").path))
    }

    @Test func quarantinedRowsAreListedInTheSummary() throws {
        let (config, folder) = try pipeline(["a.csv": leads + "\nЛишний,x@y.ru,1,2\n"])
        let summary = try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        #expect(summary.sources.first?.quarantined == 1)
        #expect(summary.quarantine.map(\.ref.record) == [4])
        #expect(summary.text.contains("data/a.csv record 4"))
        #expect(!summary.text.contains("x@y.ru"))
    }
}

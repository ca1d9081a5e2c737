#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging
import TruceCore

/// `truce-bench import FILE --as KIND [--store PATH] [--keep-store]`: imports one file into a fresh
/// SQLite base through the real pipeline (importer, normalizers, store, identity resolution, one
/// transaction) and prints records/s and peak memory as JSON, overall and for the import stage
/// (read, normalize, store) before identity resolution. The base is deleted afterwards unless
/// `--keep-store` (`scripts/bench import` replays its rows for the SQLite floor).
enum ImportBenchCommand {
    static func run(_ arguments: [String]) -> Int32 {
        var path: String?
        var kind = "auto"
        var storePath = FileManager.default.temporaryDirectory.appendingPathComponent("truce-bench-\(getpid()).sqlite").path
        var readOnly = false, keepStore = false
        var index = 0
        while index < arguments.count {
            let value = index + 1 < arguments.count ? arguments[index + 1] : nil
            switch arguments[index] {
            case "--as":
                guard let value else { return usage() }
                kind = value
                index += 2
            case "--store":
                guard let value else { return usage() }
                storePath = value
                index += 2
            case "--read-only":
                readOnly = true
                index += 1
            case "--keep-store":
                keepStore = true
                index += 1
            default:
                if path != nil || arguments[index].hasPrefix("-") { return usage() }
                path = arguments[index]
                index += 1
            }
        }
        guard let path else { return usage() }
        if readOnly { return readStage(path: path, kind: kind) }
        func removeStore() { for suffix in ["", "-wal", "-shm"] { unlink(storePath + suffix) } }
        removeStore()
        defer { if !keepStore { removeStore() } }
        do {
            let started = BenchReport.now()
            let store = try SQLiteStore(path: storePath)
            let source = SourceConfig(name: "bench", importer: kind, path: path, mapping: nil)
            var options = SyncOptions(workingDirectory: URL(fileURLWithPath: "/"))
            let clock = PhaseClock()
            options.logger = clock.logger()
            let summary = try SyncRunner().run([SourcePlan(source: source, files: [path])], store: store, context: Self.context,
                                               pipeline: "bench", options: options)
            let seconds = BenchReport.now() - started
            let totals = summary.sources.first ?? RunSummary.SourceTotals(source: "bench")
            let importSeconds = (clock.importEnded ?? started + seconds) - started
            BenchReport.printJSON([
                ("importer", totals.importers.keys.sorted().joined(separator: ",")), ("bytes", BenchReport.fileSize(path)),
                ("records", totals.records), ("imported", totals.imported), ("test_records", totals.testRecords),
                ("profiles", summary.profiles), ("seconds", seconds),
                ("records_per_s", Double(totals.records) / seconds), ("peak_rss_mb", BenchReport.peakRSSMegabytes()),
                ("import_seconds", importSeconds), ("import_records_per_s", Double(totals.records) / importSeconds),
                ("import_peak_rss_mb", clock.importPeakRSS ?? -1), ("import_cpu_seconds", clock.importCPUSeconds ?? -1),
                ("import_store_thread_cpu_seconds", clock.importStoreThreadCPUSeconds ?? -1),
                ("resolve_seconds", seconds - importSeconds),
            ])
            return 0
        } catch {
            BenchReport.printError("truce-bench import: \(error)\n")
            return 1
        }
    }

    /// The generated files' setting: Moscow local times, Russian phone numbers.
    private static let context = ImportContext(timeZone: TimeZone(identifier: "Europe/Moscow") ?? .gmt, defaultRegion: "RU")

    /// `--read-only`: the importer alone (read, parse, map, normalize) on this thread, every event
    /// dropped, so the store's share of an import can be told from the importer's.
    private static func readStage(path: String, kind: String) -> Int32 {
        do {
            let started = BenchReport.now()
            let source = SourceConfig(name: "bench", importer: kind, path: path, mapping: nil)
            let importer = try ImporterRegistry.builtIn.importer(for: source, context: Self.context)
            var rows = 0
            let info = try importer.read(path: path, displayPath: path) { event in
                if case .row = event { rows += 1 }
            }
            let seconds = BenchReport.now() - started
            BenchReport.printJSON([
                ("importer", info.importer), ("records", info.records), ("rows", rows), ("seconds", seconds),
                ("records_per_s", Double(info.records) / seconds), ("peak_rss_mb", BenchReport.peakRSSMegabytes()),
            ])
            return 0
        } catch {
            BenchReport.printError("truce-bench import: \(error)\n")
            return 1
        }
    }

    private static func usage() -> Int32 {
        BenchReport.printError("usage: truce-bench import FILE [--as KIND|auto] [--store PATH] [--keep-store] [--read-only]\n")
        return 64
    }
}

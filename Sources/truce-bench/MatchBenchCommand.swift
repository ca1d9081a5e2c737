import Foundation
import TruceCore

/// `truce-bench match FILE.csv [--write-normalized OUT.csv] [--incremental FRACTION [--incremental-repeat N]] [--write-profiles OUT.csv] [--model MODEL.json] [--settings JSON] [--skip-naive]`:
/// resolves the records of a bench CSV with the naive baseline (exact email or phone union) and
/// with Truce's Fellegi–Sunter engine; prints one JSON line per method with pairwise
/// precision/recall/F1 against the `cluster` column, seconds, records/s and peak RSS. The naive
/// line also gives `identifier_ceiling_recall`, the recall of linking a person's records only
/// through shared emails and phones (`MatchBenchData.identifierCeilingRecall`). The engine line
/// also gives `name_merge_precision`/`name_merge_recall`: its profiles with every same-name pair
/// of profiles nothing tells apart joined as well (`MatchBenchData.nameMergeScore`).
///
/// `--explain A,B` prints the explanation of a pair to standard error; `--dump-missed N` prints
/// the records and explanations of N true pairs the engine left apart (recall diagnostics).
/// `--settings JSON` sets the `resolution:` keys (as JSON) for the engine, e.g. `{"name_only_links":true}`.
/// `--model` reuses a saved model (trained and saved when the file is missing), like a nightly run.
/// `--incremental F` also resolves the first (1−F) of the records, then the rest incrementally
/// with the same model, and reports its time and whether its profiles equal the full run's;
/// `--incremental-repeat N` runs that part N times and reports the best and median time.
enum MatchBenchCommand {
    static func run(_ arguments: [String]) -> Int32 {
        var path: String?, normalizedPath: String?, profilesPath: String?, modelPath: String?, incremental: Double?
        var naive = true
        var explain: [(Int64, Int64)] = []
        var dumpMissed = 0, repeats = 1
        var settings = MatchSettings()
        var index = 0
        while index < arguments.count {
            let value = index + 1 < arguments.count ? arguments[index + 1] : nil
            switch arguments[index] {
            case "--write-normalized":
                guard let value else { return usage() }
                normalizedPath = value
                index += 2
            case "--incremental":
                guard let value, let fraction = Double(value), fraction > 0, fraction < 1 else { return usage() }
                incremental = fraction
                index += 2
            case "--incremental-repeat":
                guard let value, let count = Int(value), count > 0 else { return usage() }
                repeats = count
                index += 2
            case "--write-profiles":
                guard let value else { return usage() }
                profilesPath = value
                index += 2
            case "--model":
                guard let value else { return usage() }
                modelPath = value
                index += 2
            case "--explain":
                let ids = value?.split(separator: ",").compactMap { Int64($0) } ?? []
                guard ids.count == 2 else { return usage() }
                explain.append((ids[0], ids[1]))
                index += 2
            case "--dump-missed":
                guard let value, let count = Int(value), count > 0 else { return usage() }
                dumpMissed = count
                index += 2
            case "--settings":
                guard let value, let decoded = try? JSONDecoder().decode(MatchSettings.self, from: Data(value.utf8)),
                      decoded.problems().isEmpty else { return usage() }
                settings = decoded
                index += 2
            case "--skip-naive":
                naive = false
                index += 1
            case let argument where !argument.hasPrefix("-") && path == nil:
                path = argument
                index += 1
            default:
                return usage()
            }
        }
        guard let path else { return usage() }
        do {
            let loadStarted = BenchReport.now()
            let data = try MatchBenchData(path: path)
            let loadSeconds = BenchReport.now() - loadStarted
            if let normalizedPath, !data.writeNormalized(to: normalizedPath) {
                BenchReport.printError("truce-bench match: cannot write \(normalizedPath)\n")
                return 1
            }
            if naive { runNaive(data) }
            runEngine(data, loadSeconds: loadSeconds, incremental: incremental, repeats: repeats, profilesPath: profilesPath,
                      modelPath: modelPath, explain: explain, dumpMissed: dumpMissed, settings: settings)
            return 0
        } catch {
            BenchReport.printError("truce-bench match: \(error)\n")
            return 1
        }
    }

    private static func runNaive(_ data: MatchBenchData) {
        let started = BenchReport.now()
        let resolution = ExactKeyResolver().resolve(ResolutionInput(records: data.records))
        let seconds = BenchReport.now() - started
        let profiles = MatchBenchOutcome.profiles(data.records, resolution)
        let score = PairwiseScore(truth: data.truth, predicted: profiles)
        BenchReport.printJSON([
            ("method", "naive"), ("records", data.records.count), ("precision", score.precision),
            ("recall", score.recall), ("f1", score.f1), ("seconds", seconds),
            ("profiles", Set(profiles.values).count),
            ("test_lead_profiles", MatchBenchOutcome.testLeadProfiles(data, profiles)),
            ("identifier_ceiling_recall", data.identifierCeilingRecall),
        ])
    }

    private static func runEngine(_ data: MatchBenchData, loadSeconds: Double, incremental: Double?, repeats: Int,
                                  profilesPath: String?, modelPath: String?, explain: [(Int64, Int64)], dumpMissed: Int,
                                  settings: MatchSettings) {
        let trainStarted = BenchReport.now()
        let model: MatchModel
        var trainSeconds = 0.0
        if let modelPath, let saved = FileManager.default.contents(atPath: modelPath),
           let decoded = try? JSONDecoder().decode(MatchModel.self, from: saved) {
            model = decoded
        } else {
            model = ModelTrainer.train(records: data.records, settings: settings)
            trainSeconds = BenchReport.now() - trainStarted
            if let modelPath, let encoded = try? JSONEncoder().encode(model) {
                FileManager.default.createFile(atPath: modelPath, contents: encoded)
            }
        }
        let (started, cpuStarted) = (BenchReport.now(), PhaseClock.cpuSeconds())
        let engine = MatchEngine(records: data.records, model: model, settings: settings)
        let prepareSeconds = BenchReport.now() - started
        let resolution = engine.resolve()
        let seconds = BenchReport.now() - started
        let cpuSeconds = PhaseClock.cpuSeconds() - cpuStarted
        let profiles = MatchBenchOutcome.profiles(data.records, resolution)
        let score = PairwiseScore(truth: data.truth, predicted: profiles)
        if let profilesPath { MatchBenchOutcome.write(profiles, to: profilesPath) }
        for pair in explain + MatchBenchOutcome.missedPairs(data, profiles, limit: dumpMissed) {
            if let text = engine.explain(pair.0, pair.1)?.text { BenchReport.printError(text + "\n") }
        }
        var pairs: [(String, Any)] = [
            ("method", "truce"), ("records", data.records.count), ("precision", score.precision),
            ("recall", score.recall), ("f1", score.f1), ("seconds", seconds), ("cpu_seconds", cpuSeconds), ("train_seconds", trainSeconds), ("prepare_seconds", prepareSeconds),
            ("load_seconds", loadSeconds), ("records_per_s", Double(data.records.count) / seconds),
            ("profiles", Set(profiles.values).count), ("test_lead_profiles", MatchBenchOutcome.testLeadProfiles(data, profiles)),
            ("pairs_scored", resolution.summary.pairsScored), ("review_pairs", resolution.summary.reviewPairs),
            ("shared_identifiers", resolution.summary.sharedIdentifiers),
        ]
        if let incremental {
            pairs += MatchBenchOutcome.incremental(data, model: model, settings: settings, fraction: incremental,
                                                   repeats: repeats, fullProfiles: profiles, fullSeconds: seconds)
        }
        pairs.append(("peak_rss_mb", BenchReport.peakRSSMegabytes()))
        // After the peak is read: the oracle's sets are not part of resolving.
        let nameMerge = data.nameMergeScore(profiles)
        pairs += [("name_merge_precision", nameMerge.precision), ("name_merge_recall", nameMerge.recall)]
        BenchReport.printJSON(pairs)
    }

    private static func usage() -> Int32 {
        BenchReport.printError("usage: truce-bench match FILE.csv [--write-normalized OUT.csv] [--incremental FRACTION [--incremental-repeat N]] [--write-profiles OUT.csv] [--model MODEL.json] [--explain ID,ID] [--dump-missed N] [--settings JSON] [--skip-naive]\n")
        return 64
    }
}

import Foundation

extension FileInspector {
    static let sampleCount = 3

    /// Detects (or takes) the importer and reads the file with it, writing nothing.
    static func runImporter(_ result: inout FileInspection, path: String, context: ImportContext,
                            registry: ImporterRegistry, kind: String?) throws {
        if kind == "generic" {
            result.reasons = ["named with --as"]
            result.importer = "generic"
            return
        }
        var chosen = kind
        if kind == nil || kind == "auto" {
            let detection = try registry.detector.detect(path: path, display: result.file)
            if let best = detection.chosen {
                chosen = best.kind
                result.reasons = ["columns matched: " + best.match.matched.joined(separator: ", ")]
            } else {
                let tied = detection.tied
                result.candidates = (tied.count > 1 ? tied : detection.closest).map(\.summary)
                result.problems.append(tied.count > 1
                    ? "several importers fit equally well; name one with --as KIND or `importer:` in the source"
                    : "no importer recognises these columns; use `importer: generic` with a mapping (suggested below)")
                return
            }
        } else {
            result.reasons = ["named with --as"]
        }
        guard let chosen else { return }
        result.importer = chosen
        result.importerTitle = registry.definition(chosen)?.title
        let source = SourceConfig(name: "inspect", importer: chosen, path: path, mapping: nil)
        let importer = try registry.importer(for: source, context: context)
        var counts: [String: Int] = [:]
        var samples: [String] = []
        do {
            _ = try importer.read(path: path, displayPath: result.file) { event in
                switch event {
                case .row(let row):
                    counts["imported", default: 0] += 1
                    counts["merged_lines", default: 0] += row.mergedLines.count
                    if samples.count < sampleCount { samples.append(event.canonicalJSON) }
                case .quarantined: counts["quarantined", default: 0] += 1
                case .dropped(_, let reason): counts[reason.rawValue, default: 0] += 1
                }
            }
        } catch {
            result.problems.append(String(describing: error))
        }
        // The importer accounts for short rows and totals itself: the generic profiler's guesses
        // about them no longer apply.
        result.problems.removeAll { $0.hasPrefix(FileInspection.raggedProblemMarker) || $0.hasPrefix(ColumnProfiler.footerProblemMarker) }
        result.importerCounts = counts.filter { $0.value > 0 }
        result.importerSamples = samples
    }
}

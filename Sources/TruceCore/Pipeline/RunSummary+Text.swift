import Foundation

extension RunSummary {
    /// The human summary printed after a sync or import. Counts and reasons only, never cell values.
    public var text: String {
        var lines: [String] = []
        lines.append(dryRun ? "Dry run: nothing was written." : "Run \(runID.map(String.init) ?? "-") finished.")
        for s in sources {
            var parts = ["\(s.imported) imported"]
            if s.updated > 0 { parts.append("\(s.updated) updated") }
            if s.unchangedRecords > 0 { parts.append("\(s.unchangedRecords) already in the base") }
            if s.mergedLines > 0 { parts.append("\(s.mergedLines) repeated lines merged") }
            if s.quarantined > 0 { parts.append("\(s.quarantined) quarantined") }
            if s.testRecords > 0 { parts.append("\(s.testRecords) test records skipped") }
            for (reason, count) in s.dropped.sorted(by: { $0.key < $1.key }) { parts.append("\(count) \(reason) dropped") }
            let rejected = s.rejected.values.reduce(0, +)
            if rejected > 0 {
                let codes = s.rejected.keys.sorted().map { "\($0) \(s.rejected[$0] ?? 0)" }.joined(separator: ", ")
                parts.append("\(rejected) identifiers not used (\(codes))")
            }
            let files = s.unchangedFiles > 0 ? "\(s.files) files, \(s.unchangedFiles) unchanged" : "\(s.files) file\(s.files == 1 ? "" : "s")"
            let kinds = s.importers.keys.sorted().filter { $0 != "generic" }
            let read = kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))"
            lines.append("  \(s.source): \(files)\(read); \(parts.joined(separator: ", "))")
        }
        var profileParts = ["\(newProfiles) new", "\(mergedProfiles) merged"]
        if resolution.splits > 0 { profileParts.append("\(resolution.splits) split") }
        if resolution.reviewPairs > 0 { profileParts.append("\(resolution.reviewPairs) pairs to review: `truce review --out`") }
        lines.append("Profiles: \(profiles) (\(profileParts.joined(separator: ", ")))")
        if !quarantine.isEmpty {
            lines.append("Quarantined rows (see `truce runs --json` for all):")
            for row in quarantine.prefix(20) {
                let field = row.field.map { " field \($0):" } ?? ""
                lines.append("  \(row.ref.file) record \(row.ref.record) (line \(row.line)):\(field) \(row.reason)")
            }
            if quarantine.count > 20 { lines.append("  … and \(quarantine.count - 20) more") }
        }
        for export in exports { lines.append("Wrote \(export.path) (\(export.rows) rows, \(export.destination))") }
        return lines.joined(separator: "\n")
    }
}

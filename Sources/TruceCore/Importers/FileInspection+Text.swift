import Foundation

extension FileInspection {
    /// The report `truce inspect` prints.
    public var text: String {
        var lines = [
            "File: \(file)",
            "Format: \(format)    Header row: line \(headerLine)"
                + (preambleLines > 0 ? " (after \(preambleLines) preamble line\(preambleLines == 1 ? "" : "s"))" : ""),
        ] + importerLines + [
            "Records: \(records)",
            "Columns:",
        ]
        for column in columns {
            let suggestion = column.suggestion.map { "  → \($0)" } ?? ""
            lines.append("  \(column.name) [\(column.looksLike), \(column.filled) filled]\(suggestion)")
        }
        if let importer, importer != "generic" {
            let counts = importerCounts.keys.sorted().map { "\($0) \(importerCounts[$0] ?? 0)" }.joined(separator: ", ")
            lines.append("Read with \(importer): \(counts.isEmpty ? "nothing" : counts)")
            if !importerSamples.isEmpty { lines.append("Sample records (\(importer), normalized):") }
            lines += importerSamples.map { "  \($0)" }
        } else if !samples.isEmpty {
            lines.append("Sample records (suggested mapping, normalized):")
            for (index, sample) in samples.enumerated() {
                lines.append("  \(index + 1): " + sample.map { "\($0.field)=\($0.value)" }.joined(separator: ", "))
            }
        }
        lines.append(problems.isEmpty ? "Problems: none found" : "Problems:")
        lines += problems.map { "  - \($0)" }
        return lines.joined(separator: "\n")
    }

    private var importerLines: [String] {
        guard let importer else {
            return ["Importer: none detected"] + candidates.map { "  candidate: \($0)" }
        }
        if importer == "generic" { return ["Importer: generic (needs a column mapping)"] }
        let title = importerTitle.map { " (\($0))" } ?? ""
        return ["Importer: \(importer)\(title)"] + reasons.map { "  \($0)" }
    }

    public var json: String {
        let columnItems = columns.map {
            "{\"name\":\(JSONText.quote($0.name)),\"filled\":\($0.filled),\"looks_like\":\(JSONText.quote($0.looksLike)),"
                + "\"suggestion\":\($0.suggestion.map(JSONText.quote) ?? "null")}"
        }
        let sampleItems = samples.map { sample in
            "{" + sample.map { "\(JSONText.quote($0.field)):\(JSONText.quote($0.value))" }.joined(separator: ",") + "}"
        }
        return "{\"file\":\(JSONText.quote(file)),\"format\":\(JSONText.quote(format)),\"encoding\":\(JSONText.quote(encoding)),"
            + "\"delimiter\":\(JSONText.quote(delimiter)),\"header_line\":\(headerLine),\"preamble_lines\":\(preambleLines),"
            + "\"importer\":\(importer.map(JSONText.quote) ?? "null"),\"reasons\":\(JSONText.array(reasons)),"
            + "\"candidates\":\(JSONText.array(candidates)),"
            + "\"importer_counts\":{\(importerCounts.keys.sorted().map { "\(JSONText.quote($0)):\(importerCounts[$0] ?? 0)" }.joined(separator: ","))},"
            + "\"importer_samples\":[\(importerSamples.joined(separator: ","))],"
            + "\"records\":\(records),\"columns\":[\(columnItems.joined(separator: ","))],"
            + "\"samples\":[\(sampleItems.joined(separator: ","))],\"problems\":\(JSONText.array(problems))}"
    }
}

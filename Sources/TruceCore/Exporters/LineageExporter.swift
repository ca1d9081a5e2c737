import Foundation

/// `source,file,record,profile_id`: where every imported record went. Sorted, deterministic.
/// CSV, or XLSX when the path ends in `.xlsx`.
public struct LineageExporter: Exporter {
    public let kind = "lineage"

    public init() {}

    public func export(from reader: StoreReader, to path: String, context: ExportContext) throws -> Int {
        let rows = try reader.lineage()
        var output = try TableOutput(path: path, sheetName: "Lineage", header: ["source", "file", "record", "profile_id"])
        for row in rows {
            try output.append([.text(row.ref.source), .text(row.ref.file), .integer(row.ref.record), .text(row.profileID ?? "")])
        }
        try output.finish()
        return rows.count
    }
}

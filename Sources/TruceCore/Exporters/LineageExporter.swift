import Foundation

/// `source,file,record,profile_id`: where every imported record went. Sorted, deterministic.
public struct LineageExporter: Exporter {
    public let kind = "lineage"

    public init() {}

    public func export(from reader: StoreReader, to path: String) throws -> Int {
        let rows = try reader.lineage()
        var csv = CSVText(header: ["source", "file", "record", "profile_id"])
        for row in rows {
            csv.append([row.ref.source, row.ref.file, String(row.ref.record), row.profileID ?? ""])
        }
        try AtomicFile.write(Data(csv.text.utf8), to: path)
        return rows.count
    }
}

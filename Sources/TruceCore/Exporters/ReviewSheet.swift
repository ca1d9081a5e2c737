import Foundation

/// The uncertain pairs a person should decide, side by side (`truce review --out`), as CSV or XLSX.
///
/// Columns: `decision` (to fill: `same` or `different`), probability, reason, both records'
/// lineage and stable keys, then names, emails, phones and city of each side.
public enum ReviewSheet {
    public static let header = [
        "decision", "probability", "reason", "held_apart_by", "left_key", "right_key", "left_record", "right_record",
        "left_name", "right_name", "left_emails", "right_emails", "left_phones", "right_phones", "left_city", "right_city",
    ]

    /// One row per pair; `records` are the person records the pairs were scored on.
    public static func rows(_ pairs: [ReviewPair], records all: [MatchRecord], reader: StoreReader) throws -> [[String]] {
        let records = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return try pairs.compactMap { pair in
            guard let left = try reader.recordRef(pair.a), let right = try reader.recordRef(pair.b),
                  let a = records[pair.a], let b = records[pair.b] else { return nil }
            func name(_ r: MatchRecord) -> String {
                r.fullName ?? [r.firstName, r.middleName, r.lastName].compactMap { $0 }.joined(separator: " ")
            }
            func place(_ ref: SourceRecordRef) -> String { "\(ref.source) \(ref.file) #\(ref.record)" }
            return [
                "", String(format: "%.4f", pair.probability), pair.reason, pair.heldApartBy ?? "", left.key, right.key,
                place(left.ref), place(right.ref), name(a), name(b), a.emails.joined(separator: "; "),
                b.emails.joined(separator: "; "), a.phones.joined(separator: "; "), b.phones.joined(separator: "; "),
                a.city ?? "", b.city ?? "",
            ]
        }
    }

    /// Writes the sheet as CSV, or as XLSX when the path ends in `.xlsx`.
    public static func write(_ rows: [[String]], to path: String) throws {
        var output = try TableOutput(path: path, sheetName: "Review", header: header)
        for row in rows { try output.append(row.map(TableCell.text)) }
        try output.finish()
    }

    /// Decisions read back from a filled sheet: `same`/`yes`/`match` → must-link,
    /// `different`/`no` → cannot-link, blank → undecided. Anything else is an error naming the row.
    public static func decisions(path: String) throws -> [(left: String, right: String, same: Bool)] {
        let reader = try TableReaders.open(path: path, options: TableOptions(csv: CSVOptions(headerHint: ["decision", "left_key", "right_key"])))
        guard let d = reader.header.firstIndex(of: "decision"), let l = reader.header.firstIndex(of: "left_key"),
              let r = reader.header.firstIndex(of: "right_key") else {
            throw ImportError.missingColumns(file: path, columns: ["decision", "left_key", "right_key"], header: reader.header)
        }
        var result: [(String, String, Bool)] = []
        while let record = try reader.nextRecord() {
            guard record.fields.count > max(d, l, r) else { continue }
            let decision = record.fields[d].trimmingCharacters(in: .whitespaces).lowercased()
            switch decision {
            case "": continue
            case "same", "yes", "y", "match", "да", "1", "true": result.append((record.fields[l], record.fields[r], true))
            case "different", "no", "n", "no match", "нет", "0", "false": result.append((record.fields[l], record.fields[r], false))
            default:
                throw ImportError.unreadable(file: path, reason: "record \(record.number), field decision: write same or different (or leave it empty)")
            }
        }
        return result
    }
}

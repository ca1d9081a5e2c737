import TruceCore

/// Records of a bench CSV, normalized the way an importer would, with their ground truth.
///
/// Columns (any subset, by header name): `unique_id`, `source`, `full_name`, `first_name`,
/// `surname`, `middle_name`, `dob`, `city`, `email`, `phone`, `cluster` (truth), `is_test`.
/// Emails and phones may list several values separated by `;`.
struct MatchBenchData {
    var records: [MatchRecord] = []
    /// Record id → true person.
    var truth: [Int64: String] = [:]
    /// Ids of Meta test leads.
    var testLeads: Set<Int64> = []

    init(path: String) throws {
        let reader = try CSVReader(path: path)
        let header = reader.header
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let phoneNormalizer = PhoneNormalizer(defaultRegion: "RU")
        var number: Int64 = 0
        while let row = try reader.next() {
            number += 1
            func value(_ name: String) -> String? {
                guard let index = column(name), index < row.fields.count else { return nil }
                let text = row.fields[index]
                return text.isEmpty ? nil : text
            }
            let id = value("unique_id").flatMap { Int64($0) } ?? number
            var record = MatchRecord(id: id, source: value("source") ?? "csv", seed: "bench\n\(id)")
            record.firstName = value("first_name").map(NameNormalizer.clean)
            record.lastName = value("surname").map(NameNormalizer.clean)
            record.middleName = value("middle_name").map(NameNormalizer.clean)
            if let full = value("full_name") {
                // The importer splits the raw full name before resolution (RecordAssembler); do the same here.
                let split = NameNormalizer.split(full)
                record.fullName = split.full.isEmpty ? nil : split.full
                if record.firstName == nil, record.lastName == nil {
                    (record.firstName, record.lastName, record.middleName) = (split.first, split.last, split.middle)
                }
            }
            record.birthDate = value("dob")
            record.city = value("city")
            record.emails = (value("email") ?? "").split(separator: ";").compactMap { EmailNormalizer.normalize(String($0)).value }
            record.phones = value("phone").map { phoneNormalizer.normalizeAll($0).compactMap(\.value) } ?? []
            records.append(record)
            truth[id] = value("cluster") ?? "row-\(id)"
            if value("is_test") == "1" { testLeads.insert(id) }
        }
    }

    /// Writes the normalized records for Splink: one email and phone each, names split.
    func writeNormalized(to path: String) -> Bool {
        var lines = ["unique_id,first_name,surname,dob,city,email,phone,cluster"]
        for record in records {
            let (first, last) = (record.firstName, record.lastName)
            let cells = ["\(record.id)", first ?? "", last ?? "", record.birthDate ?? "", record.city ?? "",
                         record.emails.first ?? "", record.phones.first ?? "", truth[record.id] ?? ""]
            lines.append(cells.map(Self.quoted).joined(separator: ","))
        }
        let text = lines.joined(separator: "\n") + "\n"
        guard let file = fopen(path, "w") else { return false }
        defer { fclose(file) }
        return fputs(text, file) >= 0
    }

    private static func quoted(_ cell: String) -> String {
        cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

import Foundation
import Testing
@testable import TruceCore

/// Mapping in parallel parts must give exactly what mapping record by record gives, in order.
@Suite struct MappingBatchTests {
    let context = ImportContext(timeZone: TimeZone(identifier: "Europe/Moscow")!, defaultRegion: "RU")
    let header = ["ID", "Имя", "Телефон", "Email", "Дата"]

    private func mapper() throws -> RowMapper {
        func field(_ name: String, _ column: String) -> FieldMapping {
            FieldMapping(field: CanonicalField.named(name)!, source: .columns([column]))
        }
        let mapping = MappingConfig(recordID: "ID", fields: [
            field("person.full_name", "Имя"), field("person.phones", "Телефон"), field("person.emails", "Email"),
            field("deal.created_at", "Дата"),
        ])
        return try RowMapper(mapping: mapping, header: header, file: "input.csv", context: context)
    }

    /// Rows with repeated and distinct names, a bad date (quarantined) and a short row.
    private func record(_ number: Int) -> CSVRecord {
        let names = ["Иван Петров", "Петрова Анна Сергеевна", "Smith, John", "Алиев Руслан Гасан оглы", "—"]
        var fields = ["\(number)", names[number % names.count] + (number % 7 == 0 ? " \(number)" : ""),
                      "8 916 \(100 + number % 900)-45-67", "user\(number)@mail.ru",
                      number % 97 == 0 ? "31.02.2026" : "01.09.2026 10:\(10 + number % 50):00"]
        if number % 131 == 0 { fields.removeLast() }
        return CSVRecord(fields: fields, number: number, line: number + 1)
    }

    private func summary(_ event: ImportEvent) -> String {
        switch event {
        case .row(let row):
            let person = row.person
            return "\(row.ref.record) \(row.nativeID ?? "-") \(person?.fullName ?? "-") \(person?.firstName ?? "-") "
                + "\(person?.lastName ?? "-") \(person?.middleName ?? "-") \(person?.phones ?? []) \(person?.emails ?? []) "
                + "\(row.deal?.createdAt?.timeIntervalSince1970 ?? -1) \(row.raw.map(\.value))"
        case .quarantined(let entry): return "\(entry.ref.record) quarantined \(entry.field ?? "-") \(entry.reason)"
        case .dropped(let ref, let reason): return "\(ref.record) dropped \(reason)"
        }
    }

    @Test(arguments: [1, 127, 128, 513, 1500])
    func matchesMappingOneByOne(count: Int) throws {
        let mapper = try mapper()
        let records = (1...count).map(record)
        let expected = records.map { record in
            record.number % 11 == 0 ? "\(record.number) dropped filtered"
                : summary(mapper.map(record, ref: SourceRecordRef(source: "s", file: "input.csv", record: record.number)))
        }
        var batch = MappingBatch(capacity: 512)
        var collapser = RecordCollapser(rule: nil, header: header)
        var events: [ImportEvent] = []
        for record in records {
            let ref = SourceRecordRef(source: "s", file: "input.csv", record: record.number)
            if record.number % 11 == 0 { batch.drop(ref, .filtered) } else { batch.map(record, ref) }
            if batch.isFull { try batch.drain(mapper, into: &collapser) { events.append($0) } }
        }
        try batch.drain(mapper, into: &collapser) { events.append($0) }
        #expect(events.map(summary) == expected)
    }

    /// Bitrix24-style product rows: runs of lines with one id fold into one record, a dropped
    /// or quarantined line between two lines of one id ends the run, as one by one.
    @Test(arguments: [1, 130, 600, 1100])
    func collapsesAsOneByOne(count: Int) throws {
        let mapper = try mapper()
        let rule = CollapseRule(key: ["ID"])
        let records = (1...count).map { number in
            var record = record(number)
            record.fields[0] = "\(number / 3 + (number % 13 == 0 ? 1_000_000 : 0))"
            if number % 131 == 0 { record.fields.removeLast() }
            return record
        }
        func isDropped(_ number: Int) -> Bool { number % 17 == 0 }
        func ref(_ number: Int) -> SourceRecordRef { SourceRecordRef(source: "s", file: "input.csv", record: number) }

        var expected: [ImportEvent] = []
        var single = RecordCollapser(rule: rule, header: header)
        for record in records {
            if isDropped(record.number) {
                try single.flush { expected.append($0) }
                expected.append(.dropped(ref(record.number), .filtered))
            } else {
                try single.add(mapper.map(record, ref: ref(record.number)), fields: record.fields) { expected.append($0) }
            }
        }
        try single.flush { expected.append($0) }

        var batch = MappingBatch(capacity: 256)
        var collapser = RecordCollapser(rule: rule, header: header)
        var events: [ImportEvent] = []
        for record in records {
            if isDropped(record.number) { batch.drop(ref(record.number), .filtered) } else { batch.map(record, ref(record.number)) }
            if batch.isFull { try batch.drain(mapper, into: &collapser) { events.append($0) } }
        }
        try batch.drain(mapper, into: &collapser) { events.append($0) }
        try collapser.flush { events.append($0) }
        #expect(events.map(merged) == expected.map(merged))
        #expect(count < 3 || events.contains { if case .row(let row) = $0 { !row.mergedLines.isEmpty } else { false } })
    }

    private func merged(_ event: ImportEvent) -> String {
        guard case .row(let row) = event else { return summary(event) }
        return summary(event) + " merged \(row.mergedLines.map(\.ref.record)) \(row.person?.phones ?? [])"
    }

    /// Canonically equivalent names written with different scalars are split each as written.
    @Test func nameMemoTellsEquivalentSpellingsApart() {
        let memo = NameMemo()
        for name in ["Élodie Martin", "E\u{301}lodie Martin", "Élodie Martin", "E\u{301}lodie Martin"] {
            #expect(Array(memo.split(name).full.utf8) == Array(NameNormalizer.split(name).full.utf8))
            #expect(Array((memo.split(name).first ?? "").utf8) == Array((NameNormalizer.split(name).first ?? "").utf8))
        }
    }

    @Test func nameMemoGivesTheSplitItself() {
        let memo = NameMemo()
        for name in ["Иван Петров", "Петрова Анна Сергеевна", "Иван Петров", "Smith, John", "n/a", "Smith, John"] {
            #expect(memo.split(name) == NameNormalizer.split(name))
        }
    }
}

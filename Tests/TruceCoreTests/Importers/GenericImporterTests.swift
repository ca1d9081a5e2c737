import Foundation
import Testing
@testable import TruceCore

@Suite struct GenericImporterTests {
    let context = ImportContext(timeZone: TimeZone(identifier: "Europe/Moscow")!, defaultRegion: "RU")

    private func source(_ fields: [FieldMapping], produces: Set<RecordKind>? = nil, footer: [String] = [],
                        recordID: String? = nil) -> SourceConfig {
        SourceConfig(name: "test", path: "-", footer: footer,
                     mapping: MappingConfig(produces: produces, recordID: recordID, fields: fields))
    }

    private func field(_ name: String, _ columns: String..., format: String? = nil) -> FieldMapping {
        FieldMapping(field: CanonicalField.named(name)!, source: .columns(columns), format: format)
    }

    private func events(_ csv: String, _ source: SourceConfig) throws -> [ImportEvent] {
        let path = TestPaths.write(csv, "input.csv", in: TestPaths.temporaryFolder())
        var events: [ImportEvent] = []
        _ = try GenericImporter(source: source, context: context).read(path: path, displayPath: "input.csv") {
            events.append($0)
        }
        return events
    }

    private func rows(_ events: [ImportEvent]) -> [ImportedRow] {
        events.compactMap { if case .row(let row) = $0 { return row } else { return nil } }
    }

    @Test func mapsPersonsDealsAndKeepsRawCells() throws {
        let csv = """
        ID,Имя,Телефон,Телефон 2,Email,Бюджет ₽,Этап сделки,Дата создания
        17,Иван Петров,'+7 916 123-45-67,8 (926) 000-11-22,Ivan@Yandex.RU,"12 500,50",Успешно реализовано,01.09.2026 10:30:00

        """
        let result = rows(try events(csv, source([
            field("person.full_name", "Имя"), field("person.phones", "Телефон", "Телефон 2"),
            field("person.emails", "Email"), field("deal.amount", "Бюджет ₽"), field("deal.stage", "Этап сделки"),
            field("deal.created_at", "Дата создания"),
        ], recordID: "ID")))
        let row = try #require(result.first)
        #expect(row.ref == SourceRecordRef(source: "test", file: "input.csv", record: 1))
        #expect(row.nativeID == "17")
        #expect(row.raw.count == 8 && row.raw[1].column == "Имя" && row.raw[1].value == "Иван Петров")
        #expect(row.person?.phones == ["+79161234567", "+79260001122"])
        #expect(row.person?.emails == ["ivan@yandex.ru"])
        #expect(row.person?.firstName == "Иван" && row.person?.lastName == "Петров")
        #expect(row.deal?.amount == Decimal(string: "12500.5"))
        #expect(row.deal?.currency == "RUB")
        #expect(row.deal?.outcome == .won)
        #expect(row.deal?.createdAt.map(Timestamp.iso) == "2026-09-01T07:30:00Z")
    }

    @Test func raggedRowsAndBadValuesGoToQuarantineFootersAreDropped() throws {
        let csv = """
        Дата;Сумма;Телефон
        01.10.2026;100,00;89161234567
        02.10.2026;200,00;89161234568;extra
        31.02.2026;300,00;89161234569
        Итого;600,00;

        """
        let all = try events(csv, source([
            field("payment.date", "Дата"), field("payment.amount", "Сумма"), field("person.phones", "Телефон"),
        ], footer: ["^Итого"]))
        #expect(rows(all).count == 1)
        let quarantined = all.compactMap { event -> QuarantineEntry? in
            if case .quarantined(let entry) = event { return entry } else { return nil }
        }
        #expect(quarantined.map(\.ref.record) == [2, 3])
        #expect(quarantined[0].reason.contains("4 cells"))
        #expect(quarantined[1].field == "payment.date")
        #expect(!quarantined[1].reason.contains("31.02"), "reasons never echo cell values")
        let dropped = all.compactMap { event -> DropReason? in
            if case .dropped(_, let reason) = event { return reason } else { return nil }
        }
        #expect(dropped == [.footer])
    }

    @Test func missingColumnsAreListedAllAtOnce() {
        #expect {
            try events("a,b\n1,2\n", source([field("person.emails", "Email"), field("person.phones", "Phone", "b")]))
        } throws: { error in
            guard case ImportError.missingColumns(_, let columns, _)? = error as? ImportError else { return false }
            return columns == ["Email", "Phone"]
        }
    }

    @Test func repeatedColumnNamesYieldTheLastNonEmptyValue() throws {
        let csv = "utm_source,Email,utm_source\nwebinar,a@b.ru,yandex\nwebinar,c@d.ru,\n"
        let result = rows(try events(csv, source([
            field("person.emails", "Email"), field("touchpoint.source", "utm_source"),
            FieldMapping(field: CanonicalField.named("touchpoint.time")!, source: .constant("2026-09-01")),
        ])))
        #expect(result.map { $0.touchpoint?.source } == ["yandex", "webinar"])
    }

    @Test func placeholdersAreRejectedAsIdentifiersButCounted() throws {
        let csv = "email,phone\ntest@meta.com,0000000000\n"
        let result = rows(try events(csv, source([field("person.emails", "email"), field("person.phones", "phone")])))
        #expect(result.count == 1)
        #expect(result[0].person == nil)
        #expect(Set(result[0].rejectedIdentifiers.map(\.field)) == ["person.emails", "person.phones"])
    }
}

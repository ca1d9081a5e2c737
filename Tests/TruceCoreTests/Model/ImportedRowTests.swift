import Foundation
import Testing
@testable import TruceCore

/// `ImportedRow` shares one box between copies; it must still behave as a value.
@Suite struct ImportedRowTests {
    private func row() -> ImportedRow {
        var fields = ImportedRow.Fields(ref: SourceRecordRef(source: "s", file: "f.csv", record: 1), nativeID: "7",
                                        raw: [(column: "Имя", value: "Иван")])
        var person = PersonRecord()
        person.fullName = "Иван"
        person.emails = ["a@example.com"]
        fields.person = person
        return ImportedRow(fields)
    }

    @Test func writingACopyLeavesTheOriginal() {
        let original = row()
        var copy = original
        copy.nativeID = "8"
        copy.person?.emails.append("b@example.com")
        copy.raw.append((column: "Город", value: "Москва"))
        copy.rejectedIdentifiers.append(RejectedValue(field: "person.phones", code: "too_short"))
        #expect(original.nativeID == "7")
        #expect(original.person?.emails == ["a@example.com"])
        #expect(original.raw.count == 1)
        #expect(original.rejectedIdentifiers.isEmpty)
        #expect(copy.nativeID == "8")
        #expect(copy.person?.emails == ["a@example.com", "b@example.com"])
        #expect(copy.raw.map(\.value) == ["Иван", "Москва"])
        #expect(copy.rejectedIdentifiers.map(\.code) == ["too_short"])
    }

    @Test func absorbingALineKeepsItsCopiesApart() {
        let head = row()
        var merged = head
        var line = row()
        line.ref.record = 2
        line.person?.emails = ["c@example.com"]
        merged.absorb(line)
        #expect(head.mergedLines.isEmpty)
        #expect(head.person?.emails == ["a@example.com"])
        #expect(merged.mergedLines.map(\.ref.record) == [2])
        #expect(merged.person?.emails == ["a@example.com", "c@example.com"])
        #expect(line.ref.record == 2)
    }
}

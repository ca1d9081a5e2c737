import Testing
@testable import TruceCore

/// `CSVReader` overwrites its record array in place once the caller lets go of each record
/// (see `CSVRowReader.strings(droppingLast:into:)`); a record the caller keeps must never change.
@Suite("record array reuse")
struct CSVRowArrayReuseTests {
    static func expected(_ number: Int) -> [String] {
        ["\(number)", number % 3 == 0 ? "Москва" : "Tver", "note \(number) with some length"]
    }

    static let text = "id,city,note\n" + (1...3000).map { expected($0).joined(separator: ",") + "\n" }.joined()

    @Test("records kept in any pattern (none, all, every few, in runs) keep their fields",
          arguments: [0, 1, 2, 7, 100])
    func keptRecordsStay(_ keepEvery: Int) throws {
        let reader = try CSVReader(bytes: Array(Self.text.utf8))
        var kept: [CSVRecord] = []
        while let record = try reader.next() {
            #expect(record.fields == Self.expected(record.number))
            // keepEvery 100 keeps runs of 10 records, so sharing starts and stops repeatedly.
            let keep = keepEvery == 100 ? (record.number / 10) % 2 == 0 : keepEvery > 0 && record.number % keepEvery == 0
            if keep { kept.append(record) }
        }
        for record in kept { #expect(record.fields == Self.expected(record.number)) }
    }

    @Test("a row with a different field count after reused rows reads correctly")
    func changingWidth() throws {
        let text = "a,b,c\n" + (1...50).map { $0 % 10 == 0 ? "\($0),x\n" : "\($0),y,z\n" }.joined()
        let reader = try CSVReader(bytes: Array(text.utf8))
        while let record = try reader.next() {
            let number = record.number
            #expect(record.fields == (number % 10 == 0 ? ["\(number)", "x"] : ["\(number)", "y", "z"]))
        }
    }
}

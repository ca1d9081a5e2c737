import Foundation
import Testing
@testable import TruceCore

/// The pipe hands every event over once, in order, with its row's stored form, while batches the
/// storing side is done with go back to the reader to be freed.
@Suite struct ImportPipeTests {
    /// Emits `count` events: rows, with every tenth record dropped.
    struct CountingImporter: Importer {
        let kind = "counting"
        let count: Int

        func read(path: String, displayPath: String, emit: (consuming ImportEvent) throws -> Void) throws -> FileReadInfo {
            for number in 1...count {
                let ref = SourceRecordRef(source: "s", file: displayPath, record: number)
                if number % 10 == 0 {
                    try emit(.dropped(ref, .filtered))
                } else {
                    try emit(.row(ImportedRow(ref: ref, nativeID: "\(number)", raw: [("ID", "\(number)"), ("Имя", "Иван \(number)")])))
                }
            }
            return FileReadInfo(format: "test", headerLine: 1, records: count, importer: kind)
        }
    }

    @Test(arguments: [1, 255, 256, 257, 10_000])
    func handsOverEveryEventInOrder(count: Int) throws {
        let pipe = ImportPipe.reading(CountingImporter(count: count), path: "x", displayPath: "x.csv")
        var numbers: [Int] = []
        var formsMatch = true
        while let batch = pipe.next() {
            #expect(batch.events.count == batch.forms.count)
            for (event, form) in zip(batch.events, batch.forms) {
                switch event {
                case .row(let row):
                    numbers.append(row.ref.record)
                    let expected = StoredForm(row)
                    formsMatch = formsMatch && form?.raw == expected.raw && form?.hash == expected.hash
                case .dropped(let ref, _):
                    numbers.append(ref.record)
                    formsMatch = formsMatch && form == nil
                case .quarantined: Issue.record("no quarantine expected")
                }
            }
        }
        #expect(numbers == Array(1...count))
        #expect(formsMatch)
        #expect(try pipe.result().records == count)
        #expect(pipe.next() == nil)
    }

    @Test func cancellingStopsTheReader() throws {
        let pipe = ImportPipe.reading(CountingImporter(count: 100_000), path: "x", displayPath: "x.csv")
        #expect(pipe.next() != nil)
        pipe.cancel()
        #expect(throws: ImportPipe.Cancelled.self) { try pipe.result() }
    }
}

import Testing
@testable import TruceCore

/// rust-csv's example data: counts and values checked by hand against the files.
@Suite("rust-csv example data")
struct RustCSVExamplesTests {
    static func path(_ name: String) -> String { CSVTestSupport.shared("suites/rust-csv-examples-data/\(name)") }

    static func readAll(_ name: String, options: CSVOptions = .init()) throws -> (CSVReader, [CSVRecord]) {
        let reader = try CSVReader(path: path(name), options: options)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return (reader, records)
    }

    @Test func smallpop() throws {
        let (reader, records) = try Self.readAll("smallpop.csv")
        #expect(reader.header == ["city", "region", "country", "population"])
        #expect(reader.headerLineNumber == 1)
        #expect(records.count == 10)
        #expect(records[0].fields == ["Southborough", "MA", "United States", "9686"])
        #expect(records[0].number == 1 && records[0].line == 2)
        #expect(records[9].fields == ["Concord", "NH", "United States", "42605"])
        #expect(records[9].number == 10 && records[9].line == 11)
        #expect(records.allSatisfy { $0.fields.count == 4 })
    }

    @Test func uspop() throws {
        let (reader, records) = try Self.readAll("uspop.csv")
        #expect(reader.header == ["City", "State", "Population", "Latitude", "Longitude"])
        #expect(records.count == 100)
        #expect(records[1].fields == ["Kenai", "AK", "7610", "60.5544444", "-151.2583333"])
        #expect(records[99].fields == ["Cody", "WY", "9161", "44.5263889", "-109.0558333"])
    }

    @Test("uspop-null: empty fields stay empty strings, not missing")
    func uspopNull() throws {
        let (_, records) = try Self.readAll("uspop-null.csv")
        #expect(records.count == 100)
        #expect(records[0].fields == ["Davidsons Landing", "AK", "", "65.2419444", "-165.2716667"])
        #expect(records.allSatisfy { $0.fields.count == 5 })
        #expect(records.filter { $0.fields[2].isEmpty }.count > 10)
    }

    @Test("uspop-latin1 read as UTF-8 fails at the Latin-1 byte with its offset")
    func latin1AsUTF8() {
        let error = CSVTestSupport.readError { _ = try Self.readAll("uspop-latin1.csv", options: .init(encoding: .utf8)) }
        #expect(error == .invalidEncoding(path: Self.path("uspop-latin1.csv"), encoding: .utf8, offset: 125,
                                          problem: .invalidUTF8, detected: false))
        #expect(error?.description.contains("byte offset 125") == true)
        #expect(error?.description.contains("Õ") == false)
    }

    @Test("uspop-latin1 undeclared: not UTF-8, so it is read as Windows-1251 (Latin-1 is not supported)")
    func latin1Detected() throws {
        let (reader, records) = try Self.readAll("uspop-latin1.csv")
        #expect(reader.encoding == .windows1251)
        #expect(records.count == 100)
        #expect(records[2].fields[0] == "\u{0425}akman")  // 0xD5 is Cyrillic Kha in cp1251
    }

    @Test("smallpop-colon: ':' is not a candidate, so the file reads as one column")
    func colon() throws {
        let (reader, records) = try Self.readAll("smallpop-colon.csv")
        #expect(reader.header == ["city:region:country:population"])
        #expect(records.count == 10)
        #expect(records[0].fields == ["Southborough:MA:United States:9686"])
        let (explicit, explicitRecords) = try Self.readAll("smallpop-colon.csv", options: .init(delimiter: UInt8(ascii: ":")))
        #expect(explicit.header.count == 4)
        #expect(explicitRecords[0].fields == ["Southborough", "MA", "United States", "9686"])
    }

    @Test("smallpop-no-headers: the first row is taken as the header; raw rows give all ten")
    func noHeaders() throws {
        let (reader, records) = try Self.readAll("smallpop-no-headers.csv")
        #expect(reader.header == ["Southborough", "MA", "United States", "9686"])
        #expect(records.count == 9)
        let rows = try CSVRowReader(path: Self.path("smallpop-no-headers.csv"), encoding: .utf8)
        var count = 0
        while try rows.advance() { count += 1 }
        #expect(count == 10)
    }

    @Test("strange.csv: backslash escapes are not ours; reads like Python's csv with ';'")
    func strange() throws {
        let (reader, records) = try Self.readAll("strange.csv")
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(reader.header == ["\\Hacksaw\\\" Jim Duggan\"", "1987"])
        #expect(records.count == 6)
        #expect(records[0].fields == ["Bret \\Hit Man\\\" Hart\"", "1984"])
        #expect(records[1].fields == ["# We're not sure when Rafael started, so omit the year."])
        #expect(records[5].fields == ["Jake \\The Snake\\\" Roberts\"", "1986"])
    }
}

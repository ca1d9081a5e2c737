import Testing
@testable import TruceCore

/// Delimiter sniffing, header search past preambles, header hints and trailing delimiters.
@Suite("CSV dialect and header")
struct CSVDialectTests {
    @Test("each candidate delimiter is sniffed", arguments: [",", ";", "\t", "|"])
    func sniffs(_ delimiter: String) throws {
        let text = ["name\(delimiter)phone\(delimiter)city", "\"Иван, Петров\"\(delimiter)+7 916\(delimiter)Москва",
                    "Anna\(delimiter)\(delimiter)Tver"].joined(separator: "\n")
        let (reader, records) = try CSVTestSupport.records(text)
        #expect(reader.delimiter == UInt8(ascii: Unicode.Scalar(delimiter)!))
        #expect(reader.header == ["name", "phone", "city"])
        #expect(records.map(\.fields.count) == [3, 3])
    }

    @Test("decimal commas do not fool the sniffer on a ';' file")
    func decimalComma() throws {
        let (reader, _) = try CSVTestSupport.records("Дата;Показы;Расход\n01.01;100;1,5\n02.01;200;2,25\n")
        #expect(reader.delimiter == UInt8(ascii: ";"))
    }

    @Test("the header is found past title lines, and they are kept as the preamble")
    func preamble() throws {
        let text = "Campaign report\n27 January 2026 - 23 February 2026\nCampaign,Clicks,Cost\nA,\"1,200\",3.5\nTotal: Campaigns,1200,3.5\n"
        let (reader, records) = try CSVTestSupport.records(text)
        #expect(reader.headerLineNumber == 3)
        #expect(reader.preamble == [["Campaign report"], ["27 January 2026 - 23 February 2026"]])
        #expect(reader.header == ["Campaign", "Clicks", "Cost"])
        #expect(records.map(\.fields) == [["A", "1,200", "3.5"], ["Total: Campaigns", "1200", "3.5"]])
        #expect(records.map(\.line) == [4, 5])
    }

    @Test("a header hint finds the header even when preamble lines have the same width")
    func hint() throws {
        let text = "Report;Acme\nFrom;2024-01-01\nДата;Кампания\n01.01.2024;Весна\n"
        let (plain, _) = try CSVTestSupport.records(text)
        #expect(plain.headerLineNumber == 1)
        let (hinted, records) = try CSVTestSupport.records(text, options: .init(headerHint: [" дата ", "КАМПАНИЯ", "Клики"]))
        #expect(hinted.headerLineNumber == 3)
        #expect(hinted.header == ["Дата", "Кампания"])
        #expect(hinted.preamble == [["Report", "Acme"], ["From", "2024-01-01"]])
        #expect(records.map(\.fields) == [["01.01.2024", "Весна"]])
    }

    @Test("a hint matching no row is an error, not a guess")
    func hintNotFound() {
        let error = CSVTestSupport.readError {
            _ = try CSVTestSupport.records("a,b\n1,2\n", options: .init(headerHint: ["Email", "Phone"]))
        }
        #expect(error == .headerNotFound(path: "<memory>", searchedRows: 2, expectedColumns: 2))
    }

    @Test("an explicit header line wins; a line with no row on it is an error")
    func headerLine() throws {
        let text = "x\ny\n\na|b\n1|2\n"
        let (reader, records) = try CSVTestSupport.records(text, options: .init(headerLine: 4))
        #expect(reader.header == ["a", "b"] && reader.delimiter == UInt8(ascii: "|"))
        #expect(reader.preamble == [["x"], ["y"]])
        #expect(records.map(\.fields) == [["1", "2"]])
        let blank = CSVTestSupport.readError { _ = try CSVTestSupport.records(text, options: .init(headerLine: 3)) }
        #expect(blank == .headerLineNotFound(path: "<memory>", line: 3))
        let past = CSVTestSupport.readError { _ = try CSVTestSupport.records(text, options: .init(headerLine: 40)) }
        #expect(past == .headerLineNotFound(path: "<memory>", line: 40))
    }

    @Test("a trailing delimiter on every line is dropped from the header and the records")
    func trailingDelimiter() throws {
        let text = "\"ID\";\"Имя\";\"Телефон\";\n\"1\";\"Иван\";\"+7 916\";\n\"2\";\"\";\"\";\n\"3\";\"x\";\n"
        let (reader, records) = try CSVTestSupport.records(text)
        #expect(reader.trailingDelimiter)
        #expect(reader.header == ["ID", "Имя", "Телефон"])
        #expect(records.map(\.fields) == [["1", "Иван", "+7 916"], ["2", "", ""], ["3", "x", ""]])
    }

    @Test("an empty last header name with data under it is not a trailing delimiter")
    func unnamedLastColumn() throws {
        let (reader, records) = try CSVTestSupport.records("a,b,\n1,2,3\n4,5,6\n")
        #expect(!reader.trailingDelimiter)
        #expect(reader.header == ["a", "b", ""])
        #expect(records.map(\.fields) == [["1", "2", "3"], ["4", "5", "6"]])
    }

    @Test("header names are trimmed, fields are not")
    func trimming() throws {
        let (reader, records) = try CSVTestSupport.records(" Email ,\u{00A0}Phone\t\n a , b \n")
        #expect(reader.header == ["Email", "Phone"])
        #expect(records[0].fields == [" a ", " b "])
    }

    @Test("a header followed by a one-cell row still gets its delimiter")
    func noDataRow() throws {
        let (reader, records) = try CSVTestSupport.records("\"Campaign name\";\"Amount spent (USD)\";Results\n\"No data available.\"\n")
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(reader.header == ["Campaign name", "Amount spent (USD)", "Results"])
        #expect(records.map(\.fields) == [["No data available."]])
    }
}

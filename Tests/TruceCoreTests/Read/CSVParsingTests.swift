import Testing
@testable import TruceCore

/// RFC 4180 details: quoting, line ends, blank lines, line and record numbers.
@Suite("CSV parsing")
struct CSVParsingTests {
    @Test("LF, CRLF and CR line ends give the same records", arguments: ["\n", "\r\n", "\r"])
    func lineEnds(_ end: String) throws {
        let text = ["a,b", "1,2", "3,4"].joined(separator: end) + end
        let (reader, records) = try CSVTestSupport.records(text)
        #expect(reader.header == ["a", "b"])
        #expect(records.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(records.map(\.line) == [2, 3])
    }

    @Test("a quoted field keeps delimiters, doubled quotes and line ends; line numbers count them")
    func quotedNewlines() throws {
        let text = "id,note\n1,\"a, \"\"b\"\"\r\nc\"\n2,\"x\ry\"\n3,z"
        let (_, records) = try CSVTestSupport.records(text)
        #expect(records.map(\.fields) == [["1", "a, \"b\"\r\nc"], ["2", "x\ry"], ["3", "z"]])
        #expect(records.map(\.line) == [2, 4, 6])
        #expect(records.map(\.number) == [1, 2, 3])
    }

    @Test("blank lines are skipped and not counted as records, but lines are counted")
    func blankLines() throws {
        let text = "\n\na,b\n\n1,2\r\n\r\n\r3,4\n\n"
        let (reader, records) = try CSVTestSupport.records(text)
        #expect(reader.headerLineNumber == 3)
        #expect(records.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(records.map(\.number) == [1, 2])
        #expect(records.map(\.line) == [5, 8])
    }

    @Test("empty fields differ from missing ones; ragged rows are kept as they are")
    func emptyVersusMissing() throws {
        let (_, records) = try CSVTestSupport.records("a,b,c\n1,,\n2\n,,,\n\"\"\n")
        #expect(records.map(\.fields) == [["1", "", ""], ["2"], ["", "", "", ""], [""]])
    }

    @Test("the last record needs no line end; a trailing delimiter at EOF gives an empty field")
    func endOfFile() throws {
        #expect(try CSVTestSupport.rows(Array("a,b\n1,".utf8)) == [["a", "b"], ["1", ""]])
        #expect(try CSVTestSupport.rows(Array("a,b\n\"q\"".utf8)) == [["a", "b"], ["q"]])
        #expect(try CSVTestSupport.rows([]) == [])
    }

    @Test("quotes inside unquoted fields are literal; text after a closing quote is appended")
    func lenientQuotes() throws {
        let rows = try CSVTestSupport.rows(Array("a\"b,\"x\"y z,\"p\"\"\"q, \"s\"\n".utf8))
        #expect(rows == [["a\"b", "xy z", "p\"q", " \"s\""]])
    }

    @Test("UTF-8 byte-order marks are stripped, with or without an explicit encoding")
    func utf8BOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Имя,Phone\nИван,1\n".utf8)
        for options in [CSVOptions(), CSVOptions(encoding: .utf8)] {
            let (reader, records) = try CSVTestSupport.records(bytes, options: options)
            #expect(reader.encoding == .utf8)
            #expect(reader.header == ["Имя", "Phone"])
            #expect(records.first?.fields == ["Иван", "1"])
        }
    }

    @Test("UTF-16 with BOM in both byte orders, and BOM-less UTF-16LE/BE", arguments: [
        (false, true), (true, true), (false, false), (true, false),
    ])
    func utf16(_ bigEndian: Bool, _ bom: Bool) throws {
        let bytes = CSVTestSupport.utf16("id\tname\n1\tМария 😀\n2\tJohn\n", bigEndian: bigEndian, bom: bom)
        let (reader, records) = try CSVTestSupport.records(bytes)
        #expect(reader.encoding == (bigEndian ? .utf16BE : .utf16LE))
        #expect(reader.delimiter == 0x09)
        #expect(reader.header == ["id", "name"])
        #expect(records.map(\.fields) == [["1", "Мария 😀"], ["2", "John"]])
    }

    @Test("Windows-1251 is detected when the bytes are not UTF-8")
    func cp1251() throws {
        let bytes = try CSVTestSupport.windows1251("Имя;Телефон;Город\nИван;+7 916;Москва\nЁлка;№5;«Тверь»\n")
        let (reader, records) = try CSVTestSupport.records(bytes)
        #expect(reader.encoding == .windows1251)
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(reader.header == ["Имя", "Телефон", "Город"])
        #expect(records.map(\.fields) == [["Иван", "+7 916", "Москва"], ["Ёлка", "№5", "«Тверь»"]])
    }

    @Test("an explicit encoding overrides detection")
    func explicitEncoding() throws {
        let bytes = try CSVTestSupport.windows1251("a,b\nЖ,1\n")
        let (reader, records) = try CSVTestSupport.records(bytes, options: .init(encoding: .windows1251))
        #expect(reader.encoding == .windows1251)
        #expect(records[0].fields == ["Ж", "1"])
        let error = CSVTestSupport.readError { _ = try CSVTestSupport.records(bytes, options: .init(encoding: .utf8)) }
        #expect(error == .invalidEncoding(path: "<memory>", encoding: .utf8, offset: 4, problem: .invalidUTF8, detected: false))
    }

    @Test("an unterminated quote at EOF is an error naming the file and the record's line")
    func unterminatedQuote() {
        let error = CSVTestSupport.readError {
            _ = try CSVTestSupport.records("a,b\n1,2\n3,\"Secret Value\n4,5\n")
        }
        #expect(error == .unterminatedQuote(path: "<memory>", line: 3))
        #expect(error?.description.contains("line 3") == true)
        #expect(error?.description.contains("Secret") == false)
    }

    @Test("a runaway quoted field stops at max_record_bytes instead of buffering the file")
    func recordTooLarge() {
        let text = "a,b\n1,\"" + String(repeating: "x,y\n", count: 2000)
        let error = CSVTestSupport.readError {
            _ = try CSVTestSupport.records(text, options: .init(chunkSize: 256, maxRecordBytes: 4096))
        }
        #expect(error == .recordTooLarge(path: "<memory>", line: 2, limit: 4096))
    }

    @Test("invalid options are rejected before any I/O")
    func invalidOptions() {
        for options in [CSVOptions(delimiter: UInt8(ascii: "\"")), CSVOptions(delimiter: 0x0A),
                        CSVOptions(headerLine: 0), CSVOptions(chunkSize: 0)] {
            let error = CSVTestSupport.readError { _ = try CSVReader(path: "/nonexistent", options: options) }
            guard case .invalidOptions = error else {
                Issue.record("expected invalidOptions, got \(String(describing: error))")
                continue
            }
        }
    }

    @Test("a missing file or a directory is a cannotOpen error")
    func cannotOpen() {
        for path in ["/nonexistent/leads.csv", "/tmp"] {
            let error = CSVTestSupport.readError { _ = try CSVReader(path: path) }
            guard case .cannotOpen(let reported, _) = error else {
                Issue.record("expected cannotOpen, got \(String(describing: error))")
                continue
            }
            #expect(reported == path)
        }
    }

    @Test("an empty file has no header and no records")
    func emptyFile() throws {
        let (reader, records) = try CSVTestSupport.records([])
        #expect(reader.header == [] && reader.headerLineNumber == 0 && records.isEmpty)
        let withHint = CSVTestSupport.readError { _ = try CSVTestSupport.records([], options: .init(headerHint: ["a"])) }
        #expect(withHint == .headerNotFound(path: "<memory>", searchedRows: 0, expectedColumns: 1))
    }
}

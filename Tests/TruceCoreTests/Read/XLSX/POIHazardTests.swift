import Foundation
import Testing
@testable import TruceCore

/// Every file of Apache POI's hostile/broken XLSX set, opened the way importers open files
/// (`TableReaders.open`, then every record): each gives its expected clear error, or, for the
/// two that are valid workbooks, the cells checked against openpyxl; none crashes, none takes
/// 2 seconds.
@Suite struct POIHazardTests {
    static let folder = XLSXTestSupport.suites + "/apache-poi-xlsx-hazards"

    /// What each file must give: an error (its problem) or cells.
    enum Outcome: Sendable, CustomStringConvertible {
        case refused(SpreadsheetProblem)
        case corrupt
        case opens(header: [String], headerLine: Int, firstRecord: [String])

        var description: String {
            switch self {
            case .refused(let problem): return "refused \(problem)"
            case .corrupt: return "corrupt archive"
            case .opens(let header, _, _): return "opens \(header.prefix(3))"
            }
        }
    }

    static let expected: [String: Outcome] = [
        "54764-2.xlsx": .refused(.doctypeRefused),  // billion laughs in [Content_Types].xml
        "54764.xlsx": .refused(.doctypeRefused),  // billion laughs in sharedStrings.xml
        "poc-xmlbomb.xlsx": .refused(.doctypeRefused),
        "poc-xmlbomb-empty.xlsx": .refused(.doctypeRefused),
        // 1 MB shared string referenced by every cell; the sheet also starts at row "0", which
        // Excel never writes, so it stops there (the size cap is tested in XLSXHeaderTests).
        "poc-shared-strings.xlsx": .refused(.badCellReference),
        "duplicate-filename.xlsx": .refused(.duplicateEntry(name: "xl/worksheets/sheet1.xml")),
        "duplicate-filename-case-insensitive.xlsx": .refused(.duplicateEntry(name: "xl/worksheets/Sheet1.xml")),
        "crash-9bf3cd4bd6f50a8a9339d363c2c7af14b536865c.xlsx": .refused(.oldBinaryExcel),  // an OLE2 file
        "crash-274d6342e4842d61be0fb48eaadad6208ae767ae.xlsx": .refused(.emptyArchive),
        "clusterfuzz-testcase-minimized-POIFuzzer-5040805309710336.xlsx": .refused(.emptyArchive),
        "clusterfuzz-testcase-minimized-POIXSSFFuzzer-4828727001088000.xlsx": .refused(.emptyArchive),
        "clusterfuzz-testcase-minimized-POIXSSFFuzzer-5089447305609216.xlsx": .corrupt,
        "clusterfuzz-testcase-minimized-POIXSSFFuzzer-5185049589579776.xlsx": .refused(.emptyArchive),
        "clusterfuzz-testcase-minimized-POIXSSFFuzzer-5265527465181184.xlsx": .corrupt,  // CRC mismatch in _rels
        // Valid first sheet (openpyxl refuses the whole book for sheet8's CRC; see the test below).
        "clusterfuzz-testcase-minimized-POIXSSFFuzzer-5937385319563264.xlsx":
            .opens(header: ["GROSS", "PRSI Liability", "", "Levy Liability", "", "Tax Liability"], headerLine: 7,
                   firstRecord: ["INCOME", "Existing", "Proposed", "Existing", "Proposed", "Existing"]),
        "clusterfuzz-testcase-minimized-POIXSSFFuzzer-6123461607817216.xlsx": .corrupt,
        "clusterfuzz-testcase-minimized-POIXSSFFuzzer-6419366255919104.xlsx": .corrupt,
        "clusterfuzz-testcase-minimized-POIXSSFFuzzer-6448258963341312.xlsx": .refused(.emptyArchive),
        "clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5025401116950528.xlsx": .refused(.emptyArchive),
        "clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5542865479270400.xlsx": .corrupt,
        "clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx": .corrupt,
        "clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-6504225896792064.xlsx": .refused(.emptyArchive),
        "clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-6594557414080512.xlsx": .corrupt,
        // Valid workbooks: the `count` attributes of the SST lie; the schema part holds no DTD.
        "MalformedSSTCount.xlsx": .opens(header: ["sdgf", "fdsag", "dsafv", "asdf"], headerLine: 1,
                                         firstRecord: ["asdc", "sadc", "asdfXZc", "sadf"]),
        "xxe_in_schema.xlsx": .opens(header: ["", "", "/Test/Test", "Column1", "Column2"], headerLine: 9,
                                     firstRecord: ["", "", "1", "", ""]),
    ]

    static let files: [String] = {
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".xlsx") }.sorted() ?? []
    }()

    @Test func everyFileHasAnExpectation() {
        #expect(Self.files.count == 25)
        #expect(Set(Self.files) == Set(Self.expected.keys))
    }

    @Test(arguments: files)
    func hazardGivesItsOutcome(file: String) throws {
        let outcome = try #require(Self.expected[file])
        let started = Date()
        var result: Result<(TableReader, [CSVRecord]), Error>
        do {
            let reader = try TableReaders.open(path: Self.folder + "/" + file)
            var records: [CSVRecord] = []
            while let record = try reader.nextRecord() { records.append(record) }
            result = .success((reader, records))
        } catch {
            result = .failure(error)
        }
        #expect(Date().timeIntervalSince(started) < 2, "\(file) took too long")
        switch (outcome, result) {
        case (.refused(let problem), .failure(ReadError.spreadsheet(_, _, _, let got))):
            #expect(got == problem, "\(file)")
        case (.corrupt, .failure(ReadError.spreadsheet(_, _, _, .corruptArchive))):
            break
        case (.opens(let header, let line, let first), .success(let (reader, records))):
            #expect(Array(reader.header.prefix(header.count)) == header)
            #expect(reader.headerLineNumber == line)
            #expect(records.first.map { Array($0.fields.prefix(first.count)) } == first)
        default:
            Issue.record("\(file): expected \(outcome), got \(result)")
        }
    }

    /// The fuzzed book's sheet8.xml (12 sheets) has a mangled cell reference (and a bad CRC,
    /// which openpyxl trips on): that sheet is refused, the other eleven open.
    @Test func fuzzedBookRefusesOnlyTheMangledSheet() throws {
        let path = Self.folder + "/clusterfuzz-testcase-minimized-POIXSSFFuzzer-5937385319563264.xlsx"
        for index in 1...12 {
            let problem = XLSXTestSupport.problem { _ = try XLSXTestSupport.rows(path, sheet: .index(index)) }
            #expect(problem == (index == 8 ? .beyondSheetLimits : nil), "sheet \(index)")
        }
        #expect(XLSXTestSupport.problem { _ = try XLSXTestSupport.rows(path, sheet: .index(13)) }
            == .sheetNotFound(selector: "number 13", available: 12))
    }
}

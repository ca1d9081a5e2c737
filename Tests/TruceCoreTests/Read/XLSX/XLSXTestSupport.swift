import Foundation
import Testing
import ZIPFoundation
@testable import TruceCore

/// Builders and helpers shared by the XLSX reader and writer tests.
enum XLSXTestSupport {
    /// `$TRUCE_SHARED`, or `../shared` beside the package root found from this file.
    static let shared = ProcessInfo.processInfo.environment["TRUCE_SHARED"] ?? URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared").path
    static let suites = shared + "/suites"

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "truce-xlsx-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes a ZIP with `entries` (name, bytes), deflated unless `stored`.
    static func zip(_ entries: [(String, [UInt8])], stored: Bool = false) throws -> String {
        let path = try temporaryFolder() + "/book.xlsx"
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, bytes) in entries {
            let data = Data(bytes)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: stored ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return path
    }

    /// A minimal workbook: `sheetXML` is the `<sheetData>` content of the only sheet (or whole
    /// parts replaced through `overrides`), with optional shared strings and styles.
    static func workbook(sheetData: String, sharedStrings: [String]? = nil, styles: String? = nil,
                         date1904: Bool = false, overrides: [String: String] = [:]) throws -> String {
        var parts: [String: String] = [
            "[Content_Types].xml": """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>
                """,
            "_rels/.rels": """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """,
            "xl/workbook.xml": """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/>\
                <sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>
                """,
            "xl/_rels/workbook.xml.rels": """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """,
            "xl/worksheets/sheet1.xml": """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(sheetData)</sheetData></worksheet>
                """,
        ]
        if let sharedStrings {
            let items = sharedStrings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t>\($0)</t></si>" }.joined()
            parts["xl/sharedStrings.xml"] = """
                <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\(items)</sst>
                """
        }
        if let styles {
            parts["xl/styles.xml"] = """
                <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\(styles)</styleSheet>
                """
        }
        for (name, text) in overrides { parts[name] = text }
        return try zip(parts.sorted { $0.key < $1.key }.map { ($0.key, Array($0.value.utf8)) })
    }

    /// All stored rows of a sheet (no header logic), trailing empty cells dropped.
    static func rows(_ path: String, sheet: SheetSelector? = nil, limit: Int = .max) throws -> [SheetRow] {
        let (scanner, _) = try XLSXReader.rows(path: path, sheet: sheet)
        var rows: [SheetRow] = []
        while rows.count < limit, let row = try scanner.nextRow() { rows.append(SheetRow(number: row.number, cells: SheetTable.trimmed(row.cells))) }
        return rows
    }

    /// The `ReadError.spreadsheet` problem thrown by `body`, or nil when it throws none.
    static func problem(_ body: () throws -> Void) -> SpreadsheetProblem? {
        do {
            try body()
            return nil
        } catch ReadError.spreadsheet(_, _, _, let problem) {
            return problem
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    /// Reads a whole file through `TableReaders.open`: header and all records.
    static func readAll(_ path: String, options: TableOptions = .init()) throws -> (header: [String], records: [CSVRecord]) {
        let reader = try TableReaders.open(path: path, options: options)
        var records: [CSVRecord] = []
        while let record = try reader.nextRecord() { records.append(record) }
        return (reader.header, records)
    }

    /// RFC 4180 rows of a CSV text (for Excel's baselines): quotes, doubled quotes, CRLF.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        if chars.first == "\u{FEFF}" { chars = chars.dropFirst() }
        var i = chars.startIndex
        while i < chars.endIndex {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.endIndex && chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\r" || c == "\n" {
                if c == "\r" && i + 1 < chars.endIndex && chars[i + 1] == "\n" { i += 1 }
                row.append(field); rows.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(c) }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}

/// Runs the real clients (python3 + openpyxl, LibreOffice) for the writer and baseline tests.
/// Missing tools fail the test (never skip it): run `scripts/setup` (it calls
/// `scripts/setup-xlsx-tools`).
enum XLSXTools {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `executable` with `arguments`; returns stdout, throws with stderr on a non-zero exit.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let result = try ProcessRunner.run(executable, arguments)
        if result.status != 0 {
            throw Failure(description: "\(executable) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    /// The path of `name` on PATH, or a failure telling to run scripts/setup.
    static func require(_ name: String) throws -> String {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw Failure(description: "\(name) is not installed: run scripts/setup (it installs LibreOffice and openpyxl)")
    }

    /// Runs a Python script with openpyxl available (fails clearly when it is not).
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let python = try require("python3")
        do {
            try run(python, ["-c", "import openpyxl"])
        } catch {
            throw Failure(description: "openpyxl is not installed for python3: run scripts/setup")
        }
        return try run(python, ["-c", script] + arguments)
    }
}

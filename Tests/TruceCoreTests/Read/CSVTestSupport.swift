import Foundation
import Testing
@testable import TruceCore

/// Paths and helpers shared by the CSV reader tests.
enum CSVTestSupport {
    /// The shared folder: `$TRUCE_SHARED`, or `../shared` beside the package root found from this file.
    static let sharedRoot: String = {
        if let path = ProcessInfo.processInfo.environment["TRUCE_SHARED"], !path.isEmpty { return path }
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.deletingLastPathComponent().appendingPathComponent("shared").path
            }
            url.deleteLastPathComponent()
        }
        return "/work/shared"
    }()

    /// A path inside the shared folder.
    static func shared(_ relative: String) -> String { sharedRoot + "/" + relative }

    /// The regular files of a shared folder, sorted by name; fails the test when it is missing.
    static func files(in relative: String, extension ext: String? = nil) throws -> [String] {
        let directory = shared(relative)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        return names.filter { ext == nil || $0.hasSuffix("." + ext!) }.sorted().map { directory + "/" + $0 }
    }

    /// Reads every data record with a `CSVReader` over in-memory bytes.
    static func records(_ bytes: [UInt8], options: CSVOptions = .init()) throws -> (CSVReader, [CSVRecord]) {
        let reader = try CSVReader(bytes: bytes, options: options)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return (reader, records)
    }

    /// Reads every data record of a text given as a Swift string (UTF-8).
    static func records(_ text: String, options: CSVOptions = .init()) throws -> (CSVReader, [CSVRecord]) {
        try records(Array(text.utf8), options: options)
    }

    /// Every raw row (no header logic) of `bytes`, as field arrays.
    static func rows(_ bytes: [UInt8], encoding: TextEncoding = .utf8, delimiter: UInt8 = UInt8(ascii: ","),
                     chunkSize: Int = CSVOptions.defaultChunkSize) throws -> [[String]] {
        let reader = try CSVRowReader(bytes: bytes, encoding: encoding, delimiter: delimiter,
                                      options: CSVOptions(chunkSize: chunkSize))
        var rows: [[String]] = []
        while try reader.advance() {
            var row: [String] = []
            reader.appendFields(to: &row)
            rows.append(row)
        }
        return rows
    }

    /// Raw rows with their starting lines.
    static func rowsWithLines(_ text: String, chunkSize: Int = CSVOptions.defaultChunkSize) throws -> [(Int, [String])] {
        let reader = try CSVRowReader(bytes: Array(text.utf8), encoding: .utf8, options: CSVOptions(chunkSize: chunkSize))
        var rows: [(Int, [String])] = []
        while try reader.advance() {
            var row: [String] = []
            reader.appendFields(to: &row)
            rows.append((reader.line, row))
        }
        return rows
    }

    /// The error thrown by `body`, or nil.
    static func readError(_ body: () throws -> Void) -> ReadError? {
        do {
            try body()
            return nil
        } catch let error as ReadError {
            return error
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    /// UTF-16 bytes of `text` with an optional byte-order mark.
    static func utf16(_ text: String, bigEndian: Bool = false, bom: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    /// Windows-1251 bytes of `text` via Foundation (independent of the reader's own table).
    static func windows1251(_ text: String) throws -> [UInt8] {
        let data = try #require(text.data(using: .windowsCP1251))
        return Array(data)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TruceCore

/// `truce-bench csv FILE [--encoding X] [--mode strings|bytes] [--chunk-size N]`: reads every field of every
/// record and prints throughput and peak memory as JSON.
///
/// `strings` (default) builds a `String` per field through `CSVReader.next()`; `bytes` walks the
/// same fields as byte slices through `CSVRowReader`, showing the cost of String creation.
enum CSVBenchCommand {
    static func run(_ arguments: [String]) -> Int32 {
        var path: String?
        var options = CSVOptions()
        var mode = "strings"
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : nil
            switch argument {
            case "--encoding":
                guard let value, let encoding = TextEncoding(rawValue: value) else { return usage() }
                options.encoding = encoding
                index += 2
            case "--chunk-size":
                guard let value, let size = Int(value), size > 0 else { return usage() }
                options.chunkSize = size
                index += 2
            case "--mode":
                guard let value, ["strings", "bytes"].contains(value) else { return usage() }
                mode = value
                index += 2
            default:
                if path != nil || argument.hasPrefix("-") { return usage() }
                path = argument
                index += 1
            }
        }
        guard let path else { return usage() }
        do {
            let started = BenchReport.now()
            let (records, fields, checksum, encoding) = mode == "strings"
                ? try readStrings(path, options: options)
                : try readBytes(path, options: options)
            let seconds = BenchReport.now() - started
            let bytes = BenchReport.fileSize(path)
            BenchReport.printJSON([
                ("encoding", encoding.rawValue), ("mode", mode), ("bytes", bytes), ("records", records),
                ("fields", fields), ("checksum", checksum), ("seconds", seconds),
                ("mb_per_s", Double(bytes) / 1_000_000 / seconds), ("peak_rss_mb", BenchReport.peakRSSMegabytes()),
            ])
            return 0
        } catch {
            BenchReport.printError("truce-bench csv: \(error)\n")
            return 1
        }
    }

    private static func readStrings(_ path: String, options: CSVOptions) throws -> (Int, Int, Int, TextEncoding) {
        let reader = try CSVReader(path: path, options: options)
        var records = 0
        var fields = 0
        var checksum = 0
        while let record = try reader.next() {
            records += 1
            fields += record.fields.count
            for field in record.fields { checksum &+= field.utf8.count }
        }
        return (records, fields, checksum, reader.encoding)
    }

    private static func readBytes(_ path: String, options: CSVOptions) throws -> (Int, Int, Int, TextEncoding) {
        let probe = try CSVReader(path: path, options: options)
        let rows = try CSVRowReader(path: path, encoding: probe.encoding, delimiter: probe.delimiter, options: options)
        var records = 0
        var fields = 0
        var checksum = 0
        while try rows.advance() {
            if rows.line <= probe.headerLineNumber { continue }  // preamble and header
            records += 1
            fields += rows.fieldCount
            for field in 0..<rows.fieldCount { checksum &+= rows.withFieldBytes(at: field) { $0.count } }
        }
        return (records, fields, checksum, probe.encoding)
    }

    private static func usage() -> Int32 {
        BenchReport.printError("usage: truce-bench csv FILE [--encoding utf-8|utf-16le|utf-16be|windows-1251] [--mode strings|bytes] [--chunk-size BYTES]\n")
        return 64
    }
}

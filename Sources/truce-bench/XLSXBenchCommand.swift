import Foundation
import TruceCore

/// `truce-bench xlsx read FILE` reads every record of the first sheet through `XLSXReader`;
/// `truce-bench xlsx write FILE [--rows N]` writes N rows × 10 typed columns with `XLSXWriter`.
/// Both print one JSON line: rows, seconds, rows per second, peak RSS.
enum XLSXBenchCommand {
    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2 else { return usage() }
        let path = arguments[1]
        do {
            switch arguments[0] {
            case "read":
                return try read(path)
            case "write":
                var rows = 1_000_000
                if arguments.count == 4, arguments[2] == "--rows", let count = Int(arguments[3]), count >= 0 {
                    rows = count
                } else if arguments.count != 2 {
                    return usage()
                }
                return try write(path, rows: rows)
            default:
                return usage()
            }
        } catch {
            BenchReport.printError("truce-bench xlsx: \(error)\n")
            return 1
        }
    }

    private static func read(_ path: String) throws -> Int32 {
        let started = BenchReport.now()
        let reader = try XLSXReader(path: path)
        var records = 0
        var cells = 0
        var checksum = 0
        while let record = try reader.nextRecord() {
            records += 1
            cells += record.fields.count
            for field in record.fields { checksum &+= field.utf8.count }
        }
        let seconds = BenchReport.now() - started
        BenchReport.printJSON([
            ("mode", "read"), ("bytes", BenchReport.fileSize(path)), ("records", records), ("cells", cells),
            ("checksum", checksum), ("seconds", seconds), ("rows_per_s", Double(records) / seconds),
            ("peak_rss_mb", BenchReport.peakRSSMegabytes()),
        ])
        return 0
    }

    /// Ten columns of the kinds an export has: ids, names, emails, phones as text, amounts,
    /// dates, date-times, booleans, counts, free text.
    private static func write(_ path: String, rows: Int) throws -> Int32 {
        let started = BenchReport.now()
        let columns = ["ID", "Name", "Email", "Phone", "Amount", "Created", "Updated", "Active", "Visits", "Note"]
        let writer = try XLSXWriter(path: path, sheetName: "Bench", columns: columns)
        let base = Date(timeIntervalSince1970: 1_700_000_000)
        let names = ["Иван Петров", "Anna Smith", "José García", "李雷", "Mary O'Neil", "Пётр Сидоров"]
        for index in 0..<rows {
            try writer.append([
                .integer(index + 1),
                .text(names[index % names.count]),
                .text("user\(index)@example.com"),
                .text("+7916\(1_000_000 + index % 9_000_000)"),
                .number(Double(index % 100_000) / 100),
                .date(base.addingTimeInterval(Double(index % 1000) * 86_400)),
                .dateTime(base.addingTimeInterval(Double(index) * 37)),
                .bool(index % 3 == 0),
                .integer(index % 500),
                .text(index % 7 == 0 ? "called back, wants a demo & pricing <VIP>" : "—"),
            ])
        }
        try writer.finish()
        let seconds = BenchReport.now() - started
        BenchReport.printJSON([
            ("mode", "write"), ("bytes", BenchReport.fileSize(path)), ("records", rows), ("seconds", seconds),
            ("rows_per_s", Double(rows) / seconds), ("peak_rss_mb", BenchReport.peakRSSMegabytes()),
        ])
        return 0
    }

    private static func usage() -> Int32 {
        BenchReport.printError("usage: truce-bench xlsx read FILE | truce-bench xlsx write FILE [--rows N]\n")
        return 64
    }
}

/// Finds the delimiter and the header row from the first rows of a file (formats.md §9, items 2
/// and 3): the delimiter is judged on the header row, not on line 1, because Google Ads and
/// Yandex put a title and a date range above the header.
struct CSVDialectSniffer {
    /// Delimiters tried when none is configured, in order of preference on a tie.
    static let candidates: [UInt8] = [UInt8(ascii: ","), 0x09, UInt8(ascii: ";"), UInt8(ascii: "|")]
    /// How many rows the header may be preceded by.
    static let headerSearchRows = 50
    /// How many rows after the header are compared with it.
    static let lookAheadRows = 20

    /// One row of the sampled prefix.
    struct Row {
        var fields: [String]
        var line: Int
    }

    /// One delimiter's reading of the prefix and the header row it suggests.
    private struct Reading {
        var delimiter: UInt8
        var rows: [Row]
        var header: Int
        var hintScore = 0
        /// 1 when the next row has the header's width, else 0 (a tuple-comparable flag).
        var confirmed = 0
        var consistency = 0.0
        var width: Int { rows[header].fields.count }
    }

    let options: CSVOptions
    let path: String

    /// Chooses the dialect from `prefix`, decoded UTF-8; `isWhole` says the file ends there.
    func sniff(_ prefix: [UInt8], isWhole: Bool) throws(ReadError) -> CSVDialect {
        let delimiters = options.delimiter.map { [$0] } ?? Self.candidates
        let rowLimit = max(Self.headerSearchRows, (options.headerLine ?? 0)) + Self.lookAheadRows + 1
        let readings = delimiters.map { delimiter in
            (delimiter, Self.rows(prefix, isWhole: isWhole, delimiter: delimiter, limit: rowLimit))
        }
        let fallback = delimiters[0]
        if readings.allSatisfy({ $0.1.isEmpty }) {
            if let line = options.headerLine { throw .headerLineNotFound(path: path, line: line) }
            if !options.headerHint.isEmpty {
                throw .headerNotFound(path: path, searchedRows: 0, expectedColumns: options.headerHint.count)
            }
            return CSVDialect(delimiter: fallback, headerLine: nil, trailingDelimiter: false)
        }
        let best: Reading
        if let line = options.headerLine {
            best = try byHeaderLine(line, readings)
        } else if !options.headerHint.isEmpty {
            best = try byHint(readings)
        } else {
            best = byShape(readings)
                ?? Reading(delimiter: fallback, rows: readings[0].1, header: 0)
        }
        return CSVDialect(delimiter: best.delimiter, headerLine: best.rows[best.header].line,
                          trailingDelimiter: Self.hasTrailingDelimiter(best))
    }

    /// The header is the row on the configured line; the delimiter the most consistent one there.
    private func byHeaderLine(_ line: Int, _ readings: [(UInt8, [Row])]) throws(ReadError) -> Reading {
        let found = readings.compactMap { delimiter, rows -> Reading? in
            guard let index = rows.firstIndex(where: { $0.line == line }) else { return nil }
            return Self.scored(Reading(delimiter: delimiter, rows: rows, header: index))
        }
        guard let first = found.first else { throw .headerLineNotFound(path: path, line: line) }
        let wide = found.filter { $0.width > 1 }
        return Self.pick(wide) { ($0.consistency, $0.width) > ($1.consistency, $1.width) } ?? first
    }

    /// The header is the first row holding more than half of the hinted names.
    private func byHint(_ readings: [(UInt8, [Row])]) throws(ReadError) -> Reading {
        let hints = Set(options.headerHint.map { Self.normalized($0) })
        let found = readings.compactMap { delimiter, rows -> Reading? in
            for index in rows.indices.prefix(Self.headerSearchRows) {
                let names = Set(rows[index].fields.map { Self.normalized($0) })
                let score = hints.intersection(names).count
                if score > 0, score * 2 > hints.count {
                    var reading = Self.scored(Reading(delimiter: delimiter, rows: rows, header: index))
                    reading.hintScore = score
                    return reading
                }
            }
            return nil
        }
        let searched = min(Self.headerSearchRows, readings.map { $0.1.count }.max() ?? 0)
        let best = Self.pick(found) { lhs, rhs in
            (lhs.hintScore, -lhs.rows[lhs.header].line, lhs.consistency)
                > (rhs.hintScore, -rhs.rows[rhs.header].line, rhs.consistency)
        }
        guard let best else {
            throw .headerNotFound(path: path, searchedRows: searched, expectedColumns: hints.count)
        }
        return best
    }

    /// The header is the first row of more than one field whose width the next row repeats;
    /// failing that (a header followed by a one-cell "No data" row), the first wider row.
    private func byShape(_ readings: [(UInt8, [Row])]) -> Reading? {
        let found = readings.compactMap { delimiter, rows -> Reading? in
            let searched = rows.indices.prefix(Self.headerSearchRows)
            let repeated = searched.first { index in
                let width = rows[index].fields.count
                return width > 1 && (index + 1 == rows.count || rows[index + 1].fields.count == width)
            }
            guard let index = repeated ?? searched.first(where: { rows[$0].fields.count > 1 }) else { return nil }
            var reading = Self.scored(Reading(delimiter: delimiter, rows: rows, header: index))
            reading.confirmed = repeated == nil ? 0 : 1
            return reading
        }
        return Self.pick(found) { lhs, rhs in
            (lhs.confirmed, lhs.consistency, -lhs.rows[lhs.header].line, lhs.width)
                > (rhs.confirmed, rhs.consistency, -rhs.rows[rhs.header].line, rhs.width)
        }
    }

    /// The first reading not beaten by a later one (so candidate order breaks ties).
    private static func pick(_ readings: [Reading], _ better: (Reading, Reading) -> Bool) -> Reading? {
        var best: Reading?
        for reading in readings where best.map({ better(reading, $0) }) ?? true { best = reading }
        return best
    }

    /// Fills in how many of the rows after the header have the header's width.
    private static func scored(_ reading: Reading) -> Reading {
        var reading = reading
        let following = reading.rows.dropFirst(reading.header + 1).prefix(lookAheadRows)
        let same = following.filter { $0.fields.count == reading.width }.count
        reading.consistency = following.isEmpty ? 1 : Double(same) / Double(following.count)
        return reading
    }

    /// True when the header's last name is empty and so is the last field of every sampled row
    /// of the same width: that column only exists because each line ends with the delimiter.
    private static func hasTrailingDelimiter(_ reading: Reading) -> Bool {
        let header = reading.rows[reading.header].fields
        guard header.count > 1, let last = header.last, normalized(last).isEmpty else { return false }
        let following = reading.rows.dropFirst(reading.header + 1).prefix(lookAheadRows)
        return following.allSatisfy { $0.fields.count != header.count || $0.fields.last == "" }
    }

    /// Scans up to `limit` complete rows of `prefix` with `delimiter`.
    static func rows(_ prefix: [UInt8], isWhole: Bool, delimiter: UInt8, limit: Int) -> [Row] {
        let scanner = CSVRecordScanner(delimiter: delimiter)
        var rows: [Row] = []
        var line = 1
        prefix.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var position = 0
            while rows.count < limit {
                switch scanner.scan(base, from: position, to: buffer.count, atEnd: isWhole) {
                case .record(let next, let lines):
                    let fields = (0..<scanner.spanCount).map { index in
                        String(decoding: scanner.bytes(of: scanner.spans[index], in: base), as: UTF8.self)
                    }
                    rows.append(Row(fields: fields, line: line))
                    line += lines
                    position = next
                case .blank(let next):
                    line += 1
                    position = next
                case .needMore, .end, .unterminatedQuote:
                    return
                }
            }
        }
        return rows
    }

    /// A column name as compared with hints: trimmed and lower-cased.
    static func normalized(_ name: String) -> String { CSVHeaderName.trimmed(name).lowercased() }
}

import Foundation

/// One export table written as CSV, or as XLSX when the path ends in `.xlsx`.
struct TableOutput {
    private var csv: CSVText?
    private var xlsx: XLSXWriter?
    private let path: String

    init(path: String, sheetName: String, header: [String]) throws {
        self.path = path
        if path.lowercased().hasSuffix(".xlsx") {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            xlsx = try XLSXWriter(path: path, sheetName: sheetName, columns: header)
        } else {
            csv = CSVText(header: header)
        }
    }

    /// Appends a row; XLSX keeps numbers as numbers and everything else as text.
    mutating func append(_ cells: [TableCell]) throws {
        csv?.append(cells.map(\.text))
        try xlsx?.append(cells.map(\.xlsx))
    }

    /// Writes the file atomically.
    func finish() throws {
        if let csv { try AtomicFile.write(Data(csv.text.utf8), to: path) }
        try xlsx?.finish()
    }
}

/// A typed export cell.
enum TableCell {
    case text(String)
    case integer(Int)
    case instant(Date?)

    var text: String {
        switch self {
        case .text(let value): value
        case .integer(let value): String(value)
        case .instant(let date): date.map(Timestamp.iso) ?? ""
        }
    }

    var xlsx: XLSXCell {
        switch self {
        case .text(let value): value.isEmpty ? .empty : .text(value)
        case .integer(let value): .integer(value)
        case .instant(let date): date.map { .dateTime($0) } ?? .empty
        }
    }
}

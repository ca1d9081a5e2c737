/// Column widths from the header and the first rows: the longest text in characters, plus a
/// margin, between 8 and 60 (Excel's unit is roughly one digit of the default font).
struct XLSXColumnWidths {
    static let sampleRows = 100
    private(set) var characters: [Int] = []

    /// Counts one row (the header counts a little wider: it is bold).
    mutating func add(_ cells: [XLSXCell], isHeader: Bool = false) {
        if characters.count < cells.count {
            characters.append(contentsOf: repeatElement(0, count: cells.count - characters.count))
        }
        for (index, cell) in cells.enumerated() {
            let length = Self.length(cell) + (isHeader ? 2 : 0)
            if length > characters[index] { characters[index] = length }
        }
    }

    /// The widths, one per column seen.
    var widths: [Double] {
        characters.map { min(max(Double($0) * 1.1 + 2, 8), 60) }
    }

    private static func length(_ cell: XLSXCell) -> Int {
        switch cell {
        case .text(let text):
            let longestLine = text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
            return min(longestLine, 80)
        case .number(let value): return min(XLSXSheetXML.numberText(value).count, 20)
        case .integer(let value): return String(value).count
        case .decimal(let value): return min(value.description.count, 20)
        case .date: return 10
        case .dateTime: return 19
        case .bool: return 5
        case .empty: return 0
        }
    }
}

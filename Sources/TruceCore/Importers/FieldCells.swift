/// The non-empty, transformed cells of one mapped field in one row, in the order they are read.
///
/// Nearly every field reads one column, so a single cell travels without an array: building
/// (and freeing) an array per field and row cost a fifth of mapping a row. A field over several
/// columns (amoCRM's five phone columns) builds one only when two of its cells are non-empty.
enum FieldCells {
    case none
    case one(String)
    case many([String])

    var first: String? {
        switch self {
        case .none: nil
        case .one(let cell): cell
        case .many(let cells): cells.first
        }
    }

    /// Adds a cell after the others.
    mutating func append(_ cell: String) {
        switch self {
        case .none: self = .one(cell)
        case .one(let first): self = .many([first, cell])
        case .many(var cells):
            // Cleared first, so the array is uniquely referenced and grows in place.
            self = .none
            cells.append(cell)
            self = .many(cells)
        }
    }

    /// The cells in reverse order.
    mutating func reverse() {
        guard case .many(var cells) = self else { return }
        self = .none
        cells.reverse()
        self = .many(cells)
    }

    /// Every cell, as an array.
    var all: [String] {
        switch self {
        case .none: []
        case .one(let cell): [cell]
        case .many(let cells): cells
        }
    }

    /// `all.flatMap(transform)`, without building `all` for a single cell.
    func flatMap<T>(_ transform: (String) -> [T]) -> [T] {
        switch self {
        case .none: []
        case .one(let cell): transform(cell)
        case .many(let cells): cells.flatMap(transform)
        }
    }
}

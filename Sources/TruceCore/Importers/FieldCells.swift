/// The non-empty, transformed cells of one mapped field in one row, in the order they are read.
///
/// Nearly every field reads one column, so a single cell travels without an array: building
/// (and freeing) an array per field and row cost a fifth of mapping a row.
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

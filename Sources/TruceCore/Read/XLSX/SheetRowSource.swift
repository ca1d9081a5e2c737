/// One row of a grid (a worksheet row, an HTML `<tr>`): its 1-based row number and its cells,
/// gaps filled with "".
struct SheetRow: Equatable {
    var number: Int
    var cells: [String]
}

/// Where a grid reader gets its rows from.
protocol SheetRowSource: AnyObject {
    /// The next row, or nil at the end.
    func nextRow() throws(ReadError) -> SheetRow?
}

/// The layout of one CSV file as found by `CSVDialectSniffer`.
struct CSVDialect: Equatable {
    var delimiter: UInt8
    /// The physical line where the header row starts; nil when the file has no rows.
    var headerLine: Int?
    /// The header ends with an empty field after a trailing delimiter (Bitrix24's `"a";"b";`).
    var trailingDelimiter: Bool
}

import Foundation

/// One typed cell for `XLSXWriter`.
///
/// - `text` is always written as a string cell (never a formula, whatever it starts with);
/// - `number`, `integer`, `decimal` as numbers (General format). Excel keeps 15 significant
///   digits: pass identifiers and phone numbers as `text`;
/// - `date` (day only) and `dateTime` as date serials with a visible format
///   (`yyyy-mm-dd`, `yyyy-mm-dd hh:mm:ss`) in the writer's time zone; dates before
///   1900-03-01 or after 9999 cannot be Excel dates and are written as ISO text;
/// - `bool` as a boolean; `empty` leaves the cell out.
public enum XLSXCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case integer(Int)
    case decimal(Decimal)
    case date(Date)
    case dateTime(Date)
    case bool(Bool)
    case empty
}

/// A row's raw cells as stored (JSON), its content hash, and the text of the values the store
/// binds that take formatting. Pure, so the importer's side can work them out (on both cores)
/// while the store writes the rows before: the storing thread is the one every row waits for.
///
/// A class: a batch's forms change hands and are read on the storing thread by reference, not
/// copied out of their array with every string retained.
final class StoredForm: Sendable {
    let raw: String
    let hash: String
    let values: FormattedValues

    init(_ row: ImportedRow) {
        raw = StoredJSON.pairs(row.raw)
        hash = StoreWriter.contentHash(raw, row)
        values = FormattedValues(row)
    }
}

/// Decimals, timestamps and lists of a row's records as the base stores them.
struct FormattedValues: Sendable {
    var needs: String?
    var objections: String?
    var interests: String?
    var notes: String?
    /// The touchpoint's time, which is also when the person was seen.
    var touchpointTime: String?
    var dealAmount: String?
    var dealCreatedAt: String?
    var dealClosedAt: String?
    var paymentDate: String?
    var paymentAmount: String?

    init(_ row: ImportedRow) {
        // Read through the optional, not bound out of it: binding copies the whole record.
        needs = (row.person?.needs).flatMap(StoreWriter.list)
        objections = (row.person?.objections).flatMap(StoreWriter.list)
        interests = (row.person?.interests).flatMap(StoreWriter.list)
        notes = (row.person?.notes).flatMap(StoreWriter.list)
        touchpointTime = (row.touchpoint?.time).map(Timestamp.iso)
        dealAmount = row.deal?.amount.map(StoreWriter.decimal)
        dealCreatedAt = row.deal?.createdAt.map(Timestamp.iso)
        dealClosedAt = row.deal?.closedAt.map(Timestamp.iso)
        paymentDate = (row.payment?.date).map(Timestamp.iso)
        paymentAmount = (row.payment?.amount).map(StoreWriter.decimal)
    }
}

/// `JSONText.pairs`, byte for byte, written straight into one UTF-8 buffer.
///
/// `JSONText.quote` builds a String per cell and the pairs are appended String by String; on a
/// million rows of twenty cells that cost more than the SQLite insert of the row. Only ASCII
/// bytes are ever escaped, so copying every other byte as it is keeps the text identical.
enum StoredJSON {
    static func pairs(_ pairs: [(column: String, value: String)]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(pairs.reduce(2) { $0 + $1.column.utf8.count + $1.value.utf8.count + 8 })
        out.append(UInt8(ascii: "["))
        for index in pairs.indices {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            quote(pairs[index].column, into: &out)
            out.append(UInt8(ascii: ","))
            quote(pairs[index].value, into: &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal, escaped as `JSONText.quote` escapes it.
    static func quote(_ text: String, into out: inout [UInt8]) {
        var text = text
        out.append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
                out.append(contentsOf: bytes)
                return
            }
            for byte in bytes { escape(byte, into: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case 0x22: out += [backslash, UInt8(ascii: "\"")]
        case 0x5C: out += [backslash, backslash]
        case 0x0A: out += [backslash, UInt8(ascii: "n")]
        case 0x0D: out += [backslash, UInt8(ascii: "r")]
        case 0x09: out += [backslash, UInt8(ascii: "t")]
        case ..<0x20:
            // `\u%04x`: lowercase hex, as String(format:) writes it.
            let hex = Array("0123456789abcdef".utf8)
            out += [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)],
                    hex[Int(byte & 0x0F)]]
        default: out.append(byte)
        }
    }
}

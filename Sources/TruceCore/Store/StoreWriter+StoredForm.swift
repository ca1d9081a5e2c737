/// A row's raw cells as stored (JSON), its content hash, and the text of the values the store
/// binds that take formatting. Pure, so the importer's side can work them out (on both cores)
/// while the store writes the rows before: the storing thread is the one every row waits for.
///
/// A class: a batch's forms change hands and are read on the storing thread by reference, not
/// copied out of their array with every string retained.
final class StoredForm: Sendable {
    /// The raw cells as JSON text (`StoredJSON.pairs`), in UTF-8.
    let raw: [UInt8]
    let hash: String
    let values: FormattedValues

    init(_ row: ImportedRow) {
        raw = StoredJSON.pairs(row.raw)
        hash = StoreWriter.contentHash(raw, row)
        values = FormattedValues(row)
    }

    /// `raw` as a String, for the statements that take their arguments through GRDB.
    var rawText: String { String(decoding: raw, as: UTF8.self) }
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

import Foundation

/// Where one imported record came from: the lineage that lets every profile field be traced back.
public struct SourceRecordRef: Sendable, Hashable, Comparable {
    /// Pipeline source name (`sources[].name`).
    public var source: String
    /// File path as reported in lineage (relative to the working directory when possible).
    public var file: String
    /// 1-based data record number in the file (the header and preamble are not records).
    public var record: Int

    public init(source: String, file: String, record: Int) {
        self.source = source
        self.file = file
        self.record = record
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.source, lhs.file, lhs.record) < (rhs.source, rhs.file, rhs.record)
    }
}

/// The kinds of canonical records one source row can produce.
public enum RecordKind: String, Sendable, CaseIterable, Codable, Comparable {
    case person, touchpoint, deal, payment
    case campaignStats = "campaign_stats"
    case campaign

    /// Position in the data flow, used to sort kinds in output.
    var order: Int {
        switch self {
        case .person: 0
        case .touchpoint: 1
        case .deal: 2
        case .payment: 3
        case .campaignStats: 4
        case .campaign: 5
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}

/// One row of a source file after mapping: the raw cells plus every canonical record it produced.
///
/// A value type whose fields sit in one immutable box that copies share: a row passes from the
/// mapping cores through batches to the storing thread, and a copy of the fields themselves
/// retains every string of every record (some sixty atomic retains); a copy of the box is one.
/// Reading a field reads the box in place. Writing one builds a new box, which costs a copy of
/// the fields: the mapper assembles a row's `Fields` first and boxes them once.
public struct ImportedRow: Sendable {
    private var box: Box

    public var ref: SourceRecordRef {
        _read { yield box.fields.ref }
        _modify { yield &fields.ref }
    }
    /// The record's id in its own system (lead id, deal id), when mapped.
    public var nativeID: String? {
        _read { yield box.fields.nativeID }
        _modify { yield &fields.nativeID }
    }
    /// Header → raw cell text, exactly as read (nothing imported is ever lost).
    public var raw: [(column: String, value: String)] {
        _read { yield box.fields.raw }
        _modify { yield &fields.raw }
    }
    public var person: PersonRecord? {
        _read { yield box.fields.person }
        _modify { yield &fields.person }
    }
    public var touchpoint: Touchpoint? {
        _read { yield box.fields.touchpoint }
        _modify { yield &fields.touchpoint }
    }
    public var deal: Deal? {
        _read { yield box.fields.deal }
        _modify { yield &fields.deal }
    }
    public var payment: Payment? {
        _read { yield box.fields.payment }
        _modify { yield &fields.payment }
    }
    public var campaignStats: CampaignStats? {
        _read { yield box.fields.campaignStats }
        _modify { yield &fields.campaignStats }
    }
    public var campaign: Campaign? {
        _read { yield box.fields.campaign }
        _modify { yield &fields.campaign }
    }
    /// Further lines of the same record folded into this one (Bitrix24 repeats a lead once per
    /// product row): each is kept as its own source record, linked to this one in lineage.
    public var mergedLines: [MergedLine] {
        _read { yield box.fields.mergedLines }
        _modify { yield &fields.mergedLines }
    }
    /// Identifiers seen in the row but rejected (syntax or placeholder), by field.
    public var rejectedIdentifiers: [RejectedValue] {
        _read { yield box.fields.rejectedIdentifiers }
        _modify { yield &fields.rejectedIdentifiers }
    }

    public init(ref: SourceRecordRef, nativeID: String? = nil, raw: [(column: String, value: String)]) {
        self.init(Fields(ref: ref, nativeID: nativeID, raw: raw))
    }

    init(_ fields: consuming Fields) {
        box = Box(fields: fields)
    }

    /// The fields of a row, as the mapper assembles them before boxing them.
    ///
    /// Built with the memberwise initializer, in one call: an initializer written out (or fields
    /// set one by one on a variable) made the optimizer copy every string of the row once more,
    /// then destroy the original.
    struct Fields: Sendable {
        var ref: SourceRecordRef
        var nativeID: String?
        var raw: [(column: String, value: String)]
        var person: PersonRecord?
        var touchpoint: Touchpoint?
        var deal: Deal?
        var payment: Payment?
        var campaignStats: CampaignStats?
        var campaign: Campaign?
        var mergedLines: [MergedLine] = []
        var rejectedIdentifiers: [RejectedValue] = []
    }

    private final class Box: Sendable {
        let fields: Fields

        init(fields: consuming Fields) {
            self.fields = fields
        }
    }

    /// All fields at once. Written through a copy that is boxed anew (once per write, however
    /// many fields it changes), so copies of the row that share the old box keep their values.
    var fields: Fields {
        get { box.fields }
        _modify {
            var fields = box.fields
            defer { box = Box(fields: fields) }
            yield &fields
        }
    }
}

/// A source line folded into the record before it (same native id), kept verbatim.
public struct MergedLine: Sendable {
    public var ref: SourceRecordRef
    public var raw: [(column: String, value: String)]

    public init(ref: SourceRecordRef, raw: [(column: String, value: String)]) {
        self.ref = ref
        self.raw = raw
    }
}

/// A value that was present but not usable, with the reason code (never the value itself).
public struct RejectedValue: Sendable, Hashable {
    public var field: String
    public var code: String

    public init(field: String, code: String) {
        self.field = field
        self.code = code
    }
}

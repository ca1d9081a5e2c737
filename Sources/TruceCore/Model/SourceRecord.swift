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
public struct ImportedRow: Sendable {
    public var ref: SourceRecordRef
    /// The record's id in its own system (lead id, deal id), when mapped.
    public var nativeID: String?
    /// Header → raw cell text, exactly as read (nothing imported is ever lost).
    public var raw: [(column: String, value: String)]
    public var person: PersonRecord?
    public var touchpoint: Touchpoint?
    public var deal: Deal?
    public var payment: Payment?
    public var campaignStats: CampaignStats?
    public var campaign: Campaign?
    /// Further lines of the same record folded into this one (Bitrix24 repeats a lead once per
    /// product row): each is kept as its own source record, linked to this one in lineage.
    public var mergedLines: [MergedLine] = []
    /// Identifiers seen in the row but rejected (syntax or placeholder), by field.
    public var rejectedIdentifiers: [RejectedValue]

    public init(ref: SourceRecordRef, nativeID: String? = nil, raw: [(column: String, value: String)]) {
        self.ref = ref
        self.nativeID = nativeID
        self.raw = raw
        self.rejectedIdentifiers = []
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

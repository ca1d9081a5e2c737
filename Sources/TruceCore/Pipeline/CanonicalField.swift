import Foundation

/// A field of the canonical model that a source column can be mapped onto.
public struct CanonicalField: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How a mapped cell is parsed.
    public enum ValueType: Sendable, Hashable {
        case text, textList, emailList, phoneList, idList, dateTime, day, money, integer, decimal, flag
    }

    public let kind: RecordKind
    public let name: String
    public let type: ValueType
    public let required: Bool

    /// `kind.name`, kept so hot paths (one lookup per field per row) do not rebuild it.
    public let description: String

    public init(kind: RecordKind, name: String, type: ValueType, required: Bool) {
        self.kind = kind
        self.name = name
        self.type = type
        self.required = required
        description = "\(kind.rawValue).\(name)"
    }

    /// Fields whose cells may hold several values and which accept several columns.
    public var isList: Bool {
        switch type {
        case .textList, .emailList, .phoneList, .idList: true
        default: false
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.kind, lhs.name) < (rhs.kind, rhs.name)
    }

    /// Looks a field up by its `kind.name` spelling.
    public static func named(_ path: String) -> CanonicalField? { byName[path] }

    private static let byName: [String: CanonicalField] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.description, $0) })

    /// Every mappable field, in documentation order.
    public static let all: [CanonicalField] = {
        func f(_ kind: RecordKind, _ names: String, _ type: ValueType, required: Bool = false) -> [CanonicalField] {
            names.split(separator: " ").map { CanonicalField(kind: kind, name: String($0), type: type, required: required) }
        }
        return f(.person, "full_name first_name last_name middle_name company job_title city region country owner lifecycle_stage consent", .text)
            + f(.person, "emails", .emailList) + f(.person, "phones", .phoneList) + f(.person, "external_ids", .idList)
            + f(.person, "needs objections interests notes", .textList) + f(.person, "birth_date", .day)
            + f(.touchpoint, "time", .dateTime, required: true)
            + f(.touchpoint, "platform source medium campaign content term campaign_id adset_id adset_name ad_id ad_name form_id form_name landing_url gclid yclid fbclid", .text)
            + f(.deal, "id name pipeline stage currency owner lost_reason", .text) + f(.deal, "amount", .money)
            + f(.deal, "created_at closed_at", .dateTime) + f(.deal, "won", .flag)
            + f(.payment, "date", .dateTime, required: true) + f(.payment, "amount", .money, required: true)
            + f(.payment, "currency payer reference", .text)
            + f(.campaignStats, "date", .day, required: true) + f(.campaignStats, "platform", .text, required: true)
            + f(.campaignStats, "end_date", .day)
            + f(.campaignStats, "account campaign_id campaign ad_group_id ad_group ad_id ad currency", .text)
            + f(.campaignStats, "segment", .textList)
            + f(.campaignStats, "impressions clicks", .integer) + f(.campaignStats, "spend", .money)
            + f(.campaignStats, "conversions", .decimal)
            + f(.campaign, "platform", .text, required: true)
            + f(.campaign, "account id name type status budget_period bid_strategy networks labels currency", .text)
            + f(.campaign, "budget", .money) + f(.campaign, "start_date end_date", .day)
    }()
}

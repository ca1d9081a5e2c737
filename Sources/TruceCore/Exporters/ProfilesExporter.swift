import Foundation

/// One row per golden profile with contacts, owner, stages, first touch and money totals; fields
/// chosen by the pipeline's survivorship rules.
/// CSV, or XLSX (numbers and dates typed, bold frozen header) when the path ends in `.xlsx`.
public struct ProfilesExporter: Exporter {
    public let kind = "profiles"

    static let header = [
        "profile_id", "full_name", "first_name", "last_name", "middle_name", "emails", "phones", "company",
        "job_title", "city", "owner", "lifecycle_stage", "deal_stage", "first_touch", "first_touch_platform",
        "first_touch_campaign", "first_touch_source", "first_touch_medium", "last_touch", "deals", "won_deals", "won_amount", "paid_amount", "needs",
        "objections", "interests", "sources", "records",
    ]

    public init() {}

    public func export(from reader: StoreReader, to path: String, context: ExportContext) throws -> Int {
        let profiles = try reader.profiles(rules: context.survivorship, importers: context.importers)
        var output = try TableOutput(path: path, sheetName: "Profiles", header: Self.header)
        for profile in profiles { try output.append(Self.row(profile)) }
        try output.finish()
        return profiles.count
    }

    static func row(_ p: Profile) -> [TableCell] {
        let texts: [String] = [
            p.id, p.fullName ?? "", p.firstName ?? "", p.lastName ?? "", p.middleName ?? "",
            p.emails.joined(separator: "; "), p.phones.joined(separator: "; "), p.company ?? "", p.jobTitle ?? "",
            p.city ?? "", p.owner ?? "", p.lifecycleStage, p.dealStage ?? "",
        ]
        return texts.map(TableCell.text) + [
            .instant(p.firstTouch), .text(p.firstTouchPlatform ?? ""), .text(p.firstTouchCampaign ?? ""),
            .text(p.firstTouchSource ?? ""), .text(p.firstTouchMedium ?? ""), .instant(p.lastTouch), .integer(p.deals), .integer(p.wonDeals), .text(money(p.wonAmount)),
            .text(money(p.paidAmount)), .text(p.needs.joined(separator: "; ")), .text(p.objections.joined(separator: "; ")),
            .text(p.interests.joined(separator: "; ")), .text(p.sources.joined(separator: "; ")), .integer(p.records),
        ]
    }

    /// `12500 RUB; 30 USD`, currencies sorted.
    static func money(_ totals: [String: Decimal]) -> String {
        totals.keys.sorted().map { currency in
            let amount = StoreWriter.decimal(totals[currency] ?? 0)
            return currency.isEmpty ? amount : "\(amount) \(currency)"
        }.joined(separator: "; ")
    }
}

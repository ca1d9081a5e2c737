import Foundation

/// One row per golden profile with contacts, owner, stage, first touch and money totals.
public struct ProfilesExporter: Exporter {
    public let kind = "profiles"

    static let header = [
        "profile_id", "full_name", "first_name", "last_name", "middle_name", "emails", "phones", "company",
        "job_title", "city", "owner", "lifecycle_stage", "first_touch", "first_touch_platform",
        "first_touch_campaign", "last_touch", "deals", "won_deals", "won_amount", "paid_amount", "needs",
        "objections", "interests", "sources", "records",
    ]

    public init() {}

    public func export(from reader: StoreReader, to path: String) throws -> Int {
        let profiles = try reader.profiles()
        var csv = CSVText(header: Self.header)
        for profile in profiles { csv.append(Self.row(profile)) }
        try AtomicFile.write(Data(csv.text.utf8), to: path)
        return profiles.count
    }

    static func row(_ p: Profile) -> [String] {
        [
            p.id, p.fullName ?? "", p.firstName ?? "", p.lastName ?? "", p.middleName ?? "",
            p.emails.joined(separator: "; "), p.phones.joined(separator: "; "), p.company ?? "", p.jobTitle ?? "",
            p.city ?? "", p.owner ?? "", p.lifecycleStage, p.firstTouch.map(Timestamp.iso) ?? "",
            p.firstTouchPlatform ?? "", p.firstTouchCampaign ?? "", p.lastTouch.map(Timestamp.iso) ?? "",
            String(p.deals), String(p.wonDeals), money(p.wonAmount), money(p.paidAmount),
            p.needs.joined(separator: "; "), p.objections.joined(separator: "; "),
            p.interests.joined(separator: "; "), p.sources.joined(separator: "; "), String(p.records),
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

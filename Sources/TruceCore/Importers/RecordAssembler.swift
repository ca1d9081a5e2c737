import Foundation

/// Builds the canonical records a row produces from its parsed fields.
enum RecordAssembler {
    struct MissingField: Error {
        var kind: String
        var field: String
    }

    /// `split` splits full names (`NameNormalizer.split`, or a thread's `NameMemo` of it).
    static func assemble(_ p: ParsedRow, produces: Set<RecordKind>, split: (String) -> PersonName = NameNormalizer.split,
                         into row: inout ImportedRow) throws {
        if produces.contains(.person) { row.person = person(p, split: split) }
        if produces.contains(.touchpoint) { row.touchpoint = try touchpoint(p) }
        if produces.contains(.deal) { row.deal = deal(p) }
        if produces.contains(.payment) { row.payment = try payment(p) }
        if produces.contains(.campaignStats) { row.campaignStats = try campaignStats(p) }
        if produces.contains(.campaign) { row.campaign = try campaign(p) }
    }

    private static func required<T>(_ value: T?, _ kind: RecordKind, _ name: String) throws -> T {
        guard let value else { throw MissingField(kind: kind.rawValue, field: "\(kind.rawValue).\(name)") }
        return value
    }

    static func person(_ p: ParsedRow, split: (String) -> PersonName = NameNormalizer.split) -> PersonRecord? {
        var person = PersonRecord()
        let full = p.text("person.full_name")
        person.firstName = p.text("person.first_name").map(NameNormalizer.clean)?.nonEmpty
        person.lastName = p.text("person.last_name").map(NameNormalizer.clean)?.nonEmpty
        person.middleName = p.text("person.middle_name").map(NameNormalizer.clean)?.nonEmpty
        if let full {
            let name = split(full)
            person.fullName = name.full.nonEmpty
            person.firstName = person.firstName ?? name.first?.nonEmpty
            person.lastName = person.lastName ?? name.last?.nonEmpty
            person.middleName = person.middleName ?? name.middle?.nonEmpty
        } else {
            let parts = [person.firstName, person.middleName, person.lastName].compactMap { $0 }
            person.fullName = parts.isEmpty ? nil : parts.joined(separator: " ")
        }
        person.emails = p.list("person.emails")
        person.phones = p.list("person.phones")
        person.externalIDs = p.list("person.external_ids")
        person.company = p.text("person.company")
        person.jobTitle = p.text("person.job_title")
        person.city = p.text("person.city")
        person.region = p.text("person.region")
        person.country = p.text("person.country")
        person.birthDate = p.day("person.birth_date")
        person.owner = p.text("person.owner")
        person.lifecycleStage = p.text("person.lifecycle_stage")
        person.consent = p.text("person.consent")
        person.needs = p.list("person.needs")
        person.objections = p.list("person.objections")
        person.interests = p.list("person.interests")
        person.notes = p.list("person.notes")
        return person.isEmpty ? nil : person
    }

    static func touchpoint(_ p: ParsedRow) throws -> Touchpoint {
        var touch = Touchpoint(time: try required(p.date("touchpoint.time"), .touchpoint, "time"))
        touch.platform = p.text("touchpoint.platform")
        touch.source = p.text("touchpoint.source")
        touch.medium = p.text("touchpoint.medium")
        touch.campaign = p.text("touchpoint.campaign")
        touch.content = p.text("touchpoint.content")
        touch.term = p.text("touchpoint.term")
        touch.campaignID = p.text("touchpoint.campaign_id")
        touch.adsetID = p.text("touchpoint.adset_id")
        touch.adsetName = p.text("touchpoint.adset_name")
        touch.adID = p.text("touchpoint.ad_id")
        touch.adName = p.text("touchpoint.ad_name")
        touch.formID = p.text("touchpoint.form_id")
        touch.formName = p.text("touchpoint.form_name")
        touch.landingURL = p.text("touchpoint.landing_url")
        touch.gclid = p.text("touchpoint.gclid")
        touch.yclid = p.text("touchpoint.yclid")
        touch.fbclid = p.text("touchpoint.fbclid")
        return Attribution.completed(touch)
    }

    static func deal(_ p: ParsedRow) -> Deal {
        var deal = Deal()
        deal.id = p.text("deal.id")
        deal.name = p.text("deal.name")
        deal.pipeline = p.text("deal.pipeline")
        deal.stage = p.text("deal.stage")
        let money = p.money("deal.amount")
        deal.amount = money?.amount
        deal.currency = money?.currency ?? p.text("deal.currency")
        deal.owner = p.text("deal.owner")
        deal.createdAt = p.date("deal.created_at")
        deal.closedAt = p.date("deal.closed_at")
        deal.lostReason = p.text("deal.lost_reason")
        if let won = p.flag("deal.won") {
            deal.outcome = won ? .won : (deal.closedAt != nil || deal.lostReason != nil ? .lost : .open)
        } else {
            deal.outcome = DealStages.outcome(stage: deal.stage)
        }
        return deal
    }

    static func payment(_ p: ParsedRow) throws -> Payment {
        let money = try required(p.money("payment.amount"), .payment, "amount")
        var payment = Payment(date: try required(p.date("payment.date"), .payment, "date"), amount: money.amount)
        payment.currency = money.currency ?? p.text("payment.currency")
        payment.payer = p.text("payment.payer")
        payment.reference = p.text("payment.reference")
        return payment
    }

    static func campaignStats(_ p: ParsedRow) throws -> CampaignStats {
        var stats = CampaignStats(date: try required(p.day("campaign_stats.date"), .campaignStats, "date"),
                                  platform: try required(p.text("campaign_stats.platform"), .campaignStats, "platform"))
        stats.endDate = p.day("campaign_stats.end_date").flatMap { $0 == stats.date ? nil : $0 }
        stats.account = p.text("campaign_stats.account")
        stats.campaignID = p.text("campaign_stats.campaign_id")
        stats.campaign = p.text("campaign_stats.campaign")
        stats.adGroupID = p.text("campaign_stats.ad_group_id")
        stats.adGroup = p.text("campaign_stats.ad_group")
        stats.adID = p.text("campaign_stats.ad_id")
        stats.ad = p.text("campaign_stats.ad")
        stats.segment = p.list("campaign_stats.segment")
        stats.impressions = p.integer("campaign_stats.impressions")
        stats.clicks = p.integer("campaign_stats.clicks")
        let spend = p.money("campaign_stats.spend")
        stats.spend = spend?.amount
        stats.currency = spend?.currency ?? p.text("campaign_stats.currency")
        stats.conversions = p.decimal("campaign_stats.conversions")
        return stats
    }

    static func campaign(_ p: ParsedRow) throws -> Campaign {
        var campaign = Campaign(platform: try required(p.text("campaign.platform"), .campaign, "platform"))
        campaign.account = p.text("campaign.account")
        campaign.id = p.text("campaign.id")
        campaign.name = p.text("campaign.name")
        guard campaign.id != nil || campaign.name != nil else { throw MissingField(kind: "campaign", field: "campaign.name") }
        campaign.type = p.text("campaign.type")
        campaign.status = p.text("campaign.status")
        let budget = p.money("campaign.budget")
        campaign.budget = budget?.amount
        campaign.budgetCurrency = budget?.currency ?? p.text("campaign.currency")
        campaign.budgetPeriod = p.text("campaign.budget_period")
        campaign.bidStrategy = p.text("campaign.bid_strategy")
        campaign.networks = p.text("campaign.networks")
        campaign.labels = p.text("campaign.labels")
        campaign.startDate = p.day("campaign.start_date")
        campaign.endDate = p.day("campaign.end_date")
        return campaign
    }
}

extension String {
    /// nil for an empty string, so "nothing" has one spelling in records.
    var nonEmpty: String? { isEmpty ? nil : self }
}

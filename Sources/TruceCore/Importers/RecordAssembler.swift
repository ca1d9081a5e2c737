import Foundation

/// Builds the canonical records a row produces from its parsed fields.
enum RecordAssembler {
    struct MissingField: Error {
        var kind: String
        var field: String
    }

    /// A mapped row's fields: its lineage and raw cells, the records of the kinds it produces,
    /// and the identifiers rejected while parsing. `split` splits full names
    /// (`NameNormalizer.split`, or a thread's `NameMemo` of it).
    static func fields(_ p: ParsedRow, produces: RecordKinds, split: (String) -> PersonName = NameNormalizer.split,
                       ref: SourceRecordRef, nativeID: String?,
                       raw: [(column: String, value: String)]) throws -> ImportedRow.Fields {
        ImportedRow.Fields(
            ref: ref, nativeID: nativeID, raw: raw,
            person: produces.contains(.person) ? person(p, split: split) : nil,
            touchpoint: produces.contains(.touchpoint) ? try touchpoint(p) : nil,
            deal: produces.contains(.deal) ? deal(p) : nil,
            payment: produces.contains(.payment) ? try payment(p) : nil,
            campaignStats: produces.contains(.campaignStats) ? try campaignStats(p) : nil,
            campaign: produces.contains(.campaign) ? try campaign(p) : nil,
            rejectedIdentifiers: p.rejected)
    }

    private static func required<T>(_ value: T?, _ kind: RecordKind, _ name: String) throws -> T {
        guard let value else { throw MissingField(kind: kind.rawValue, field: "\(kind.rawValue).\(name)") }
        return value
    }

    static func person(_ p: ParsedRow, split: (String) -> PersonName = NameNormalizer.split) -> PersonRecord? {
        var person = PersonRecord()
        let full = p.text(.personFullName)
        person.firstName = p.text(.personFirstName).map(NameNormalizer.clean)?.nonEmpty
        person.lastName = p.text(.personLastName).map(NameNormalizer.clean)?.nonEmpty
        person.middleName = p.text(.personMiddleName).map(NameNormalizer.clean)?.nonEmpty
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
        person.emails = p.list(.personEmails)
        person.phones = p.list(.personPhones)
        person.externalIDs = p.list(.personExternalIDs)
        person.company = p.text(.personCompany)
        person.jobTitle = p.text(.personJobTitle)
        person.city = p.text(.personCity)
        person.region = p.text(.personRegion)
        person.country = p.text(.personCountry)
        person.birthDate = p.day(.personBirthDate)
        person.owner = p.text(.personOwner)
        person.lifecycleStage = p.text(.personLifecycleStage)
        person.consent = p.text(.personConsent)
        person.needs = p.list(.personNeeds)
        person.objections = p.list(.personObjections)
        person.interests = p.list(.personInterests)
        person.notes = p.list(.personNotes)
        return person.isEmpty ? nil : person
    }

    static func touchpoint(_ p: ParsedRow) throws -> Touchpoint {
        var touch = Touchpoint(time: try required(p.date(.touchpointTime), .touchpoint, "time"))
        touch.platform = p.text(.touchpointPlatform)
        touch.source = p.text(.touchpointSource)
        touch.medium = p.text(.touchpointMedium)
        touch.campaign = p.text(.touchpointCampaign)
        touch.content = p.text(.touchpointContent)
        touch.term = p.text(.touchpointTerm)
        touch.campaignID = p.text(.touchpointCampaignID)
        touch.adsetID = p.text(.touchpointAdsetID)
        touch.adsetName = p.text(.touchpointAdsetName)
        touch.adID = p.text(.touchpointAdID)
        touch.adName = p.text(.touchpointAdName)
        touch.formID = p.text(.touchpointFormID)
        touch.formName = p.text(.touchpointFormName)
        touch.landingURL = p.text(.touchpointLandingURL)
        touch.gclid = p.text(.touchpointGclid)
        touch.yclid = p.text(.touchpointYclid)
        touch.fbclid = p.text(.touchpointFbclid)
        Attribution.complete(&touch)
        return touch
    }

    static func deal(_ p: ParsedRow) -> Deal {
        var deal = Deal()
        deal.id = p.text(.dealID)
        deal.name = p.text(.dealName)
        deal.pipeline = p.text(.dealPipeline)
        deal.stage = p.text(.dealStage)
        let money = p.money(.dealAmount)
        deal.amount = money?.amount
        deal.currency = money?.currency ?? p.text(.dealCurrency)
        deal.owner = p.text(.dealOwner)
        deal.createdAt = p.date(.dealCreatedAt)
        deal.closedAt = p.date(.dealClosedAt)
        deal.lostReason = p.text(.dealLostReason)
        if let won = p.flag(.dealWon) {
            deal.outcome = won ? .won : (deal.closedAt != nil || deal.lostReason != nil ? .lost : .open)
        } else {
            deal.outcome = DealStages.outcome(stage: deal.stage)
        }
        return deal
    }

    static func payment(_ p: ParsedRow) throws -> Payment {
        let money = try required(p.money(.paymentAmount), .payment, "amount")
        var payment = Payment(date: try required(p.date(.paymentDate), .payment, "date"), amount: money.amount)
        payment.currency = money.currency ?? p.text(.paymentCurrency)
        payment.payer = p.text(.paymentPayer)
        payment.reference = p.text(.paymentReference)
        return payment
    }

    static func campaignStats(_ p: ParsedRow) throws -> CampaignStats {
        var stats = CampaignStats(date: try required(p.day(.campaignStatsDate), .campaignStats, "date"),
                                  platform: try required(p.text(.campaignStatsPlatform), .campaignStats, "platform"))
        stats.endDate = p.day(.campaignStatsEndDate).flatMap { $0 == stats.date ? nil : $0 }
        stats.account = p.text(.campaignStatsAccount)
        stats.campaignID = p.text(.campaignStatsCampaignID)
        stats.campaign = p.text(.campaignStatsCampaign)
        stats.adGroupID = p.text(.campaignStatsAdGroupID)
        stats.adGroup = p.text(.campaignStatsAdGroup)
        stats.adID = p.text(.campaignStatsAdID)
        stats.ad = p.text(.campaignStatsAd)
        stats.segment = p.list(.campaignStatsSegment)
        stats.impressions = p.integer(.campaignStatsImpressions)
        stats.clicks = p.integer(.campaignStatsClicks)
        let spend = p.money(.campaignStatsSpend)
        stats.spend = spend?.amount
        stats.currency = spend?.currency ?? p.text(.campaignStatsCurrency)
        stats.conversions = p.decimal(.campaignStatsConversions)
        return stats
    }

    static func campaign(_ p: ParsedRow) throws -> Campaign {
        var campaign = Campaign(platform: try required(p.text(.campaignPlatform), .campaign, "platform"))
        campaign.account = p.text(.campaignAccount)
        campaign.id = p.text(.campaignID)
        campaign.name = p.text(.campaignName)
        guard campaign.id != nil || campaign.name != nil else { throw MissingField(kind: "campaign", field: "campaign.name") }
        campaign.type = p.text(.campaignType)
        campaign.status = p.text(.campaignStatus)
        let budget = p.money(.campaignBudget)
        campaign.budget = budget?.amount
        campaign.budgetCurrency = budget?.currency ?? p.text(.campaignCurrency)
        campaign.budgetPeriod = p.text(.campaignBudgetPeriod)
        campaign.bidStrategy = p.text(.campaignBidStrategy)
        campaign.networks = p.text(.campaignNetworks)
        campaign.labels = p.text(.campaignLabels)
        campaign.startDate = p.day(.campaignStartDate)
        campaign.endDate = p.day(.campaignEndDate)
        return campaign
    }
}

extension String {
    /// nil for an empty string, so "nothing" has one spelling in records.
    var nonEmpty: String? { isEmpty ? nil : self }
}

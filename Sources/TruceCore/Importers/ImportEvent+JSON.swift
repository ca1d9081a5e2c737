import Foundation

extension ImportEvent {
    /// One line of canonical JSON: the record number and every canonical record the row
    /// produced (or why it was dropped or quarantined). Raw cells are left out. Golden files of
    /// the importer conformance test and `truce inspect` samples use it.
    public var canonicalJSON: String {
        var object = JSONObject()
        switch self {
        case .row(let row):
            object.add("record", row.ref.record)
            object.add("merged_records", row.mergedLines.map { String($0.ref.record) })
            object.add("native_id", row.nativeID)
            object.add("person", object: row.person.map(Self.json))
            object.add("touchpoint", object: row.touchpoint.map(Self.json))
            object.add("deal", object: row.deal.map(Self.json))
            object.add("payment", object: row.payment.map(Self.json))
            object.add("campaign_stats", object: row.campaignStats.map(Self.json))
            object.add("campaign", object: row.campaign.map(Self.json))
            object.add("rejected", row.rejectedIdentifiers.map { "\($0.field): \($0.code)" })
        case .quarantined(let entry):
            object.add("record", entry.ref.record)
            var detail = JSONObject()
            detail.add("line", entry.line)
            detail.add("field", entry.field)
            detail.add("reason", entry.reason)
            object.add("quarantined", object: detail)
        case .dropped(let ref, let reason):
            object.add("record", ref.record)
            object.add("dropped", reason.rawValue)
        }
        return object.text
    }

    static func json(_ p: PersonRecord) -> JSONObject {
        var o = JSONObject()
        o.add("full_name", p.fullName)
        o.add("first_name", p.firstName)
        o.add("last_name", p.lastName)
        o.add("middle_name", p.middleName)
        o.add("emails", p.emails)
        o.add("phones", p.phones)
        o.add("company", p.company)
        o.add("job_title", p.jobTitle)
        o.add("city", p.city)
        o.add("region", p.region)
        o.add("country", p.country)
        o.add("birth_date", p.birthDate)
        o.add("external_ids", p.externalIDs)
        o.add("owner", p.owner)
        o.add("lifecycle_stage", p.lifecycleStage)
        o.add("consent", p.consent)
        o.add("needs", p.needs)
        o.add("objections", p.objections)
        o.add("interests", p.interests)
        o.add("notes", p.notes)
        return o
    }

    static func json(_ t: Touchpoint) -> JSONObject {
        var o = JSONObject()
        o.add("time", t.time)
        o.add("platform", t.platform)
        o.add("source", t.source)
        o.add("medium", t.medium)
        o.add("campaign", t.campaign)
        o.add("content", t.content)
        o.add("term", t.term)
        o.add("campaign_id", t.campaignID)
        o.add("adset_id", t.adsetID)
        o.add("adset_name", t.adsetName)
        o.add("ad_id", t.adID)
        o.add("ad_name", t.adName)
        o.add("form_id", t.formID)
        o.add("form_name", t.formName)
        o.add("landing_url", t.landingURL)
        o.add("gclid", t.gclid)
        o.add("yclid", t.yclid)
        o.add("fbclid", t.fbclid)
        return o
    }

    static func json(_ d: Deal) -> JSONObject {
        var o = JSONObject()
        o.add("id", d.id)
        o.add("name", d.name)
        o.add("pipeline", d.pipeline)
        o.add("stage", d.stage)
        o.add("amount", d.amount)
        o.add("currency", d.currency)
        o.add("owner", d.owner)
        o.add("created_at", d.createdAt)
        o.add("closed_at", d.closedAt)
        o.add("lost_reason", d.lostReason)
        o.add("outcome", d.outcome.rawValue)
        return o
    }

    static func json(_ p: Payment) -> JSONObject {
        var o = JSONObject()
        o.add("date", p.date)
        o.add("amount", p.amount)
        o.add("currency", p.currency)
        o.add("payer", p.payer)
        o.add("reference", p.reference)
        return o
    }

    static func json(_ s: CampaignStats) -> JSONObject {
        var o = JSONObject()
        o.add("date", s.date)
        o.add("end_date", s.endDate)
        o.add("platform", s.platform)
        o.add("account", s.account)
        o.add("campaign_id", s.campaignID)
        o.add("campaign", s.campaign)
        o.add("ad_group_id", s.adGroupID)
        o.add("ad_group", s.adGroup)
        o.add("ad_id", s.adID)
        o.add("ad", s.ad)
        o.add("segment", s.segment)
        o.add("impressions", s.impressions)
        o.add("clicks", s.clicks)
        o.add("spend", s.spend)
        o.add("currency", s.currency)
        o.add("conversions", s.conversions)
        return o
    }

    static func json(_ c: Campaign) -> JSONObject {
        var o = JSONObject()
        o.add("platform", c.platform)
        o.add("account", c.account)
        o.add("id", c.id)
        o.add("name", c.name)
        o.add("type", c.type)
        o.add("status", c.status)
        o.add("budget", c.budget)
        o.add("budget_currency", c.budgetCurrency)
        o.add("budget_period", c.budgetPeriod)
        o.add("bid_strategy", c.bidStrategy)
        o.add("networks", c.networks)
        o.add("labels", c.labels)
        o.add("start_date", c.startDate)
        o.add("end_date", c.endDate)
        return o
    }
}

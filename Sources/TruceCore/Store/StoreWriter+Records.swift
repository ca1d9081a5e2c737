import Foundation
import GRDB

/// The INSERT statements every imported row goes through, looked up once per file instead of
/// once per row.
struct RecordStatements {
    let source: BulkStatement
    let person: BulkStatement
    let identifier: BulkStatement
    let touchpoint: BulkStatement
    let deal: BulkStatement
    let payment: BulkStatement

    init(_ db: Database) throws {
        source = try BulkStatement(db, sql: """
            INSERT INTO source_records (file_id, source, file, record, native_id, content_hash, raw, merged_into)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        person = try BulkStatement(db, sql: """
            INSERT INTO persons (record_id, full_name, first_name, last_name, middle_name, company, job_title,
                city, region, country, birth_date, owner, lifecycle_stage, consent, needs, objections, interests,
                notes, seen_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        identifier = try BulkStatement(db, sql: "INSERT OR IGNORE INTO identifiers (record_id, kind, value) VALUES (?, ?, ?)")
        touchpoint = try BulkStatement(db, sql: """
            INSERT INTO touchpoints (record_id, time, platform, source, medium, campaign, content, term,
                campaign_id, adset_id, adset_name, ad_id, ad_name, form_id, form_name, landing_url, gclid, yclid, fbclid)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        deal = try BulkStatement(db, sql: """
            INSERT INTO deals (record_id, deal_id, name, pipeline, stage, amount, currency, owner, created_at,
                closed_at, lost_reason, outcome)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        payment = try BulkStatement(db, sql: """
            INSERT INTO payments (record_id, date, amount, currency, payer, reference) VALUES (?, ?, ?, ?, ?, ?)
            """)
    }
}

extension StoreWriter {
    func insert(_ person: PersonRecord, recordID: Int64, seenAt: Date?, with statements: RecordStatements) throws {
        try statements.person.execute(db) { bind in
            bind.integer(recordID)
            for text in [person.fullName, person.firstName, person.lastName, person.middleName, person.company,
                         person.jobTitle, person.city, person.region, person.country, person.birthDate, person.owner,
                         person.lifecycleStage, person.consent] { bind.text(text) }
            for list in [person.needs, person.objections, person.interests, person.notes] { bind.text(Self.list(list)) }
            bind.text(seenAt.map(Timestamp.iso))
        }
        for (kind, values) in [("email", person.emails), ("phone", person.phones), ("external_id", person.externalIDs)] {
            for value in values {
                try statements.identifier.execute(db) { bind in
                    bind.integer(recordID)
                    bind.text(kind)
                    bind.text(value)
                }
            }
        }
    }

    func insert(_ touchpoint: Touchpoint, recordID: Int64, with statements: RecordStatements) throws {
        try statements.touchpoint.execute(db) { bind in
            bind.integer(recordID)
            bind.text(Timestamp.iso(touchpoint.time))
            for text in [touchpoint.platform, touchpoint.source, touchpoint.medium, touchpoint.campaign,
                         touchpoint.content, touchpoint.term, touchpoint.campaignID, touchpoint.adsetID,
                         touchpoint.adsetName, touchpoint.adID, touchpoint.adName, touchpoint.formID,
                         touchpoint.formName, touchpoint.landingURL, touchpoint.gclid, touchpoint.yclid,
                         touchpoint.fbclid] { bind.text(text) }
        }
    }

    func insert(_ deal: Deal, recordID: Int64, with statements: RecordStatements) throws {
        try statements.deal.execute(db) { bind in
            bind.integer(recordID)
            for text in [deal.id, deal.name, deal.pipeline, deal.stage, deal.amount.map(Self.decimal), deal.currency,
                         deal.owner, deal.createdAt.map(Timestamp.iso), deal.closedAt.map(Timestamp.iso),
                         deal.lostReason, deal.outcome.rawValue] { bind.text(text) }
        }
    }

    func insert(_ payment: Payment, recordID: Int64, with statements: RecordStatements) throws {
        try statements.payment.execute(db) { bind in
            bind.integer(recordID)
            for text in [Timestamp.iso(payment.date), Self.decimal(payment.amount), payment.currency, payment.payer,
                         payment.reference] { bind.text(text) }
        }
    }

    /// Campaign figures are keyed by (platform, account, campaign, grain, period). A row replaces
    /// every stored row of its campaign and grain whose period lies within its own: a restated
    /// day replaces that day, a report for a range replaces that range (and the days and smaller
    /// ranges inside it), so nothing is counted twice. Periods that only partly overlap are kept.
    func upsert(_ stats: CampaignStats, recordID: Int64) throws {
        let key: [DatabaseValueConvertible?] = [stats.platform, stats.account ?? "", stats.campaignID ?? stats.campaign ?? "",
                                                stats.grain]
        let end = stats.endDate ?? stats.date
        try db.cachedStatement(sql: """
            DELETE FROM campaign_stats WHERE platform = ? AND account = ? AND campaign_key = ? AND grain = ?
                AND date >= ? AND end_date <= ?
            """).execute(arguments: StatementArguments(key + [stats.date, end]))
        try db.cachedStatement(sql: """
            INSERT INTO campaign_stats (platform, account, campaign_key, grain, date, end_date, campaign_id, campaign,
                ad_group_id, ad_group, ad_id, ad, segment, impressions, clicks, spend, currency, conversions, record_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: StatementArguments(key + [
                stats.date, end, stats.campaignID, stats.campaign, stats.adGroupID, stats.adGroup, stats.adID, stats.ad,
                Self.list(stats.segment), stats.impressions, stats.clicks, stats.spend.map(Self.decimal), stats.currency,
                stats.conversions.map(Self.decimal), recordID,
            ]))
    }

    /// Campaign metadata, one row per (platform, account, campaign); the latest import wins.
    func upsert(_ campaign: Campaign, recordID: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO campaigns (platform, account, campaign_key, campaign_id, name, type, status, budget,
                budget_currency, budget_period, bid_strategy, networks, labels, start_date, end_date, record_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                campaign.platform, campaign.account ?? "", campaign.id ?? campaign.name ?? "", campaign.id, campaign.name,
                campaign.type, campaign.status, campaign.budget.map(Self.decimal), campaign.budgetCurrency,
                campaign.budgetPeriod, campaign.bidStrategy, campaign.networks, campaign.labels, campaign.startDate,
                campaign.endDate, recordID,
            ])
    }

    static func list(_ items: [String]) -> String? {
        items.isEmpty ? nil : JSONText.array(items)
    }

    /// Decimals are stored as exact text, never as binary floating point.
    static func decimal(_ value: Decimal) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 6, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }
}

/// A row that could not be imported, with where and why (the raw cells stay in the base only).
public struct QuarantineEntry: Sendable {
    public var ref: SourceRecordRef
    public var line: Int
    public var field: String?
    public var reason: String
    public var raw: [(column: String, value: String)]

    public init(ref: SourceRecordRef, line: Int, field: String?, reason: String, raw: [(column: String, value: String)]) {
        self.ref = ref
        self.line = line
        self.field = field
        self.reason = reason
        self.raw = raw
    }
}

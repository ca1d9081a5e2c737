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
        identifier = try BulkStatement(db, sql: """
            INSERT OR IGNORE INTO identifiers (record_id, kind, value, position) VALUES (?, ?, ?, ?)
            """)
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
    func insert(_ person: PersonRecord?, recordID: Int64, values: FormattedValues, with statements: RecordStatements) throws {
        guard let person else { return }
        // Bound one by one, not looped over array literals: those arrays cost an allocation each
        // per row on the thread every row waits for.
        try statements.person.execute(db) { bind in
            bind.integer(recordID)
            bind.text(person.fullName)
            bind.text(person.firstName)
            bind.text(person.lastName)
            bind.text(person.middleName)
            bind.text(person.company)
            bind.text(person.jobTitle)
            bind.text(person.city)
            bind.text(person.region)
            bind.text(person.country)
            bind.text(person.birthDate)
            bind.text(person.owner)
            bind.text(person.lifecycleStage)
            bind.text(person.consent)
            bind.text(values.needs)
            bind.text(values.objections)
            bind.text(values.interests)
            bind.text(values.notes)
            bind.text(values.touchpointTime)
        }
        try insertIdentifiers(person.emails, kind: "email", recordID: recordID, with: statements)
        try insertIdentifiers(person.phones, kind: "phone", recordID: recordID, with: statements)
        try insertIdentifiers(person.externalIDs, kind: "external_id", recordID: recordID, with: statements)
    }

    private func insertIdentifiers(_ values: [String], kind: String, recordID: Int64,
                                   with statements: RecordStatements) throws {
        for (position, value) in values.enumerated() {
            try statements.identifier.execute(db) { bind in
                bind.integer(recordID)
                bind.text(kind)
                bind.text(value)
                bind.integer(position)
            }
        }
    }

    func insert(_ touchpoint: Touchpoint?, recordID: Int64, values: FormattedValues, with statements: RecordStatements) throws {
        guard let touchpoint else { return }
        try statements.touchpoint.execute(db) { bind in
            bind.integer(recordID)
            bind.text(values.touchpointTime)
            bind.text(touchpoint.platform)
            bind.text(touchpoint.source)
            bind.text(touchpoint.medium)
            bind.text(touchpoint.campaign)
            bind.text(touchpoint.content)
            bind.text(touchpoint.term)
            bind.text(touchpoint.campaignID)
            bind.text(touchpoint.adsetID)
            bind.text(touchpoint.adsetName)
            bind.text(touchpoint.adID)
            bind.text(touchpoint.adName)
            bind.text(touchpoint.formID)
            bind.text(touchpoint.formName)
            bind.text(touchpoint.landingURL)
            bind.text(touchpoint.gclid)
            bind.text(touchpoint.yclid)
            bind.text(touchpoint.fbclid)
        }
    }

    func insert(_ deal: Deal?, recordID: Int64, values: FormattedValues, with statements: RecordStatements) throws {
        guard let deal else { return }
        try statements.deal.execute(db) { bind in
            bind.integer(recordID)
            bind.text(deal.id)
            bind.text(deal.name)
            bind.text(deal.pipeline)
            bind.text(deal.stage)
            bind.text(values.dealAmount)
            bind.text(deal.currency)
            bind.text(deal.owner)
            bind.text(values.dealCreatedAt)
            bind.text(values.dealClosedAt)
            bind.text(deal.lostReason)
            bind.text(deal.outcome.rawValue)
        }
    }

    func insert(_ payment: Payment?, recordID: Int64, values: FormattedValues, with statements: RecordStatements) throws {
        guard let payment else { return }
        try statements.payment.execute(db) { bind in
            bind.integer(recordID)
            bind.text(values.paymentDate)
            bind.text(values.paymentAmount)
            bind.text(payment.currency)
            bind.text(payment.payer)
            bind.text(payment.reference)
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

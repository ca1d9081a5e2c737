import Foundation
import GRDB

extension StoreReader {
    /// Every profile merged from its records, sorted by id. See `ProfileBuilder` for the rules.
    public func profiles() throws -> [Profile] {
        var builders: [String: ProfileBuilder] = [:]
        let persons = try Row.fetchCursor(db, sql: """
            SELECT r.profile_id, r.source, p.full_name, p.first_name, p.last_name, p.middle_name, p.company,
                   p.job_title, p.city, p.owner, p.lifecycle_stage, p.needs, p.objections, p.interests
            FROM persons p JOIN source_records r ON r.id = p.record_id
            WHERE r.profile_id IS NOT NULL ORDER BY r.id
            """)
        while let row = try persons.next() {
            let id: String = row[0]
            var builder = builders[id] ?? ProfileBuilder(id: id)
            builder.add(person: PersonFacts(source: row[1], fullName: row[2], firstName: row[3], lastName: row[4],
                                            middleName: row[5], company: row[6], jobTitle: row[7], city: row[8],
                                            owner: row[9], lifecycleStage: row[10],
                                            needs: JSONText.decodeArray(row[11]), objections: JSONText.decodeArray(row[12]),
                                            interests: JSONText.decodeArray(row[13])))
            builders[id] = builder
        }
        try addIdentifiers(&builders)
        try addActivity(&builders)
        return builders.keys.sorted().compactMap { builders[$0]?.profile }
    }

    private func addIdentifiers(_ builders: inout [String: ProfileBuilder]) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT r.profile_id, i.kind, i.value FROM identifiers i JOIN source_records r ON r.id = i.record_id
            WHERE r.profile_id IS NOT NULL ORDER BY r.id, i.kind, i.value
            """)
        while let row = try rows.next() {
            builders[row[0] as String]?.add(identifier: row[2], kind: row[1])
        }
    }

    private func addActivity(_ builders: inout [String: ProfileBuilder]) throws {
        let touches = try Row.fetchCursor(db, sql: """
            SELECT r.profile_id, t.time, t.platform, t.campaign FROM touchpoints t
            JOIN source_records r ON r.id = t.record_id WHERE r.profile_id IS NOT NULL ORDER BY t.time, r.id
            """)
        while let row = try touches.next() {
            guard let time = Timestamp.parseISO(row[1]) else { continue }
            builders[row[0] as String]?.add(touchAt: time, platform: row[2], campaign: row[3])
        }
        let deals = try Row.fetchCursor(db, sql: """
            SELECT r.profile_id, d.outcome, d.amount, d.currency, d.owner FROM deals d
            JOIN source_records r ON r.id = d.record_id WHERE r.profile_id IS NOT NULL ORDER BY r.id
            """)
        while let row = try deals.next() {
            let amount = (row[2] as String?).flatMap { Decimal(string: $0) }
            builders[row[0] as String]?.add(deal: DealOutcome(rawValue: row[1]) ?? .open, amount: amount,
                                            currency: row[3], owner: row[4])
        }
        let payments = try Row.fetchCursor(db, sql: """
            SELECT r.profile_id, p.amount, p.currency FROM payments p
            JOIN source_records r ON r.id = p.record_id WHERE r.profile_id IS NOT NULL ORDER BY r.id
            """)
        while let row = try payments.next() {
            if let amount = Decimal(string: row[1] as String) {
                builders[row[0] as String]?.add(payment: amount, currency: row[2])
            }
        }
    }
}

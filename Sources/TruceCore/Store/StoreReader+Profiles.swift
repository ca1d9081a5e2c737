import Foundation
import GRDB

extension StoreReader {
    /// Every profile merged from its records under `rules`, sorted by id. See `ProfileBuilder`.
    /// `importers` tell each source's default role from the importer that read its files.
    public func profiles(rules: Survivorship = Survivorship(), importers: ImporterRegistry = .builtIn) throws -> [Profile] {
        let roles = try sourceRoles(overrides: rules.roles, importers: importers)
        func origin(_ source: String, _ sequence: Int64) -> FactOrigin {
            FactOrigin(source: source, role: roles[source] ?? .sheet, sequence: sequence)
        }
        var builders: [String: ProfileBuilder] = [:]
        let persons = try Row.fetchCursor(db, sql: """
            SELECT r.profile_id, r.source, r.id, p.full_name, p.first_name, p.last_name, p.middle_name, p.company,
                   p.job_title, p.city, p.owner, p.lifecycle_stage, p.needs, p.objections, p.interests
            FROM persons p JOIN source_records r ON r.id = p.record_id
            WHERE r.profile_id IS NOT NULL ORDER BY r.id
            """)
        while let row = try persons.next() {
            let id: String = row[0]
            var builder = builders[id] ?? ProfileBuilder(id: id, rules: rules)
            builder.add(person: PersonFacts(fullName: row[3], firstName: row[4], lastName: row[5], middleName: row[6],
                                            company: row[7], jobTitle: row[8], city: row[9], owner: row[10],
                                            lifecycleStage: row[11], needs: JSONText.decodeArray(row[12]),
                                            objections: JSONText.decodeArray(row[13]), interests: JSONText.decodeArray(row[14])),
                        origin: origin(row[1], row[2]))
            builders[id] = builder
        }
        try addIdentifiers(&builders)
        try addActivity(&builders, origin: origin)
        return builders.keys.sorted().compactMap { builders[$0]?.profile }
    }

    /// Each source's role: the pipeline's override, else the role of the importer that read its
    /// newest file.
    func sourceRoles(overrides: [String: SourceRole], importers: ImporterRegistry) throws -> [String: SourceRole] {
        var roles: [String: SourceRole] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT source, importer FROM files ORDER BY id") {
            roles[row[0] as String] = importers.role(of: row[1])
        }
        return roles.merging(overrides) { _, override in override }
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

    private func addActivity(_ builders: inout [String: ProfileBuilder],
                             origin: (String, Int64) -> FactOrigin) throws {
        let touches = try Row.fetchCursor(db, sql: """
            SELECT r.profile_id, t.time, t.platform, t.campaign, t.source, t.medium, r.source, r.id FROM touchpoints t
            JOIN source_records r ON r.id = t.record_id WHERE r.profile_id IS NOT NULL ORDER BY t.time, r.id
            """)
        while let row = try touches.next() {
            guard let time = Timestamp.parseISO(row[1]) else { continue }
            let facts = TouchFacts(platform: row[2], campaign: row[3], source: row[4], medium: row[5])
            builders[row[0] as String]?.add(touchAt: time, facts, origin: origin(row[6], row[7]))
        }
        let deals = try Row.fetchCursor(db, sql: """
            SELECT r.profile_id, d.outcome, d.amount, d.currency, d.owner, d.stage, r.source, r.id FROM deals d
            JOIN source_records r ON r.id = d.record_id WHERE r.profile_id IS NOT NULL ORDER BY r.id
            """)
        while let row = try deals.next() {
            let facts = DealFacts(outcome: DealOutcome(rawValue: row[1]) ?? .open,
                                  amount: (row[2] as String?).flatMap { Decimal(string: $0) },
                                  currency: row[3], owner: row[4], stage: row[5])
            builders[row[0] as String]?.add(deal: facts, origin: origin(row[6], row[7]))
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

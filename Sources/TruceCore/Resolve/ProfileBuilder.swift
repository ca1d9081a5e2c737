import Foundation

/// The person fields of one source record, as read back from the base.
struct PersonFacts {
    var fullName, firstName, lastName, middleName, company, jobTitle, city, owner, lifecycleStage: String?
    var needs, objections, interests: [String]
}

/// Where a fact came from: the record's source, that source's role, and its import order.
struct FactOrigin {
    var source: String
    var role: SourceRole
    var sequence: Int64
}

/// Survivorship for the golden profile: collects every record's facts, then `profile` applies
/// the `Survivorship` rules field by field.
///
/// Lists (emails, phones, needs…) are unions in first-seen order. The lifecycle stage is
/// customer when paid or won, opportunity with an open deal, otherwise the newest mapped stage
/// or lead. The first touch is the earliest touch of the first role or source its rule lists
/// that has one, else the earliest of all.
struct ProfileBuilder {
    private struct Candidate {
        var value: String
        var origin: FactOrigin
    }

    private struct Touch {
        var time: Date
        var facts: TouchFacts
        var origin: FactOrigin
    }

    private let rules: Survivorship
    private var base: Profile
    private var candidates: [Survivorship.Field: [Candidate]] = [:]
    private var mappedStages: [Candidate] = []
    private var touches: [Touch] = []

    init(id: String, rules: Survivorship) {
        self.rules = rules
        base = Profile(id: id)
    }

    mutating func add(person: PersonFacts, origin: FactOrigin) {
        base.records += 1
        if !base.sources.contains(origin.source) { base.sources.append(origin.source) }
        let fields: [(Survivorship.Field, String?)] = [
            (.fullName, person.fullName), (.firstName, person.firstName), (.lastName, person.lastName),
            (.middleName, person.middleName), (.company, person.company), (.jobTitle, person.jobTitle),
            (.city, person.city), (.owner, person.owner),
        ]
        for (field, value) in fields { offer(field, value, origin) }
        if let stage = person.lifecycleStage, !stage.isEmpty { mappedStages.append(Candidate(value: stage, origin: origin)) }
        union(&base.needs, person.needs)
        union(&base.objections, person.objections)
        union(&base.interests, person.interests)
    }

    mutating func add(identifier value: String, kind: String) {
        switch kind {
        case "email": union(&base.emails, [value])
        case "phone": union(&base.phones, [value])
        default: break
        }
    }

    mutating func add(touchAt time: Date, _ facts: TouchFacts, origin: FactOrigin) {
        touches.append(Touch(time: time, facts: facts, origin: origin))
        if base.lastTouch.map({ time > $0 }) ?? true { base.lastTouch = time }
    }

    mutating func add(deal: DealFacts, origin: FactOrigin) {
        base.deals += 1
        if deal.outcome == .won {
            base.wonDeals += 1
            if let amount = deal.amount { base.wonAmount[deal.currency ?? "", default: 0] += amount }
        }
        offer(.owner, deal.owner, origin)
        offer(.dealStage, deal.stage, origin)
    }

    mutating func add(payment amount: Decimal, currency: String?) {
        base.paidAmount[currency ?? "", default: 0] += amount
    }

    /// The golden profile under the rules.
    var profile: Profile {
        var profile = base
        profile.fullName = pick(.fullName)
        profile.firstName = pick(.firstName)
        profile.lastName = pick(.lastName)
        profile.middleName = pick(.middleName)
        profile.company = pick(.company)
        profile.jobTitle = pick(.jobTitle)
        profile.city = pick(.city)
        profile.owner = pick(.owner)
        profile.dealStage = pick(.dealStage)
        if !profile.paidAmount.isEmpty || profile.wonDeals > 0 {
            profile.lifecycleStage = "customer"
        } else if profile.deals > 0 {
            profile.lifecycleStage = "opportunity"
        } else {
            profile.lifecycleStage = mappedStages.last?.value ?? "lead"
        }
        if let first = firstTouch() {
            profile.firstTouch = first.time
            profile.firstTouchPlatform = first.facts.platform
            profile.firstTouchCampaign = first.facts.campaign
            profile.firstTouchSource = first.facts.source
            profile.firstTouchMedium = first.facts.medium
        }
        return profile
    }

    private mutating func offer(_ field: Survivorship.Field, _ value: String?, _ origin: FactOrigin) {
        guard let value, !value.isEmpty else { return }
        candidates[field, default: []].append(Candidate(value: value, origin: origin))
    }

    /// Candidates are in import order, so "newest" is the last one.
    private func pick(_ field: Survivorship.Field) -> String? {
        let all = candidates[field] ?? []
        switch rules.rule(field) {
        case .newest: return all.last?.value
        case .oldest: return all.first?.value
        case .mostCommon:
            var counts: [String: Int] = [:]
            for candidate in all { counts[candidate.value, default: 0] += 1 }
            return all.reversed().max { (counts[$0.value] ?? 0) < (counts[$1.value] ?? 0) }?.value
        case .priority(let names):
            for name in names {
                if let hit = all.last(where: { Self.matches($0.origin, name) }) { return hit.value }
            }
            return all.last?.value
        }
    }

    private func firstTouch() -> Touch? {
        func earliest(_ list: [Touch]) -> Touch? {
            list.min { ($0.time, $0.origin.sequence) < ($1.time, $1.origin.sequence) }
        }
        if case .priority(let names) = rules.rule(.firstTouch) {
            for name in names {
                if let hit = earliest(touches.filter { Self.matches($0.origin, name) }) { return hit }
            }
        }
        return earliest(touches)
    }

    private static func matches(_ origin: FactOrigin, _ name: String) -> Bool {
        origin.source == name || origin.role.rawValue == name
    }

    private func union(_ list: inout [String], _ values: [String]) {
        for value in values where !list.contains(value) { list.append(value) }
    }
}

/// A touchpoint's attribution, as read back from the base.
struct TouchFacts {
    var platform, campaign, source, medium: String?
}

/// A deal's facts, as read back from the base.
struct DealFacts {
    var outcome: DealOutcome
    var amount: Decimal?
    var currency, owner, stage: String?
}

import Foundation

/// The person fields of one source record, as read back from the base.
struct PersonFacts {
    var source: String
    var fullName, firstName, lastName, middleName, company, jobTitle, city, owner, lifecycleStage: String?
    var needs, objections, interests: [String]
}

/// Survivorship for the golden profile, fed records in import order.
///
/// Contact fields: the newest non-empty value wins. Lists (emails, phones, needs…): the union in
/// first-seen order. Owner: the CRM deal's owner wins over a person record's. Stage: customer when
/// paid or won, opportunity with an open deal, otherwise the mapped stage or lead.
struct ProfileBuilder {
    private(set) var profile: Profile
    private var dealOwner: String?
    private var mappedStage: String?

    init(id: String) {
        profile = Profile(id: id)
    }

    mutating func add(person: PersonFacts) {
        profile.records += 1
        if !profile.sources.contains(person.source) { profile.sources.append(person.source) }
        replace(&profile.fullName, person.fullName)
        replace(&profile.firstName, person.firstName)
        replace(&profile.lastName, person.lastName)
        replace(&profile.middleName, person.middleName)
        replace(&profile.company, person.company)
        replace(&profile.jobTitle, person.jobTitle)
        replace(&profile.city, person.city)
        replace(&profile.owner, dealOwner ?? person.owner)
        replace(&mappedStage, person.lifecycleStage)
        union(&profile.needs, person.needs)
        union(&profile.objections, person.objections)
        union(&profile.interests, person.interests)
        updateStage()
    }

    mutating func add(identifier value: String, kind: String) {
        switch kind {
        case "email": union(&profile.emails, [value])
        case "phone": union(&profile.phones, [value])
        default: break
        }
    }

    mutating func add(touchAt time: Date, platform: String?, campaign: String?) {
        if profile.firstTouch.map({ time < $0 }) ?? true {
            profile.firstTouch = time
            profile.firstTouchPlatform = platform
            profile.firstTouchCampaign = campaign
        }
        if profile.lastTouch.map({ time > $0 }) ?? true { profile.lastTouch = time }
    }

    mutating func add(deal outcome: DealOutcome, amount: Decimal?, currency: String?, owner: String?) {
        profile.deals += 1
        if outcome == .won {
            profile.wonDeals += 1
            if let amount { profile.wonAmount[currency ?? "", default: 0] += amount }
        }
        if let owner, !owner.isEmpty {
            dealOwner = owner
            profile.owner = owner
        }
        updateStage()
    }

    mutating func add(payment amount: Decimal, currency: String?) {
        profile.paidAmount[currency ?? "", default: 0] += amount
        updateStage()
    }

    private mutating func updateStage() {
        if !profile.paidAmount.isEmpty || profile.wonDeals > 0 {
            profile.lifecycleStage = "customer"
        } else if profile.deals > 0 {
            profile.lifecycleStage = "opportunity"
        } else {
            profile.lifecycleStage = mappedStage ?? "lead"
        }
    }

    private func replace(_ field: inout String?, _ value: String?) {
        if let value, !value.isEmpty { field = value }
    }

    private func union(_ list: inout [String], _ values: [String]) {
        for value in values where !list.contains(value) { list.append(value) }
    }
}

import Foundation
import TruceCore

extension MatchBenchData {
    /// The score of `profiles` after also joining every two profiles that share an exact full name
    /// (first name and surname, case and ё/е folded) and hold no conflicting email, phone, city or
    /// birth date: the most a method can gain by trusting same-name profiles that nothing tells
    /// apart. On a world with namesakes such joins are about as often wrong as right, which is why
    /// Truce does not make them; the figure shows how much recall lies there and what it costs.
    func nameMergeScore(_ profiles: [Int64: String]) -> PairwiseScore {
        var facts: [String: ProfileFacts] = [:]
        for record in records {
            guard let profile = profiles[record.id] else { continue }
            facts[profile, default: ProfileFacts()].add(record)
        }
        // Profiles by number, in id order, so the joined ones are named by their smallest id.
        let ordered = facts.sorted { $0.key < $1.key }
        var holders: [String: [Int]] = [:]
        for (number, profile) in ordered.enumerated() {
            for name in profile.value.names { holders[name, default: []].append(number) }
        }
        var joined = UnionFind(Array(ordered.indices))
        for group in holders.values {
            for (position, a) in group.enumerated() {
                for b in group[(position + 1)...] where !ordered[a].value.conflicts(with: ordered[b].value) {
                    joined.union(a, b)
                }
            }
        }
        var named: [String: String] = [:]
        for number in ordered.indices { named[ordered[number].key] = ordered[joined.find(number)].key }
        return PairwiseScore(truth: truth, predicted: profiles.compactMapValues { named[$0] })
    }
}

/// What the records of one profile say: full names, emails, phones, cities and birth dates.
private struct ProfileFacts {
    var names: Set<String> = []
    var emails: Set<String> = []
    var phones: Set<String> = []
    var cities: Set<String> = []
    var birthDates: Set<String> = []

    mutating func add(_ record: MatchRecord) {
        if let first = record.firstName.map(Self.folded), let last = record.lastName.map(Self.folded),
           !first.isEmpty, !last.isEmpty {
            names.insert(first + "\u{1}" + last)
        }
        emails.formUnion(record.emails)
        phones.formUnion(record.phones)
        if let city = record.city.map(Self.folded), !city.isEmpty { cities.insert(city) }
        if let date = record.birthDate, !date.isEmpty { birthDates.insert(date) }
    }

    /// Whether both profiles hold values of one kind and none of them in common.
    func conflicts(with other: ProfileFacts) -> Bool {
        func disjoint(_ a: Set<String>, _ b: Set<String>) -> Bool { !a.isEmpty && !b.isEmpty && a.isDisjoint(with: b) }
        return disjoint(emails, other.emails) || disjoint(phones, other.phones) || disjoint(cities, other.cities)
            || disjoint(birthDates, other.birthDates)
    }

    private static func folded(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е").trimmingCharacters(in: .whitespaces)
    }
}

/// The blocking keys of one record under a rule (hashes, salted by the rule number).
enum BlockKeys {
    /// Keys of `features` under `rule` (number `ruleNumber`), appended to `keys`, rule in the top byte.
    static func append(_ features: RecordFeatures, contacts: UnsafeBufferPointer<ContactFeature>, rule: BlockingRule,
                       ruleNumber: Int, to keys: inout [UInt64]) {
        let salt = StableHash.mix(UInt64(ruleNumber) &+ 0x5151)
        if rule.parts.count == 1 {  // the usual case: no combinations to build
            let start = keys.count
            forEachPartKey(features, contacts, rule.parts[0]) { value in
                let key = UInt64(ruleNumber) << 56 | (StableHash.combine(salt, value) & 0x00FF_FFFF_FFFF_FFFF)
                if !keys[start...].contains(key) { keys.append(key) }
            }
            return
        }
        // A record missing a date or city part has no key under the rule: skip building the others.
        if rule.parts.contains(where: { ($0 == .birthDate && features.birthDate == 0) || ($0 == .city && features.city == 0) }) {
            return
        }
        var combined: [UInt64] = [salt]
        for part in rule.parts {
            let values = partKeys(features, contacts, part)
            if values.isEmpty { return }
            var next: [UInt64] = []
            next.reserveCapacity(combined.count * values.count)
            for prefix in combined {
                for value in values { next.append(StableHash.combine(prefix, value)) }
            }
            combined = next
        }
        for key in Set(combined) {
            keys.append(UInt64(ruleNumber) << 56 | (key & 0x00FF_FFFF_FFFF_FFFF))
        }
    }

    /// Calls `body` with each key of one part of a rule, without building arrays.
    static func forEachPartKey(_ features: RecordFeatures, _ contacts: UnsafeBufferPointer<ContactFeature>,
                               _ part: BlockingRule.Part, _ body: (UInt64) -> Void) {
        switch part {
        case .phone, .phoneLast7, .email, .emailLocal:
            let kind: ContactFeature.Kind = part == .phone || part == .phoneLast7 ? .phone : .email
            let whole = part == .phone || part == .email
            for contact in contacts where contact.kind == kind && contact.isJoining {
                let key = whole ? contact.value : contact.partial
                if key != 0 { body(key) }
            }
        case .namePart:
            forEachTokenKey(features.first, body)
            forEachTokenKey(features.last, body)
        case .firstName: forEachTokenKey(features.first, body)
        case .surname: forEachTokenKey(features.last, body)
        case .birthDate: if features.birthDate != 0 { body(UInt64(features.birthDate)) }
        case .city: if features.city != 0 { body(features.city) }
        case .name:
            // `partKeys(.name)` without its arrays: every first-name token key with every surname one.
            guard features.first.isPresent && features.last.isPresent else { return }
            forEachTokenKey(features.first) { x in
                forEachTokenKey(features.last) { y in body(StableHash.unordered(x, y)) }
            }
        }
    }

    /// Calls `body` with each of `tokenKeys(name)`, in order, without building the array.
    private static func forEachTokenKey(_ name: NameFeature, _ body: (UInt64) -> Void) {
        guard name.isPresent, !name.isInitial else { return }
        guard name.nicknames != 0 else { return body(name.stem) }
        for shift in stride(from: UInt64(0), to: 64, by: 16) {
            let group = (name.nicknames >> shift) & 0xFFFF
            if group != 0 { body(StableHash.mix(group &+ 0x6E69_636B)) }
        }
    }

    /// Keys of one part of a rule.
    static func partKeys(_ features: RecordFeatures, _ contacts: UnsafeBufferPointer<ContactFeature>,
                         _ part: BlockingRule.Part) -> [UInt64] {
        switch part {
        case .phone: return values(contacts, .phone) { $0.value }
        case .phoneLast7: return values(contacts, .phone) { $0.partial }
        case .email: return values(contacts, .email) { $0.value }
        case .emailLocal: return values(contacts, .email) { $0.partial }
        case .name:
            guard features.first.isPresent && features.last.isPresent else { return [] }
            let firsts = tokenKeys(features.first), lasts = tokenKeys(features.last)
            return firsts.flatMap { x in lasts.map { y in StableHash.unordered(x, y) } }
        case .namePart: return tokenKeys(features.first) + tokenKeys(features.last)
        case .firstName: return tokenKeys(features.first)
        case .surname: return tokenKeys(features.last)
        case .birthDate: return features.birthDate == 0 ? [] : [UInt64(features.birthDate)]
        case .city: return features.city == 0 ? [] : [features.city]
        }
    }

    private static func values(_ contacts: UnsafeBufferPointer<ContactFeature>, _ kind: ContactFeature.Kind,
                               _ key: (ContactFeature) -> UInt64) -> [UInt64] {
        contacts.compactMap { $0.kind == kind && $0.isJoining && key($0) != 0 ? key($0) : nil }
    }

    /// A name token as a key that is the same in either name position: its diminutive groups
    /// when it has any (Саша and Александр meet), else its gender-neutral stem.
    static func tokenKeys(_ name: NameFeature) -> [UInt64] {
        guard name.isPresent, !name.isInitial else { return [] }
        if name.nicknames != 0 { return NicknameGroups.members(name.nicknames).map { StableHash.mix($0 &+ 0x6E69_636B) } }
        return [name.stem]
    }
}

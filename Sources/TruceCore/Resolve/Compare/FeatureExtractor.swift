import Foundation

/// Turns a `MatchRecord` into `RecordFeatures` and its contacts (see `FeatureStore`).
enum FeatureExtractor {
    /// Features and contacts of one record; names go through `memo` when there is one.
    static func features(of record: MatchRecord,
                         memo: NameFeatureMemo? = nil) -> (features: RecordFeatures, contacts: [ContactFeature]) {
        var result = RecordFeatures()
        var contacts: [ContactFeature] = []
        var first = usable(record.firstName), last = usable(record.lastName), middle = usable(record.middleName)
        if first == nil, last == nil, middle == nil, let full = usable(record.fullName) {
            let split = NameNormalizer.split(full)
            (first, last, middle) = (usable(split.first), usable(split.last), usable(split.middle))
        }
        result.first = name(first, memo: memo)
        result.last = name(last, memo: memo)
        result.middle = name(middle, memo: memo)
        if result.first.isPresent {
            let groups = result.first.nicknames
            result.personKey = groups != 0 ? groups & 0xFFFF : result.first.skeletonHash
        }
        // Emails and phones arrive normalized, with placeholders (`test@…`, `0000000000`) already rejected.
        for email in record.emails where !email.isEmpty {
            let feature = emailFeature(email)
            if !contacts.contains(where: { $0.value == feature.value }) { contacts.append(feature) }
        }
        for phone in record.phones {
            if let feature = phoneFeature(phone), !contacts.contains(where: { $0.value == feature.value }) {
                contacts.append(feature)
            }
        }
        contacts.sort { ($0.kind.rawValue, $0.value) < ($1.kind.rawValue, $1.value) }
        if let city = usable(record.city) {
            let folded = NameFolding.fold(city)
            if folded.hash != 0 {
                result.city = folded.hash
                result.citySkeleton = folded.skeleton
            }
        }
        result.birthDate = birthDate(record.birthDate)
        result.contactCount = Int32(contacts.count)
        return (result, contacts)
    }

    /// Features and contacts of `count` records (`record(i)` is the `i`-th) in parallel parts,
    /// each part with its own name memo.
    static func features(_ count: Int, of record: (Int) -> MatchRecord)
        -> [(features: RecordFeatures, contacts: [ContactFeature])] {
        // Few large parts: a memo pays off once its part has met most names.
        let parts = min(4, max(1, count / 1024))
        let memos = (0..<parts).map { _ in NameFeatureMemo() }
        return Parallel.map(count, parts: parts) { part, index in features(of: record(index), memo: memos[part]) }
    }

    private static func usable(_ text: String?) -> String? {
        guard let text, !text.isEmpty, !NormalizerText.isTestLeadText(text) else { return nil }
        let trimmed = NormalizerText.trimmed(text)
        return NormalizerText.isNullMarker(trimmed) ? nil : trimmed
    }

    /// Prepares one name part, through `memo` when there is one.
    static func name(_ text: String?, memo: NameFeatureMemo? = nil) -> NameFeature {
        guard let text else { return NameFeature() }
        let exact = StableHash.of(text)
        guard let memo else { return name(text, exact: exact) }
        return memo.feature(exact) { name(text, exact: exact) }
    }

    /// Prepares one name part whose text hashes to `exact`.
    private static func name(_ text: String, exact: UInt64) -> NameFeature {
        let folded = NameFolding.fold(text)
        let skeleton = folded.skeleton
        guard !skeleton.isEmpty else { return NameFeature() }
        var feature = NameFeature()
        feature.exact = exact
        feature.folded = folded.hash
        feature.skeleton = skeleton
        feature.skeletonHash = skeleton.stableHash
        feature.stem = NameSkeleton.surnameStem(skeleton).stableHash
        feature.nicknames = NicknameGroups.packed(skeleton)
        feature.isInitial = folded.scalarCount == 1
        feature.initials = NicknameGroups.initials(of: skeleton, groups: feature.nicknames)
        feature.isKnownFirstName = feature.nicknames != 0 || NicknameGroups.isKnownFirstName(skeleton)
        return feature
    }

    private static func emailFeature(_ email: String) -> ContactFeature {
        email.withUTF8Bytes(emailFeature)
    }

    private static func emailFeature(_ email: UnsafeBufferPointer<UInt8>) -> ContactFeature {
        var hash = StableHash.offset, local = StableHash.offset ^ (1 &* StableHash.prime)
        var localLength = 0, inLocal = true
        for byte in email {
            hash = (hash ^ UInt64(byte)) &* StableHash.prime
            if inLocal {
                if byte == UInt8(ascii: "@") { inLocal = false } else {
                    local = (local ^ UInt64(byte)) &* StableHash.prime
                    localLength += 1
                }
            }
        }
        let partial = !inLocal && localLength >= 3 ? max(local, 1) : 0
        return ContactFeature(kind: .email, value: max(hash, 1), partial: partial, text: ShortText(email))
    }

    /// An E.164 phone; numbers whose last seven digits use fewer than three different digits
    /// (`+79999999999`, `+74950000000`) are placeholders.
    private static func phoneFeature(_ phone: String) -> ContactFeature? {
        var digits = LatinBuffer()
        for byte in phone.utf8 where byte >= 0x30 && byte <= 0x39 { digits.append(byte) }
        guard digits.count >= 7 else { return nil }
        return digits.withBytes { bytes -> ContactFeature? in
            let lastSeven = UnsafeRawBufferPointer(rebasing: bytes[(bytes.count - 7)...])
            var seen: UInt16 = 0
            for digit in lastSeven { seen |= 1 << UInt16(digit - 0x30) }
            guard seen.nonzeroBitCount >= 3 else { return nil }
            return ContactFeature(kind: .phone, value: StableHash.of(bytes: bytes, salt: 2),
                                  partial: StableHash.of(bytes: lastSeven, salt: 4), text: ShortText(bytes))
        }
    }

    /// `yyyy-MM-dd` → `yyyymmdd`.
    static func birthDate(_ text: String?) -> Int32 {
        guard let text else { return 0 }
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int32(parts[0]), let month = Int32(parts[1]), let day = Int32(parts[2]),
              (1850...2100).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return 0 }
        return year * 10000 + month * 100 + day
    }
}

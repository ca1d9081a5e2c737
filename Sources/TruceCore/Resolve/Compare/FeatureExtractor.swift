import Foundation

/// Turns a `MatchRecord` into `RecordFeatures` and its contacts (see `FeatureStore`).
enum FeatureExtractor {
    /// Features and contacts of one record; names go through `memo` when there is one.
    static func features(of record: MatchRecord,
                         memo: NameFeatureMemo? = nil) -> (features: RecordFeatures, contacts: [ContactFeature]) {
        var contacts: [ContactFeature] = []
        let extracted = withUnsafePointer(to: record) { record in
            Self.features(of: UnsafeBufferPointer(start: record, count: 1), at: 0, memo: memo, appendingContactsTo: &contacts)
        }
        return (extracted, contacts)
    }

    /// Features of record `index` of `records`, whose contacts are appended to `contacts` (each
    /// value once, by kind then value) and located there by `contactStart` and `contactCount`: a
    /// batch of records shares one contact array instead of allocating one per record.
    ///
    /// The record is read in place, field by field: passing it by value copies it (a retain per
    /// field), which costs a good part of the extraction itself.
    static func features(of records: UnsafeBufferPointer<MatchRecord>, at index: Int, memo: NameFeatureMemo?,
                         appendingContactsTo contacts: inout [ContactFeature]) -> RecordFeatures {
        var result = RecordFeatures()
        let start = contacts.count
        var first = usable(records[index].firstName), last = usable(records[index].lastName)
        var middle = usable(records[index].middleName)
        if first == nil, last == nil, middle == nil, let full = usable(records[index].fullName) {
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
        for email in records[index].emails where !email.isEmpty {
            let feature = emailFeature(email)
            if !contacts[start...].contains(where: { $0.value == feature.value }) { contacts.append(feature) }
        }
        for phone in records[index].phones {
            if let feature = phoneFeature(phone), !contacts[start...].contains(where: { $0.value == feature.value }) {
                contacts.append(feature)
            }
        }
        contacts[start...].sort { ($0.kind.rawValue, $0.value) < ($1.kind.rawValue, $1.value) }
        if let city = usable(records[index].city) {
            let folded = NameFolding.fold(city)
            if folded.hash != 0 {
                result.city = folded.hash
                result.citySkeleton = folded.skeleton
            }
        }
        result.birthDate = birthDate(records[index].birthDate)
        result.contactStart = Int32(start)
        result.contactCount = Int32(contacts.count - start)
        return result
    }

    /// Features and contacts of `count` records (`record(i)` is the `i`-th) in parallel parts,
    /// each part with its own name memo.
    static func features(_ count: Int, of record: (Int) -> MatchRecord)
        -> [(features: RecordFeatures, contacts: [ContactFeature])] {
        let parts = partCount(count)
        let memos = (0..<parts).map { _ in NameFeatureMemo() }
        return Parallel.map(count, parts: parts) { part, index in features(of: record(index), memo: memos[part]) }
    }

    /// How many parallel parts extract `count` records: few large ones, since a memo pays off
    /// once its part has met most names.
    static func partCount(_ count: Int) -> Int {
        min(4, max(1, count / 1024))
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

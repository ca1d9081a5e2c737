/// Turning scanned digits into E.164 and rejecting numbers that cannot exist.
extension PhoneNormalizer {
    /// E.164 allows at most 15 digits; short codes and extension-less stubs are not reachable people.
    static let unknownCountryDigits = 8...15

    /// Resolves scanned digits against the default region and the numbering table.
    func resolve(_ scanned: ScannedNumber) -> Normalized<String> {
        let digits = scanned.digits
        if Self.isJunkPattern(digits[...]) { return Self.impossible("phone digits are a repeated or sequential pattern") }
        if scanned.hasPlus { return international(digits, allowUnknownCountry: true) }
        if digits.starts(with: [0, 0]) { return international(Array(digits.dropFirst(2)), allowUnknownCountry: true) }
        if let plan, let prefix = plan.internationalPrefixes.first(where: { digits.starts(with: $0) }),
           digits.count - prefix.count >= Self.unknownCountryDigits.lowerBound {
            return international(Array(digits.dropFirst(prefix.count)), allowUnknownCountry: true)
        }
        if let plan, let national = Self.nationalNumber(digits[...], in: plan) {
            return Self.e164(plan, national)
        }
        if let plan, digits.starts(with: plan.countryCode),
           let national = Self.nationalNumber(digits.dropFirst(plan.countryCode.count), in: plan) {
            return Self.e164(plan, national)
        }
        if digits.count >= 11 { return international(digits, allowUnknownCountry: false) }
        return Self.impossible("phone number has an impossible length or prefix for its region")
    }

    /// Resolves digits that start with a country code.
    private func international(_ digits: [UInt8], allowUnknownCountry: Bool) -> Normalized<String> {
        guard let first = digits.first, first != 0 else {
            return Self.impossible("country code cannot start with 0")
        }
        if let fixed = fixedMistypedSeven(digits) { return fixed }
        if let plan = Self.plan(prefixing: digits) {
            let rest = digits.dropFirst(plan.countryCode.count)
            guard let national = Self.nationalNumber(rest, in: plan, allowTrunk: true) else {
                return Self.impossible("phone number does not fit its country's numbering plan")
            }
            return Self.e164(plan, national)
        }
        guard allowUnknownCountry, Self.unknownCountryDigits.contains(digits.count) else {
            return Self.impossible("phone number has an impossible length")
        }
        return .value("+" + String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self))
    }

    /// `+8 916 …`: a Russian national number typed with `+` instead of dropping the trunk 8.
    private func fixedMistypedSeven(_ digits: [UInt8]) -> Normalized<String>? {
        guard let plan, plan.countryCode == [7], digits.count == 11, digits[0] == 8,
              Self.plan(prefixing: digits) == nil, plan.accepts(digits.dropFirst()) else { return nil }
        return Self.e164(plan, digits.dropFirst())
    }

    /// The national significant number, with or without the trunk prefix, or `nil`.
    static func nationalNumber(
        _ digits: ArraySlice<UInt8>, in plan: NumberingPlan, allowTrunk: Bool = true
    ) -> ArraySlice<UInt8>? {
        if !plan.trunkPrefix.isEmpty, allowTrunk, digits.starts(with: plan.trunkPrefix) {
            let stripped = digits.dropFirst(plan.trunkPrefix.count)
            if plan.accepts(stripped), !isJunkPattern(stripped) { return stripped }
        }
        if plan.accepts(digits), !isJunkPattern(digits) { return digits }
        return nil
    }

    /// `+`, the country code and the national number, written straight into the string (a
    /// number fits a small one) instead of into an array of bytes first.
    static func e164(_ plan: NumberingPlan, _ national: ArraySlice<UInt8>) -> Normalized<String> {
        .value(String(unsafeUninitializedCapacity: 1 + plan.countryCode.count + national.count) { buffer in
            buffer[0] = UInt8(ascii: "+")
            var count = 1
            func write(_ digits: some Sequence<UInt8>) {
                for digit in digits {
                    buffer[count] = digit + 0x30
                    count += 1
                }
            }
            write(plan.countryCode)
            write(national)
            return count
        })
    }

    /// Same digit throughout (`0000000`) or a straight run (`1234567890`, `9876543210`).
    static func isJunkPattern(_ digits: ArraySlice<UInt8>) -> Bool {
        guard digits.count >= 6 else { return false }
        var same = true, ascending = true, descending = true
        var previous = digits[digits.startIndex]
        for digit in digits.dropFirst() {
            same = same && digit == previous
            ascending = ascending && (previous + 1) % 10 == digit
            descending = descending && (digit + 1) % 10 == previous
            if !(same || ascending || descending) { return false }
            previous = digit
        }
        return true
    }
}

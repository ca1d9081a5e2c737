import Foundation

/// Numbers as importers get them: the shortest decimal of the value rounded to 15 significant
/// digits (Excel's precision, so `0.1+0.2` is `0.3`), plain notation (no exponent) from 1e-10 up
/// to 1e21, so integers keep every digit: a phone stored as the number 79161234567 is
/// `79161234567`, never `7.9161234567E10`. Outside that range: `1.5E+25`, `1E-12`.
enum XLSXNumberText {
    /// The text of a `<v>` value, taken as written when it already is a plain decimal of at
    /// most 15 significant digits (the common case, no parsing); else parsed and re-formatted.
    /// Nil when the bytes are not a number.
    static func fromRaw(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        if let plain = plainDecimal(raw) { return plain }
        guard let value = Double(String(decoding: raw, as: UTF8.self).trimmingCharacters(in: .whitespaces)) else {
            return nil
        }
        return format(value)
    }

    /// `-?digits(.digits)?` with ≤ 15 significant digits, trailing fraction zeros dropped.
    private static func plainDecimal(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        guard !raw.isEmpty, raw.count <= 40 else { return nil }
        var i = raw[0] == 0x2D ? 1 : 0
        let digitsStart = i
        var significant = 0
        var dot = -1
        var lastNonZero = -1
        var leading = true
        while i < raw.count {
            let byte = raw[i]
            if byte == 0x2E {
                if dot >= 0 { return nil }
                dot = i
            } else if byte >= 0x30 && byte <= 0x39 {
                if byte != 0x30 { leading = false; lastNonZero = i }
                if !leading { significant += 1 }
            } else {
                return nil
            }
            i += 1
        }
        if i == digitsStart || significant > 15 || dot == digitsStart || dot == raw.count - 1 { return nil }
        if raw.count - digitsStart > 1 && raw[digitsStart] == 0x30 && dot != digitsStart + 1 { return nil }
        var end = raw.count
        if dot >= 0 { end = lastNonZero > dot ? lastNonZero + 1 : dot }
        if lastNonZero < 0 { return "0" }
        return String(decoding: UnsafeBufferPointer(rebasing: raw[0..<end]), as: UTF8.self)
    }

    /// `value` rounded to 15 significant digits, in the notation described above.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "#NUM!" }
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var buffer = [CChar](repeating: 0, count: 40)
        let written = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.14e", $0) }
        guard written > 0 else { return String(value) }
        let text = String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return expand(text)
    }

    /// Turns `-d.dddddddddddddde±XX` into the shortest plain or E notation.
    private static func expand(_ scientific: String) -> String {
        guard let e = scientific.firstIndex(of: "e"), let exponent = Int(scientific[scientific.index(after: e)...])
        else { return scientific }
        var mantissa = scientific[..<e]
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa = mantissa.dropFirst() }
        var digits = Array(mantissa.filter { $0 != "." })
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        let sign = negative ? "-" : ""
        if exponent >= 21 || exponent < -10 {
            let rest = digits.count > 1 ? "." + String(digits.dropFirst()) : ""
            return "\(sign)\(digits[0])\(rest)E\(exponent < 0 ? "-" : "+")\(abs(exponent) < 10 ? "0" : "")\(abs(exponent))"
        }
        if exponent < 0 {
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + String(digits)
        }
        if digits.count <= exponent + 1 {
            return sign + String(digits) + String(repeating: "0", count: exponent + 1 - digits.count)
        }
        return sign + String(digits[0...exponent]) + "." + String(digits[(exponent + 1)...])
    }
}

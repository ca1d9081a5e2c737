/// Why two records are or are not one person: every comparison with its level and weight, the
/// total, the threshold and the decision. `text` is what `truce explain` prints.
public struct MatchExplanation: Sendable, Equatable, Codable {
    /// One comparison's contribution.
    public struct Line: Sendable, Equatable, Codable {
        public var field: MatchField
        /// Level name (`exact`, `translit`, `nickname`, `null`…).
        public var level: String
        /// Weight in bits (log2 of the likelihood ratio), term-frequency adjustment included.
        public var weight: Double
        /// The part of `weight` due to how common the agreeing value is (0 when not adjusted).
        public var termFrequencyAdjustment: Double
    }

    public enum Decision: String, Sendable, Codable {
        /// At or above the match threshold (or must-linked).
        case match
        /// In the review band.
        case review
        case noMatch = "no_match"
    }

    public var a: Int64
    public var b: Int64
    /// log2 of the prior odds that two random records match.
    public var priorWeight: Double
    public var lines: [Line]
    /// The names agreed only with first and last name swapped.
    public var swappedNames: Bool
    public var totalWeight: Double
    public var probability: Double
    public var matchThreshold: Double
    public var reviewThreshold: Double
    public var decision: Decision
    /// Clear disagreement that keeps the two apart in clustering (`first_name different`,
    /// `cannot-link decision`), if any.
    public var conflict: String?
    /// `must_link` or `cannot_link` when a person decided about this pair.
    public var humanDecision: String?

    /// The strongest comparisons, e.g. `phone exact +17.3, first_name nickname +4.1; p=0.9991`.
    public var reason: String {
        let strongest = lines.filter { $0.level != "null" }.sorted { abs($0.weight) > abs($1.weight) }.prefix(4)
        let parts = strongest.map { "\($0.field.rawValue) \($0.level) \(Self.signed($0.weight))" }
        return parts.joined(separator: ", ") + "; p=" + Self.fixed(probability, 4)
    }

    /// A table for the terminal.
    public var text: String {
        var rows = ["record \(a) vs record \(b)" + (swappedNames ? " (name order swapped)" : "")]
        rows.append(Self.pad("prior", 14) + Self.pad("", 12) + Self.signed(priorWeight))
        for line in lines {
            let tf = line.termFrequencyAdjustment == 0 ? "" : "  (term frequency \(Self.signed(line.termFrequencyAdjustment)))"
            rows.append(Self.pad(line.field.rawValue, 14) + Self.pad(line.level, 12) + Self.signed(line.weight) + tf)
        }
        rows.append(Self.pad("total", 26) + Self.signed(totalWeight) + "  p=" + Self.fixed(probability, 4))
        rows.append("threshold \(Self.fixed(matchThreshold, 2)), review from \(Self.fixed(reviewThreshold, 2)): "
                    + decision.rawValue.replacingOccurrences(of: "_", with: " "))
        if let humanDecision { rows.append("human decision: \(humanDecision)") }
        if let conflict { rows.append("kept apart: \(conflict)") }
        return rows.joined(separator: "\n")
    }

    static func signed(_ value: Double) -> String {
        (value >= 0 ? "+" : "") + fixed(value, 2)
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        let fraction = String(Int(rounded) % Int(scale))
        let padded = String(repeating: "0", count: max(0, digits - fraction.count)) + fraction
        return (value < 0 && rounded > 0 ? "-" : "") + "\(whole)" + (digits > 0 ? "." + padded : "")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}

import Foundation

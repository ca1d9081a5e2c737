import Foundation

/// A blocking rule: records that share a key built from all its parts become candidate pairs.
///
/// Written in YAML as parts joined by `+`, e.g. `phone`, `email`, `name`, `name_part+birth_date`.
/// Parts: `phone`, `phone_last7`, `email`, `email_local`, `name` (first and last name in either
/// order, diminutive-aware), `name_part` (any one of them), `first_name`, `surname` (gender-neutral
/// stem), `birth_date`, `city`. Only emails and phones still joining are keys.
public struct BlockingRule: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Part: String, Sendable, Hashable, CaseIterable {
        case phone, email, name, surname, city
        case phoneLast7 = "phone_last7"
        case emailLocal = "email_local"
        case namePart = "name_part"
        case firstName = "first_name"
        case birthDate = "birth_date"

        /// Whether the part is built from names only.
        var isNamePart: Bool {
            self == .name || self == .namePart || self == .firstName || self == .surname
        }

        /// Comparisons whose agreement the part implies (left out when EM trains on this rule).
        var fields: [MatchField] {
            switch self {
            case .phone, .phoneLast7: return [.phone]
            case .email, .emailLocal: return [.email]
            case .name, .namePart: return [.firstName, .surname]
            case .firstName: return [.firstName]
            case .surname: return [.surname]
            case .birthDate: return [.birthDate]
            case .city: return [.city]
            }
        }
    }

    public let parts: [Part]

    public init(_ parts: [Part]) {
        self.parts = parts
    }

    /// Parses `name_part+birth_date`; nil when a part is unknown or none is given.
    public init?(_ text: String) {
        let parts = text.split(separator: "+").map { Part(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        self.parts = parts.compactMap { $0 }
    }

    public var description: String { parts.map(\.rawValue).joined(separator: "+") }

    /// Comparisons implied by the rule.
    var fields: Set<MatchField> { Set(parts.flatMap(\.fields)) }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let rule = BlockingRule(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription:
                "unknown blocking rule '\(text)'; parts: \(Part.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        self = rule
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static let phone = BlockingRule([.phone])
    public static let email = BlockingRule([.email])
    public static let emailLocal = BlockingRule([.emailLocal])
    public static let name = BlockingRule([.name])
    public static let namePartBirthDate = BlockingRule([.namePart, .birthDate])
    public static let surname = BlockingRule([.surname])
}

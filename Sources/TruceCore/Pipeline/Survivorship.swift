import Foundation

/// Per-field rules for the golden profile: the `survivorship:` block of a pipeline.
///
/// ```yaml
/// survivorship:
///   roles: { manager_sheet: sheet, payments: payments }   # source → crm|marketing|sheet|payments
///   fields:
///     owner: [crm, sheet]        # roles or source names in priority order, then newest
///     city: most_common          # newest | oldest | most_common | [priority list]
///     first_touch: [marketing]
/// ```
///
/// Defaults follow department ownership: the CRM owns the responsible manager and deal stage,
/// marketing owns first touch and UTM, the newest non-empty value wins for names and contact
/// fields, and lists (emails, phones, needs…) are unions. A source's role defaults to its
/// importer definition's `role` (CRM exports → crm, ad platforms → marketing, generic → sheet).
public struct Survivorship: Sendable, Equatable {
    public enum Rule: Sendable, Equatable {
        /// The most recently imported non-empty value.
        case newest
        /// The first imported non-empty value.
        case oldest
        /// The value most records agree on; ties go to the newest.
        case mostCommon
        /// The newest value from the first role or source in the list that has one; else newest.
        case priority([String])
    }

    /// Profile fields a rule may be set for.
    public enum Field: String, Sendable, CaseIterable {
        case fullName = "full_name", firstName = "first_name", lastName = "last_name"
        case middleName = "middle_name", company, jobTitle = "job_title", city, owner
        case dealStage = "deal_stage", firstTouch = "first_touch"
    }

    public var rules: [Field: Rule]
    /// Source name → role, overriding the importer's default.
    public var roles: [String: SourceRole]

    public init(rules: [Field: Rule] = [:], roles: [String: SourceRole] = [:]) {
        self.rules = Self.defaults.merging(rules) { _, configured in configured }
        self.roles = roles
    }

    public static let defaults: [Field: Rule] = [
        .owner: .priority([SourceRole.crm.rawValue, SourceRole.sheet.rawValue]),
        .dealStage: .priority([SourceRole.crm.rawValue]),
        .firstTouch: .priority([SourceRole.marketing.rawValue]),
    ]

    /// The rule of `field` (newest unless configured or defaulted otherwise).
    public func rule(_ field: Field) -> Rule {
        rules[field] ?? .newest
    }
}

import Foundation

/// What identity resolution sees of one person record: names, contacts and its current profile.
///
/// Names arrive cleaned by the importer (display form); the engine folds and transliterates them
/// itself. Emails are normalized addresses, phones E.164. When only `fullName` is set, it is split
/// with `NameNormalizer.split`.
public struct MatchRecord: Sendable, Equatable, Codable {
    /// Source record id in the base; smaller ids were imported earlier.
    public var id: Int64
    /// Source name (e.g. `meta_leads`, `crm`), for explanations and reports.
    public var source: String
    public var fullName: String?
    public var firstName: String?
    public var lastName: String?
    /// Middle name or patronymic.
    public var middleName: String?
    /// Normalized email addresses.
    public var emails: [String]
    /// E.164 phone numbers.
    public var phones: [String]
    public var city: String?
    /// Birth date as `yyyy-MM-dd`.
    public var birthDate: String?
    /// When the record was seen (lead time, deal date); informative only.
    public var seenAt: Date?
    /// The profile the record belongs to from an earlier run, if any.
    public var profileID: String?
    /// Stable text a new profile id is derived from (source and content hash of the record).
    public var seed: String

    public init(
        id: Int64, source: String = "", fullName: String? = nil, firstName: String? = nil, lastName: String? = nil,
        middleName: String? = nil, emails: [String] = [], phones: [String] = [], city: String? = nil,
        birthDate: String? = nil, seenAt: Date? = nil, profileID: String? = nil, seed: String
    ) {
        self.id = id
        self.source = source
        self.fullName = fullName
        self.firstName = firstName
        self.lastName = lastName
        self.middleName = middleName
        self.emails = emails
        self.phones = phones
        self.city = city
        self.birthDate = birthDate
        self.seenAt = seenAt
        self.profileID = profileID
        self.seed = seed
    }
}

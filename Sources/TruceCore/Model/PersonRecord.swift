import Foundation

/// What one source record says about a person, normalized. Profiles are built from these.
public struct PersonRecord: Sendable, Equatable {
    public var fullName: String?
    public var firstName: String?
    public var lastName: String?
    public var middleName: String?
    /// Normalized (lower-cased, validated) addresses.
    public var emails: [String] = []
    /// E.164 numbers.
    public var phones: [String] = []
    public var company: String?
    public var jobTitle: String?
    public var city: String?
    public var region: String?
    public var country: String?
    /// Calendar day `yyyy-MM-dd`.
    public var birthDate: String?
    public var externalIDs: [String] = []
    public var owner: String?
    public var lifecycleStage: String?
    public var consent: String?
    public var needs: [String] = []
    public var objections: [String] = []
    public var interests: [String] = []
    public var notes: [String] = []

    public init() {}

    /// True when the record carries nothing that could describe a person.
    public var isEmpty: Bool {
        fullName == nil && firstName == nil && lastName == nil && emails.isEmpty && phones.isEmpty
            && company == nil && externalIDs.isEmpty
    }
}

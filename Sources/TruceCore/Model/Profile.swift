import Foundation

/// The golden profile of one person, merged from all of their source records.
public struct Profile: Sendable, Equatable {
    public var id: String
    public var fullName: String?
    public var firstName: String?
    public var lastName: String?
    public var middleName: String?
    public var emails: [String] = []
    public var phones: [String] = []
    public var company: String?
    public var jobTitle: String?
    public var city: String?
    public var owner: String?
    public var lifecycleStage: String = "lead"
    /// Stage of the newest deal, by the survivorship rule (the CRM's by default).
    public var dealStage: String?
    public var firstTouch: Date?
    public var firstTouchPlatform: String?
    public var firstTouchCampaign: String?
    /// UTM source and medium of the first touch.
    public var firstTouchSource: String?
    public var firstTouchMedium: String?
    public var lastTouch: Date?
    public var needs: [String] = []
    public var objections: [String] = []
    public var interests: [String] = []
    public var sources: [String] = []
    public var records: Int = 0
    public var deals: Int = 0
    public var wonDeals: Int = 0
    /// Won deal amounts per currency.
    public var wonAmount: [String: Decimal] = [:]
    /// Payments per currency.
    public var paidAmount: [String: Decimal] = [:]

    public init(id: String) {
        self.id = id
    }
}

import Foundation

/// Which department a source speaks for; survivorship rules name roles or source names.
public enum SourceRole: String, Sendable, CaseIterable, Codable {
    /// A CRM export (amoCRM, Bitrix24, HubSpot, Salesforce, Pipedrive): owns deals, stage, manager.
    case crm
    /// An ad platform (Meta, Google Ads, Yandex Direct, VK): owns first touch and UTM.
    case marketing
    /// A hand-kept spreadsheet or any generic source.
    case sheet
    /// Accounting or a payment provider.
    case payments
}

import Foundation

/// One marketing contact with a person: a lead form, a click with UTM tags, a site visit.
public struct Touchpoint: Sendable, Equatable {
    public var time: Date
    public var platform: String?
    public var source: String?
    public var medium: String?
    public var campaign: String?
    public var content: String?
    public var term: String?
    public var campaignID: String?
    public var adsetID: String?
    public var adsetName: String?
    public var adID: String?
    public var adName: String?
    public var formID: String?
    public var formName: String?
    public var landingURL: String?
    /// Click identifiers from the landing URL or their own columns.
    public var gclid: String?
    public var yclid: String?
    public var fbclid: String?

    public init(time: Date) {
        self.time = time
    }
}

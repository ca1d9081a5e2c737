/// Everything the comparisons need from one record, computed once per run.
struct RecordFeatures: Sendable {
    var first = NameFeature()
    var last = NameFeature()
    var middle = NameFeature()
    /// This record's emails and phones: `FeatureStore.contacts(of:)`.
    var contactStart: Int32 = 0
    var contactCount: Int32 = 0
    var city: UInt64 = 0
    var citySkeleton = ShortText()
    /// `yyyymmdd`, 0 when absent or unreadable.
    var birthDate: Int32 = 0
    /// Who the record says it is, for counting the different people behind one phone or email:
    /// the first name's first diminutive group or skeleton hash; 0 when there is no first name.
    var personKey: UInt64 = 0

    /// Records with no name, email or phone (Meta test leads, empty rows) identify nobody.
    var identifiesSomeone: Bool {
        first.isPresent || last.isPresent || contactCount > 0
    }
}

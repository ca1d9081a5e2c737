/// What the `person.external_ids` an importer reads say about people.
///
/// A CRM's own ids are the strongest evidence there is: two records of one HubSpot portal that
/// carry contact id `9002` are the same contact, whatever their names say. Ids only mean that
/// inside their system, so each rule names an id space; records read by importers of one space
/// that share an id become one profile on every run (see `ExternalIDLinks`). Ids of different
/// spaces never join anything (HubSpot contact `123` is not Pipedrive person `123`).
public struct PersonIDRule: Sendable, Equatable {
    /// The system and kind of object the ids name (`hubspot_contact`, `salesforce`, `meta_lead`).
    public var space: String
    /// Only a row's first id is its person: a HubSpot deal lists every associated contact in one
    /// cell, and the first one is the deal's person; the others are people of their own.
    public var firstOnly: Bool

    public init(space: String, firstOnly: Bool = false) {
        self.space = space
        self.firstOnly = firstOnly
    }
}

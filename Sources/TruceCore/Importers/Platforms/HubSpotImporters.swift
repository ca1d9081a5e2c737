import Foundation

/// HubSpot CRM exports (`hubspot-crm-exports-<view>-<date>.csv`): `Record ID`, the named
/// properties, association columns last. Facts: formats.md §7.3.
enum HubSpotImporters {
    static let lifecycle: [String: String] = [
        "subscriber": "lead", "lead": "lead", "marketing qualified lead": "qualified", "marketingqualifiedlead": "qualified",
        "sales qualified lead": "qualified", "salesqualifiedlead": "qualified", "opportunity": "opportunity",
        "customer": "customer", "evangelist": "customer", "other": "",
    ]

    static let contacts = ImporterDefinition(
        kind: "hubspot_contacts",
        title: "HubSpot contacts export",
        role: .crm,
        signature: HeaderSignature(
            required: [["Record ID", "Contact ID"], ["First Name"], ["Last Name"], ["Email", "Phone Number"]],
            optional: ["Contact owner", "Lifecycle Stage", "Lead Status", "Create Date", "Original Source",
                       "Associated Company", "Mobile Phone Number", "Job Title", "City", "Company Name",
                       "Associated Company IDs"],
            excluded: ["Deal Name"]),
        records: [RecordPlan(.person), RecordPlan(.touchpoint, perRow: true)],
        recordID: ["Record ID", "Contact ID"],
        fields: [
            FieldTemplate("person.external_ids", ["Record ID", "Contact ID"]),
            FieldTemplate("person.first_name", ["First Name"]),
            FieldTemplate("person.last_name", ["Last Name"]),
            FieldTemplate("person.emails", ["Email", "Additional email addresses", "Work email"]),
            FieldTemplate("person.phones", ["Phone Number", "Mobile Phone Number"]),
            FieldTemplate("person.company", ["Company Name", "Associated Company"]),
            FieldTemplate("person.job_title", ["Job Title"]),
            FieldTemplate("person.city", ["City"]),
            FieldTemplate("person.region", ["State/Region"]),
            FieldTemplate("person.country", ["Country/Region"]),
            FieldTemplate("person.owner", ["Contact owner", "HubSpot Owner"]),
            FieldTemplate("person.lifecycle_stage", ["Lifecycle Stage"], values: lifecycle),
            FieldTemplate("touchpoint.time", ["Create Date"]),
            FieldTemplate("touchpoint.source", ["Original Source"]),
            FieldTemplate("touchpoint.medium", ["Original Source Drill-Down 1"]),
            FieldTemplate("touchpoint.campaign", ["Original Source Drill-Down 2"]),
            FieldTemplate("touchpoint.landing_url", ["First Page Seen"]),
        ],
        personIDs: PersonIDRule(space: "hubspot_contact"))

    /// Deals carry no contact details, only association ids: a deal's person is its first
    /// associated contact, so the deal joins that contact's profile (`PersonIDRule`).
    static let deals = ImporterDefinition(
        kind: "hubspot_deals",
        title: "HubSpot deals export",
        role: .crm,
        signature: HeaderSignature(
            required: [["Record ID", "Deal ID"], ["Deal Name"], ["Deal Stage"]],
            optional: ["Amount", "Close Date", "Create Date", "Deal owner", "Pipeline", "Associated Contact",
                       "Associated Company", "Deal Type", "Associated Contact IDs"]),
        records: [RecordPlan(.deal), RecordPlan(.person, whenColumns: ["Associated Contact IDs"], perRow: true)],
        recordID: ["Record ID", "Deal ID"],
        fields: [
            FieldTemplate("deal.id", ["Record ID", "Deal ID"]),
            FieldTemplate("deal.name", ["Deal Name"]),
            FieldTemplate("deal.stage", ["Deal Stage"]),
            FieldTemplate("deal.pipeline", ["Pipeline"]),
            FieldTemplate("deal.amount", ["Amount"]),
            FieldTemplate("deal.currency", ["Currency"]),
            FieldTemplate("deal.owner", ["Deal owner", "Deal Owner"]),
            FieldTemplate("deal.created_at", ["Create Date"]),
            FieldTemplate("deal.closed_at", ["Close Date"]),
            FieldTemplate("deal.lost_reason", ["Closed Lost Reason"]),
            FieldTemplate("person.external_ids", ["Associated Contact IDs"]),
        ],
        personIDs: PersonIDRule(space: "hubspot_contact", firstOnly: true))
}

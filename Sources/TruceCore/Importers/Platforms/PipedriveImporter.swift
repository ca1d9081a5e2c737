import Foundation

/// Pipedrive export: `<Entity> - <Field>` headers (`Deal - Title`, `Person - Phone - Work`).
/// Deal columns give a deal, person columns a person; every `Person - Email …` and
/// `Person - Phone …` column is read. Facts: formats.md §7.5.
enum PipedriveImporter {
    static let export = ImporterDefinition(
        kind: "pipedrive",
        title: "Pipedrive export",
        role: .crm,
        signature: HeaderSignature(
            required: [["Deal - Title", "Deal - ID", "Person - Name", "Person - ID"]],
            optional: ["Deal - Value", "Deal - Currency", "Deal - Stage", "Deal - Status", "Deal - Owner",
                       "Deal - Pipeline", "Deal - Deal created", "Person - Email*", "Person - Phone*",
                       "Person - Organization", "Organization - Name"]),
        records: [RecordPlan(.deal, whenColumns: ["Deal - *"]), RecordPlan(.person, whenColumns: ["Person - *"]),
                  RecordPlan(.touchpoint, whenColumns: ["* - pd_utm_source", "*utm_source"], perRow: true)],
        recordID: ["Deal - ID", "Person - ID"],
        fields: [
            FieldTemplate("deal.id", ["Deal - ID"]),
            FieldTemplate("deal.name", ["Deal - Title"]),
            FieldTemplate("deal.amount", ["Deal - Value"]),
            FieldTemplate("deal.currency", ["Deal - Currency"]),
            FieldTemplate("deal.stage", ["Deal - Stage"]),
            FieldTemplate("deal.won", ["Deal - Status"], values: ["won": "true", "lost": "false", "open": "", "deleted": ""]),
            FieldTemplate("deal.owner", ["Deal - Owner"]),
            FieldTemplate("deal.pipeline", ["Deal - Pipeline"]),
            FieldTemplate("deal.created_at", ["Deal - Deal created"]),
            FieldTemplate("deal.closed_at", ["Deal - Won time", "Deal - Lost time", "Deal - Deal closed on"]),
            FieldTemplate("deal.lost_reason", ["Deal - Lost reason"]),
            FieldTemplate("person.external_ids", ["Person - ID"]),
            FieldTemplate("person.full_name", ["Person - Name", "Deal - Contact person"]),
            FieldTemplate("person.first_name", ["Person - First name"]),
            FieldTemplate("person.last_name", ["Person - Last name"]),
            FieldTemplate("person.company", ["Person - Organization", "Organization - Name", "Deal - Organization"]),
            FieldTemplate("person.emails", ["Person - Email*"]),
            FieldTemplate("person.phones", ["Person - Phone*"]),
            FieldTemplate("person.owner", ["Person - Owner"]),
            FieldTemplate("touchpoint.time", ["Person - Person created", "Deal - Deal created"]),
            FieldTemplate("touchpoint.source", ["* - pd_utm_source", "*utm_source"]),
            FieldTemplate("touchpoint.medium", ["* - pd_utm_medium", "*utm_medium"]),
            FieldTemplate("touchpoint.campaign", ["* - pd_utm_campaign", "*utm_campaign"]),
        ],
        personIDs: PersonIDRule(space: "pipedrive_person"))
}

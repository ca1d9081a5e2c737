import Foundation

/// Salesforce report export ("Details Only" CSV): the report's own columns, all quoted, then a
/// footer of blank lines, `"Grand Totals (N records)"`, a confidentiality line and a copyright
/// line, all dropped. Opportunity columns give deals; contact or lead columns give persons.
/// Facts: formats.md §7.4.
enum SalesforceImporter {
    static let report = ImporterDefinition(
        kind: "salesforce_report",
        title: "Salesforce report export",
        role: .crm,
        signature: HeaderSignature(
            required: [["Opportunity Name", "Opportunity ID", "Opportunity Owner", "Lead ID", "Lead Owner", "Contact ID",
                        "Contact Owner", "Account Owner"]],
            optional: ["Account Name", "Stage", "Amount", "Close Date", "Created Date", "Lead Source", "First Name",
                       "Last Name", "Email", "Phone", "Mobile", "Title", "Company / Account", "Lead Status",
                       "Probability (%)", "Type", "Fiscal Period", "Next Step"]),
        records: [RecordPlan(.deal, whenColumns: ["Opportunity Name", "Opportunity ID", "Stage"]),
                  RecordPlan(.person, whenColumns: ["First Name", "Last Name", "Email", "Phone", "Mobile", "Contact Name",
                                                    "Full Name"])],
        recordID: ["Opportunity ID", "Lead ID", "Contact ID"],
        fields: [
            FieldTemplate("deal.id", ["Opportunity ID"]),
            FieldTemplate("deal.name", ["Opportunity Name"]),
            FieldTemplate("deal.stage", ["Stage"]),
            FieldTemplate("deal.amount", ["Amount"]),
            FieldTemplate("deal.currency", ["Amount Currency", "Opportunity Currency", "Currency"]),
            FieldTemplate("deal.owner", ["Opportunity Owner"]),
            FieldTemplate("deal.created_at", ["Created Date"]),
            FieldTemplate("deal.closed_at", ["Close Date"]),
            FieldTemplate("deal.lost_reason", ["Loss Reason"]),
            FieldTemplate("person.external_ids", ["Lead ID", "Contact ID"]),
            FieldTemplate("person.full_name", ["Contact Name", "Full Name"]),
            FieldTemplate("person.first_name", ["First Name"]),
            FieldTemplate("person.last_name", ["Last Name"]),
            FieldTemplate("person.emails", ["Email"]),
            FieldTemplate("person.phones", ["Phone", "Mobile", "Mobile Phone"]),
            FieldTemplate("person.company", ["Account Name", "Company / Account", "Company"]),
            FieldTemplate("person.job_title", ["Title"]),
            FieldTemplate("person.city", ["City", "Mailing City"]),
            FieldTemplate("person.owner", ["Lead Owner", "Contact Owner", "Account Owner"]),
        ],
        rows: [
            RowRule(.firstCellPrefix(["Grand Totals"]), .footer, endsData: true),
            RowRule(.firstCellPrefix(["Confidential Information", "Copyright (c)", "Copyright ©", "©"]), .footer,
                    endsData: true),
        ],
        personIDs: PersonIDRule(space: "salesforce"))
}

import Foundation
import Testing
@testable import TruceCore

/// CRM ids join records: a HubSpot deal, which carries only its contacts' ids, lands on the
/// profile of its first associated contact, in the run that imports it and in any later one.
@Suite struct ExternalIDLinkTests {
    private let contacts = """
        "Record ID","First Name","Last Name","Email","Phone Number","Create Date"
        "101","Ana","Lopez","ana.lopez@acme-corp.io","+1 415-555-0101","2024-03-12 09:14"
        "102","Bill","Lumbergh","bill@initech.io","","2024-03-13 10:00"
        "103","Peter","Gibbons","peter@initech.io","","2024-03-13 11:00"
        """
    private let deals = """
        "Record ID","Deal Name","Deal Stage","Pipeline","Amount","Close Date","Create Date","Deal owner","Associated Contact IDs"
        "9001","Acme — annual plan","Closed Won","Sales Pipeline","12000","2024-03-29 16:00","2024-03-01 10:00","Sam Sales","101"
        "9002","Globex — pilot","Appointment Scheduled","Sales Pipeline","","","2024-03-10 12:30","Sam Sales",""
        "9003","Initech — renewal","Closed Lost","Sales Pipeline","3000","2024-03-20 09:00","2024-02-01 09:00","Kim Reps","102;103"
        "9004","Umbrella — trial","Closed Lost","Sales Pipeline","500","2024-03-21 09:00","2024-02-02 09:00","Kim Reps","999;101"
        """

    private func pipeline(in folder: URL) throws -> PipelineConfig {
        let yaml = """
            version: 1
            timezone: America/New_York
            default_region: US
            store: sqlite:base.sqlite
            sources:
              - { name: hubspot_contacts, importer: hubspot_contacts, path: contacts }
              - { name: hubspot_deals, importer: hubspot_deals, path: deals }
            exports:
              - { destination: lineage, path: out/lineage.csv }
              - { destination: profiles, path: out/profiles.csv }
            """
        return try PipelineLoader.load(path: TestPaths.write(yaml, "pipeline.yaml", in: folder))
    }

    /// `source,record` → profile id, from the lineage export.
    private func lineage(_ folder: URL) throws -> [String: String] {
        let text = try String(contentsOf: folder.appendingPathComponent("out/lineage.csv"), encoding: .utf8)
        var result: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            result["\(cells[0]),\(cells[2])"] = cells[3]
        }
        return result
    }

    private func expectDealsOnTheirContacts(_ profiles: [String: String]) {
        let ana = profiles["hubspot_contacts,1"] ?? "", bill = profiles["hubspot_contacts,2"] ?? ""
        let peter = profiles["hubspot_contacts,3"] ?? ""
        #expect(ana.hasPrefix("p_") && bill.hasPrefix("p_") && peter.hasPrefix("p_"))
        #expect(Set([ana, bill, peter]).count == 3, "a deal with two contacts must not merge them")
        #expect(profiles["hubspot_deals,1"] == ana)
        #expect(profiles["hubspot_deals,3"] == bill, "the first associated contact is the deal's person")
        #expect(profiles["hubspot_deals,2"] == "", "a deal without contacts identifies nobody")
        #expect(profiles["hubspot_deals,4"] == "", "its first contact (999) is not in the base; the second does not count")
    }

    @Test func dealsJoinTheirContactsInOneRun() throws {
        let folder = TestPaths.temporaryFolder()
        _ = TestPaths.write(contacts, "contacts/all-contacts.csv", in: folder)
        _ = TestPaths.write(deals, "deals/all-deals.csv", in: folder)
        _ = try SyncRunner().sync(try pipeline(in: folder), options: SyncOptions(workingDirectory: folder))
        expectDealsOnTheirContacts(try lineage(folder))
        let profiles = try String(contentsOf: folder.appendingPathComponent("out/profiles.csv"), encoding: .utf8)
        let anaRow = try #require(profiles.split(separator: "\n").first { $0.contains("ana.lopez@acme-corp.io") })
        #expect(anaRow.contains("Closed Won"), "the deal's stage reaches its contact's profile")
    }

    @Test func dealsImportedInALaterRunJoinContactsFromAnEarlierOne() throws {
        let folder = TestPaths.temporaryFolder()
        _ = TestPaths.write(contacts, "contacts/all-contacts.csv", in: folder)
        let config = try pipeline(in: folder)
        var contactsOnly = SyncOptions(workingDirectory: folder)
        contactsOnly.only = ["hubspot_contacts"]
        _ = try SyncRunner().sync(config, options: contactsOnly)
        let before = try lineage(folder)
        _ = TestPaths.write(deals, "deals/all-deals.csv", in: folder)
        _ = try SyncRunner().sync(config, options: SyncOptions(workingDirectory: folder))
        let after = try lineage(folder)
        expectDealsOnTheirContacts(after)
        #expect(after["hubspot_contacts,1"] == before["hubspot_contacts,1"], "the contact keeps its profile id")
    }

    @Test func idsJoinOnlyInsideTheirSpace() {
        let registry = ImporterRegistry.builtIn
        let ids = [
            StoredExternalID(recordID: 1, importer: "hubspot_contacts", value: "101"),
            StoredExternalID(recordID: 2, importer: "hubspot_deals", value: "102"),
            StoredExternalID(recordID: 2, importer: "hubspot_deals", value: "101"),
            StoredExternalID(recordID: 3, importer: "hubspot_contacts", value: "102"),
            StoredExternalID(recordID: 4, importer: "pipedrive", value: "101"),
            StoredExternalID(recordID: 5, importer: nil, value: "101"),
            StoredExternalID(recordID: 6, importer: "pipedrive", value: "101"),
        ]
        #expect(ExternalIDLinks.links(ids, importers: registry) == [RecordPair(2, 3), RecordPair(4, 6)])
        let crowd = (1...(ExternalIDLinks.largestGroup + 1)).map {
            StoredExternalID(recordID: Int64($0), importer: "salesforce_report", value: "same")
        }
        #expect(ExternalIDLinks.links(crowd, importers: registry).isEmpty, "an id on every record is a mapping mistake")
    }
}

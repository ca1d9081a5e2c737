import Foundation

/// What one sync or import did, for the terminal, `--json` and the `runs` table.
public struct RunSummary: Sendable, Equatable {
    public struct SourceTotals: Sendable, Equatable {
        public var source: String
        public var files = 0
        /// Files whose content was already imported (nothing added).
        public var unchangedFiles = 0
        public var records = 0
        /// New records.
        public var imported = 0
        /// Records an earlier file brought, whose content changed (matched by native id).
        public var updated = 0
        /// Records an earlier file brought unchanged.
        public var unchangedRecords = 0
        public var quarantined = 0
        /// Further lines folded into a record (Bitrix24 product rows); each is in lineage.
        public var mergedLines = 0
        /// Platform test records (Meta test leads): read, never turned into profiles.
        public var testRecords = 0
        public var dropped: [String: Int] = [:]
        /// Files read per importer kind (the detected ones under `importer: auto`).
        public var importers: [String: Int] = [:]
        /// Rejected identifiers by reason code (`email_placeholder`, `phone_impossible`, …).
        public var rejected: [String: Int] = [:]

        public init(source: String) {
            self.source = source
        }
    }

    public var runID: Int64?
    public var dryRun = false
    public var sources: [SourceTotals] = []
    public var quarantine: [QuarantinedRow] = []
    public var profiles = 0
    public var newProfiles = 0
    public var mergedProfiles = 0
    /// What identity resolution did (scope, pairs, merges, splits, review).
    public var resolution = ResolutionSummary()
    public var exports: [(destination: String, path: String, rows: Int)] = []

    public init() {}

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.json == rhs.json
    }

    /// Deterministic JSON (keys in fixed order, no timestamps).
    public var json: String {
        let sourceItems = sources.map { s in
            "{\"source\":\(JSONText.quote(s.source)),\"files\":\(s.files),\"unchanged_files\":\(s.unchangedFiles),"
                + "\"importers\":\(Self.object(s.importers)),"
                + "\"records\":\(s.records),\"imported\":\(s.imported),\"updated\":\(s.updated),"
                + "\"unchanged_records\":\(s.unchangedRecords),\"merged_lines\":\(s.mergedLines),"
                + "\"quarantined\":\(s.quarantined),\"test_records\":\(s.testRecords),"
                + "\"dropped\":\(Self.object(s.dropped)),\"rejected_identifiers\":\(Self.object(s.rejected))}"
        }
        let quarantineItems = quarantine.map { q in
            "{\"source\":\(JSONText.quote(q.ref.source)),\"file\":\(JSONText.quote(q.ref.file)),\"record\":\(q.ref.record),"
                + "\"line\":\(q.line),\"field\":\(q.field.map(JSONText.quote) ?? "null"),\"reason\":\(JSONText.quote(q.reason))}"
        }
        let exportItems = exports.map {
            "{\"destination\":\(JSONText.quote($0.destination)),\"path\":\(JSONText.quote($0.path)),\"rows\":\($0.rows)}"
        }
        return "{\"run\":\(runID.map(String.init) ?? "null"),\"dry_run\":\(dryRun),"
            + "\"sources\":[\(sourceItems.joined(separator: ","))],"
            + "\"quarantine\":[\(quarantineItems.joined(separator: ","))],"
            + "\"profiles\":\(profiles),\"new_profiles\":\(newProfiles),\"merged_profiles\":\(mergedProfiles),"
            + "\"resolution\":\(Self.json(resolution)),"
            + "\"exports\":[\(exportItems.joined(separator: ","))]}"
    }

    private static func json(_ r: ResolutionSummary) -> String {
        "{\"incremental\":\(r.incremental),\"trained_model\":\(r.trainedModel),\"records\":\(r.records),"
            + "\"records_in_scope\":\(r.recordsInScope),\"pairs_scored\":\(r.pairsScored),"
            + "\"matched_pairs\":\(r.matchedPairs),\"merges\":\(r.merges),\"splits\":\(r.splits),"
            + "\"review_pairs\":\(r.reviewPairs),\"unassigned\":\(r.unassigned),"
            + "\"shared_identifiers\":\(r.sharedIdentifiers),\"unsatisfiable_links\":\(r.unsatisfiableLinks)}"
    }

    private static func object(_ counts: [String: Int]) -> String {
        "{" + counts.keys.sorted().map { "\(JSONText.quote($0)):\(counts[$0] ?? 0)" }.joined(separator: ",") + "}"
    }
}

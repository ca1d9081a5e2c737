import Foundation
import GRDB

/// Versioned migrations of the SQLite base. Never edit a shipped migration: add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-foundation") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2-platform-importers") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3-record-matching") { db in
            try db.execute(sql: """
                CREATE INDEX source_records_native ON source_records(source, native_id);
                CREATE INDEX source_records_hash ON source_records(source, content_hash);
                """)
        }
        migrator.registerMigration("v4-bulk-import") { db in
            // A re-imported record drops the lines once folded into it; without this index each
            // such delete scanned every source record.
            try db.execute(sql: """
                CREATE INDEX source_records_merged ON source_records(merged_into) WHERE merged_into IS NOT NULL
                """)
        }
        migrator.registerMigration("v5-resolution") { db in
            try db.execute(sql: resolution)
        }
        migrator.registerMigration("v6-clustered-identifiers") { db in
            try db.execute(sql: clusteredIdentifiers)
        }
        migrator.registerMigration("v7-partial-lookup-indexes") { db in
            try db.execute(sql: partialLookupIndexes)
        }
        return migrator
    }

    /// Lookup indexes cut to the rows their lookups can find. A record is found by content hash
    /// only when it has no native id (a row with an id is matched by its id), and identifiers are
    /// looked up by value only for external ids (CRM ids shared between records); emails and
    /// phones are compared in memory by resolution. On a million Meta leads, which all have ids,
    /// the two full indexes held four million entries a first load had to sort and write.
    private static let partialLookupIndexes = """
    DROP INDEX source_records_hash;
    CREATE INDEX source_records_hash ON source_records(source, content_hash) WHERE native_id IS NULL;
    DROP INDEX identifiers_value;
    CREATE INDEX identifiers_external_id ON identifiers(value) WHERE kind = 'external_id';
    """

    /// Identifiers kept in one B-tree ordered by (record, kind, value) instead of a rowid table
    /// plus a separate primary-key index: each stored identifier is one insert, not two, and a
    /// record's identifiers sit together. `position` keeps the order the row listed them in (the
    /// old rowid order), which "a deal's first contact id" depends on.
    private static let clusteredIdentifiers = """
    CREATE TABLE identifiers_v6 (
        record_id INTEGER NOT NULL REFERENCES source_records(id), kind TEXT NOT NULL, value TEXT NOT NULL,
        position INTEGER NOT NULL, PRIMARY KEY (record_id, kind, value)) WITHOUT ROWID;
    INSERT INTO identifiers_v6 (record_id, kind, value, position) SELECT record_id, kind, value, rowid FROM identifiers;
    DROP TABLE identifiers;
    ALTER TABLE identifiers_v6 RENAME TO identifiers;
    CREATE INDEX identifiers_value ON identifiers(kind, value);
    """

    /// Platform importers: campaign stats keyed by period and breakdown (so a report restating
    /// a range replaces it), campaign metadata, click ids on touchpoints, and repeated lines of
    /// one record (Bitrix24 product rows) linked to it.
    private static let v2 = """
    CREATE TABLE campaign_stats_v2 (
        platform TEXT NOT NULL, account TEXT NOT NULL, campaign_key TEXT NOT NULL, grain TEXT NOT NULL,
        date TEXT NOT NULL, end_date TEXT NOT NULL, campaign_id TEXT, campaign TEXT, ad_group_id TEXT,
        ad_group TEXT, ad_id TEXT, ad TEXT, segment TEXT, impressions INTEGER, clicks INTEGER, spend TEXT,
        currency TEXT, conversions TEXT, record_id INTEGER NOT NULL REFERENCES source_records(id),
        PRIMARY KEY (platform, account, campaign_key, grain, date, end_date));
    INSERT INTO campaign_stats_v2 (platform, account, campaign_key, grain, date, end_date, campaign_id, campaign,
        impressions, clicks, spend, currency, conversions, record_id)
        SELECT platform, account, campaign_key, '', date, date, campaign_id, campaign, impressions, clicks, spend,
            currency, conversions, record_id FROM campaign_stats;
    DROP TABLE campaign_stats;
    ALTER TABLE campaign_stats_v2 RENAME TO campaign_stats;
    CREATE TABLE campaigns (
        platform TEXT NOT NULL, account TEXT NOT NULL, campaign_key TEXT NOT NULL, campaign_id TEXT, name TEXT,
        type TEXT, status TEXT, budget TEXT, budget_currency TEXT, budget_period TEXT, bid_strategy TEXT,
        networks TEXT, labels TEXT, start_date TEXT, end_date TEXT,
        record_id INTEGER NOT NULL REFERENCES source_records(id),
        PRIMARY KEY (platform, account, campaign_key));
    ALTER TABLE touchpoints ADD COLUMN gclid TEXT;
    ALTER TABLE touchpoints ADD COLUMN yclid TEXT;
    ALTER TABLE touchpoints ADD COLUMN fbclid TEXT;
    ALTER TABLE source_records ADD COLUMN merged_into INTEGER REFERENCES source_records(id);
    """

    private static let v1 = """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY, pipeline TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,
        status TEXT NOT NULL, summary TEXT);
    CREATE TABLE files (
        id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), source TEXT NOT NULL,
        path TEXT NOT NULL, content_hash TEXT NOT NULL, encoding TEXT, records INTEGER NOT NULL DEFAULT 0,
        UNIQUE (source, content_hash));
    CREATE TABLE source_records (
        id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files(id), source TEXT NOT NULL,
        file TEXT NOT NULL, record INTEGER NOT NULL, native_id TEXT, content_hash TEXT NOT NULL,
        raw TEXT NOT NULL, profile_id TEXT);
    CREATE INDEX source_records_profile ON source_records(profile_id);
    CREATE TABLE persons (
        record_id INTEGER PRIMARY KEY REFERENCES source_records(id), full_name TEXT, first_name TEXT,
        last_name TEXT, middle_name TEXT, company TEXT, job_title TEXT, city TEXT, region TEXT, country TEXT,
        birth_date TEXT, owner TEXT, lifecycle_stage TEXT, consent TEXT, needs TEXT, objections TEXT,
        interests TEXT, notes TEXT, seen_at TEXT);
    CREATE TABLE identifiers (
        record_id INTEGER NOT NULL REFERENCES source_records(id), kind TEXT NOT NULL, value TEXT NOT NULL,
        PRIMARY KEY (record_id, kind, value));
    CREATE INDEX identifiers_value ON identifiers(kind, value);
    CREATE TABLE touchpoints (
        record_id INTEGER PRIMARY KEY REFERENCES source_records(id), time TEXT NOT NULL, platform TEXT,
        source TEXT, medium TEXT, campaign TEXT, content TEXT, term TEXT, campaign_id TEXT, adset_id TEXT,
        adset_name TEXT, ad_id TEXT, ad_name TEXT, form_id TEXT, form_name TEXT, landing_url TEXT);
    CREATE TABLE deals (
        record_id INTEGER PRIMARY KEY REFERENCES source_records(id), deal_id TEXT, name TEXT, pipeline TEXT,
        stage TEXT, amount TEXT, currency TEXT, owner TEXT, created_at TEXT, closed_at TEXT,
        lost_reason TEXT, outcome TEXT NOT NULL);
    CREATE TABLE payments (
        record_id INTEGER PRIMARY KEY REFERENCES source_records(id), date TEXT NOT NULL, amount TEXT NOT NULL,
        currency TEXT, payer TEXT, reference TEXT);
    CREATE TABLE campaign_stats (
        platform TEXT NOT NULL, account TEXT NOT NULL, campaign_key TEXT NOT NULL, date TEXT NOT NULL,
        campaign_id TEXT, campaign TEXT, impressions INTEGER, clicks INTEGER, spend TEXT, currency TEXT,
        conversions TEXT, record_id INTEGER NOT NULL REFERENCES source_records(id),
        PRIMARY KEY (platform, account, campaign_key, date));
    CREATE TABLE profiles (
        id TEXT PRIMARY KEY, created_run INTEGER NOT NULL, updated_run INTEGER NOT NULL);
    CREATE TABLE profile_redirects (
        old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL, run_id INTEGER NOT NULL);
    CREATE TABLE quarantine (
        id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), source TEXT NOT NULL,
        file TEXT NOT NULL, record INTEGER NOT NULL, line INTEGER NOT NULL, field TEXT, reason TEXT NOT NULL,
        raw TEXT NOT NULL);
    """
}

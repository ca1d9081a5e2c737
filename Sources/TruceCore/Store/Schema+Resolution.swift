import Foundation

/// Tables of probabilistic identity resolution (migration `v5-resolution`).
extension Schema {
    /// - `match_model`: the model the last full run trained, with the settings it was trained for;
    ///   a later run with the same settings reuses it (and may run incrementally).
    /// - `match_state`: what the next incremental run needs of every record (`MatchState`, a
    ///   versioned binary blob); only a cache, rebuilt by a full run when missing or stale.
    /// - `record_links`: people's must-link / cannot-link decisions between two records, keyed by
    ///   the records' stable keys (`source|id:NATIVE` or `source|hash:CONTENT`), so they survive
    ///   re-imports, re-training and a rebuilt base.
    /// - `profile_events`: the audit log of merges and splits (what, when, which run, why).
    /// - `files.importer`: the importer that read each file, so survivorship knows a source's role.
    static let resolution = """
    ALTER TABLE files ADD COLUMN importer TEXT;
    CREATE TABLE match_model (
        id INTEGER PRIMARY KEY CHECK (id = 1), run_id INTEGER NOT NULL, settings TEXT NOT NULL,
        model TEXT NOT NULL, records INTEGER NOT NULL);
    CREATE TABLE match_state (id INTEGER PRIMARY KEY CHECK (id = 1), run_id INTEGER NOT NULL, state BLOB NOT NULL);
    CREATE TABLE record_links (
        left_key TEXT NOT NULL, right_key TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('must', 'cannot')),
        decided_at TEXT NOT NULL, origin TEXT NOT NULL, PRIMARY KEY (left_key, right_key));
    CREATE TABLE profile_events (
        id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), kind TEXT NOT NULL,
        profile_id TEXT NOT NULL, other_id TEXT NOT NULL, records TEXT NOT NULL, reason TEXT NOT NULL,
        at TEXT NOT NULL);
    CREATE INDEX profile_events_profile ON profile_events(profile_id);
    """
}

/*
 * The SQLite floor of an import: stores again, in a fresh base, exactly the rows a Truce import
 * stored, with nothing else to do — no reading, decoding, mapping or hashing, every value already
 * in memory. Whatever Truce's import stage costs above this is Truce's; this much is the base's.
 *
 * Usage: sqlite_floor SOURCE.sqlite OUT.sqlite
 *
 * SOURCE is a base right after `truce-bench import … --keep-store` (one file imported). OUT gets
 * SOURCE's schema and settings (16 KB pages, 64 MB cache) and is loaded the way Truce loads an
 * empty base: rollback journal, synchronous FULL, foreign keys off, the lookup and write-only
 * indexes dropped and built after the rows. Each source record is inserted with the same
 * statements Truce uses (rowid assigned by SQLite, children keyed by it; identifiers with
 * INSERT OR IGNORE), in the same order, in one transaction.
 *
 * Prints one JSON line: `seconds` covers the inserts and the indexes resolution needs (Truce's
 * import stage ends there); `commit_seconds` the foreign-key check, the profile index and COMMIT.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static sqlite3 *out;

static void fail(sqlite3 *db, const char *what) {
    fprintf(stderr, "sqlite_floor: %s: %s\n", what, sqlite3_errmsg(db));
    exit(1);
}

static void run(sqlite3 *db, const char *sql) {
    char *message = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &message) != SQLITE_OK) {
        fprintf(stderr, "sqlite_floor: %s: %s\n", sql, message ? message : "?");
        exit(1);
    }
}

static double seconds_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* One table's rows in memory, in key order, and the statement that inserts them into OUT. */
struct table {
    const char *name;
    int columns;
    int key_column;      /* record_id (children) or id (source_records) */
    int skipped_column;  /* profile_id of source_records, bound NULL; -1 for none */
    size_t count;
    sqlite3_value **values; /* count × columns */
    sqlite3_stmt *insert;
};

static void load(sqlite3 *source, struct table *table, const char *verb) {
    char sql[256];
    snprintf(sql, sizeof sql, "SELECT * FROM %s ORDER BY %s", table->name,
             strcmp(table->name, "source_records") == 0 ? "id" : "record_id");
    sqlite3_stmt *select;
    if (sqlite3_prepare_v2(source, sql, -1, &select, NULL) != SQLITE_OK) fail(source, sql);
    table->columns = sqlite3_column_count(select);
    table->key_column = table->skipped_column = -1;
    char columns[2048] = "", marks[512] = "";
    for (int c = 0; c < table->columns; c++) {
        const char *name = sqlite3_column_name(select, c);
        if (strcmp(name, "record_id") == 0 || strcmp(name, "id") == 0) table->key_column = c;
        if (strcmp(table->name, "source_records") == 0 && strcmp(name, "profile_id") == 0) table->skipped_column = c;
        strcat(columns, c ? ", " : "");
        strcat(columns, name);
        strcat(marks, c ? ", ?" : "?");
    }
    size_t capacity = 1024;
    table->values = malloc(capacity * table->columns * sizeof *table->values);
    table->count = 0;
    int step;
    while ((step = sqlite3_step(select)) == SQLITE_ROW) {
        if (table->count == capacity) {
            capacity *= 2;
            table->values = realloc(table->values, capacity * table->columns * sizeof *table->values);
        }
        for (int c = 0; c < table->columns; c++) {
            table->values[table->count * table->columns + c] = sqlite3_value_dup(sqlite3_column_value(select, c));
        }
        table->count++;
    }
    if (step != SQLITE_DONE) fail(source, sql);
    sqlite3_finalize(select);
    char insert[4096];
    snprintf(insert, sizeof insert, "%s INTO %s (%s) VALUES (%s)", verb, table->name, columns, marks);
    if (sqlite3_prepare_v3(out, insert, -1, SQLITE_PREPARE_PERSISTENT, &table->insert, NULL) != SQLITE_OK) fail(out, insert);
}

/* Inserts row `row` of `table`, with `key` (when not 0) in place of its key column. */
static void insert(struct table *table, size_t row, sqlite3_int64 key) {
    sqlite3_value **values = table->values + row * table->columns;
    for (int c = 0; c < table->columns; c++) {
        int rc;
        if (c == table->skipped_column) rc = sqlite3_bind_null(table->insert, c + 1);
        else if (c == table->key_column) rc = key ? sqlite3_bind_int64(table->insert, c + 1, key)
                                                  : sqlite3_bind_null(table->insert, c + 1);
        else rc = sqlite3_bind_value(table->insert, c + 1, values[c]);
        if (rc != SQLITE_OK) fail(out, "bind");
    }
    if (sqlite3_step(table->insert) != SQLITE_DONE) fail(out, table->name);
    sqlite3_reset(table->insert);
}

static sqlite3_int64 key_of(struct table *table, size_t row) {
    return sqlite3_value_int64(table->values[row * table->columns + table->key_column]);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: sqlite_floor SOURCE.sqlite OUT.sqlite\n");
        return 64;
    }
    sqlite3 *source;
    if (sqlite3_open_v2(argv[1], &source, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) fail(source, argv[1]);
    remove(argv[2]);
    if (sqlite3_open(argv[2], &out) != SQLITE_OK) fail(out, argv[2]);
    run(out, "PRAGMA page_size = 16384; PRAGMA cache_size = -65536; PRAGMA journal_mode = DELETE;"
             "PRAGMA synchronous = FULL; PRAGMA foreign_keys = OFF");

    /* The schema, then the small tables the records point at (runs, files, migrations). */
    sqlite3_stmt *schema;
    const char *schema_sql = "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                             "ORDER BY type = 'index', rowid";
    if (sqlite3_prepare_v2(source, schema_sql, -1, &schema, NULL) != SQLITE_OK) fail(source, "schema");
    while (sqlite3_step(schema) == SQLITE_ROW) run(out, (const char *)sqlite3_column_text(schema, 0));
    sqlite3_finalize(schema);
    static const char *deferred[] = {"source_records_native", "source_records_hash", "identifiers_external_id",
                                     "source_records_profile"};
    char *definitions[4];
    for (int i = 0; i < 4; i++) {
        char sql[256];
        snprintf(sql, sizeof sql, "SELECT sql FROM sqlite_master WHERE name = '%s'", deferred[i]);
        sqlite3_stmt *lookup;
        if (sqlite3_prepare_v2(out, sql, -1, &lookup, NULL) != SQLITE_OK) fail(out, sql);
        if (sqlite3_step(lookup) != SQLITE_ROW) {
            fprintf(stderr, "sqlite_floor: no index %s in the source base\n", deferred[i]);
            return 1;
        }
        definitions[i] = strdup((const char *)sqlite3_column_text(lookup, 0));
        sqlite3_finalize(lookup);
        snprintf(sql, sizeof sql, "DROP INDEX %s", deferred[i]);
        run(out, sql);
    }
    char attach[4096];
    snprintf(attach, sizeof attach, "ATTACH DATABASE '%s' AS source", argv[1]);
    run(out, attach);
    run(out, "INSERT INTO runs SELECT * FROM source.runs; INSERT INTO files SELECT * FROM source.files;"
             "DETACH DATABASE source");

    struct table records = {.name = "source_records"};
    struct table children[] = {{.name = "persons"}, {.name = "touchpoints"}, {.name = "deals"},
                               {.name = "payments"}, {.name = "identifiers"}};
    const int child_count = sizeof children / sizeof children[0];
    load(source, &records, "INSERT");
    for (int t = 0; t < child_count; t++) {
        load(source, &children[t], strcmp(children[t].name, "identifiers") == 0 ? "INSERT OR IGNORE" : "INSERT");
    }
    size_t cursor[sizeof children / sizeof children[0]] = {0};

    double started = seconds_now();
    run(out, "BEGIN");
    for (size_t row = 0; row < records.count; row++) {
        sqlite3_int64 old = key_of(&records, row);
        insert(&records, row, 0);
        sqlite3_int64 id = sqlite3_last_insert_rowid(out);
        for (int t = 0; t < child_count; t++) {
            struct table *child = &children[t];
            while (cursor[t] < child->count && key_of(child, cursor[t]) == old) insert(child, cursor[t]++, id);
        }
    }
    for (int i = 0; i < 3; i++) run(out, definitions[i]);
    double stored = seconds_now();
    sqlite3_stmt *check;
    if (sqlite3_prepare_v2(out, "PRAGMA foreign_key_check", -1, &check, NULL) != SQLITE_OK) fail(out, "check");
    if (sqlite3_step(check) == SQLITE_ROW) {
        fprintf(stderr, "sqlite_floor: foreign key violation in %s\n", sqlite3_column_text(check, 0));
        return 1;
    }
    sqlite3_finalize(check);
    run(out, definitions[3]);
    run(out, "COMMIT");
    double committed = seconds_now();
    size_t rows = records.count;
    for (int t = 0; t < child_count; t++) rows += children[t].count;
    printf("{\"method\":\"sqlite-floor\",\"records\":%zu,\"rows\":%zu,\"seconds\":%.3f,\"records_per_s\":%.1f,"
           "\"commit_seconds\":%.3f}\n",
           records.count, rows, stored - started, (double)records.count / (stored - started), committed - stored);
    sqlite3_close(source);
    return sqlite3_close(out) == SQLITE_OK ? 0 : 1;
}

// Process-wide SQLite settings Swift cannot make itself: sqlite3_config is variadic.
#include <sqlite3.h>

// Before SQLite initializes (the first connection), turns off what the base never needs:
// - memory statistics, which take a global mutex on every allocation SQLite makes;
// - per-connection mutexes (multi-thread mode): GRDB already lets one thread at a time use a
//   connection, so SQLite's own locking of every call is pure cost.
// Returns SQLITE_OK, or SQLITE_MISUSE when SQLite was already initialized (nothing changes).
static inline int truce_sqlite_configure(void) {
    int status = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    if (status != SQLITE_OK) return status;
    return sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
}

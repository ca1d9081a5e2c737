import Foundation
import GRDB
@testable import TruceCore

/// A base as an earlier Truce left it: migrated up to `migration`, then filled by `sql`, for the
/// tests of later migrations.
enum OldBase {
    static func make(upTo migration: String, _ sql: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: TestPaths.temporaryFolder().appendingPathComponent("old.sqlite").path)
        try Schema.migrator.migrate(queue, upTo: migration)
        try queue.write { try $0.execute(sql: sql) }
        return queue
    }
}

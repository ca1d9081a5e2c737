import Foundation

/// `truce review`: the uncertain pairs out to a sheet, and people's decisions back into the base.
public struct ReviewService: Sendable {
    public var step: ResolutionStep
    public var clock: @Sendable () -> Date = { Date() }

    public init(step: ResolutionStep) {
        self.step = step
    }

    /// Writes the pairs in the review band (and likely matches held apart by a conflict).
    public func writeSheet(store: SQLiteStore, to path: String) throws -> Int {
        let rows = try store.read { reader in
            let records = try reader.matchRecords()
            let review = try step.compute(reader, records: records, changed: nil, retrain: false).review
            return try ReviewSheet.rows(review, records: records, reader: reader)
        }
        try ReviewSheet.write(rows, to: path)
        return rows.count
    }

    public struct Applied: Sendable {
        public var decisions: Int
        public var profiles: Int
        public var merges: Int
        public var splits: Int
    }

    /// Keeps every decision of a filled sheet as a must-link or cannot-link and re-resolves.
    public func apply(sheet path: String, store: SQLiteStore) throws -> Applied {
        let decisions = try ReviewSheet.decisions(path: path)
        return try store.write { writer in
            let runID = try writer.beginRun(pipeline: "review --apply", startedAt: clock())
            for decision in decisions {
                guard try writer.reader.recordID(forKey: decision.left) != nil,
                      try writer.reader.recordID(forKey: decision.right) != nil else {
                    throw ImportError.unreadable(file: path, reason: "a decision names a record that is no longer in the base")
                }
                try writer.addLink(decision.left, decision.right, mustLink: decision.same, origin: "review", at: clock())
            }
            let resolution = try step.run(writer, runID: runID, changed: nil, at: clock())
            let profiles = try writer.reader.count(.profiles)
            try writer.finishRun(runID, status: "ok", finishedAt: clock(),
                                 summary: "{\"review_decisions\":\(decisions.count),\"profiles\":\(profiles)}")
            return Applied(decisions: decisions.count, profiles: profiles, merges: resolution.summary.merges,
                           splits: resolution.summary.splits)
        }
    }
}

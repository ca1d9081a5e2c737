import Foundation
import Logging

/// Imports the files of one run into an open transaction, keeping the tallies. Each file is read
/// and mapped on its own thread while this one stores the rows (see `ImportPipe`).
struct ImportJob {
    let writer: StoreWriter
    let runID: Int64
    let importers: ImporterRegistry
    let context: ImportContext
    let root: URL
    let logger: Logger
    private(set) var quarantined: [QuarantinedRow] = []
    /// Records this job inserted or whose content it replaced: what resolution must re-check.
    private(set) var changed: Set<Int64> = []
    /// Indexes a first load leaves out until its rows are in (`DeferredIndexes`).
    var deferredIndexes = DeferredIndexes.none
    /// Sources this job stored rows of: on a first load, a later file of one of them may repeat
    /// its records and needs the lookup indexes back.
    private var storedSources: Set<String> = []

    init(writer: StoreWriter, runID: Int64, importers: ImporterRegistry, context: ImportContext, root: URL,
         logger: Logger) {
        self.logger = logger
        self.writer = writer
        self.runID = runID
        self.importers = importers
        self.context = context
        self.root = root
    }

    mutating func importSource(_ plan: SourcePlan) throws -> RunSummary.SourceTotals {
        let importer = try importers.importer(for: plan.source, context: context)
        var totals = RunSummary.SourceTotals(source: plan.source.name)
        for path in plan.files {
            totals.files += 1
            let display = SourceFiles.display(path, root: root)
            let hash = try ContentHash.file(path, display: display)
            if try writer.isImported(source: plan.source.name, contentHash: hash) {
                logger.info("unchanged, skipped", metadata: ["source": "\(plan.source.name)", "file": "\(display)"])
                totals.unchangedFiles += 1
                continue
            }
            logger.info("importing", metadata: ["source": "\(plan.source.name)", "file": "\(display)"])
            if deferredIndexes.lookupsPending && storedSources.contains(plan.source.name) {
                try deferredIndexes.restoreLookups(writer)
            }
            storedSources.insert(plan.source.name)
            let fileID = try writer.addFile(runID: runID, source: plan.source.name, path: display, contentHash: hash, encoding: "")
            var rows = try RowStore(writer: writer, fileID: fileID)
            let pipe = ImportPipe.reading(importer, path: path, displayPath: display)
            do {
                while let batch = pipe.next() {
                    for index in batch.events.indices {
                        try record(batch.events[index], form: batch.forms[index], in: &rows, totals: &totals)
                    }
                }
            } catch {
                pipe.cancel()
                throw error
            }
            let info = try pipe.result()
            totals.records += info.records
            totals.importers[info.importer, default: 0] += 1
            try writer.setRecordCount(fileID: fileID, records: info.records, encoding: info.format)
            try writer.setImporter(fileID: fileID, kind: info.importer)
        }
        return totals
    }

    /// Stores one event the importer emitted and counts it.
    private mutating func record(_ event: ImportEvent, form: StoredForm?, in rows: inout RowStore,
                                 totals: inout RunSummary.SourceTotals) throws {
        switch event {
        case .row(let row):
            switch try rows.store(row, form: form ?? StoredForm(row)) {
            case .inserted(let id):
                totals.imported += 1
                changed.insert(id)
            case .updated(let id):
                totals.updated += 1
                changed.insert(id)
            case .unchanged: totals.unchangedRecords += 1
            }
            totals.mergedLines += row.mergedLines.count
            for rejected in row.rejectedIdentifiers { totals.rejected[rejected.code, default: 0] += 1 }
        case .quarantined(let entry):
            try writer.quarantine(runID: runID, entry)
            quarantined.append(QuarantinedRow(ref: entry.ref, line: entry.line, field: entry.field, reason: entry.reason))
            totals.quarantined += 1
        case .dropped(_, .testRecord):
            totals.testRecords += 1
        case .dropped(_, let reason):
            totals.dropped[reason.rawValue, default: 0] += 1
        }
    }
}

/// SHA-256 of a file's bytes, read in chunks.
enum ContentHash {
    static func file(_ path: String, display: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportError.unreadable(file: display, reason: "cannot open the file (missing or no permission)")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(chunk) }
        } catch {
            throw ImportError.unreadable(file: display, reason: "read failed: \(error.localizedDescription)")
        }
        return hasher.finalizeHex()
    }
}

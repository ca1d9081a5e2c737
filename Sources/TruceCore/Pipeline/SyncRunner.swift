import Foundation
import Logging

/// How one run behaves (flags, not pipeline content).
public struct SyncOptions: Sendable {
    /// Do everything, then roll the base back and write no exports.
    public var dryRun = false
    /// Only these sources (all when empty).
    public var only: [String] = []
    /// Files are named in lineage relative to this folder.
    public var workingDirectory: URL
    public var clock: @Sendable () -> Date = { Date() }
    /// Re-train the match model and re-resolve every record, even when a stored model fits.
    public var retrain = false
    /// Progress and warnings: file names, counts and reasons only, never cell values.
    public var logger = Logger(label: "truce.sync")

    public init(dryRun: Bool = false, only: [String] = [], workingDirectory: URL) {
        self.dryRun = dryRun
        self.only = only
        self.workingDirectory = workingDirectory
    }
}

/// One source and the files it reads in this run.
public struct SourcePlan: Sendable {
    public var source: SourceConfig
    public var files: [String]

    public init(source: SourceConfig, files: [String]) {
        self.source = source
        self.files = files
    }
}

/// The main job: import every source, resolve identities, update the base, write the exports.
public struct SyncRunner: Sendable {
    public var importers: ImporterRegistry
    public var exporters: ExporterRegistry
    /// How records become profiles; `sync` takes it from the pipeline's `resolution:` block.
    public var resolution: ResolutionStep

    public init(importers: ImporterRegistry = .builtIn, exporters: ExporterRegistry = .builtIn,
                resolution: ResolutionStep = ResolutionStep()) {
        self.importers = importers
        self.exporters = exporters
        self.resolution = resolution
    }

    /// Which files each source reads; a source whose path matches nothing is an error.
    public func plan(_ config: PipelineConfig, options: SyncOptions) throws -> [SourcePlan] {
        let unknown = options.only.filter { name in !config.sources.contains { $0.name == name } }
        if !unknown.isEmpty {
            throw ConfigError(file: config.file.path, issues: unknown.map {
                ConfigIssue(path: "--only", message: "no source named \($0)")
            })
        }
        return try config.sources.filter { options.only.isEmpty || options.only.contains($0.name) }.map { source in
            let files = SourceFiles.expand(source.path, relativeTo: config.baseDirectory)
            if files.isEmpty { throw ImportError.noFiles(source: source.name, pattern: source.path) }
            return SourcePlan(source: source, files: files)
        }
    }

    public func sync(_ config: PipelineConfig, options: SyncOptions) throws -> RunSummary {
        let plans = try plan(config, options: options)
        guard case .sqlite(let path) = config.store else { throw StoreError.cannotOpen(path: "\(config.store)", reason: "unsupported") }
        let store = try SQLiteStore(path: path)
        let context = ImportContext(timeZone: config.timeZone, defaultRegion: config.defaultRegion)
        var runner = self
        runner.resolution = ResolutionStep(config: config.resolution, importers: importers)
        var summary = try runner.run(plans, store: store, context: context, pipeline: config.file.path, options: options)
        guard !options.dryRun else { return summary }
        summary.exports = try store.read { reader in
            try config.exports.map { export in
                let target = export.path.hasPrefix("/") ? export.path
                    : config.baseDirectory.appendingPathComponent(export.path).standardized.path
                guard let exporter = exporters.exporters[export.destination.rawValue] else {
                    throw ConfigError(file: config.file.path, issues: [ConfigIssue(path: "exports", message: "unknown destination")])
                }
                let rows = try exporter.export(from: reader, to: target,
                                               context: ExportContext(survivorship: config.survivorship, importers: importers))
                return (export.destination.rawValue, SourceFiles.display(target, root: options.workingDirectory), rows)
            }
        }
        return summary
    }

    /// Imports the planned files and resolves, in one transaction. A fatal error leaves the base
    /// as it was and records a failed run.
    public func run(_ plans: [SourcePlan], store: SQLiteStore, context: ImportContext, pipeline: String,
                    options: SyncOptions) throws -> RunSummary {
        do {
            return try store.write(commit: !options.dryRun) { writer in
                let runID = try writer.beginRun(pipeline: pipeline, startedAt: options.clock())
                var job = ImportJob(writer: writer, runID: runID, importers: importers, context: context,
                                    root: options.workingDirectory, logger: options.logger)
                var summary = RunSummary()
                summary.runID = options.dryRun ? nil : runID
                summary.dryRun = options.dryRun
                job.deferredIndexes = try writer.deferIndexesForFirstLoad()
                for plan in plans { summary.sources.append(try job.importSource(plan)) }
                try job.deferredIndexes.restoreForResolution(writer)
                summary.quarantine = job.quarantined
                options.logger.info("resolving profiles", metadata: ["resolver": "\(resolution.resolver.kind)"])
                let outcome = try resolution.run(writer, runID: runID, changed: job.changed, retrain: options.retrain,
                                                 at: options.clock(), deferredIndexes: &job.deferredIndexes)
                summary.resolution = outcome.summary
                summary.newProfiles = outcome.newProfiles.count
                summary.mergedProfiles = outcome.redirects.count
                summary.profiles = try writer.reader.count(.profiles)
                try writer.finishRun(runID, status: "ok", finishedAt: options.clock(), summary: summary.json)
                return summary
            }
        } catch {
            options.logger.error("run failed; the base is unchanged")
            if !options.dryRun { recordFailure(store: store, pipeline: pipeline, error: error, options: options) }
            throw error
        }
    }

    private func recordFailure(store: SQLiteStore, pipeline: String, error: Error, options: SyncOptions) {
        _ = try? store.write { writer in
            let id = try writer.beginRun(pipeline: pipeline, startedAt: options.clock())
            let message = "{\"error\":\(JSONText.quote(String(describing: error)))}"
            try writer.finishRun(id, status: "failed", finishedAt: options.clock(), summary: message)
        }
    }
}

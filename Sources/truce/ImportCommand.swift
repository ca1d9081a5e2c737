import ArgumentParser
import Foundation
import TruceCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import files once, then resolve profiles: platform exports are detected, anything else needs a mapping.",
        discussion: """
        Without --mapping each file's importer is detected from its columns (or named with --as),
        and the file's records are kept under a source named after the importer. The mapping file
        is a source entry without `path` (see docs/pipeline.md), with `version: 1`.

        Examples:
          truce import sample-data/meta/Consultation_form_Leads_2026-09-01_2026-10-31.csv
          truce import report.csv --as google_ads_report
          truce import payments_2026-10.csv --mapping payments.yaml
          truce import leads/*.csv --mapping site-form.yaml --store sqlite:team.sqlite
        """
    )

    @Argument(help: "Files to import.")
    var files: [String]

    @Option(help: "A column mapping file (YAML) for files no importer recognises.")
    var mapping: String?

    @Option(name: .customLong("as"), help: "The importer: a kind (e.g. meta_lead_ads), auto (default) or generic.")
    var importer: String?

    @Option(help: "Phone region for numbers without a country code (without --mapping).")
    var region = "RU"

    @Option(help: "Time zone for local times (without --mapping).")
    var timezone = "UTC"

    @Option(help: "The base, as sqlite:PATH (default .truce/truce.sqlite).")
    var store: String?

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        try reportingFailures {
            try checkKind(importer)
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let paths = files.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardized.path }
            let (plans, context) = try plan(paths, cwd: cwd)
            let base = try StoreOptions(store: store, pipeline: nil).open()
            let summary = try SyncRunner().run(plans, store: base, context: context, pipeline: "import",
                                               options: SyncOptions(workingDirectory: cwd))
            print(json ? summary.json : summary.text)
        }
    }

    /// One source for a mapping file; otherwise one source per importer kind, named after it.
    private func plan(_ paths: [String], cwd: URL) throws -> ([SourcePlan], ImportContext) {
        if let mapping {
            var (source, context) = try MappingFileLoader.load(path: mapping)
            if let importer { source.importer = importer }
            return ([SourcePlan(source: source, files: paths)], context)
        }
        guard let zone = TimeZone(identifier: timezone) else {
            throw ConfigError(file: "--timezone", issues: [ConfigIssue(path: "--timezone", message: "unknown time zone")])
        }
        if importer == "generic" {
            throw ConfigError(file: "--as", issues: [ConfigIssue(path: "--as", message: "generic needs --mapping FILE")])
        }
        var byKind: [String: [String]] = [:]
        for path in paths {
            let kind = try importer.flatMap { $0 == "auto" ? nil : $0 }
                ?? ImporterRegistry.builtIn.detector.detect(path: path, display: SourceFiles.display(path, root: cwd)).kind()
            byKind[kind, default: []].append(path)
        }
        let plans = byKind.keys.sorted().map { kind in
            SourcePlan(source: SourceConfig(name: kind, importer: kind, path: "-", mapping: nil), files: byKind[kind] ?? [])
        }
        return (plans, ImportContext(timeZone: zone, defaultRegion: region))
    }
}

extension StoreOptions {
    init(store: String?, pipeline: String?) {
        self.init()
        self.store = store
        self.pipeline = pipeline
    }
}

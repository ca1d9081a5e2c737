import ArgumentParser
import Foundation
import TruceCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import files once through a column mapping, then resolve profiles.",
        discussion: """
        The mapping file is a source entry without `path` (see docs/pipeline.md), with `version: 1`.

        Examples:
          truce import payments_2026-10.csv --mapping payments.yaml
          truce import leads/*.csv --mapping site-form.yaml --store sqlite:team.sqlite
        """
    )

    @Argument(help: "Files to import.")
    var files: [String]

    @Option(help: "The column mapping file (YAML).")
    var mapping: String

    @Option(help: "The base, as sqlite:PATH (default .truce/truce.sqlite).")
    var store: String?

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        try reportingFailures {
            let (source, context) = try MappingFileLoader.load(path: mapping)
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let paths = files.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardized.path }
            let base = try StoreOptions(store: store, pipeline: nil).open()
            let summary = try SyncRunner().run([SourcePlan(source: source, files: paths)], store: base, context: context,
                                               pipeline: "import", options: SyncOptions(workingDirectory: cwd))
            print(json ? summary.json : summary.text)
        }
    }
}

extension StoreOptions {
    init(store: String?, pipeline: String?) {
        self.init()
        self.store = store
        self.pipeline = pipeline
    }
}

import ArgumentParser
import Foundation
import TruceCore

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Import every source of a pipeline, resolve profiles, update the base, write the exports.",
        discussion: """
        A file whose content was imported before adds nothing. A fatal error leaves the base as it was.

        Examples:
          truce sync pipelines/demo.yaml
          truce sync pipelines/demo.yaml --dry-run --json
          truce sync pipelines/nightly.yaml --only amocrm_deals --only payments
        """
    )

    @Argument(help: "The pipeline file (YAML, version: 1).")
    var pipeline: String

    @Flag(help: "Do everything, then roll back: nothing is written.")
    var dryRun = false

    @Option(help: "Only this source (repeatable).")
    var only: [String] = []

    @Flag(help: "Re-train the match model and re-resolve every record (default: reuse the stored model and re-check only what changed).")
    var retrain = false

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Flag(name: .shortAndLong, help: "Log progress to stderr (default when stderr is a terminal).")
    var verbose = false

    func run() throws {
        try reportingFailures {
            let config = try PipelineLoader.load(path: pipeline)
            var options = SyncOptions(dryRun: dryRun, only: only,
                                      workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            options.retrain = retrain
            options.logger = makeLogger("truce.sync", verbose: verbose)
            let summary = try SyncRunner().sync(config, options: options)
            print(json ? summary.json : summary.text)
        }
    }
}

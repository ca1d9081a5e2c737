import ArgumentParser
import Foundation
import TruceCore

struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Work with pipeline files.",
        subcommands: [Validate.self]
    )

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a pipeline file: every problem with its key path, and which files each source reads.",
            discussion: """
            Exit 0 when valid, 64 with the list of problems otherwise.

            Example:
              truce pipeline validate pipelines/demo.yaml
            """
        )

        @Argument(help: "The pipeline file.")
        var pipeline: String

        func run() throws {
            try reportingFailures {
                let config = try PipelineLoader.load(path: pipeline)
                let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                let plans = try SyncRunner().plan(config, options: SyncOptions(workingDirectory: cwd))
                print("\(pipeline): valid. Store \(config.store).")
                for plan in plans {
                    print("  \(plan.source.name) (\(plan.source.importer)): \(plan.files.count) file\(plan.files.count == 1 ? "" : "s")")
                }
                for export in config.exports { print("  export \(export.destination.rawValue) → \(export.path)") }
            }
        }
    }
}

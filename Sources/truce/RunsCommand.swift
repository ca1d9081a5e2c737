import ArgumentParser
import Foundation
import TruceCore

struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List recent runs with their status and summary.",
        discussion: """
        Examples:
          truce runs --pipeline pipelines/demo.yaml
          truce runs --json --limit 1
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "How many runs, newest first.")
    var limit = 10

    @Flag(help: "Print each run's stored summary as JSON lines.")
    var json = false

    func run() throws {
        try reportingFailures {
            let runs = try storeOptions.open().read { try $0.runs(limit: limit) }
            for run in runs {
                if json {
                    print("{\"id\":\(run.id),\"status\":\"\(run.status)\",\"started_at\":\"\(run.startedAt)\",\"summary\":\(run.summary ?? "null")}")
                } else {
                    print("\(run.id)\t\(run.startedAt)\t\(run.status)\t\(run.pipeline)")
                }
            }
        }
    }
}

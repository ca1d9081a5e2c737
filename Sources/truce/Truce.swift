import ArgumentParser
import TruceCore

@main
struct Truce: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "truce",
        abstract: "One customer base and one funnel for marketing and sales.",
        discussion: """
        Imports ad-platform and CRM exports, resolves people across them into profiles, keeps the
        unified base and writes exports back.

        Examples:
          truce sync pipelines/demo.yaml
          truce inspect sample-data/accounting/payments_2026-10.csv
          truce export lineage --pipeline pipelines/demo.yaml --out lineage.csv
        """,
        version: TruceVersion.current,
        subcommands: [SyncCommand.self, ImportCommand.self, InspectCommand.self, ExportCommand.self,
                      ExplainCommand.self, ReviewCommand.self, PipelineCommand.self, RunsCommand.self]
    )

    /// Sets the process-wide memory settings, then parses the command line and runs.
    static func main() {
        Memory.preferLargePages()
        main(nil)
    }
}

import ArgumentParser
import Foundation
import TruceCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write an export from the base.",
        discussion: """
        Destinations: lineage (source,file,record,profile_id), profiles (one row per profile).

        Examples:
          truce export lineage --pipeline pipelines/demo.yaml --out out/lineage.csv
          truce export profiles --store sqlite:.truce/truce.sqlite --out profiles.csv
        """
    )

    @Argument(help: "lineage or profiles.")
    var destination: String

    @Option(help: "Output file.")
    var out: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reportingFailures {
            guard let exporter = ExporterRegistry.builtIn.exporters[destination] else {
                let known = ExporterRegistry.builtIn.exporters.keys.sorted().joined(separator: ", ")
                throw ConfigError(file: "truce export", issues: [ConfigIssue(path: "DESTINATION", message: "unknown destination \(destination) (known: \(known))")])
            }
            let store = try storeOptions.open()
            let survivorship = try storeOptions.pipeline.map { try PipelineLoader.load(path: $0).survivorship }
            let context = ExportContext(survivorship: survivorship ?? Survivorship())
            let rows = try store.read { try exporter.export(from: $0, to: out, context: context) }
            print("Wrote \(out) (\(rows) rows, \(destination))")
        }
    }
}

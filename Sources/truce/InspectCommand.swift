import ArgumentParser
import Foundation
import TruceCore

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how Truce reads a file: encoding, delimiter, header, the importer it detects and why, columns, sample records, problems. Writes nothing.",
        discussion: """
        Examples:
          truce inspect sample-data/meta/Consultation_form_Leads_2026-09-01_2026-10-31.csv
          truce inspect export.csv --json
          truce inspect report.csv --as google_ads_report
        """
    )

    @Argument(help: "The file to look at.")
    var file: String

    @Option(name: .customLong("as"), help: "Read with this importer instead of detecting one (a kind, auto or generic).")
    var importer: String?

    @Option(help: "Phone region for numbers without a country code.")
    var region = "RU"

    @Option(help: "Time zone for local times.")
    var timezone = "UTC"

    @Flag(help: "Print the findings as JSON.")
    var json = false

    func run() throws {
        try reportingFailures {
            guard let zone = TimeZone(identifier: timezone) else {
                throw ConfigError(file: "--timezone", issues: [ConfigIssue(path: "--timezone", message: "unknown time zone")])
            }
            try checkKind(importer)
            let inspection = try FileInspector.inspect(path: file, display: file,
                                                       context: ImportContext(timeZone: zone, defaultRegion: region),
                                                       importer: importer)
            print(json ? inspection.json : inspection.text)
        }
    }
}

/// A usage error for an importer kind no registry entry has.
func checkKind(_ kind: String?) throws {
    guard let kind, !ImporterRegistry.builtIn.kinds.contains(kind) else { return }
    let known = ImporterRegistry.builtIn.kinds.joined(separator: ", ")
    throw ConfigError(file: "--as", issues: [ConfigIssue(path: "--as", message: "unknown importer \(kind) (known: \(known))")])
}

import ArgumentParser
import Foundation
import TruceCore

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how Truce reads a file: encoding, delimiter, header, columns, problems. Writes nothing.",
        discussion: """
        Examples:
          truce inspect sample-data/meta/Consultation_form_Leads_2026-09-01_2026-10-31.csv
          truce inspect export.csv --json
        """
    )

    @Argument(help: "The file to look at.")
    var file: String

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
            let inspection = try FileInspector.inspect(path: file, display: file,
                                                       context: ImportContext(timeZone: zone, defaultRegion: region))
            print(json ? inspection.json : inspection.text)
        }
    }
}

import ArgumentParser
import Foundation
import TruceCore

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write the uncertain pairs for a person to decide, or apply their decisions.",
        discussion: """
        --out writes one row per uncertain pair, both records side by side with the score and the
        reasons; fill the `decision` column with `same` or `different`. --apply reads the sheet back,
        keeps the decisions in the base (they survive re-imports and re-training) and re-resolves.

        Examples:
          truce review --pipeline pipelines/demo.yaml --out review.csv
          truce review --pipeline pipelines/demo.yaml --apply review.csv
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Write the uncertain pairs to this file (.csv, or .xlsx for a workbook).")
    var out: String?

    @Option(name: .customLong("apply"), help: "Read decisions from this filled sheet.")
    var applyPath: String?

    func validate() throws {
        guard (out == nil) != (applyPath == nil) else { throw ValidationError("give exactly one of --out or --apply") }
    }

    func run() throws {
        try reportingFailures {
            let config = try storeOptions.pipeline.map { try PipelineLoader.load(path: $0).resolution } ?? ResolutionConfig()
            let store = try storeOptions.open()
            let service = ReviewService(step: ResolutionStep(config: config))
            if let out {
                let count = try service.writeSheet(store: store, to: out)
                print("Wrote \(out) (\(count) pairs to decide)")
            } else if let applyPath {
                let result = try service.apply(sheet: applyPath, store: store)
                print("Applied \(result.decisions) decisions; profiles: \(result.profiles) (\(result.merges) merged, \(result.splits) split)")
            }
        }
    }
}

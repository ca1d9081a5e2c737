import ArgumentParser
import Foundation
import TruceCore

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why two records or profiles are, or are not, one person.",
        discussion: """
        Every comparison with its level and weight (term-frequency adjustment included), the total,
        the threshold and the decision. A and B are profile ids (p_…) or record ids (#123).

        Examples:
          truce explain p_0a1b2c3d4e5f p_9f8e7d6c5b4a --pipeline pipelines/demo.yaml
          truce explain 17 342 --store sqlite:.truce/truce.sqlite --json
        """
    )

    @Argument(help: "A profile id (p_…) or record id.")
    var first: String

    @Argument(help: "Another profile id or record id.")
    var second: String

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Print the explanation as JSON.")
    var json = false

    func run() throws {
        try reportingFailures {
            let config = try storeOptions.pipeline.map { try PipelineLoader.load(path: $0).resolution } ?? ResolutionConfig()
            let step = ResolutionStep(config: config)
            let explanation = try storeOptions.open().read { try step.explain(first, second, reader: $0) }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                print(String(decoding: try encoder.encode(explanation), as: UTF8.self))
            } else {
                print(explanation.text)
            }
        }
    }
}

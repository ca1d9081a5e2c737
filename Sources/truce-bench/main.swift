// truce-bench: micro-benchmarks of TruceCore stages. Each subcommand lives in its own file and
// registers here.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TruceCore

/// Subcommand name → entry point taking the remaining arguments and returning an exit code.
let benchCommands: [String: ([String]) -> Int32] = [
    "csv": CSVBenchCommand.run,
    "xlsx": XLSXBenchCommand.run,
    "import": ImportBenchCommand.run,
    "match": MatchBenchCommand.run,
]

Memory.preferLargePages()
let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let command = benchCommands[name] else {
    let names = benchCommands.keys.sorted().joined(separator: "|")
    BenchReport.printError("usage: truce-bench <\(names)> ARGS…\n")
    exit(64)
}
exit(command(Array(arguments.dropFirst())))

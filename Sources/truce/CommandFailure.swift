import ArgumentParser
import Foundation
import Logging
import TruceCore

/// Runs a command body, printing errors to stderr with the documented exit codes:
/// 64 for usage and configuration errors, 1 for every other failure.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ConfigError {
        printError(error.description)
        throw ExitCode(64)
    } catch let error as ExitCode {
        throw error
    } catch {
        printError("error: \(error)")
        throw ExitCode(1)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Where a command finds the base: `--store`, else the pipeline's store, else the default file.
struct StoreOptions: ParsableArguments {
    @Option(help: "The base, as sqlite:PATH.")
    var store: String?

    @Option(help: "Take the store from this pipeline file.")
    var pipeline: String?

    func open() throws -> SQLiteStore {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if let store {
            guard case .sqlite(let path)? = StoreLocation.parse(store, relativeTo: cwd) else {
                throw ConfigError(file: "--store", issues: [ConfigIssue(path: "--store", message: "expected sqlite:PATH")])
            }
            return try SQLiteStore(path: path)
        }
        if let pipeline {
            guard case .sqlite(let path) = try PipelineLoader.load(path: pipeline).store else {
                throw ConfigError(file: pipeline, issues: [ConfigIssue(path: "store", message: "unsupported store")])
            }
            return try SQLiteStore(path: path)
        }
        return try SQLiteStore(path: cwd.appendingPathComponent(".truce/truce.sqlite").path)
    }
}

/// Progress goes to stderr on a terminal or with `--verbose`; cron runs stay quiet but for warnings.
func makeLogger(_ label: String, verbose: Bool) -> Logger {
    var logger = Logger(label: label) { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = verbose || isatty(STDERR_FILENO) == 1 ? .info : .warning
    return logger
}

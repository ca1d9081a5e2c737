#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Measurement helpers shared by the bench subcommands.
enum BenchReport {
    /// Writes `text` to standard error.
    static func printError(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(2, &bytes, bytes.count)
    }

    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Peak resident set size in MB (VmHWM from /proc/self/status), or -1 where unavailable.
    static func peakRSSMegabytes() -> Double {
        guard let file = fopen("/proc/self/status", "r") else { return -1 }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix("VmHWM:") {
                let digits = text.filter(\.isNumber)
                return (Double(digits) ?? -1) / 1024
            }
        }
        return -1
    }

    /// The size of the file at `path` in bytes, or 0.
    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Prints one JSON object with the given keys in order (values are numbers or strings).
    static func printJSON(_ pairs: [(String, Any)]) {
        let body = pairs.map { key, value -> String in
            switch value {
            case let text as String: return "\"\(key)\":\"\(text)\""
            case let number as Double: return "\"\(key)\":\(Double(Int(number * 1000)) / 1000)"
            default: return "\"\(key)\":\(value)"
            }
        }
        print("{" + body.joined(separator: ",") + "}")
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Logging

/// Notes when the sync moves from importing to resolving (its `resolving profiles` log line), so
/// the import bench can report the two stages apart: seconds, CPU seconds and peak RSS at that
/// moment.
final class PhaseClock: @unchecked Sendable {
    private(set) var importEnded: Double?
    private(set) var importPeakRSS: Double?
    /// User + system CPU seconds of the whole process (every thread) when the import ended.
    private(set) var importCPUSeconds: Double?
    /// CPU seconds of the thread that ran the sync (hashing, storing, index builds) when the
    /// import ended: the thread every row waits for, apart from the reading and mapping threads.
    private(set) var importStoreThreadCPUSeconds: Double?

    func mark(_ message: String) {
        guard importEnded == nil, message.hasPrefix("resolving profiles") else { return }
        importEnded = BenchReport.now()
        importPeakRSS = BenchReport.peakRSSMegabytes()
        importCPUSeconds = Self.cpuSeconds()
        importStoreThreadCPUSeconds = Self.threadCPUSeconds()
    }

    /// CPU time the calling thread has used so far.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return -1 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }

    /// CPU time the process has used so far, on every thread.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        let who = RUSAGE_SELF.rawValue
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return -1 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// A logger whose info lines go to this clock and nowhere else.
    func logger() -> Logger {
        var logger = Logger(label: "truce.bench") { _ in Handler(clock: self) }
        logger.logLevel = .info
        return logger
    }

    struct Handler: LogHandler {
        let clock: PhaseClock
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
                 file: String, function: String, line: UInt) {
            clock.mark(message.description)
        }
    }
}

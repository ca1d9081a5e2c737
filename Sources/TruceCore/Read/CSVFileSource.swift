#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `read(2)` under a name that does not clash with `CSVByteSource.read`.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// A file read with `read(2)`, never loaded whole.
final class CSVFileSource: CSVByteSource {
    let path: String
    private let fd: Int32
    private var offset = 0

    init(path: String) throws(ReadError) {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw .cannotOpen(path: path, reason: Self.errnoText()) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw .cannotOpen(path: path, reason: "it is a directory")
        }
        self.fd = fd
    }

    deinit { close(fd) }

    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(ReadError) -> Int {
        var got = 0
        // Fill the request fully unless the file ends: short reads would only make more calls.
        while got < count {
            let n = posixRead(fd, buffer + got, count - got)
            if n < 0 {
                if errno == EINTR { continue }
                throw .ioFailure(path: path, offset: offset + got, reason: Self.errnoText())
            }
            if n == 0 { break }
            got += n
        }
        offset += got
        return got
    }

    func rewind() throws(ReadError) {
        if lseek(fd, 0, SEEK_SET) < 0 {
            throw .ioFailure(path: path, offset: offset, reason: "cannot seek: " + Self.errnoText())
        }
        offset = 0
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}

import Testing
@testable import TruceCore

/// The per-column String cache must be invisible: every value comes back byte-exact.
@Suite("string cache")
struct CSVStringCacheTests {
    static func string(_ cache: CSVStringCache, _ text: [UInt8], column: Int) -> (String, Bool) {
        var invalid = false
        let result = text.withUnsafeBufferPointer { cache.string($0, column: column, invalid: &invalid) }
        return (result, invalid)
    }

    @Test("values that collide or evict each other come back exactly")
    func collisions() {
        let cache = CSVStringCache(validating: true)
        // Same length, same first and last eight bytes: only the middle differs.
        let values = (0..<60).map { "prefix__-\($0 % 10)\($0 / 10)-__suffix" } + ["", "Москва", "😀", String(repeating: "Я", count: 40)]
        var random = SeededGenerator(seed: 3)
        for _ in 0..<20_000 {
            let value = values[Int(random.next() % UInt64(values.count))]
            let column = Int(random.next() % 70)  // past the 64 cached columns too
            let (result, invalid) = Self.string(cache, Array(value.utf8), column: column)
            #expect(result == value)
            #expect(!invalid)
        }
    }

    @Test("a column of unique values switches its cache off and stays correct")
    func uniqueColumn() {
        let cache = CSVStringCache(validating: true)
        for number in 0..<5000 {
            let value = "id-\(number)"
            #expect(Self.string(cache, Array(value.utf8), column: 0).0 == value)
        }
    }

    @Test("invalid UTF-8 is flagged, cached column or not, and never cached")
    func invalid() {
        let cache = CSVStringCache(validating: true)
        for column in [0, 100] {
            for _ in 0..<3 {
                let (_, invalid) = Self.string(cache, [0x41, 0xFF, 0x42], column: column)
                #expect(invalid)
            }
            #expect(Self.string(cache, Array("AB".utf8), column: column) == ("AB", false))
        }
    }

    @Test("records read through the cache equal records read without it")
    func throughReader() throws {
        var text = "a;b;c\n"
        for number in 0..<3000 {
            text += "\(number % 7);\"q \"\"\(number % 5)\"\"\";\(number)\n"
        }
        let (_, records) = try CSVTestSupport.records(text)
        #expect(records.count == 3000)
        for (number, record) in records.enumerated() {
            #expect(record.fields == ["\(number % 7)", "q \"\(number % 5)\"", "\(number)"])
        }
    }
}

import Foundation
import Testing
@testable import TruceCore

/// CPython's csv reader vectors (excel dialect); the escapechar/unix dialects are not ours.
@Suite("Python csv excel-dialect vectors")
struct PythonCSVVectorTests {
    struct Vector: Sendable, CustomStringConvertible {
        var sourceClass: String
        var test: String
        var input: String
        var expected: [[String]]
        var description: String { "\(sourceClass).\(test)" }
    }

    static let all: [Vector] = {
        let path = CSVTestSupport.shared("suites/python-csv-excel-dialect-vectors/vectors.json")
        guard let data = FileManager.default.contents(atPath: path),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let vectors = json["vectors"] as? [[String: Any]] else { return [] }
        return vectors.compactMap { entry in
            guard let sourceClass = entry["source_class"] as? String, let test = entry["test"] as? String,
                  let input = entry["input"] as? String, let rows = entry["expected_rows"] as? [[String]]
            else { return nil }
            return Vector(sourceClass: sourceClass, test: test, input: input, expected: rows)
        }
    }()

    /// The excel dialect is the one whose class is TestDialectExcel; the others use escapechar
    /// (TestEscapedExcel, TestQuotedEscapedExcel) or the unix dialect's line terminator.
    static let excel = all.filter { $0.sourceClass == "TestDialectExcel" }

    @Test("all excel vectors are loaded and run")
    func counts() {
        #expect(Self.all.count == 22)
        #expect(Self.excel.count == 19)
        let skipped = Self.all.filter { $0.sourceClass != "TestDialectExcel" }.map(\.sourceClass)
        #expect(Set(skipped) == ["TestEscapedExcel", "TestDialectUnix", "TestQuotedEscapedExcel"])
    }

    @Test("excel vector", arguments: excel)
    func vector(_ vector: Vector) throws {
        let rows = try CSVTestSupport.rows(Array(vector.input.utf8))
        #expect(rows == vector.expected)
    }

    @Test("excel vector with one-byte chunks", arguments: excel)
    func vectorTinyChunks(_ vector: Vector) throws {
        let rows = try CSVTestSupport.rows(Array(vector.input.utf8), chunkSize: 1)
        #expect(rows == vector.expected)
    }

    @Test("the unix-dialect vector also reads right (it needs no option)")
    func unixVector() throws {
        let vector = try #require(Self.all.first { $0.sourceClass == "TestDialectUnix" })
        #expect(try CSVTestSupport.rows(Array(vector.input.utf8)) == vector.expected)
    }
}

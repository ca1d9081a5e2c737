import Foundation
import Testing
@testable import TruceCore

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownDigests(input: String, digest: String) {
        #expect(SHA256.hex(input) == digest)
    }

    @Test func millionAs() {
        var hasher = SHA256()
        hasher.update(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(hasher.finalize().hexString == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [1, 7, 63, 64, 65, 1000])
    func chunkedEqualsWhole(chunk: Int) {
        let bytes = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var whole = SHA256()
        whole.update(Data(bytes))
        var parts = SHA256()
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + chunk, bytes.count)
            if chunk % 2 == 0 { parts.update(Data(bytes[offset..<end])) } else { parts.update(bytes[offset..<end]) }
            offset = end
        }
        #expect(whole.finalize() == parts.finalize())
    }

    @Test func agreesWithSha256sum() throws {
        let folder = TestPaths.temporaryFolder()
        let text = "Привет, мир — Truce\n" + String(repeating: "строка;", count: 500)
        let path = TestPaths.write(text, "input.txt", in: folder)
        let output = try ProcessRunner.run("/usr/bin/sha256sum", [path]).stdout
        #expect(output.hasPrefix(SHA256.hex(text)))
    }
}

/// The one-shot hex digest pads the last block itself: it must agree with the streaming hasher
/// around every block boundary.
@Suite struct SHA256HexTests {
    @Test(arguments: [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000])
    func hexAgreesWithStreaming(length: Int) {
        let text = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x61 + $0 % 26))) })
        var hasher = SHA256()
        hasher.update(Data(text.utf8))
        #expect(SHA256.hex(text) == hasher.finalize().hexString)
    }
}

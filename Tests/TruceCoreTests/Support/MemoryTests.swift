#if canImport(CTruceMimalloc)
import CTruceMimalloc
import Testing
import TruceCore

@Suite("Memory settings")
struct MemoryTests {
    @Test("preferLargePages turns on mimalloc's large OS pages")
    func largePages() {
        Memory.preferLargePages()
        #expect(mi_option_is_enabled(mi_option_large_os_pages))
    }
}
#endif

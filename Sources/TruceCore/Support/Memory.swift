#if canImport(CTruceMimalloc)
import CTruceMimalloc
#endif

/// Process-wide memory settings, made by Truce's programs before they start working.
public enum Memory {
    /// Asks the allocator (mimalloc, on Linux) for 2 MiB pages where the kernel gives them.
    ///
    /// Resolution builds and drops arrays of tens of megabytes (a million records' keys, edges,
    /// flags, the match state); each 4 KiB page of a new one costs a page fault on first touch,
    /// and in a virtual machine those dominate the passes that only copy or fill. With 2 MiB
    /// pages an incremental run over a million records took about a fifth less time. Memory is
    /// then committed in larger steps: peak RSS grows by a few percent.
    public static func preferLargePages() {
        #if canImport(CTruceMimalloc)
        mi_option_set(mi_option_large_os_pages, 1)
        #endif
    }
}

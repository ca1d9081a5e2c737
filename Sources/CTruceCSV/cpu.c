// Which vector instructions this CPU can run, asked once.

#include "truce_csv.h"
#include "simd.h"

#if defined(TRUCE_CSV_AVX2)
// Whether the CPU and the operating system (which must save the 256-bit registers) allow AVX2.
static bool detect_avx2(void) {
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return false;
    const unsigned osxsave = 1u << 27, avx = 1u << 28;
    if ((ecx & (osxsave | avx)) != (osxsave | avx)) return false;
    unsigned xcr0_low, xcr0_high;
    __asm__("xgetbv" : "=a"(xcr0_low), "=d"(xcr0_high) : "c"(0));
    if ((xcr0_low & 0x6) != 0x6) return false;  // XMM and YMM state
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return false;
    return (ebx & (1u << 5)) != 0;
}
#endif

bool truce_csv_cpu_has_avx2(void) {
#if defined(TRUCE_CSV_AVX2)
    // Computed once; a race only computes the same answer twice.
    static int known = -1;
    int value = __atomic_load_n(&known, __ATOMIC_RELAXED);
    if (value < 0) {
        value = detect_avx2() ? 1 : 0;
        __atomic_store_n(&known, value, __ATOMIC_RELAXED);
    }
    return value == 1;
#else
    return false;
#endif
}

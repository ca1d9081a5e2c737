// What the C fast paths share: the vector headers of this CPU family, and whether AVX2 code
// can be compiled here (it runs only where `truce_csv_cpu_has_avx2()` says so).
#ifndef TRUCE_CSV_SIMD_H
#define TRUCE_CSV_SIMD_H

#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#define TRUCE_CSV_AVX2 1
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#endif

#include "truce_csv.h"

#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#define TRUCE_CSV_AVX2 1
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

enum { QUOTE = 0x22, LINE_FEED = 0x0A, CARRIAGE_RETURN = 0x0D, WINDOW = 64 };

static inline bool is_terminator(uint8_t byte, uint8_t delimiter) {
    return byte == delimiter || byte == LINE_FEED || byte == CARRIAGE_RETURN;
}

// Bit i set when p[i] (i < 64) is the delimiter, LF or CR. All 64 bytes must be readable.
static inline uint64_t terminator_bits(const uint8_t *p, uint8_t delimiter) {
#if defined(__SSE2__)
    const __m128i d = _mm_set1_epi8((char)delimiter);
    const __m128i lf = _mm_set1_epi8(LINE_FEED);
    const __m128i cr = _mm_set1_epi8(CARRIAGE_RETURN);
    uint64_t bits = 0;
    for (int k = 0; k < WINDOW / 16; k++) {
        const __m128i bytes = _mm_loadu_si128((const __m128i *)(p + 16 * k));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, d), _mm_cmpeq_epi8(bytes, lf)),
                                          _mm_cmpeq_epi8(bytes, cr));
        bits |= (uint64_t)(uint16_t)_mm_movemask_epi8(hits) << (16 * k);
    }
    return bits;
#else
    uint64_t bits = 0;
    for (int i = 0; i < WINDOW; i++) {
        if (is_terminator(p[i], delimiter)) bits |= (uint64_t)1 << i;
    }
    return bits;
#endif
}

#if defined(TRUCE_CSV_AVX2)
// The same bits thirty-two bytes per compare. Only called where the CPU has AVX2.
__attribute__((target("avx2"))) static inline uint64_t terminator_bits_avx2(const uint8_t *p, uint8_t delimiter) {
    const __m256i d = _mm256_set1_epi8((char)delimiter);
    const __m256i lf = _mm256_set1_epi8(LINE_FEED);
    const __m256i cr = _mm256_set1_epi8(CARRIAGE_RETURN);
    uint64_t bits = 0;
    for (int k = 0; k < WINDOW / 32; k++) {
        const __m256i bytes = _mm256_loadu_si256((const __m256i *)(p + 32 * k));
        const __m256i hits = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(bytes, d), _mm256_cmpeq_epi8(bytes, lf)),
                                             _mm256_cmpeq_epi8(bytes, cr));
        bits |= (uint64_t)(uint32_t)_mm256_movemask_epi8(hits) << (32 * k);
    }
    return bits;
}

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

// The index of the first quote, LF or CR in base[p..<end], or end.
static inline intptr_t find_in_quotes(const uint8_t *base, intptr_t p, intptr_t end) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8(QUOTE);
    const __m128i lf = _mm_set1_epi8(LINE_FEED);
    const __m128i cr = _mm_set1_epi8(CARRIAGE_RETURN);
    while (p + 16 <= end) {
        const __m128i bytes = _mm_loadu_si128((const __m128i *)(base + p));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, lf)),
                                          _mm_cmpeq_epi8(bytes, cr));
        const int mask = _mm_movemask_epi8(hits);
        if (mask != 0) return p + __builtin_ctz((unsigned)mask);
        p += 16;
    }
#endif
    while (p < end) {
        const uint8_t byte = base[p];
        if (byte == QUOTE || byte == LINE_FEED || byte == CARRIAGE_RETURN) return p;
        p += 1;
    }
    return end;
}

// Where the unquoted fields of a record end: bit i of `bits` is set when base[origin + i] is
// the delimiter, LF or CR and has not been passed yet.
// `wide` is a constant in each compiled copy of the scanner (see `scan_record`).
typedef struct {
    intptr_t origin;
    uint64_t bits;
    bool wide;
} window;

// Loads the window at `origin`; false when it would reach past `end`.
static inline bool window_load(window *w, const uint8_t *base, intptr_t origin, intptr_t end, uint8_t delimiter) {
    if (origin + WINDOW > end) return false;
    w->origin = origin;
#if defined(TRUCE_CSV_AVX2)
    if (w->wide) {
        w->bits = terminator_bits_avx2(base + origin, delimiter);
        return true;
    }
#endif
    w->bits = terminator_bits(base + origin, delimiter);
    return true;
}

// Sets `*index` to the next terminator not yet passed, and passes it; false past the last window.
static inline bool window_next(window *w, intptr_t *index, const uint8_t *base, intptr_t end, uint8_t delimiter) {
    while (w->bits == 0) {
        if (!window_load(w, base, w->origin + WINDOW, end, delimiter)) return false;
    }
    *index = w->origin + __builtin_ctzll(w->bits);
    w->bits &= w->bits - 1;
    return true;
}

// Passes every byte up to and including `index` (a quoted field and the terminator after it).
static inline bool window_pass(window *w, intptr_t index, const uint8_t *base, intptr_t end, uint8_t delimiter) {
    const intptr_t offset = index + 1 - w->origin;
    if (offset < WINDOW) {
        w->bits &= ~(uint64_t)0 << offset;
        return true;
    }
    return window_load(w, base, index + 1, end, delimiter);
}

// Unescaped bytes of quoted fields: `used` of `capacity` bytes at `bytes`.
typedef struct {
    uint8_t *bytes;
    intptr_t capacity;
    intptr_t used;
} scratch_bytes;

static inline bool scratch_append(scratch_bytes *scratch, const uint8_t *source, intptr_t count) {
    if (scratch->used + count > scratch->capacity) return false;
    memcpy(scratch->bytes + scratch->used, source, (size_t)count);
    scratch->used += count;
    return true;
}

// Scans the quoted field opening at base[open]: sets `*span` and returns the index of the
// terminator after its closing quote, adding the line ends inside it to `*lines`. Returns -1
// when the field reaches `end`, has text after its closing quote, or overflows the scratch.
static inline intptr_t scan_quoted(const uint8_t *base, intptr_t open, intptr_t end, uint8_t delimiter,
                            truce_csv_span *span, scratch_bytes *scratch, intptr_t *lines) {
    intptr_t segment = open + 1;
    intptr_t q = segment;
    bool unescaped = false;
    const intptr_t scratch_start = scratch->used;
    for (;;) {
        q = find_in_quotes(base, q, end);
        if (q + 1 >= end) return -1;
        const uint8_t byte = base[q];
        if (byte == LINE_FEED || byte == CARRIAGE_RETURN) {
            // CRLF is one line end, counted at its LF; a lone CR is one too.
            if (byte == LINE_FEED || base[q + 1] != LINE_FEED) *lines += 1;
            q += 1;
            continue;
        }
        if (base[q + 1] != QUOTE) break;
        // A doubled quote: one literal quote.
        if (!scratch_append(scratch, base + segment, q + 1 - segment)) return -1;
        unescaped = true;
        q += 2;
        segment = q;
    }
    // base[q] is the closing quote; base[q + 1] exists.
    if (!is_terminator(base[q + 1], delimiter)) return -1;
    if (unescaped) {
        if (!scratch_append(scratch, base + segment, q - segment)) return -1;
        *span = (truce_csv_span){scratch_start, scratch->used - scratch_start, true};
    } else {
        *span = (truce_csv_span){segment, q - segment, false};
    }
    return q + 1;
}

// The scanner, inlined into one copy per vector width so that `wide` is a constant in each.
__attribute__((always_inline)) static inline intptr_t
scan_record(bool wide, const uint8_t *base, intptr_t start, intptr_t end, uint8_t delimiter,
            truce_csv_span *spans, intptr_t span_capacity, intptr_t *span_count,
            uint8_t *scratch_start, intptr_t scratch_capacity, intptr_t *scratch_count, intptr_t *lines) {
    // Unquoted fields end at the set bits of a 64-byte window of terminators: no search per
    // field. Near `end` the general scanner takes over.
    window w;
    w.wide = wide;
    if (!window_load(&w, base, start, end, delimiter)) return -1;
    scratch_bytes scratch = {scratch_start, scratch_capacity, 0};
    intptr_t p = start;
    intptr_t fields = 0;
    intptr_t passed = 0;
    for (;;) {
        if (fields == span_capacity) return -1;
        if (base[p] == QUOTE) {
            p = scan_quoted(base, p, end, delimiter, &spans[fields], &scratch, &passed);
            if (p < 0 || !window_pass(&w, p, base, end, delimiter)) return -1;
        } else {
            const intptr_t field_start = p;
            if (!window_next(&w, &p, base, end, delimiter)) return -1;
            spans[fields] = (truce_csv_span){field_start, p - field_start, false};
        }
        fields += 1;
        const uint8_t byte = base[p];
        if (byte == delimiter) {
            p += 1;
            if (p >= end) return -1;
            continue;
        }
        if (byte == CARRIAGE_RETURN) {
            if (p + 1 >= end) return -1;
            if (base[p + 1] == LINE_FEED) p += 1;
        }
        *span_count = fields;
        *scratch_count = scratch.used;
        *lines = passed + 1;
        return p + 1;
    }
}

#if defined(__SSE2__)
// Writes the UTF-8 forms of eight units below U+0800 at `dst` and returns their length: each
// lane holds its one- or two-byte form, written with a 2-byte store and advancing by its
// length, with no branch per unit (Cyrillic and ASCII mixed). One spare byte is written after.
static inline intptr_t put_two_byte_forms(__m128i units, uint8_t *dst) {
    const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(units, _mm_set1_epi16((short)0xFF80)), _mm_setzero_si128());
    const __m128i lead = _mm_or_si128(_mm_srli_epi16(units, 6), _mm_set1_epi16(0xC0));
    const __m128i trail = _mm_or_si128(_mm_and_si128(units, _mm_set1_epi16(0x3F)), _mm_set1_epi16(0x80));
    const __m128i two = _mm_or_si128(lead, _mm_slli_epi16(trail, 8));
    const __m128i forms = _mm_or_si128(_mm_and_si128(ascii, units), _mm_andnot_si128(ascii, two));
    uint16_t lanes[8];
    _mm_storeu_si128((__m128i *)lanes, forms);
    const unsigned ascii_bits = (unsigned)_mm_movemask_epi8(ascii);
    intptr_t o = 0;
    for (int k = 0; k < 8; k++) {
        memcpy(dst + o, &lanes[k], 2);
        o += 2 - ((ascii_bits >> (2 * k)) & 1);
    }
    return o;
}
#endif

intptr_t truce_utf16_to_utf8_blocks(const uint8_t *src, intptr_t count, bool big_endian, uint8_t *dst,
                                    intptr_t *written) {
    intptr_t i = 0;
    intptr_t o = 0;
    while (i + 16 <= count) {
        uint16_t units[8];
#if defined(__SSE2__)
        __m128i block = _mm_loadu_si128((const __m128i *)(src + i));
        if (big_endian) block = _mm_or_si128(_mm_slli_epi16(block, 8), _mm_srli_epi16(block, 8));
        const __m128i high5 = _mm_and_si128(block, _mm_set1_epi16((short)0xF800));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(high5, _mm_set1_epi16((short)0xD800))) != 0) break;
        const __m128i high9 = _mm_and_si128(block, _mm_set1_epi16((short)0xFF80));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(high9, _mm_setzero_si128())) == 0xFFFF) {
            // Eight ASCII units: their low bytes, packed.
            _mm_storel_epi64((__m128i *)(dst + o), _mm_packus_epi16(block, block));
            o += 8;
            i += 16;
            continue;
        }
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(high5, _mm_setzero_si128())) == 0xFFFF) {
            o += put_two_byte_forms(block, dst + o);
            i += 16;
            continue;
        }
        _mm_storeu_si128((__m128i *)units, block);
#else
        bool surrogate = false;
        for (int k = 0; k < 8; k++) {
            const uint16_t lo = src[i + 2 * k], hi = src[i + 2 * k + 1];
            units[k] = big_endian ? (uint16_t)(lo << 8 | hi) : (uint16_t)(hi << 8 | lo);
            surrogate |= (units[k] & 0xF800) == 0xD800;
        }
        if (surrogate) break;
#endif
        for (int k = 0; k < 8; k++) {
            intptr_t length;
            const uint32_t form = truce_utf8_form(units[k], &length);
            memcpy(dst + o, &form, 4);
            o += length;
        }
        i += 16;
    }
    *written = o;
    return i;
}

static intptr_t scan_record_sse2(const uint8_t *base, intptr_t start, intptr_t end, uint8_t delimiter,
                                 truce_csv_span *spans, intptr_t span_capacity, intptr_t *span_count,
                                 uint8_t *scratch, intptr_t scratch_capacity, intptr_t *scratch_count,
                                 intptr_t *lines) {
    return scan_record(false, base, start, end, delimiter, spans, span_capacity, span_count, scratch,
                       scratch_capacity, scratch_count, lines);
}

#if defined(TRUCE_CSV_AVX2)
__attribute__((target("avx2"))) static intptr_t
scan_record_avx2(const uint8_t *base, intptr_t start, intptr_t end, uint8_t delimiter, truce_csv_span *spans,
                 intptr_t span_capacity, intptr_t *span_count, uint8_t *scratch, intptr_t scratch_capacity,
                 intptr_t *scratch_count, intptr_t *lines) {
    return scan_record(true, base, start, end, delimiter, spans, span_capacity, span_count, scratch,
                       scratch_capacity, scratch_count, lines);
}
#endif

truce_csv_record_scanner truce_csv_record_scanner_for(bool wide) {
#if defined(TRUCE_CSV_AVX2)
    if (wide && truce_csv_cpu_has_avx2()) return scan_record_avx2;
#endif
    return scan_record_sse2;
}

// Windows-1251 to UTF-8.
//
// Eight bytes at a time. ASCII words are copied. Words of ASCII and the Cyrillic letters
// 0xC0...0xFF (А...я, U+0410...U+044F, two UTF-8 bytes each) are converted with vectors where the
// CPU has AVX2 (which brings SSSE3's byte shuffle): each byte's lead and trail byte are computed
// side by side, and a shuffle chosen by which bytes are letters drops the trail bytes of the
// ASCII ones. Other words (0x80...0xBF: Ё, ё, quotes, dashes, №, the undefined 0x98) go
// through the table byte by byte.

// One table entry written with a 4-byte store (the caller leaves room); advances by its length.
static inline intptr_t put_packed(uint32_t entry, uint8_t *dst) {
    memcpy(dst, &entry, 4);
    return (intptr_t)(entry >> 24);
}

#if defined(TRUCE_CSV_AVX2)
// Per mask of letter lanes, the shuffle that keeps every lead byte and the trail bytes of letters.
static uint8_t letter_shuffles[256][16];

__attribute__((constructor)) static void build_letter_shuffles(void) {
    for (int mask = 0; mask < 256; mask++) {
        int o = 0;
        for (int lane = 0; lane < 8; lane++) {
            letter_shuffles[mask][o++] = (uint8_t)(2 * lane);
            if (mask & (1 << lane)) letter_shuffles[mask][o++] = (uint8_t)(2 * lane + 1);
        }
        while (o < 16) letter_shuffles[mask][o++] = 0x80;  // zero
    }
}

// Converts the word at `src` when it holds only ASCII and letters 0xC0...0xFF: writes 16 bytes
// at `dst` (the UTF-8 and what follows it) and returns the UTF-8 length; -1 for other words.
__attribute__((target("avx2"))) static inline intptr_t letters_to_utf8(const uint8_t *src, uint8_t *dst) {
    const __m128i bytes = _mm_loadl_epi64((const __m128i *)src);
    const unsigned high = (unsigned)_mm_movemask_epi8(bytes) & 0xFF;
    // Signed, the letters 0xC0...0xFF are -64...-1: negative and not below -64.
    const __m128i letters = _mm_andnot_si128(_mm_cmpgt_epi8(_mm_set1_epi8(-64), bytes),
                                             _mm_cmplt_epi8(bytes, _mm_setzero_si128()));
    const unsigned letter_bits = (unsigned)_mm_movemask_epi8(letters) & 0xFF;
    if (letter_bits != high) return -1;
    // А...п (0xC0...0xEF) are D0 90...D0 BF, р...я (0xF0...0xFF) are D1 80...D1 8F.
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8(-17)), letters);
    const __m128i lead_letter = _mm_sub_epi8(_mm_set1_epi8((char)0xD0), upper);
    const __m128i lead = _mm_or_si128(_mm_and_si128(letters, lead_letter), _mm_andnot_si128(letters, bytes));
    const __m128i trail = _mm_or_si128(_mm_and_si128(_mm_add_epi8(bytes, _mm_set1_epi8(0x10)), _mm_set1_epi8(0x3F)),
                                       _mm_set1_epi8((char)0x80));
    const __m128i pairs = _mm_unpacklo_epi8(lead, trail);
    const __m128i shuffle = _mm_loadu_si128((const __m128i *)letter_shuffles[letter_bits]);
    _mm_storeu_si128((__m128i *)dst, _mm_shuffle_epi8(pairs, shuffle));
    return 8 + __builtin_popcount(letter_bits);
}

__attribute__((target("avx2"))) static intptr_t
cp1251_to_utf8_avx2(const uint8_t *src, intptr_t count, uint8_t *dst, const uint32_t *table, bool *undefined) {
    intptr_t i = 0, o = 0;
    bool seen = false;
    while (i + 8 <= count) {
        uint64_t word;
        memcpy(&word, src + i, 8);
        if ((word & 0x8080808080808080ULL) == 0) {
            memcpy(dst + o, &word, 8);
            o += 8;
        } else {
            const intptr_t written = letters_to_utf8(src + i, dst + o);
            if (written >= 0) {
                o += written;
            } else {
                for (int k = 0; k < 8; k++) {
                    seen |= src[i + k] == 0x98;
                    o += put_packed(table[src[i + k]], dst + o);
                }
            }
        }
        i += 8;
    }
    for (; i < count; i++) {
        seen |= src[i] == 0x98;
        o += put_packed(table[src[i]], dst + o);
    }
    *undefined = seen;
    return o;
}
#endif

intptr_t truce_cp1251_to_utf8(const uint8_t *src, intptr_t count, uint8_t *dst, const uint32_t *table,
                              bool *undefined) {
#if defined(TRUCE_CSV_AVX2)
    if (truce_csv_cpu_has_avx2()) return cp1251_to_utf8_avx2(src, count, dst, table, undefined);
#endif
    *undefined = false;
    return -1;
}

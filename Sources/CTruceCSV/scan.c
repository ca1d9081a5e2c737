// CSV record scanning: where each field of one record ends, 64 bytes of terminators at a time.

#include "truce_csv.h"
#include "simd.h"

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
#endif

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

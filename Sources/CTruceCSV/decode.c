// Decoding to UTF-8: UTF-16 blocks of eight units, and Windows-1251 words of eight bytes.

#include "truce_csv.h"
#include "simd.h"

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

// Windows-1251 to UTF-8.
//
// Eight bytes at a time. ASCII words are copied. Words of ASCII and the Cyrillic letters
// 0xC0...0xFF (А...я, U+0410...U+044F, two UTF-8 bytes each) are converted with vectors where the
// CPU has AVX2 (which brings SSSE3's byte shuffle): each byte's lead and trail byte are computed
// side by side, and a shuffle chosen by which bytes are letters drops the trail bytes of the
// ASCII ones. Other words (0x80...0xBF: Ё, ё, quotes, dashes, №, the undefined 0x98) go
// through the table byte by byte.

// Converts `count` bytes through the table, each entry written with a 4-byte store (the caller
// leaves room) and advancing by its length (the top byte); notes the undefined 0x98 in `*seen`.
static inline intptr_t put_through_table(const uint8_t *src, intptr_t count, uint8_t *dst, const uint32_t *table,
                                         bool *seen) {
    intptr_t o = 0;
    for (intptr_t k = 0; k < count; k++) {
        *seen |= src[k] == 0x98;
        const uint32_t entry = table[src[k]];
        memcpy(dst + o, &entry, 4);
        o += (intptr_t)(entry >> 24);
    }
    return o;
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
            o += written >= 0 ? written : put_through_table(src + i, 8, dst + o, table, &seen);
        }
        i += 8;
    }
    o += put_through_table(src + i, count - i, dst + o, table, &seen);
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

// The CSV reader's fast paths, in C for the vector byte compares and shuffles Swift does not
// expose: record scanning (scan.c), decoding UTF-16 and Windows-1251 to UTF-8 (decode.c), and
// which vector instructions the CPU has (cpu.c). The Swift code is the fallback and reference.
#ifndef TRUCE_CSV_H
#define TRUCE_CSV_H

#include <stdbool.h>
#include <stdint.h>

// Where one field's bytes are: `start` and `count` in the reader's buffer, or in the scratch
// bytes when `in_scratch` (a quoted field whose doubled quotes were undone).
typedef struct {
    intptr_t start;
    intptr_t count;
    bool in_scratch;
} truce_csv_span;

// Scans the record that starts at `base[start]` (not a blank line) in `base[start..<end]`.
//
// Returns the index where the next record starts, with `*span_count` fields in `spans`,
// `*scratch_count` unescaped bytes in `scratch` and `*lines` line ends passed (including the
// record's own). Returns -1 when this record needs the general scanner: it reaches `end`
// (incomplete, or the input's last record), has text after a closing quote, or does not fit
// `span_capacity` / `scratch_capacity`. Nothing is reported then; the caller scans it again.
typedef intptr_t (*truce_csv_record_scanner)(const uint8_t *base, intptr_t start, intptr_t end, uint8_t delimiter,
                                             truce_csv_span *spans, intptr_t span_capacity, intptr_t *span_count,
                                             uint8_t *scratch, intptr_t scratch_capacity, intptr_t *scratch_count,
                                             intptr_t *lines);

// The record scanner with 32-byte compares (AVX2) when `wide` and the CPU has AVX2, else the
// one with 16-byte compares (SSE2). Both give the same results; chosen once, called per record.
truce_csv_record_scanner truce_csv_record_scanner_for(bool wide);

// Whether this CPU (and its operating system) can run AVX2 code.
bool truce_csv_cpu_has_avx2(void);

// Converts Windows-1251 `src[0..<count]` to UTF-8 at `dst`, which must have room for
// `3 * count + 1` bytes, through `table` (per byte value: its UTF-8 bytes little-endian, the
// length in the top byte, 0 for the undefined 0x98). Returns the bytes written, and sets
// `*undefined` when 0x98 occurs; returns -1, doing nothing, where the CPU lacks AVX2 (the caller
// converts with its own loop).
intptr_t truce_cp1251_to_utf8(const uint8_t *src, intptr_t count, uint8_t *dst, const uint32_t *table,
                              bool *undefined);

// The UTF-8 form of a BMP scalar that is not a surrogate, little-endian in a uint32_t (written
// with one 4-byte store), and its length in `*length`: all three forms computed and one
// selected, so that mixed Cyrillic and ASCII text does not mispredict a branch per unit.
static inline uint32_t truce_utf8_form(uint32_t unit, intptr_t *length) {
    const uint32_t two = (0xC0 | unit >> 6) | (0x80 | (unit & 0x3F)) << 8;
    const uint32_t three = (0xE0 | unit >> 12) | (0x80 | ((unit >> 6) & 0x3F)) << 8 | (0x80 | (unit & 0x3F)) << 16;
    *length = unit < 0x80 ? 1 : (unit < 0x800 ? 2 : 3);
    return unit < 0x80 ? unit : (unit < 0x800 ? two : three);
}

// Converts whole blocks of eight UTF-16 code units (16 bytes, little- or big-endian) to UTF-8,
// from `src[0..<count]` into `dst`, and stops before the first block holding a surrogate or
// when fewer than 16 bytes are left: surrogates, their errors and the tail are the caller's.
// `dst` must hold 3 bytes per unit plus 5. Returns the bytes consumed; `*written` is set to
// the bytes written.
intptr_t truce_utf16_to_utf8_blocks(const uint8_t *src, intptr_t count, bool big_endian, uint8_t *dst,
                                    intptr_t *written);

#endif

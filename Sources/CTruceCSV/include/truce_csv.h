// The common case of CSV record scanning, in C for the SSE2 byte compares Swift does not
// expose: finds where each field of one record ends sixteen bytes at a time.
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
intptr_t truce_csv_scan_record(const uint8_t *base, intptr_t start, intptr_t end, uint8_t delimiter,
                               truce_csv_span *spans, intptr_t span_capacity, intptr_t *span_count,
                               uint8_t *scratch, intptr_t scratch_capacity, intptr_t *scratch_count,
                               intptr_t *lines);

// Converts whole blocks of eight UTF-16 code units (16 bytes, little- or big-endian) to UTF-8,
// from `src[0..<count]` into `dst`, and stops before the first block holding a surrogate or
// when fewer than 16 bytes are left: surrogates, their errors and the tail are the caller's.
// `dst` must hold 3 bytes per unit plus 5. Returns the bytes consumed; `*written` is set to
// the bytes written.
intptr_t truce_utf16_to_utf8_blocks(const uint8_t *src, intptr_t count, bool big_endian, uint8_t *dst,
                                    intptr_t *written);

#endif

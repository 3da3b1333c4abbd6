/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Keys and names as they are kept: what a person typed, pasted from a
 * chat message or an import brought is cleaned at the door, so that two
 * spellings that look alike are one key. Every core record calls these in
 * its validator, and every lookup cleans its query the same way.
 *
 * cw_text_clean_line(): Unicode NFKC (full-width ０１ and ＡＢ become 01
 * and AB, the ideographic space a space), invisible characters removed
 * (zero-width space and joiners U+200B–U+200D, word joiner U+2060, BOM
 * U+FEFF, soft hyphen, bidirectional marks, every other format or control
 * character), runs of white space made one space, and the ends trimmed.
 * For names (people, goods, groups, the village) and single-line keys;
 * the characters themselves are kept, case included. Invalid UTF-8 is
 * repaired with U+FFFD first. Never returns NULL.
 *
 * cw_text_normalize_key(): cw_text_clean_line(), then ASCII letters in
 * upper case: for keys that do not depend on case (rule codes, the X of
 * an ID number), so that hj01 and ＨＪ０１ both are HJ01. */
char     *cw_text_clean_line      (const char *text);
char     *cw_text_normalize_key   (const char *text);

/* TRUE when @text is surely what cw_text_clean_line() makes of it: told
 * cheaply for the common case (printable ASCII and CJK ideographs, single
 * inner spaces), so that a search run per row cleans its query only when
 * it may have to. FALSE also for clean text it cannot judge that cheaply. */
gboolean  cw_text_is_clean_line   (const char *text);

/* A whole number as a person writes it: decimal digits, full-width ones
 * too (read after NFKC), an optional sign, spaces around. Refused
 * (CW_ERROR_INVALID, saying why): anything else — 1e9, 0x10, 1.5, 1,000,
 * an empty text — and a number outside @min…@max, which is also how a
 * number too large for 64 bits is refused. The message names neither
 * field nor option: the caller prefixes it. */
gboolean  cw_text_parse_integer   (const char  *text,
                                   gint64       min,
                                   gint64       max,
                                   gint64      *value,
                                   GError     **error);

/* What a field may hold at most, in characters: room for any real name,
 * address or note, and far below a spreadsheet cell's 32 767, so that
 * nothing kept is cut when exported or crowds out a printout's other
 * columns. */
#define CW_TEXT_MAX_NAME     50
#define CW_TEXT_MAX_ADDRESS  200
#define CW_TEXT_MAX_NOTE     500

/* TRUE when @text has at most @max characters; else FALSE with
 * CW_ERROR_INVALID naming @field and the limit. @field comes marked for
 * translation but untranslated, and is translated only for the error: an
 * import checks every field of every row, and a translation looked up
 * each time was 3 % of a 110 000-person import. */
gboolean  cw_text_check_length    (const char  *text,
                                   guint        max,
                                   const char  *field,
                                   GError     **error);

/* @n in Chinese numerals as running text writes a small count (一式三份):
 * 一 … 九十九; a larger count in digits. */
char     *cw_text_count_in_hanzi  (guint       n);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Pinyin keys, so that a clerk can find 张三 by typing "zhangsan" or "zs".
 *
 * Readings come from ICU's Han-Latin transliterator, toneless and in ASCII
 * (ü is written u: 吕 → "lu"), through a table made from it at build time:
 * no transliterator is compiled at run time unless a name holds a character
 * outside the table. A name's first character (or first two, for
 * 尉迟, 万俟, 长孙) is read as a surname where that differs from the common
 * reading: 曾 zeng, 单 shan, 解 xie, 仇 qiu, … Other polyphonic characters get
 * ICU's default reading.
 *
 * Characters that are not Han: ASCII letters and digits are kept, lowercased;
 * other letters are folded to ASCII where ICU can (é → e, full-width Ａ → a);
 * spaces, punctuation and the middle dot of minority names (·) are dropped.
 *
 * All three functions are thread-safe, accept NULL or invalid UTF-8 (giving
 * ""), and never return NULL. */

/* "张三" → "zhangsan". */
char *cw_pinyin_full       (const char *text);

/* The first letter of each Han character's syllable; other characters as
 * in cw_pinyin_full(): "张三" → "zs", "曾小单" → "zxd", "王Amy" → "wamy". */
char *cw_pinyin_initials   (const char *text);

/* The key to store beside a name for substring search:
 *
 *     FULL " " INITIALS        e.g. "zhangsan zs"
 *
 * or only FULL when the two are the same (a name with no Han characters,
 * "Tom" → "tom"), or "" when the name has no letters or digits at all.
 * The single space keeps a query from matching across the two parts;
 * callers should lowercase the query and remove its spaces before calling
 * strstr() on the key. */
char *cw_pinyin_search_key (const char *name);

G_END_DECLS

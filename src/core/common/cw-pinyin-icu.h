/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <unicode/utrans.h>

G_BEGIN_DECLS

/* The one definition of a character's pinyin as ICU gives it, shared by
 * cw-pinyin.c (its fallback for a character the table lacks) and by
 * pinyin-table-gen.c, which writes that table at build time: the two must
 * give the same syllable for every character, or stored search keys would
 * change with the path a character took.
 *
 * No lock here: a UTransliterator must not be used by two threads at once. */

/* ICU's "Han-Latin; Latin-ASCII; Lower", compiled (about a billion
 * instructions), or NULL with @error set. Close it with utrans_close(). */
UTransliterator *cw_pinyin_icu_open      (GError         **error);

/* @c transliterated on its own, keeping only ASCII letters and digits,
 * lowercased: 张 → "zhang", é → "e", · → "". Never NULL; "" when ICU fails. */
char            *cw_pinyin_icu_syllable  (UTransliterator *transliterator,
                                          gunichar         c);

G_END_DECLS

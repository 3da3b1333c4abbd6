/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The build-time table of syllables (pinyin-table-gen.c), open to the test
 * that holds it to what ICU gives. */

/* The syllable of @c, "" for a character with none, or NULL when @c is
 * outside the table (cw-pinyin.c then asks ICU). */
const char *cw_pinyin_table_lookup (gunichar  c);

/* The table's @i-th range of code points, first and last included; FALSE
 * past the last range. */
gboolean    cw_pinyin_table_range  (guint     i,
                                    gunichar *first,
                                    gunichar *last);

G_END_DECLS

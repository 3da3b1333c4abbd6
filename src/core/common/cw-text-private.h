/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

G_BEGIN_DECLS

/* The cleaning of cw-text.h as SQL functions on a connection, for the
 * migrations that clean what is already stored: cw_clean_line(x),
 * cw_normalize_key(x) and cw_search_key(name) (the pinyin key of
 * cw_pinyin_search_key()). Deterministic and innocuous. */
void cw_text_register_sql_functions (sqlite3 *db);

G_END_DECLS

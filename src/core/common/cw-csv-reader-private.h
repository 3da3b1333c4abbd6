/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The bytes of a file as UTF-8 text (cw-csv-decode.c): the encoding is
 * detected, never asked for — UTF-8 with or without a BOM, UTF-16 (with
 * a BOM, or by its zero bytes), otherwise GB18030. On success *text
 * (newly allocated, NUL-terminated) holds *length bytes and *encoding
 * names what the file was ("UTF-8 (BOM)" …, static). A workbook, a
 * binary file or text in none of these is CW_ERROR_INVALID, naming the
 * line. */
gboolean cw_csv_decode (const guint8  *data,
                        gsize          size,
                        char         **text,
                        gsize         *length,
                        const char   **encoding,
                        GError       **error);

G_END_DECLS

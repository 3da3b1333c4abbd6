/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Width of a string in columns of a monospaced grid, as spreadsheets and
 * terminals count them: a Chinese character takes two, a Latin letter one.
 * Used for column widths in workbooks and tables on paper. */
guint cw_text_display_width (const char *text);

G_END_DECLS

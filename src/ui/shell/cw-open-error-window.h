/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ui/shell/cw-application.h"

G_BEGIN_DECLS

#define CW_TYPE_OPEN_ERROR_WINDOW (cw_open_error_window_get_type ())
G_DECLARE_FINAL_TYPE (CwOpenErrorWindow, cw_open_error_window, CW, OPEN_ERROR_WINDOW, AdwApplicationWindow)

/* What the window shows instead of the record when @db_path cannot be
 * opened (@error says why): what happened and what to do, in the clerk's
 * language. A damaged record names its newest good backup and offers to
 * restore it (or another backup); any record can be swapped for another
 * file. The file itself is left exactly as it is. */
GtkWidget *cw_open_error_window_new (CwApplication *app,
                                     const char    *db_path,
                                     const GError  *error);

G_END_DECLS

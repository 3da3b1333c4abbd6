/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-undo.h"
#include "ui/shell/cw-application.h"

G_BEGIN_DECLS

#define CW_TYPE_WINDOW (cw_window_get_type ())
G_DECLARE_FINAL_TYPE (CwWindow, cw_window, CW, WINDOW, AdwApplicationWindow)

CwWindow           *cw_window_new              (CwApplication *app,
                                                CwDatabase    *db);
CwDatabase         *cw_window_get_database     (CwWindow      *self);
/* Same as activating win.show-page with @id. */
void                cw_window_show_page        (CwWindow      *self,
                                                const char    *id);
/* "welcome" on first start, otherwise the id of the page shown. */
const char         *cw_window_get_visible_page (CwWindow      *self);
/* The page @id, or NULL while it has not been shown yet: a page is made
 * the first time it is shown. */
GtkWidget          *cw_window_get_page         (CwWindow      *self,
                                                const char    *id);
/* Asks every page to read the database again (its "page.reload" action),
 * e.g. after a backup or a change made by another program. */
void                cw_window_reload           (CwWindow      *self);
/* The changes win.undo (Ctrl+Z) can take back. */
CwUndo             *cw_window_get_undo         (CwWindow      *self);
/* Takes ownership of @toast, as adw_toast_overlay_add_toast() does. */
void                cw_window_show_toast       (CwWindow      *self,
                                                AdwToast      *toast);
/* For pages: a toast with @message in the window @widget is in. */
void                cw_window_show_message     (GtkWidget     *widget,
                                                const char    *message);
/* <Control>1 … <Control>9 for the pages in order, <Control>comma for
 * Settings, <Control>z for win.undo. CwApplication calls it at startup. */
void                cw_window_add_accels       (GtkApplication *app);
/* The page ids in sidebar order, NULL-terminated. */
const char * const *cw_window_get_page_ids     (void);

G_END_DECLS

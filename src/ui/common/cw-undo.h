/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* The changes a window can take back, through the audit log: a change is
 * the id cw_database_get_last_change() gives after it, and undoing it is
 * cw_audit_undo(). The window keeps one CwUndo; a view that made a change
 * calls cw_undo_show_toast(), and the window's Ctrl+Z (win.undo) takes
 * back the most recent change from any view. Views learn of an undo as of
 * any change, from the database's "changed" signal. */

#define CW_TYPE_UNDO (cw_undo_get_type ())
G_DECLARE_FINAL_TYPE (CwUndo, cw_undo, CW, UNDO, GObject)

CwUndo   *cw_undo_new          (CwDatabase  *db);
/* Whether a change waits to be undone (the "can-undo" property). */
gboolean  cw_undo_get_can_undo (CwUndo      *self);
/* The most recent change remembered, 0 for none (the "last-change"
 * property). */
gint64    cw_undo_get_last_change (CwUndo   *self);
/* Undoes @change_id if it is one remembered, else nothing; the most
 * recent with 0. A refusal (a later change touched the same rows) is
 * shown in a dialog over @widget's window, and the change forgotten.
 * TRUE when undone. */
gboolean  cw_undo_undo         (CwUndo      *self,
                                gint64       change_id,
                                GtkWidget   *widget);

/* After a change: a toast in @widget's window saying @message, with Undo,
 * which reverts @change_id; Ctrl+Z does so too while it is the most recent
 * change. A @change_id of 0 (nothing written) gets the toast alone. The
 * toast belongs to @widget, the page that made the change: it goes when
 * @widget leaves the screen (the clerk moved to another view), and none is
 * shown while @widget is off it; Ctrl+Z undoes the change from anywhere. */
void      cw_undo_show_toast   (GtkWidget   *widget,
                                gint64       change_id,
                                const char  *message);

/* Told once the change is undone, if @owner is still alive: @owner may
 * show at once what the undo touched rather than wait for the "changed"
 * signal's reload. */
typedef void (*CwUndoneFunc)   (GtkWidget   *owner,
                                gpointer     data);

/* The same, telling @undone (@widget, @data) after an undo; @destroy
 * frees @data when the change is undone or forgotten. */
void      cw_undo_show_toast_full (GtkWidget      *widget,
                                   gint64          change_id,
                                   const char     *message,
                                   CwUndoneFunc    undone,
                                   gpointer        data,
                                   GDestroyNotify  destroy);

G_END_DECLS

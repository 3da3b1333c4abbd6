/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Reloads a page from the database only when it is on screen: a change
 * while the page is hidden marks it dirty, and it reads again when it is
 * mapped; a change while it is shown reads again once the main loop is
 * idle, so that a burst of changes costs one read. */

#define CW_TYPE_LAZY_RELOAD (cw_lazy_reload_get_type ())
G_DECLARE_FINAL_TYPE (CwLazyReload, cw_lazy_reload, CW, LAZY_RELOAD, GObject)

typedef void (*CwLazyReloadFunc) (GtkWidget *page);

/* @tables: the tables whose changes concern @page, NULL-terminated; a
 * name ending in '_' (like "point_") stands for every table it begins;
 * NULL means every table. Neither @page nor @db is referenced: the page
 * owns the reloader and clears it in its dispose. */
CwLazyReload *cw_lazy_reload_new       (GtkWidget          *page,
                                        CwDatabase         *db,
                                        const char * const *tables,
                                        CwLazyReloadFunc    reload);
/* Marks the page dirty and reloads it at idle if it is mapped. */
void          cw_lazy_reload_queue     (CwLazyReload       *self);
/* Clears the mark: for a page's reload function, which pages also call
 * directly (a filter changed), so that mapping it later does not read the
 * same rows again. */
void          cw_lazy_reload_done      (CwLazyReload       *self);
gboolean      cw_lazy_reload_get_dirty (CwLazyReload       *self);

G_END_DECLS

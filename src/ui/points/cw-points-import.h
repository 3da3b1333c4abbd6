/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui/common/cw-import-dialog.h"

G_BEGIN_DECLS

/* The points register's CSV imports in the window, each through the
 * import dialog: the rule book from the rules page, point entries from
 * the entry page. What went in is announced in a toast with Undo. The
 * dialog is presented; the file is still to be chosen. */
CwImportDialog *cw_points_import_rules   (GtkWidget  *page,
                                          CwDatabase *db);
CwImportDialog *cw_points_import_entries (GtkWidget  *page,
                                          CwDatabase *db);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_WELCOME_PAGE (cw_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (CwWelcomePage, cw_welcome_page, CW, WELCOME_PAGE, AdwBin)

/* The first start: asks for the village and the operator's name, or loads
 * the demo village (in a worker, with progress and Cancel). Emits "done"
 * once the database holds a village. */
GtkWidget *cw_welcome_page_new      (CwDatabase    *db);
/* Whether the demo village is being written (in a worker). */
gboolean   cw_welcome_page_get_busy (CwWelcomePage *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_WELCOME_PAGE (cw_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (CwWelcomePage, cw_welcome_page, CW, WELCOME_PAGE, AdwBin)

/* The first start: asks for the village and the operator's name, or loads
 * the demo village. Emits "done" once the database holds a village. */
GtkWidget *cw_welcome_page_new (CwDatabase *db);

G_END_DECLS

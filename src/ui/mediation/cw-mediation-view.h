/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_MEDIATION_VIEW (cw_mediation_view_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationView, cw_mediation_view, CW, MEDIATION_VIEW, AdwBin)

/* The mediation register (人民调解) in the window: the cases, the
 * deadlines board and the figures ("cases", "deadlines", "figures";
 * Alt+1 … Alt+3), the board's
 * switcher button carrying the number of late deadlines. */
GtkWidget *cw_mediation_view_new          (CwDatabase      *db);
void       cw_mediation_view_show_subpage (CwMediationView *self,
                                           const char      *name);
/* The sub-page named @name (transfer none), or NULL. */
GtkWidget *cw_mediation_view_get_page     (CwMediationView *self,
                                           const char      *name);

G_END_DECLS

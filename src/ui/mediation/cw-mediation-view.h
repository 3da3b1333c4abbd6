/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-register-view.h"

G_BEGIN_DECLS

#define CW_TYPE_MEDIATION_VIEW (cw_mediation_view_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationView, cw_mediation_view, CW, MEDIATION_VIEW, CwRegisterView)

/* The mediation register (人民调解) in the window: the cases, the
 * deadlines board and the figures ("cases", "deadlines", "figures";
 * Alt+1 … Alt+3), the board's
 * switcher button carrying the number of late deadlines. */
#define    cw_mediation_view_show_subpage(self, name) cw_register_view_show_subpage (CW_REGISTER_VIEW (self), name)
#define    cw_mediation_view_get_page(self, name)     cw_register_view_get_page (CW_REGISTER_VIEW (self), name)

G_END_DECLS

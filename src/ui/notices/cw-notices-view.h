/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-register-view.h"

G_BEGIN_DECLS

#define CW_TYPE_NOTICES_VIEW (cw_notices_view_get_type ())
G_DECLARE_FINAL_TYPE (CwNoticesView, cw_notices_view, CW, NOTICES_VIEW, CwRegisterView)

/* The notices register (三务公开): the notices and their way, the
 * disclosure calendar, the decisions (四议两公开) and the catalogue, each a
 * sub-page. Actions: notices.show-subpage (s: "notices", "calendar",
 * "decisions", "catalogue"), page.reload; Alt+1 … Alt+4. The calendar's
 * switcher button counts what is missing. */
#define     cw_notices_view_show_subpage(self, name) cw_register_view_show_subpage (CW_REGISTER_VIEW (self), name)
#define     cw_notices_view_get_page(self, name)     cw_register_view_get_page (CW_REGISTER_VIEW (self), name)

G_END_DECLS

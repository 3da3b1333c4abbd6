/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-register-view.h"

G_BEGIN_DECLS

#define CW_TYPE_BENEFITS_VIEW (cw_benefits_view_get_type ())
G_DECLARE_FINAL_TYPE (CwBenefitsView, cw_benefits_view, CW, BENEFITS_VIEW, CwRegisterView)

/* Benefits and awards (慰问、奖励与评比): the programmes, each with its list
 * of persons, and the awards, each a sub-page. Actions:
 * benefits.show-subpage (s: "programmes", "awards"), page.reload. */
#define    cw_benefits_view_show_subpage(self, name) cw_register_view_show_subpage (CW_REGISTER_VIEW (self), name)
#define    cw_benefits_view_get_page(self, name)     cw_register_view_get_page (CW_REGISTER_VIEW (self), name)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_BENEFITS_VIEW (cw_benefits_view_get_type ())
G_DECLARE_FINAL_TYPE (CwBenefitsView, cw_benefits_view, CW, BENEFITS_VIEW, AdwBin)

/* Benefits and awards (慰问、奖励与评比): the programmes, each with its list
 * of persons, and the awards, each a sub-page. Actions:
 * benefits.show-subpage (s: "programmes", "awards"), page.reload. */
GtkWidget *cw_benefits_view_new          (CwDatabase     *db);
void       cw_benefits_view_show_subpage (CwBenefitsView *self,
                                          const char     *name);
/* The sub-page widget called @name (transfer none). */
GtkWidget *cw_benefits_view_get_page     (CwBenefitsView *self,
                                          const char     *name);

G_END_DECLS

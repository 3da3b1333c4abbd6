/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefits-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/benefits/cw-awards-page.h"
#include "ui/benefits/cw-benefit-flags-page.h"
#include "ui/benefits/cw-benefit-programmes-page.h"
#include "ui/benefits/cw-benefits-view.h"

static const CwSubpage subpages[] = {
  { "programmes", N_("Programmes"), "emblem-favorite-symbolic", cw_benefit_programmes_page_get_type },
  { "awards",     N_("Awards"),     "starred-symbolic",         cw_awards_page_get_type },
  { "flags",      N_("Person Flags"), "emblem-important-symbolic", cw_benefit_flags_page_get_type },
};

struct _CwBenefitsView
{
  CwRegisterView  parent_instance;
};

G_DEFINE_FINAL_TYPE (CwBenefitsView, cw_benefits_view, CW_TYPE_REGISTER_VIEW)

static void
cw_benefits_view_class_init (CwBenefitsViewClass *klass)
{
  CwRegisterViewClass *register_class = CW_REGISTER_VIEW_CLASS (klass);

  cw_register_view_class_set_subpages (register_class, "benefits", subpages, G_N_ELEMENTS (subpages));
}

static void
cw_benefits_view_init (CwBenefitsView *self)
{
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/mediation/cw-mediation-due.h"
#include "ui/mediation/cw-mediation-board-page.h"
#include "ui/mediation/cw-mediation-cases-page.h"
#include "ui/mediation/cw-mediation-figures-page.h"
#include "ui/mediation/cw-mediation-view.h"

static const CwSubpage subpages[] = {
  { "cases",     N_("Cases"),     "view-list-symbolic", cw_mediation_cases_page_get_type },
  { "deadlines", N_("Deadlines"), "alarm-symbolic",     cw_mediation_board_page_get_type },
  { "figures",   N_("Figures"),   "x-office-spreadsheet-symbolic", cw_mediation_figures_page_get_type },
};

struct _CwMediationView
{
  CwRegisterView  parent_instance;
};

G_DEFINE_FINAL_TYPE (CwMediationView, cw_mediation_view, CW_TYPE_REGISTER_VIEW)

/* The board's button carries how many deadlines are late. */
static const char * const badge_tables[] = { "mediation_", NULL };

static void
count_badges (CwRegisterView *self)
{
  CwDatabase *db = cw_register_view_get_database (self);
  g_autoptr(GListModel) lines = cw_mediation_due_list (db, NULL, NULL);
  guint late = 0;

  for (guint i = 0; lines != NULL && i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CwMediationDue) due = g_list_model_get_item (lines, i);

      late += cw_mediation_due_get_days_left (due) < 0;
    }
  cw_register_view_set_badge (self, "deadlines", late);
}

static void
cw_mediation_view_class_init (CwMediationViewClass *klass)
{
  CwRegisterViewClass *register_class = CW_REGISTER_VIEW_CLASS (klass);

  register_class->count_badges = count_badges;
  register_class->badge_tables = badge_tables;
  cw_register_view_class_set_subpages (register_class, "mediation", subpages, G_N_ELEMENTS (subpages));
}

static void
cw_mediation_view_init (CwMediationView *self)
{
}

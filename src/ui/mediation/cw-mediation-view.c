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

  guint           badge_source;
};

G_DEFINE_FINAL_TYPE (CwMediationView, cw_mediation_view, CW_TYPE_REGISTER_VIEW)

/* The board's button carries how many deadlines are late. */
static gboolean
update_badge_cb (gpointer user_data)
{
  CwMediationView *self = user_data;
  CwDatabase *db = cw_register_view_get_database (CW_REGISTER_VIEW (self));
  g_autoptr(GListModel) lines = cw_mediation_due_list (db, NULL, NULL);
  guint late = 0;

  self->badge_source = 0;
  for (guint i = 0; lines != NULL && i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CwMediationDue) due = g_list_model_get_item (lines, i);

      late += cw_mediation_due_get_days_left (due) < 0;
    }
  cw_register_view_set_badge (CW_REGISTER_VIEW (self), "deadlines", late);
  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (CwMediationView *self,
                     const char      *table)
{
  if (table != NULL && !g_str_has_prefix (table, "mediation_"))
    return;
  if (self->badge_source == 0)
    self->badge_source = g_idle_add_full (G_PRIORITY_LOW, update_badge_cb, self, NULL);
}

static void
cw_mediation_view_reload (CwRegisterView *view)
{
  database_changed_cb (CW_MEDIATION_VIEW (view), NULL);
}

static void
cw_mediation_view_constructed (GObject *object)
{
  CwMediationView *self = CW_MEDIATION_VIEW (object);

  G_OBJECT_CLASS (cw_mediation_view_parent_class)->constructed (object);

  g_signal_connect_object (cw_register_view_get_database (CW_REGISTER_VIEW (self)), "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  update_badge_cb (self);
}

static void
cw_mediation_view_dispose (GObject *object)
{
  CwMediationView *self = CW_MEDIATION_VIEW (object);

  g_clear_handle_id (&self->badge_source, g_source_remove);

  G_OBJECT_CLASS (cw_mediation_view_parent_class)->dispose (object);
}

static void
cw_mediation_view_class_init (CwMediationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CwRegisterViewClass *register_class = CW_REGISTER_VIEW_CLASS (klass);

  object_class->constructed = cw_mediation_view_constructed;
  object_class->dispose = cw_mediation_view_dispose;

  register_class->reload = cw_mediation_view_reload;
  cw_register_view_class_set_subpages (register_class, "mediation", subpages, G_N_ELEMENTS (subpages));
}

static void
cw_mediation_view_init (CwMediationView *self)
{
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-household-cases"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/mediation/cw-mediation.h"
#include "ui/mediation/cw-mediation-cases-page.h"
#include "ui/mediation/cw-mediation-household-cases.h"
#include "ui/mediation/cw-mediation-view.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwMediationHouseholdCases
{
  AdwBin          parent_instance;

  CwDatabase     *db;
  gint64          household_id;
  guint           load_source;
  GListModel     *cases;

  /* Template widgets */
  GtkMenuButton  *button;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (CwMediationHouseholdCases, cw_mediation_household_cases, ADW_TYPE_BIN)

static GtkWidget *
case_row (CwMediationCase *mediation_case)
{
  GtkWidget *row = adw_action_row_new ();
  const char *state = cw_mediation_label (cw_mediation_case_is_open (mediation_case)
                                          ? "open" : cw_mediation_case_get (mediation_case, CW_CASE_OUTCOME));
  /* Translators: a case on the household page: its type, state and parties */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s · %s"), cw_mediation_case_get (mediation_case, CW_CASE_TYPE),
                                               state, cw_mediation_case_get (mediation_case, CW_CASE_PARTIES));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cw_mediation_case_get (mediation_case, CW_CASE_NUMBER));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "case", g_object_ref (mediation_case), g_object_unref);
  return row;
}

static gboolean
load_cb (gpointer user_data)
{
  CwMediationHouseholdCases *self = user_data;
  g_autoptr(GListModel) cases = NULL;
  g_autofree char *label = NULL;
  GtkWidget *child;
  guint n;

  self->load_source = 0;
  if (self->db != NULL && self->household_id != 0)
    cases = cw_mediation_case_list_for_household (self->db, self->household_id, NULL);
  if (cases == NULL)
    cases = G_LIST_MODEL (g_list_store_new (CW_TYPE_MEDIATION_CASE));
  g_set_object (&self->cases, cases);

  n = g_list_model_get_n_items (cases);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwMediationCase) mediation_case = g_list_model_get_item (cases, i);

      gtk_list_box_append (self->list, case_row (mediation_case));
    }
  label = g_strdup_printf (_("Mediation (%u)"), n);
  gtk_menu_button_set_label (self->button, label);
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
  return G_SOURCE_REMOVE;
}

static void
queue_load (CwMediationHouseholdCases *self)
{
  if (self->load_source == 0)
    self->load_source = g_idle_add_full (G_PRIORITY_LOW, load_cb, self, NULL);
}

/* A case saved or undone elsewhere shows here too. */
static void
database_changed_cb (CwMediationHouseholdCases *self,
                     const char                *table)
{
  if (self->household_id != 0 && (table == NULL || g_str_has_prefix (table, "mediation_")))
    queue_load (self);
}

void
cw_mediation_household_cases_set_household (CwMediationHouseholdCases *self,
                                            CwDatabase                *db,
                                            gint64                     household_id)
{
  g_return_if_fail (CW_IS_MEDIATION_HOUSEHOLD_CASES (self));
  g_return_if_fail (CW_IS_DATABASE (db));

  if (self->db != db)
    {
      if (self->db != NULL)
        g_signal_handlers_disconnect_by_func (self->db, database_changed_cb, self);
      g_set_object (&self->db, db);
      g_signal_connect_object (db, "changed", G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
    }
  /* Another household's count is not shown, not even until its own is read. */
  if (self->household_id != household_id)
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  self->household_id = household_id;
  queue_load (self);
}

GListModel *
cw_mediation_household_cases_get_cases (CwMediationHouseholdCases *self)
{
  g_return_val_if_fail (CW_IS_MEDIATION_HOUSEHOLD_CASES (self), NULL);

  return self->cases;
}

void
cw_mediation_household_cases_open (CwMediationHouseholdCases *self,
                                   gpointer                   mediation_case)
{
  GtkRoot *root;
  GtkWidget *view;

  g_return_if_fail (CW_IS_MEDIATION_HOUSEHOLD_CASES (self));
  g_return_if_fail (CW_IS_MEDIATION_CASE (mediation_case));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (!CW_IS_WINDOW (root))
    return;
  gtk_menu_button_popdown (self->button);
  cw_window_show_page (CW_WINDOW (root), "mediation");
  view = cw_window_get_page (CW_WINDOW (root), "mediation");
  if (!CW_IS_MEDIATION_VIEW (view))
    return;
  cw_mediation_view_show_subpage (CW_MEDIATION_VIEW (view), "cases");
  cw_mediation_cases_page_show_case (CW_MEDIATION_CASES_PAGE (cw_mediation_view_get_page (CW_MEDIATION_VIEW (view),
                                                                                          "cases")),
                                     mediation_case);
}

static void
row_activated_cb (CwMediationHouseholdCases *self,
                  GtkListBoxRow             *row)
{
  cw_mediation_household_cases_open (self, g_object_get_data (G_OBJECT (row), "case"));
}

static void
cw_mediation_household_cases_dispose (GObject *object)
{
  CwMediationHouseholdCases *self = CW_MEDIATION_HOUSEHOLD_CASES (object);

  g_clear_handle_id (&self->load_source, g_source_remove);
  /* The button is the bin's child and a template child: the bin lets go
   * of it first, so that it is unparented once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_MEDIATION_HOUSEHOLD_CASES);
  g_clear_object (&self->cases);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_mediation_household_cases_parent_class)->dispose (object);
}

static void
cw_mediation_household_cases_class_init (CwMediationHouseholdCasesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_mediation_household_cases_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-mediation-household-cases.ui");
  gtk_widget_class_bind_template_child (widget_class, CwMediationHouseholdCases, button);
  gtk_widget_class_bind_template_child (widget_class, CwMediationHouseholdCases, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
cw_mediation_household_cases_init (CwMediationHouseholdCases *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cases = G_LIST_MODEL (g_list_store_new (CW_TYPE_MEDIATION_CASE));
}

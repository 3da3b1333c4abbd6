/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-households-view-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/grids/cw-grid-request.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/households/cw-vocabulary.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"
#include "report/households/cw-roster-export.h"
#include "ui/common/cw-job.h"
#include "ui/grids/cw-grid-request-editor.h"
#include "ui/grids/cw-grid-visit-dialog.h"
#include "ui/grids/cw-party-link-dialog.h"
#include "ui/households/cw-household-editor.h"
#include "ui/households/cw-households-view-private.h"
#include "ui/households/cw-make-head-dialog.h"
#include "ui/households/cw-move-dialog.h"
#include "ui/households/cw-person-editor.h"
#include "ui/households/cw-split-dialog.h"
#include "ui/households/cw-status-dialog.h"
#include "ui/shell/cw-window.h"

static CwPerson *
selected_member (CwHouseholdsView *self)
{
  if (self->member_selection == NULL || self->current == NULL)
    return NULL;

  return gtk_single_selection_get_selected_item (self->member_selection);
}

static guint
present_members (CwHouseholdsView *self)
{
  GListModel *members;
  guint n = 0;

  if (self->member_selection == NULL)
    return 0;

  members = gtk_single_selection_get_model (self->member_selection);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (members, i);

      n += cw_person_is_present (person) ? 1 : 0;
    }

  return n;
}

/* Every action's state, from one place. */
void
cw_households_view_update_actions (CwHouseholdsView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  CwHousehold *household = self->current;
  CwPerson *member = selected_member (self);
  gboolean can_write = !self->importing;
  gboolean active = household != NULL && g_str_equal (cw_household_get_status (household), CW_HOUSEHOLD_STATUS_ACTIVE);
  gboolean present = member != NULL && cw_person_is_present (member);
  gboolean head = member != NULL && cw_person_is_head (member);
  gboolean exporting = cw_job_bar_get_running (self->job_bar) || self->chooser != NULL;

  gtk_widget_action_set_enabled (widget, "households.add", can_write);
  gtk_widget_action_set_enabled (widget, "households.import", can_write);
  gtk_widget_action_set_enabled (widget, "households.add-member", can_write && active);
  gtk_widget_action_set_enabled (widget, "households.edit", can_write && household != NULL);
  gtk_widget_action_set_enabled (widget, "households.edit-household", can_write && household != NULL);
  gtk_widget_action_set_enabled (widget, "households.split", can_write && active && present_members (self) >= 2);
  gtk_widget_action_set_enabled (widget, "households.household-status", can_write && household != NULL);
  gtk_widget_action_set_enabled (widget, "households.record-visit", can_write && active);
  gtk_widget_action_set_enabled (widget, "households.record-request", can_write && active);
  gtk_widget_action_set_enabled (widget, "households.raise-must-visit", can_write && active);
  gtk_widget_action_set_enabled (widget, "households.link-member", can_write && active);
  gtk_widget_action_set_enabled (widget, "households.edit-member", can_write && member != NULL);
  gtk_widget_action_set_enabled (widget, "households.member-status", can_write && member != NULL && active);
  gtk_widget_action_set_enabled (widget, "households.make-head", can_write && active && present && !head);
  gtk_widget_action_set_enabled (widget, "households.move-member", can_write && active && present && !head);
  gtk_widget_action_set_enabled (widget, "households.export-roster", !exporting);
  gtk_widget_action_set_enabled (widget, "households.export-masked-roster", !exporting);
  gtk_widget_set_sensitive (GTK_WIDGET (self->member_button), member != NULL);
}

/* Every editor and dialog reports a change the same way. */
static void
saved_cb (CwHouseholdsView *self,
          gint64            change_id,
          gint64            household_id,
          gint64            other_id,
          const char       *message,
          GtkWidget        *dialog)
{
  cw_households_view_show_change (self, change_id, household_id, other_id, message);
}

static void
present_dialog (CwHouseholdsView *self,
                GtkWidget        *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The editors (CwRecordEditor) give the saved copy of their record. */
static void
record_saved_cb (CwHouseholdsView *self,
                 GObject          *record,
                 CwRecordEditor   *editor)
{
  gboolean added = cw_record_editor_get_is_new (editor);
  g_autofree char *message = NULL;
  gint64 household_id;

  if (CW_IS_HOUSEHOLD (record))
    {
      household_id = cw_household_get_id (CW_HOUSEHOLD (record));
      message = g_strdup_printf (added ? _("Added household %s") : _("Saved household %s"),
                                 cw_household_get_number (CW_HOUSEHOLD (record)));
    }
  else
    {
      household_id = cw_person_get_household_id (CW_PERSON (record));
      message = g_strdup_printf (added ? _("Added %s") : _("Saved %s"), cw_person_get_name (CW_PERSON (record)));
    }

  cw_households_view_show_change (self, cw_database_get_last_change (self->db), household_id, 0, message);
  /* A member added (a newborn) or changed is the one chosen, in sight. */
  if (CW_IS_PERSON (record) && self->current_id == household_id)
    cw_households_view_show_member (self, cw_person_get_id (CW_PERSON (record)));
}

static void
present_editor (CwHouseholdsView *self,
                CwRecordEditor   *editor)
{
  g_signal_connect_object (editor, "saved", G_CALLBACK (record_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static char *
household_label (CwHousehold *household)
{
  return g_strdup_printf ("%s · %s", cw_household_get_number (household),
                          cw_household_get_head_name (household));
}

/* Actions */

static void
find_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);

  gtk_stack_set_visible_child_name (self->sections, "register");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
toggle_care_lists_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  gboolean care = g_strcmp0 (gtk_stack_get_visible_child_name (self->sections), "care") == 0;

  gtk_stack_set_visible_child_name (self->sections, care ? "register" : "care");
  gtk_widget_child_focus (gtk_stack_get_visible_child (self->sections), GTK_DIR_TAB_FORWARD);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  g_autoptr(GListModel) groups = cw_village_group_list (self->db, FALSE, NULL);
  gint64 group_id = self->filter_group_id;
  CwHouseholdEditor *editor;

  if (groups == NULL || g_list_model_get_n_items (groups) == 0)
    {
      cw_window_show_message (widget, _("Add the village groups in Settings before registering households."));
      return;
    }

  /* The group the clerk is working in: the filter's, else the selected
   * household's. */
  if (group_id == 0 && self->current != NULL)
    group_id = cw_household_get_group_id (self->current);

  gtk_stack_set_visible_child_name (self->sections, "register");
  editor = cw_household_editor_new (widget, self->db, G_LIST_MODEL (self->store), NULL, group_id);
  present_editor (self, CW_RECORD_EDITOR (editor));
}

static void
edit_household_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  CwHouseholdEditor *editor;

  if (self->current == NULL)
    return;

  editor = cw_household_editor_new (widget, self->db, G_LIST_MODEL (self->store), self->current, 0);
  present_editor (self, CW_RECORD_EDITOR (editor));
}

static void
add_member_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  g_autofree char *label = NULL;
  CwPersonEditor *editor;

  if (self->current == NULL)
    return;

  label = household_label (self->current);
  editor = cw_person_editor_new (widget, self->db, NULL, cw_household_get_id (self->current), label);
  present_editor (self, CW_RECORD_EDITOR (editor));
}

static void
edit_member_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  CwPerson *person = selected_member (self);
  g_autofree char *label = NULL;
  CwPersonEditor *editor;

  if (person == NULL)
    return;

  label = household_label (self->current);
  editor = cw_person_editor_new (widget, self->db, person, 0, label);
  present_editor (self, CW_RECORD_EDITOR (editor));
}

/* Ctrl+E edits what has the focus: a member in the members list, else
 * the household. */
static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);

  if ((gtk_widget_get_state_flags (GTK_WIDGET (self->members_view)) & GTK_STATE_FLAG_FOCUS_WITHIN) &&
      selected_member (self) != NULL)
    edit_member_activated (widget, NULL, NULL);
  else
    edit_household_activated (widget, NULL, NULL);
}

static void
member_status_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  CwPerson *person = selected_member (self);
  CwStatusDialog *dialog;

  if (person == NULL)
    return;

  dialog = cw_status_dialog_new_for_person (cw_households_view_get_window (self), self->db, person,
                                            gtk_single_selection_get_model (self->member_selection));
  present_dialog (self, GTK_WIDGET (dialog));
}

static void
household_status_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  CwStatusDialog *dialog;

  if (self->current == NULL)
    return;

  dialog = cw_status_dialog_new_for_household (cw_households_view_get_window (self), self->db, self->current);
  present_dialog (self, GTK_WIDGET (dialog));
}

static void
move_member_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  CwPerson *person = selected_member (self);
  CwMoveDialog *dialog;

  if (person == NULL)
    return;

  dialog = cw_move_dialog_new (cw_households_view_get_window (self), self->db, G_LIST_MODEL (self->store), person);
  present_dialog (self, GTK_WIDGET (dialog));
}

static void
split_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  CwSplitDialog *dialog;

  if (self->current == NULL || self->member_selection == NULL)
    return;

  dialog = cw_split_dialog_new (cw_households_view_get_window (self), self->db, G_LIST_MODEL (self->store),
                                self->current, gtk_single_selection_get_model (self->member_selection));
  present_dialog (self, GTK_WIDGET (dialog));
}

static void
make_head_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  CwPerson *person = selected_member (self);
  CwMakeHeadDialog *dialog;

  if (person == NULL)
    return;

  dialog = cw_make_head_dialog_new (cw_households_view_get_window (self), self->db, person,
                                    gtk_single_selection_get_model (self->member_selection));
  present_dialog (self, GTK_WIDGET (dialog));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwImportDialog *dialog = cw_households_view_import (CW_HOUSEHOLDS_VIEW (widget));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.choose", NULL);
}

/* Roster export, in a worker on a connection of its own */

typedef struct
{
  char     *path;
  gboolean  masked;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->path);
  g_free (job);
}

static gboolean
export_work (CwDatabase     *db,
             gpointer        data,
             CwJobProgress  *progress,
             GCancellable   *cancellable,
             GError        **error)
{
  ExportJob *job = data;

  return cw_roster_export_households (db, job->path, NULL, job->masked, cw_job_progress_cb,
                                      progress, cancellable, error);
}

static void
export_done (GtkWidget    *owner,
             gpointer      data,
             const GError *error)
{
  cw_households_view_update_actions (CW_HOUSEHOLDS_VIEW (owner));
}

void
cw_households_view_export_roster (CwHouseholdsView *self,
                                  const char       *path,
                                  gboolean          masked)
{
  g_autoptr(CwJob) job = NULL;
  ExportJob *data;

  g_return_if_fail (CW_IS_HOUSEHOLDS_VIEW (self));
  g_return_if_fail (path != NULL);

  if (cw_job_bar_get_running (self->job_bar))
    return;

  data = g_new0 (ExportJob, 1);
  data->path = g_strdup (path);
  data->masked = masked;

  job = cw_job_new (GTK_WIDGET (self), self->db, export_work, data, export_job_free);
  cw_job_set_file (job, path);
  cw_job_show_progress (job, self->job_bar, _("Exporting %s…"), TRUE);
  cw_job_set_endings (job, _("Roster saved as %s"), _("The Roster Could Not Be Exported"));
  cw_job_set_done (job, export_done);
  cw_job_run (job);
  cw_households_view_update_actions (self);
}

gboolean
cw_households_view_get_exporting (CwHouseholdsView *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLDS_VIEW (self), FALSE);

  return cw_job_bar_get_running (self->job_bar);
}

static void
export_file_chosen (GtkWidget  *owner,
                    const char *path,
                    gpointer    data)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (owner);

  g_clear_object (&self->chooser);
  cw_households_view_update_actions (self);

  if (path != NULL)
    cw_households_view_export_roster (self, path, GPOINTER_TO_INT (data));
}

static void
choose_export_file (CwHouseholdsView *self,
                    gboolean          masked)
{
  g_autoptr(CwVillage) village = cw_village_load (self->db, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *stem = NULL;

  if (self->chooser != NULL)
    return;

  /* The file name is for the township: in Chinese, whatever the locale. */
  stem = g_strdup_printf ("%s户籍台账%s-%s", village != NULL ? cw_village_get_name (village) : "",
                          masked ? "（公示）" : "", date);

  self->chooser = cw_job_choose_file (GTK_WIDGET (self),
                                      masked ? _("Export the Masked Roster") : _("Export the Roster"),
                                      stem, "xlsx", _("Excel workbooks"),
                                      export_file_chosen, GINT_TO_POINTER (masked));
  cw_households_view_update_actions (self);
}

static void
export_roster_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  choose_export_file (CW_HOUSEHOLDS_VIEW (widget), FALSE);
}

static void
export_masked_roster_activated (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  choose_export_file (CW_HOUSEHOLDS_VIEW (widget), TRUE);
}

static gboolean
showing_care_lists (CwHouseholdsView *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->sections), "care") == 0;
}

/* Ctrl+Shift+E exports what is shown: the roster, or the care list. */
static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);

  if (showing_care_lists (self))
    gtk_widget_activate_action (self->care_view, "care.export", NULL);
  else
    gtk_widget_activate_action (widget, "households.export-roster", NULL);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);

  if (showing_care_lists (self))
    gtk_widget_activate_action (self->care_view, "care.print", NULL);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);

  cw_households_view_reload (self);
}

/* The grids register's records, from the household chosen here. */
static void
record_visit_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  CwGridVisitDialogKind kind = g_str_equal (action_name, "households.raise-must-visit")
                                 ? CW_GRID_VISIT_DIALOG_MUST_VISIT : CW_GRID_VISIT_DIALOG_VISIT;

  if (self->current == NULL)
    return;
  gtk_window_present (GTK_WINDOW (cw_grid_visit_dialog_new (widget, self->db, kind,
                                                            cw_household_get_id (self->current))));
}

static void
record_request_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  g_autoptr(CwGridRequest) request = cw_grid_request_new ();
  g_autofree char *today = cw_date_today_text ();

  if (self->current == NULL)
    return;
  g_object_set (request, "household-number", cw_household_get_number (self->current), "received-date", today,
                "urgency", "blue", NULL);
  gtk_window_present (GTK_WINDOW (cw_grid_request_editor_new_from (widget, self->db, request)));
}

static void
link_member_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);

  if (self->current == NULL)
    return;
  gtk_window_present (GTK_WINDOW (cw_party_link_dialog_new (widget, self->db, cw_household_get_id (self->current))));
}

static void
member_menu_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);

  if (selected_member (self) != NULL)
    gtk_menu_button_popup (self->member_button);
}

/* A search that finds nothing */

/* Whom the search would find under the other statuses, each said in a
 * sentence of its own ("2 households that moved out match."). Asked only
 * when nothing is shown, so a keystroke that finds rows pays nothing. */
void
cw_households_view_update_none (CwHouseholdsView *self)
{
  const char *statuses[] = { CW_HOUSEHOLD_STATUS_ACTIVE, CW_HOUSEHOLD_STATUS_MOVED_OUT,
                             CW_HOUSEHOLD_STATUS_CANCELLED };
  guint counts[G_N_ELEMENTS (statuses)] = { 0 };
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint i = 0; self->filter_status != NULL && self->filter_query[0] != '\0' && i < n; i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      const char *status = cw_household_get_status (household);

      if (status == self->filter_status || !cw_households_view_passes_others (self, household) ||
          !cw_household_matches (household, self->filter_query))
        continue;
      for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
        if (g_str_equal (status, statuses[s]))
          counts[s]++;
    }

  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      const char *format;

      if (counts[s] == 0)
        continue;
      if (s == 0)
        format = g_dngettext (GETTEXT_PACKAGE, "%u registered household matches.",
                              "%u registered households match.", counts[s]);
      else if (s == 1)
        format = g_dngettext (GETTEXT_PACKAGE, "%u household that moved out matches.",
                              "%u households that moved out match.", counts[s]);
      else
        format = g_dngettext (GETTEXT_PACKAGE, "%u cancelled household matches.",
                              "%u cancelled households match.", counts[s]);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, format, counts[s]);
    }

  adw_status_page_set_description (self->none_page,
                                   text->len > 0 ? text->str
                                                 : _("Try other words, or another group, tag or status."));
  gtk_widget_set_visible (self->show_all_button, text->len > 0);
}

static void
show_all_statuses_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  GListModel *statuses = gtk_drop_down_get_model (self->status_filter);

  /* "All Statuses" is the last choice. */
  gtk_drop_down_set_selected (self->status_filter, g_list_model_get_n_items (statuses) - 1);
}

void
cw_households_view_class_actions_init (CwHouseholdsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "households.find", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "households.toggle-care-lists", NULL, toggle_care_lists_activated);
  gtk_widget_class_install_action (widget_class, "households.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "households.add-member", NULL, add_member_activated);
  gtk_widget_class_install_action (widget_class, "households.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "households.edit-household", NULL, edit_household_activated);
  gtk_widget_class_install_action (widget_class, "households.split", NULL, split_activated);
  gtk_widget_class_install_action (widget_class, "households.household-status", NULL, household_status_activated);
  gtk_widget_class_install_action (widget_class, "households.edit-member", NULL, edit_member_activated);
  gtk_widget_class_install_action (widget_class, "households.member-status", NULL, member_status_activated);
  gtk_widget_class_install_action (widget_class, "households.make-head", NULL, make_head_activated);
  gtk_widget_class_install_action (widget_class, "households.move-member", NULL, move_member_activated);
  gtk_widget_class_install_action (widget_class, "households.member-menu", NULL, member_menu_activated);
  gtk_widget_class_install_action (widget_class, "households.record-visit", NULL, record_visit_activated);
  gtk_widget_class_install_action (widget_class, "households.raise-must-visit", NULL, record_visit_activated);
  gtk_widget_class_install_action (widget_class, "households.record-request", NULL, record_request_activated);
  gtk_widget_class_install_action (widget_class, "households.link-member", NULL, link_member_activated);
  gtk_widget_class_install_action (widget_class, "households.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "households.export-roster", NULL, export_roster_activated);
  gtk_widget_class_install_action (widget_class, "households.export-masked-roster", NULL,
                                   export_masked_roster_activated);
  gtk_widget_class_install_action (widget_class, "households.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "households.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "households.show-all-statuses", NULL, show_all_statuses_activated);
  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_activated);
}

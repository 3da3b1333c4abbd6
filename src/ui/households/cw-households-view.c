/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-households-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/households/cw-household-import.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/households/cw-vocabulary.h"
#include "report/households/cw-roster-export.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-files.h"
#include "ui/common/cw-import-dialog.h"
#include "ui/common/cw-undo.h"
#include "ui/cw-ui-resources.h"
#include "ui/households/cw-care-list-view.h"
#include "ui/households/cw-household-editor.h"
#include "ui/households/cw-household-rows.h"
#include "ui/households/cw-households-view-private.h"
#include "ui/households/cw-households-view.h"
#include "ui/shell/cw-window.h"

G_DEFINE_FINAL_TYPE (CwHouseholdsView, cw_households_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_detail (CwHouseholdsView *self);

static GtkWindow *
parent_window (CwHouseholdsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

GtkWindow *
cw_households_view_get_window (CwHouseholdsView *self)
{
  return parent_window (self);
}

CwHousehold *
cw_households_view_get_selected (CwHouseholdsView *self)
{
  CwHouseholdRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row != NULL ? cw_household_row_get_household (row) : NULL;
}

static void
update_count (CwHouseholdsView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *text = NULL;

  /* Translators: households shown of all in the register */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u household",
                                       "%u of %u households",
                                       total),
                          shown, total);
  gtk_label_set_text (self->count_label, text);

  gtk_stack_set_visible_child_name (self->content_stack, total > 0 ? "list" : "empty");
  /* Nothing to search or count yet; a job may still need the footer. */
  gtk_widget_set_visible (self->filter_bar, total > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), total > 0);
  gtk_stack_set_visible_child_name (self->results_stack, shown > 0 ? "rows" : "none");
  if (shown == 0 && total > 0)
    cw_households_view_update_none (self);
}

/* Loading and following the database */

static guint
find_in_store (CwHouseholdsView *self,
               gint64            id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint i = 0; i < n; i++)
    {
      CwHousehold *household = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      gint64 household_id = cw_household_get_id (household);

      g_object_unref (household);
      if (household_id == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Where @household is among the rows shown, found by halving while they
 * are in the register's order (no column sorts them); otherwise, or when
 * an edit moved it out of that order, GTK_INVALID_LIST_POSITION. A search
 * keystroke often asks this of the household the clerk is at. */
static guint
shown_position (CwHouseholdsView *self,
                CwHousehold      *household)
{
  GListModel *shown = G_LIST_MODEL (self->filter_model);
  GtkSorter *sorter = gtk_sort_list_model_get_sorter (self->sort_model);
  guint low = 0, high = g_list_model_get_n_items (shown);

  if (sorter != NULL && gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE)
    return GTK_INVALID_LIST_POSITION;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(CwHousehold) item = g_list_model_get_item (shown, middle);
      int order = cw_household_compare (item, household);

      if (order == 0)
        return cw_household_get_id (item) == cw_household_get_id (household) ? middle : GTK_INVALID_LIST_POSITION;
      if (order < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return GTK_INVALID_LIST_POSITION;
}

static gboolean
select_household (CwHouseholdsView *self,
                  gint64            id)
{
  GListModel *sorted = G_LIST_MODEL (self->sort_model);
  guint n = g_list_model_get_n_items (sorted);
  guint position = 0;

  if (self->current != NULL && self->current_id == id && cw_households_view_shows (self->current, self))
    {
      guint shown = shown_position (self, self->current);

      if (shown != GTK_INVALID_LIST_POSITION)
        {
          gtk_single_selection_set_selected (self->selection, shown);
          cw_ui_column_view_show_row (self->households_view, shown);
          return TRUE;
        }
    }

  /* Counted through the sorted rows with the filter's own test: asking
   * the filtered model for each place in turn costs a walk through its
   * bitset every time. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (sorted, i);

      if (!cw_households_view_shows (household, self))
        continue;
      if (cw_household_get_id (household) == id)
        {
          gtk_single_selection_set_selected (self->selection, position);
          cw_ui_column_view_show_row (self->households_view, position);
          return TRUE;
        }
      position++;
    }

  return FALSE;
}

static void
reload_all (CwHouseholdsView *self)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gint64 keep = self->current_id;
  gint64 start = g_get_monotonic_time ();
  guint n;

  g_clear_handle_id (&self->reload_source, g_source_remove);

  list = cw_household_list (self->db, &error);
  if (list == NULL)
    {
      cw_window_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  n = g_list_model_get_n_items (list);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));

  /* One splice: the sort and filter models see one change, not 30 000. */
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);

  if (keep != 0)
    select_household (self, keep);
  update_detail (self);
  update_count (self);

  self->load_usec = g_get_monotonic_time () - start;
  g_debug ("%u households loaded in %.1f ms", n, self->load_usec / 1000.0);
}

/* After a change made here: only the households it touched are read
 * again, and the list keeps its place. */
static void
refresh_households (CwHouseholdsView *self,
                    const gint64     *ids,
                    guint             n_ids)
{
  gint64 keep = self->current_id;

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(CwHousehold) household = NULL;
      guint position;

      if (ids[i] == 0)
        continue;

      household = cw_household_load (self->db, ids[i], NULL);
      position = find_in_store (self, ids[i]);

      if (household == NULL)
        {
          if (position != GTK_INVALID_LIST_POSITION)
            g_list_store_remove (self->store, position);
        }
      else if (position != GTK_INVALID_LIST_POSITION)
        g_list_store_splice (self->store, position, 1, (gpointer *) &household, 1);
      else
        /* A new household goes where the register's order puts it. */
        g_list_store_insert (self->store,
                             cw_household_insert_position (G_LIST_MODEL (self->store), household),
                             household);
    }

  /* The household the clerk was at, or, when that one is gone (an undone
   * split), the other one the change touched. */
  if (keep == 0 || !select_household (self, keep))
    {
      for (guint i = 0; i < n_ids; i++)
        if (ids[i] != 0 && select_household (self, ids[i]))
          break;
    }
  update_detail (self);
  update_count (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  CwHouseholdsView *self = user_data;

  self->reload_source = 0;
  reload_all (self);

  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (CwHouseholdsView *self,
                     const char       *table,
                     CwDatabase       *db)
{
  if (table == NULL || g_str_equal (table, "village_group"))
    cw_households_view_load_group_filter (self);

  /* A change from elsewhere (another page, an undo): read everything
   * again once the main loop is idle. Changes made here cancel this and
   * refresh only what they touched. */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_LOW, reload_idle_cb, self, NULL);
}

/* The detail pane */

static void
update_detail (CwHouseholdsView *self)
{
  CwHousehold *household = cw_households_view_get_selected (self);
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gint64 selected_person = 0;
  guint n;

  g_clear_handle_id (&self->detail_source, g_source_remove);
  if (household == NULL)
    {
      g_clear_object (&self->current);
      self->current_id = 0;
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      g_list_store_remove_all (self->members);
      cw_households_view_update_actions (self);
      return;
    }

  if (self->current != NULL && self->current_id == cw_household_get_id (household))
    {
      CwPerson *person = gtk_single_selection_get_selected_item (self->member_selection);

      if (person != NULL)
        selected_person = cw_person_get_id (person);
    }

  g_set_object (&self->current, household);
  self->current_id = cw_household_get_id (household);

  title = g_strdup_printf ("%s   %s", cw_household_get_number (household),
                           cw_household_get_head_name (household));
  gtk_label_set_text (self->detail_title, title);

  parts = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (parts, g_strdup (cw_household_get_group_name (household)));
  if (cw_household_get_address (household)[0] != '\0')
    g_ptr_array_add (parts, g_strdup (cw_household_get_address (household)));
  if (cw_household_get_phone (household)[0] != '\0')
    g_ptr_array_add (parts, g_strdup (cw_household_get_phone (household)));
  if (cw_household_get_tags (household)[0] != '\0')
    g_ptr_array_add (parts, g_strdup (cw_household_get_tags (household)));
  if (!g_str_equal (cw_household_get_status (household), CW_HOUSEHOLD_STATUS_ACTIVE))
    g_ptr_array_add (parts, g_strjoin (" ", cw_vocabulary_status_label (cw_household_get_status (household)),
                                       cw_household_get_status_date (household),
                                       cw_household_get_status_reason (household), NULL));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_text (self->detail_subtitle, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->detail_subtitle), subtitle);
  cw_mediation_household_cases_set_household (self->household_cases, self->db, self->current_id);

  /* Into the one store the members table always shows: a new model on
   * the table would make GTK tear down and build again every row and
   * header, which a search keystroke that changes the household pays. */
  members = cw_person_list_for_household (self->db, cw_household_get_id (household), &error);
  /* An empty table alone would say the household has no members. */
  if (members == NULL)
    cw_window_show_message (GTK_WIDGET (self), error->message);
  n = members != NULL ? g_list_model_get_n_items (members) : 0;
  people = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (people, g_list_model_get_item (members, i));
  g_list_store_splice (self->members, 0, g_list_model_get_n_items (G_LIST_MODEL (self->members)),
                       people->pdata, people->len);

  /* The head first, or the member asked for: a household just chosen
   * shows the member the search found. */
  if (n > 0)
    gtk_single_selection_set_selected (self->member_selection, 0);
  if (selected_person == 0)
    selected_person = cw_household_match_member (household, self->query, NULL, NULL);
  for (guint i = 0; selected_person != 0 && i < n; i++)
    if (cw_person_get_id (people->pdata[i]) == selected_person)
      gtk_single_selection_set_selected (self->member_selection, i);

  gtk_stack_set_visible_child_name (self->detail_stack, "household");
  cw_households_view_update_actions (self);
}

static gboolean
detail_idle_cb (gpointer user_data)
{
  CwHouseholdsView *self = user_data;

  self->detail_source = 0;
  if (cw_households_view_get_selected (self) != self->current || self->current == NULL)
    update_detail (self);
  return G_SOURCE_REMOVE;
}

static void
selection_changed_cb (CwHouseholdsView *self)
{
  CwHousehold *household = cw_households_view_get_selected (self);

  /* Replacing a row (after a change) reselects the same household; while
   * the rows are being filtered, shown_changed_cb() decides. */
  if ((household != NULL && self->current == household) || self->filtering)
    return;

  update_detail (self);
}

/* After the search or a filter changed what is shown: the household the
 * clerk was at stays chosen if it is still there, and the detail pane
 * follows the rows, which stay put while their households change. */
static void
shown_changed_cb (CwHouseholdsView *self)
{
  CwHousehold *household;

  update_count (self);

  household = cw_households_view_get_selected (self);
  if (household == self->current)
    return;

  if (self->current != NULL && cw_households_view_shows (self->current, self) &&
      select_household (self, self->current_id))
    return;

  /* Another household: its members are read and shown once the rows are
   * drawn, so that the keystroke's rows come first; the next keystroke
   * may well make this one moot. */
  if (self->detail_source == 0)
    self->detail_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, detail_idle_cb, self, NULL);
}

/* After an undo of a change made here: the households it touched are read
 * again at once, as after the change itself, and the list keeps its place
 * (or, when the household shown is gone, shows the other one). */
static void
change_undone (GtkWidget *owner,
               gpointer   data)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (owner);
  const gint64 *ids = data;

  /* This replaces the whole reload the undo's change signal queued. */
  g_clear_handle_id (&self->reload_source, g_source_remove);
  refresh_households (self, ids, 2);
}

void
cw_households_view_show_change (CwHouseholdsView *self,
                                gint64            change_id,
                                gint64            household_id,
                                gint64            other_id,
                                const char       *message)
{
  gboolean is_new = household_id != 0 && find_in_store (self, household_id) == GTK_INVALID_LIST_POSITION;
  gint64 ids[2] = { household_id, other_id };

  g_clear_handle_id (&self->reload_source, g_source_remove);
  refresh_households (self, ids, G_N_ELEMENTS (ids));
  if (is_new)
    {
      select_household (self, household_id);
      update_detail (self);
    }

  cw_undo_show_toast_full (GTK_WIDGET (self), change_id, message,
                           change_undone, g_memdup2 (ids, sizeof ids), g_free);
}

void
cw_households_view_show_member (CwHouseholdsView *self,
                                gint64            person_id)
{
  GListModel *members = G_LIST_MODEL (self->member_selection);

  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (members, i);

      if (cw_person_get_id (person) == person_id)
        {
          gtk_single_selection_set_selected (self->member_selection, i);
          cw_ui_column_view_show_row (self->members_view, i);
          return;
        }
    }
}

static void
household_activate_cb (CwHouseholdsView *self,
                       guint             position,
                       GtkColumnView    *view)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "households.edit-household", NULL);
}

static void
member_activate_cb (CwHouseholdsView *self,
                    guint             position,
                    GtkColumnView    *view)
{
  if (self->member_selection != NULL)
    gtk_single_selection_set_selected (self->member_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "households.edit-member", NULL);
}

/* Import */

static const CwImportSummaryLine roster_summary[] = {
  { CW_HOUSEHOLD_IMPORT_PERSONS, FALSE, N_("Persons to import"), N_("Persons imported") },
  { CW_HOUSEHOLD_IMPORT_GROUPS_CREATED, TRUE, N_("Village groups to add"), N_("Village groups added") },
  { NULL }
};

static const CwImportKind roster_import = {
  &cw_household_importer,
  N_("Import a Roster"),
  N_("A CSV file with one row per person and a header row in Chinese: 户号, 村民小组, 姓名, 与户主关系 (required), "
     "and any other column of the roster (身份证号, 出生日期, 联系电话, 住址 …), also under the names the 户口簿, 公安 and "
     "民政 templates give them. UTF-8 or GB18030, as Excel or WPS saves it. First you see what would go in and how "
     "each column is read; nothing is written until you choose Import."),
  N_("Households to import"), N_("Households imported"), N_("Households left out"),
  roster_summary,
};

static void
import_busy_cb (CwHouseholdsView *self,
                GParamSpec       *pspec,
                CwImportDialog   *dialog)
{
  /* The worker writes on its own connection: the window's own writes
   * wait until it is done, rather than race it. */
  self->importing = cw_import_dialog_get_busy (dialog);
  cw_households_view_update_actions (self);
}

static void
import_destroyed_cb (CwHouseholdsView *self,
                     CwImportDialog   *dialog)
{
  self->importing = FALSE;
  cw_households_view_update_actions (self);
}

static void
imported_cb (CwHouseholdsView *self,
             gint64            change_id,
             guint             households,
             CwImportDialog   *dialog)
{
  g_autofree char *message = NULL;

  /* The dialog has told this connection what changed; reloading now
   * rather than at idle puts the imported households in the list before
   * the toast offers to undo them. */
  cw_households_view_load_group_filter (self);
  reload_all (self);

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Imported %u household",
                                          "Imported %u households",
                                          households),
                             households);
  cw_undo_show_toast (GTK_WIDGET (self), change_id, message);
}

CwImportDialog *
cw_households_view_import (CwHouseholdsView *self)
{
  CwImportDialog *dialog;

  g_return_val_if_fail (CW_IS_HOUSEHOLDS_VIEW (self), NULL);

  dialog = cw_import_dialog_new (parent_window (self), self->db, &roster_import);
  g_signal_connect_object (dialog, "notify::busy", G_CALLBACK (import_busy_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (import_destroyed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

void
cw_households_view_reload (CwHouseholdsView *self)
{
  cw_households_view_load_group_filter (self);
  reload_all (self);
}

static void
section_changed_cb (CwHouseholdsView *self)
{
  gboolean care = g_strcmp0 (gtk_stack_get_visible_child_name (self->sections), "care") == 0;

  gtk_widget_set_visible (self->register_actions, !care);
}

/* For tests and the benchmark */

GListModel *
cw_households_view_get_model (CwHouseholdsView *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLDS_VIEW (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

GListModel *
cw_households_view_get_households (CwHouseholdsView *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLDS_VIEW (self), NULL);

  return G_LIST_MODEL (self->store);
}

GListModel *
cw_households_view_get_members (CwHouseholdsView *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLDS_VIEW (self), NULL);

  return self->current != NULL ? G_LIST_MODEL (self->member_selection) : NULL;
}

gboolean
cw_households_view_select (CwHouseholdsView *self,
                           gint64            household_id)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLDS_VIEW (self), FALSE);

  return select_household (self, household_id);
}

void
cw_households_view_set_query (CwHouseholdsView *self,
                              const char       *query)
{
  g_return_if_fail (CW_IS_HOUSEHOLDS_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  /* The search entry reports its change from a timeout; the filter need
   * not wait for it. */
  cw_households_view_apply_query (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

GtkWidget *
cw_households_view_get_care_view (CwHouseholdsView *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLDS_VIEW (self), NULL);

  return self->care_view;
}

gint64
cw_households_view_get_load_time (CwHouseholdsView *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLDS_VIEW (self), 0);

  return self->load_usec;
}

GtkWidget *
cw_households_view_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_HOUSEHOLDS_VIEW, "database", db, NULL);
}

static void
cw_households_view_constructed (GObject *object)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (object);

  G_OBJECT_CLASS (cw_households_view_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  cw_households_view_init_filters (self);

  /* Here rather than in the template: it needs the database to be built. */
  self->care_view = cw_care_list_view_new (self->db);
  gtk_stack_add_titled (self->sections, self->care_view, "care", _("Care Lists"));

  reload_all (self);

  self->changed_handler =
    g_signal_connect_object (self->db, "changed", G_CALLBACK (database_changed_cb), self,
                             G_CONNECT_SWAPPED);
  cw_households_view_update_actions (self);
}

static void
cw_households_view_dispose (GObject *object)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (object);

  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_handler, self->db);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->match_visible_source, g_source_remove);
  g_clear_handle_id (&self->clear_source, g_source_remove);
  g_clear_handle_id (&self->detail_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_HOUSEHOLDS_VIEW);

  g_clear_object (&self->member_selection);
  g_clear_object (&self->members);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  /* Its filter asks this view. */
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->current);

  G_OBJECT_CLASS (cw_households_view_parent_class)->dispose (object);
}

static void
cw_households_view_finalize (GObject *object)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->db);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->filter_query, g_free);
  g_clear_pointer (&self->match_cells, g_ptr_array_unref);
  g_clear_pointer (&self->filter_tag, g_free);
  g_clear_pointer (&self->group_ids, g_array_unref);

  G_OBJECT_CLASS (cw_households_view_parent_class)->finalize (object);
}

static void
cw_households_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_households_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_households_view_class_init (CwHouseholdsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_households_view_constructed;
  object_class->dispose = cw_households_view_dispose;
  object_class->finalize = cw_households_view_finalize;
  object_class->get_property = cw_households_view_get_property;
  object_class->set_property = cw_households_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_JOB_BAR);
  g_type_ensure (CW_TYPE_MEDIATION_HOUSEHOLD_CASES);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-households-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, register_actions);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, sections);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, group_filter);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, tag_filter);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, results_stack);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, none_page);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, show_all_button);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, households_view);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, detail_title);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, detail_subtitle);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, household_cases);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, member_button);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, members_view);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, job_bar);
  gtk_widget_class_bind_template_callback (widget_class, household_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, section_changed_cb);

  cw_households_view_class_search_init (klass);
  cw_households_view_class_actions_init (klass);
}

static void
cw_households_view_init (CwHouseholdsView *self)
{
  GtkSorter *sorter;

  self->query = g_strdup ("");
  self->filter_query = g_strdup ("");
  self->group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->match_cells = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  cw_households_view_add_columns (self);

  /* store → sort → filter → selection: a keystroke filters the sorted
   * rows; sorting happens only when a column header is clicked. */
  self->store = g_list_store_new (CW_TYPE_HOUSEHOLD);
  sorter = gtk_column_view_get_sorter (self->households_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                              sorter != NULL ? g_object_ref (sorter) : NULL);
  /* A keystroke is done when the filter returns, and the count is right
   * at once. */
  self->filter_model = cw_household_filter_new (G_LIST_MODEL (self->sort_model), cw_households_view_passes, self);
  /* Rows that stay put while the search changes what they show. */
  self->rows = cw_household_rows_new (G_LIST_MODEL (self->filter_model));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  /* One members store for every household shown, filled in place. */
  self->members = g_list_store_new (CW_TYPE_PERSON);
  self->member_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->members)));
  g_signal_connect_object (self->member_selection, "notify::selected-item",
                           G_CALLBACK (cw_households_view_update_actions), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->members_view, GTK_SELECTION_MODEL (self->member_selection));
  /* After the rows' own handler, which was connected first. */
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (shown_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->households_view, GTK_SELECTION_MODEL (self->selection));
}

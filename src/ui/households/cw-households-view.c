/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-households-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-household-import.h"
#include "core/households/cw-person.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"
#include "core/households/cw-vocabulary.h"
#include "report/households/cw-roster-export.h"
#include "ui/households/cw-care-list-view.h"
#include "ui/households/cw-household-editor.h"
#include "ui/households/cw-household-rows.h"
#include "ui/common/cw-households-util.h"
#include "ui/households/cw-households-view.h"
#include "ui/common/cw-import-dialog.h"
#include "ui/common/cw-job-bar.h"
#include "ui/households/cw-move-dialog.h"
#include "ui/households/cw-person-editor.h"
#include "ui/households/cw-split-dialog.h"
#include "ui/households/cw-status-dialog.h"
#include "ui/cw-ui-resources.h"
#include "ui/shell/cw-window.h"

/* How many changes Ctrl+Z can take back, most recent first. */
#define MAX_UNDO 50

typedef struct
{
  gint64  change_id;
  gint64  household_ids[2];
  gboolean everything;        /* an import: reload all after undoing */
  char   *message;
} UndoEntry;

typedef enum
{
  HOUSEHOLD_NUMBER,
  HOUSEHOLD_HEAD,
  HOUSEHOLD_GROUP,
  HOUSEHOLD_MEMBERS,
  HOUSEHOLD_TAGS,
  HOUSEHOLD_STATUS,
} HouseholdColumn;

typedef enum
{
  MEMBER_NAME,
  MEMBER_RELATION,
  MEMBER_SEX,
  MEMBER_AGE,
  MEMBER_ID_NUMBER,
  MEMBER_PHONE,
  MEMBER_TAGS,
  MEMBER_STATUS,
} MemberColumn;

struct _CwHouseholdsView
{
  AdwBin                parent_instance;

  CwDatabase           *db;
  gulong                changed_handler;
  guint                 reload_source;

  GListStore           *store;
  GtkSortListModel     *sort_model;
  GtkCustomFilter      *filter;
  GtkFilterListModel   *filter_model;
  CwHouseholdRows      *rows;
  GtkSingleSelection   *selection;
  GtkSingleSelection   *member_selection;
  CwHousehold          *current;
  gint64                current_id;

  char                 *query;
  gint64                filter_group_id;
  char                 *filter_tag;
  const char           *filter_status;
  GArray               *group_ids;

  GPtrArray            *undo;
  GtkWidget            *care_view;
  gboolean              importing;
  GCancellable         *export_cancellable;
  GtkFileChooserNative *chooser;
  gint64                load_usec;

  /* Template widgets */
  GtkWidget            *register_actions;
  GtkStack             *sections;
  GtkWidget            *filter_bar;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *group_filter;
  GtkDropDown          *tag_filter;
  GtkDropDown          *status_filter;
  GtkStack             *content_stack;
  GtkPaned             *paned;
  GtkStack             *results_stack;
  GtkColumnView        *households_view;
  GtkStack             *detail_stack;
  GtkLabel             *detail_title;
  GtkLabel             *detail_subtitle;
  GtkMenuButton        *member_button;
  GtkColumnView        *members_view;
  GtkLabel             *count_label;
  CwJobBar             *job_bar;
};

G_DEFINE_FINAL_TYPE (CwHouseholdsView, cw_households_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The statuses the status filter offers, "registered" first: moved-out
 * and cancelled households are kept but not in the way. */
static const char * const status_choices[] = { "active", "moved_out", "cancelled", NULL };

static void update_detail (CwHouseholdsView *self);

static void
undo_entry_free (gpointer data)
{
  UndoEntry *entry = data;

  g_free (entry->message);
  g_free (entry);
}

static GtkWindow *
parent_window (CwHouseholdsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static CwHousehold *
selected_household (CwHouseholdsView *self)
{
  CwHouseholdRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row != NULL ? cw_household_row_get_household (row) : NULL;
}

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
static void
update_actions (CwHouseholdsView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  CwHousehold *household = self->current;
  CwPerson *member = selected_member (self);
  gboolean can_write = !self->importing;
  gboolean active = household != NULL && g_str_equal (cw_household_get_status (household), "active");
  gboolean present = member != NULL && cw_person_is_present (member);
  gboolean head = member != NULL && g_str_equal (cw_person_get_relation (member), "户主");
  gboolean exporting = cw_job_bar_get_running (self->job_bar) || self->chooser != NULL;

  gtk_widget_action_set_enabled (widget, "households.add", can_write);
  gtk_widget_action_set_enabled (widget, "households.import", can_write);
  gtk_widget_action_set_enabled (widget, "households.add-member", can_write && active);
  gtk_widget_action_set_enabled (widget, "households.edit", can_write && household != NULL);
  gtk_widget_action_set_enabled (widget, "households.edit-household", can_write && household != NULL);
  gtk_widget_action_set_enabled (widget, "households.split", can_write && active && present_members (self) >= 2);
  gtk_widget_action_set_enabled (widget, "households.household-status", can_write && household != NULL);
  gtk_widget_action_set_enabled (widget, "households.edit-member", can_write && member != NULL);
  gtk_widget_action_set_enabled (widget, "households.member-status", can_write && member != NULL && active);
  gtk_widget_action_set_enabled (widget, "households.make-head", can_write && active && present && !head);
  gtk_widget_action_set_enabled (widget, "households.move-member", can_write && active && present && !head);
  gtk_widget_action_set_enabled (widget, "households.undo", can_write && self->undo->len > 0);
  gtk_widget_action_set_enabled (widget, "households.export-roster", !exporting);
  gtk_widget_action_set_enabled (widget, "households.export-masked-roster", !exporting);
  gtk_widget_set_sensitive (GTK_WIDGET (self->member_button), member != NULL);
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
}

/* Filtering */

static gboolean
household_visible (gpointer item,
                   gpointer user_data)
{
  CwHouseholdsView *self = user_data;
  CwHousehold *household = item;

  if (self->filter_status != NULL &&
      !g_str_equal (cw_household_get_status (household), self->filter_status))
    return FALSE;
  if (self->filter_group_id != 0 && cw_household_get_group_id (household) != self->filter_group_id)
    return FALSE;
  if (self->filter_tag != NULL &&
      !cw_vocabulary_tags_contain (cw_household_get_member_tags (household), self->filter_tag))
    return FALSE;

  return cw_household_matches (household, self->query);
}

/* A query that only grows can only drop rows, and one that only shrinks
 * can only bring rows back: the filter model then looks at the rows
 * shown (or hidden) alone instead of all 30 000. */
static GtkFilterChange
query_change (const char *before,
              const char *after)
{
  if (g_str_has_prefix (after, before))
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (g_str_has_prefix (before, after))
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

static void
search_changed_cb (CwHouseholdsView *self,
                   GtkSearchEntry   *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  GtkFilterChange change;

  if (g_strcmp0 (text, self->query) == 0)
    return;

  change = query_change (self->query, text);
  g_free (self->query);
  self->query = g_strdup (text);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
search_activate_cb (CwHouseholdsView *self,
                    GtkSearchEntry   *entry)
{
  /* Enter takes the clerk from the search to what it found. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->households_view));
}

static void
stop_search_cb (CwHouseholdsView *self,
                GtkSearchEntry   *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
filter_changed_cb (CwHouseholdsView *self)
{
  guint group = gtk_drop_down_get_selected (self->group_filter);
  guint tag = gtk_drop_down_get_selected (self->tag_filter);
  guint status = gtk_drop_down_get_selected (self->status_filter);

  self->filter_group_id = 0;
  if (group != GTK_INVALID_LIST_POSITION && group > 0 && group <= self->group_ids->len)
    self->filter_group_id = g_array_index (self->group_ids, gint64, group - 1);

  g_clear_pointer (&self->filter_tag, g_free);
  if (tag != GTK_INVALID_LIST_POSITION && tag > 0)
    self->filter_tag = g_strdup (cw_ui_words_at (cw_vocabulary_tags, TRUE, tag));

  self->filter_status = NULL;
  if (status != GTK_INVALID_LIST_POSITION && status < g_strv_length ((char **) status_choices))
    self->filter_status = status_choices[status];

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
load_group_filter (CwHouseholdsView *self)
{
  g_autoptr(GListModel) groups = cw_village_group_list (self->db, TRUE, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 previous = self->filter_group_id;
  guint keep = 0;

  g_array_set_size (self->group_ids, 0);
  gtk_string_list_append (names, _("All Groups"));
  for (guint i = 0; groups != NULL && i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CwVillageGroup) group = g_list_model_get_item (groups, i);
      gint64 id = cw_village_group_get_id (group);

      g_array_append_val (self->group_ids, id);
      gtk_string_list_append (names, cw_village_group_get_name (group));
      if (id == previous)
        keep = self->group_ids->len;
    }

  g_signal_handlers_block_by_func (self->group_filter, filter_changed_cb, self);
  gtk_drop_down_set_model (self->group_filter, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->group_filter, keep);
  g_signal_handlers_unblock_by_func (self->group_filter, filter_changed_cb, self);

  if (keep == 0 && previous != 0)
    filter_changed_cb (self);
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

static gboolean
select_household (CwHouseholdsView *self,
                  gint64            id)
{
  GListModel *sorted = G_LIST_MODEL (self->sort_model);
  guint n = g_list_model_get_n_items (sorted);
  guint position = 0;

  /* Counted through the sorted rows with the filter's own test: asking
   * the filtered model for each place in turn costs a walk through its
   * bitset every time. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) household = g_list_model_get_item (sorted, i);

      if (!household_visible (household, self))
        continue;
      if (cw_household_get_id (household) == id)
        {
          gtk_single_selection_set_selected (self->selection, position);
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
        {
          /* A new household goes where the register's order puts it. */
          guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
          guint at = n;

          for (guint j = 0; j < n; j++)
            {
              g_autoptr(CwHousehold) other = g_list_model_get_item (G_LIST_MODEL (self->store), j);
              int order = cw_household_get_group_position (other) - cw_household_get_group_position (household);

              if (order == 0)
                order = strcmp (cw_household_get_number (other), cw_household_get_number (household));
              if (order > 0)
                {
                  at = j;
                  break;
                }
            }
          g_list_store_insert (self->store, at, household);
        }
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
    load_group_filter (self);

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
  CwHousehold *household = selected_household (self);
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gint64 selected_person = 0;

  if (household == NULL)
    {
      g_clear_object (&self->current);
      self->current_id = 0;
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      gtk_column_view_set_model (self->members_view, NULL);
      g_clear_object (&self->member_selection);
      update_actions (self);
      return;
    }

  if (self->member_selection != NULL && self->current_id == cw_household_get_id (household))
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
  if (!g_str_equal (cw_household_get_status (household), "active"))
    g_ptr_array_add (parts, g_strjoin (" ", cw_vocabulary_status_label (cw_household_get_status (household)),
                                       cw_household_get_status_date (household),
                                       cw_household_get_status_reason (household), NULL));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_text (self->detail_subtitle, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->detail_subtitle), subtitle);

  members = cw_person_list_for_household (self->db, cw_household_get_id (household), NULL);
  if (members == NULL)
    members = G_LIST_MODEL (g_list_store_new (CW_TYPE_PERSON));

  g_clear_object (&self->member_selection);
  self->member_selection = gtk_single_selection_new (g_object_ref (members));
  g_signal_connect_object (self->member_selection, "notify::selected-item",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->members_view, GTK_SELECTION_MODEL (self->member_selection));

  for (guint i = 0; selected_person != 0 && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (members, i);

      if (cw_person_get_id (person) == selected_person)
        gtk_single_selection_set_selected (self->member_selection, i);
    }

  gtk_stack_set_visible_child_name (self->detail_stack, "household");
  update_actions (self);
}

static void
selection_changed_cb (CwHouseholdsView *self)
{
  CwHousehold *household = selected_household (self);

  /* Replacing a row (after a change) reselects the same household. */
  if (household != NULL && self->current == household)
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

  household = selected_household (self);
  if (household == self->current)
    return;

  if (self->current != NULL && household_visible (self->current, self) &&
      select_household (self, self->current_id))
    return;

  update_detail (self);
}

/* Columns */

static void
label_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  /* An inscription, not a label: it needs no measuring of its text, and
   * the list realizes a couple of hundred rows at a time, which a search
   * keystroke may replace all at once. */
  GtkWidget *cell = gtk_inscription_new (NULL);
  gboolean number = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "cw-numeric"));

  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), number ? 1.0f : 0.0f);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (number)
    gtk_widget_add_css_class (cell, "numeric");
  gtk_list_item_set_child (item, cell);
}

static void
show_household (GtkInscription *label,
                HouseholdColumn column,
                CwHousehold    *household)
{
  char count[16];
  gboolean active;

  if (household == NULL)
    {
      gtk_inscription_set_text (label, NULL);
      return;
    }

  active = g_str_equal (cw_household_get_status (household), "active");
  switch (column)
    {
    case HOUSEHOLD_NUMBER:
      gtk_inscription_set_text (label, cw_household_get_number (household));
      break;
    case HOUSEHOLD_HEAD:
      gtk_inscription_set_text (label, cw_household_get_head_name (household));
      break;
    case HOUSEHOLD_GROUP:
      gtk_inscription_set_text (label, cw_household_get_group_name (household));
      break;
    case HOUSEHOLD_MEMBERS:
      g_snprintf (count, sizeof count, "%u", cw_household_get_member_count (household));
      gtk_inscription_set_text (label, count);
      break;
    case HOUSEHOLD_TAGS:
      gtk_inscription_set_text (label, cw_household_get_member_tags (household));
      break;
    case HOUSEHOLD_STATUS:
      gtk_inscription_set_text (label, cw_vocabulary_status_label (cw_household_get_status (household)));
      break;
    default:
      g_assert_not_reached ();
    }

  if (active)
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
}

/* A row now shows another household: the search moved it there. */
static void
row_household_changed_cb (CwHouseholdRow *row,
                          GParamSpec     *pspec,
                          GtkInscription *label)
{
  show_household (label, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "cw-column")),
                  cw_household_row_get_household (row));
}

static void
household_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  HouseholdColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "cw-column"));
  CwHouseholdRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  gulong handler;

  g_object_set_data (G_OBJECT (label), "cw-column", GINT_TO_POINTER (column));
  show_household (GTK_INSCRIPTION (label), column, cw_household_row_get_household (row));
  handler = g_signal_connect_object (row, "notify::household", G_CALLBACK (row_household_changed_cb),
                                     label, 0);
  g_object_set_data (G_OBJECT (label), "cw-handler", GSIZE_TO_POINTER (handler));
}

static void
household_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  CwHouseholdRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "cw-handler"));

  if (row != NULL && handler != 0)
    g_signal_handler_disconnect (row, handler);
  g_object_set_data (G_OBJECT (label), "cw-handler", NULL);
}

static void
member_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  MemberColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "cw-column"));
  CwPerson *person = gtk_list_item_get_item (item);
  GtkInscription *label = GTK_INSCRIPTION (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;
  GDate today;
  int age;

  switch (column)
    {
    case MEMBER_NAME:
      gtk_inscription_set_text (label, cw_person_get_name (person));
      break;
    case MEMBER_RELATION:
      gtk_inscription_set_text (label, cw_person_get_relation (person));
      break;
    case MEMBER_SEX:
      gtk_inscription_set_text (label, cw_ui_sex_label (cw_person_get_sex (person)));
      break;
    case MEMBER_AGE:
      cw_date_today (&today);
      age = cw_person_get_age_on (person, &today);
      text = age >= 0 ? g_strdup_printf ("%d", age) : g_strdup ("");
      gtk_inscription_set_text (label, text);
      break;
    case MEMBER_ID_NUMBER:
      /* In full: this is the office's own computer. Only what is printed
       * or posted is masked. */
      gtk_inscription_set_text (label, cw_person_get_id_number (person));
      break;
    case MEMBER_PHONE:
      gtk_inscription_set_text (label, cw_person_get_phone (person));
      break;
    case MEMBER_TAGS:
      gtk_inscription_set_text (label, cw_person_get_tags (person));
      break;
    case MEMBER_STATUS:
      if (cw_person_get_status_date (person)[0] != '\0')
        text = g_strdup_printf ("%s %s", cw_vocabulary_status_label (cw_person_get_status (person)),
                                cw_person_get_status_date (person));
      else
        text = g_strdup (cw_vocabulary_status_label (cw_person_get_status (person)));
      gtk_inscription_set_text (label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), cw_person_get_status_reason (person)[0] != '\0'
                                                       ? cw_person_get_status_reason (person) : NULL);
      break;
    default:
      g_assert_not_reached ();
    }

  if (cw_person_is_present (person))
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
}

static GtkColumnViewColumn *
add_column (GtkColumnView *view,
            const char    *title,
            int            column,
            GCallback      bind,
            GCallback      unbind,
            int            width,
            gboolean       expand,
            gboolean       numeric,
            GtkSorter     *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "cw-column", GINT_TO_POINTER (column));
  g_object_set_data (G_OBJECT (factory), "cw-numeric", GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "setup", G_CALLBACK (label_setup_cb), NULL);
  g_signal_connect (factory, "bind", bind, NULL);
  if (unbind != NULL)
    g_signal_connect (factory, "unbind", unbind, NULL);

  view_column = gtk_column_view_column_new (title, factory);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (view_column, width);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (sorter != NULL)
    gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_append_column (view, view_column);
  g_object_unref (view_column);
  g_clear_object (&sorter);

  return view_column;
}

static GtkSorter *
string_sorter (const char *property)
{
  return GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (CW_TYPE_HOUSEHOLD, NULL, property)));
}

static GtkSorter *
numeric_sorter (const char *property)
{
  return GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (CW_TYPE_HOUSEHOLD, NULL, property)));
}

static void
build_columns (CwHouseholdsView *self)
{
  GCallback household = G_CALLBACK (household_bind_cb);
  GCallback household_unbind = G_CALLBACK (household_unbind_cb);
  GCallback member = G_CALLBACK (member_bind_cb);

  add_column (self->households_view, C_("column", "Household No."), HOUSEHOLD_NUMBER, household, household_unbind,
              130, FALSE, FALSE, string_sorter ("number"));
  add_column (self->households_view, C_("column", "Head"), HOUSEHOLD_HEAD, household, household_unbind,
              110, FALSE, FALSE, string_sorter ("head-name"));
  /* Groups sort in the office's order, not by name. */
  add_column (self->households_view, C_("column", "Village Group"), HOUSEHOLD_GROUP, household, household_unbind,
              140, FALSE, FALSE, numeric_sorter ("group-position"));
  add_column (self->households_view, C_("column", "Members"), HOUSEHOLD_MEMBERS, household, household_unbind,
              80, FALSE, TRUE, numeric_sorter ("member-count"));
  add_column (self->households_view, C_("column", "Tags"), HOUSEHOLD_TAGS, household, household_unbind,
              160, TRUE, FALSE, string_sorter ("member-tags"));
  add_column (self->households_view, C_("column", "Status"), HOUSEHOLD_STATUS, household, household_unbind,
              90, FALSE, FALSE, string_sorter ("status"));

  add_column (self->members_view, C_("column", "Name"), MEMBER_NAME, member, NULL, 90, FALSE, FALSE, NULL);
  add_column (self->members_view, C_("column", "Relation"), MEMBER_RELATION, member, NULL, 90, FALSE, FALSE, NULL);
  add_column (self->members_view, C_("column", "Sex"), MEMBER_SEX, member, NULL, 72, FALSE, FALSE, NULL);
  add_column (self->members_view, C_("column", "Age"), MEMBER_AGE, member, NULL, 56, FALSE, TRUE, NULL);
  add_column (self->members_view, C_("column", "ID Number"), MEMBER_ID_NUMBER, member, NULL, 180, FALSE, FALSE, NULL);
  add_column (self->members_view, C_("column", "Phone"), MEMBER_PHONE, member, NULL, 120, FALSE, FALSE, NULL);
  add_column (self->members_view, C_("column", "Tags"), MEMBER_TAGS, member, NULL, 110, TRUE, FALSE, NULL);
  add_column (self->members_view, C_("column", "Status"), MEMBER_STATUS, member, NULL, 130, FALSE, FALSE, NULL);
}

/* Undo */

static void
push_undo (CwHouseholdsView *self,
           gint64            change_id,
           gint64            household_id,
           gint64            other_id,
           gboolean          everything,
           const char       *message)
{
  UndoEntry *entry;

  if (change_id == 0)
    return;

  entry = g_new0 (UndoEntry, 1);
  entry->change_id = change_id;
  entry->household_ids[0] = household_id;
  entry->household_ids[1] = other_id;
  entry->everything = everything;
  entry->message = g_strdup (message);
  g_ptr_array_add (self->undo, entry);

  if (self->undo->len > MAX_UNDO)
    g_ptr_array_remove_index (self->undo, 0);

  update_actions (self);
}

static void
show_refusal (CwHouseholdsView *self,
              const char       *heading,
              const GError     *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_change (CwHouseholdsView *self,
             gint64            change_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  UndoEntry *entry = NULL;
  guint index;

  for (index = self->undo->len; index > 0; index--)
    {
      UndoEntry *candidate = g_ptr_array_index (self->undo, index - 1);

      if (candidate->change_id == change_id)
        {
          entry = g_ptr_array_steal_index (self->undo, index - 1);
          break;
        }
    }
  if (entry == NULL)
    return;

  if (!cw_audit_undo (self->db, entry->change_id, &error))
    {
      show_refusal (self, _("Cannot Undo"), error);
      undo_entry_free (entry);
      update_actions (self);
      return;
    }

  /* Our own reload replaces the one the change signal queued. */
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (entry->everything)
    reload_all (self);
  else
    refresh_households (self, entry->household_ids, G_N_ELEMENTS (entry->household_ids));

  message = g_strdup_printf (_("Undone: %s"), entry->message);
  cw_ui_show_toast (GTK_WIDGET (self), adw_toast_new (message));
  undo_entry_free (entry);
  update_actions (self);
}

static void
toast_undo_cb (CwHouseholdsView *self,
               AdwToast         *toast)
{
  gint64 *change_id = g_object_get_data (G_OBJECT (toast), "cw-change");

  if (change_id != NULL)
    undo_change (self, *change_id);
}

static void
show_change_toast (CwHouseholdsView *self,
                   gint64            change_id,
                   const char       *message)
{
  AdwToast *toast = adw_toast_new (message);
  gint64 *id = g_new (gint64, 1);

  *id = change_id;
  g_object_set_data_full (G_OBJECT (toast), "cw-change", id, g_free);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_undo_cb), self, G_CONNECT_SWAPPED);
  cw_ui_show_toast (GTK_WIDGET (self), toast);
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
  gboolean is_new = household_id != 0 && find_in_store (self, household_id) == GTK_INVALID_LIST_POSITION;
  gint64 ids[2] = { household_id, other_id };

  g_clear_handle_id (&self->reload_source, g_source_remove);
  refresh_households (self, ids, G_N_ELEMENTS (ids));
  if (is_new)
    {
      select_household (self, household_id);
      update_detail (self);
    }

  push_undo (self, change_id, household_id, other_id, FALSE, message);
  show_change_toast (self, change_id, message);
}

static void
present_dialog (CwHouseholdsView *self,
                GtkWidget        *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
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
  editor = cw_household_editor_new (parent_window (self), self->db, G_LIST_MODEL (self->store),
                                    NULL, group_id);
  present_dialog (self, GTK_WIDGET (editor));
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

  editor = cw_household_editor_new (parent_window (self), self->db, G_LIST_MODEL (self->store),
                                    self->current, 0);
  present_dialog (self, GTK_WIDGET (editor));
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
  editor = cw_person_editor_new (parent_window (self), self->db, NULL,
                                 cw_household_get_id (self->current), label);
  present_dialog (self, GTK_WIDGET (editor));
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
  editor = cw_person_editor_new (parent_window (self), self->db, person, 0, label);
  present_dialog (self, GTK_WIDGET (editor));
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

  dialog = cw_status_dialog_new_for_person (parent_window (self), self->db, person,
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

  dialog = cw_status_dialog_new_for_household (parent_window (self), self->db, self->current);
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

  dialog = cw_move_dialog_new (parent_window (self), self->db, G_LIST_MODEL (self->store), person);
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

  dialog = cw_split_dialog_new (parent_window (self), self->db, G_LIST_MODEL (self->store),
                                self->current, gtk_single_selection_get_model (self->member_selection));
  present_dialog (self, GTK_WIDGET (dialog));
}

/* What the old head becomes when a child or spouse takes over: the usual
 * answer, which the clerk can change. */
static const char *
old_head_relation (CwPerson *new_head,
                   CwPerson *old_head)
{
  const char *relation = cw_person_get_relation (new_head);
  gboolean female = old_head != NULL && g_str_equal (cw_person_get_sex (old_head), "F");

  if (g_str_equal (relation, "配偶"))
    return "配偶";
  if (g_str_equal (relation, "子") || g_str_equal (relation, "女"))
    return female ? "母亲" : "父亲";
  if (g_str_equal (relation, "孙子") || g_str_equal (relation, "孙女"))
    return female ? "祖母" : "祖父";
  if (g_str_equal (relation, "父亲") || g_str_equal (relation, "母亲"))
    return female ? "女" : "子";
  return "其他亲属";
}

typedef struct
{
  CwHouseholdsView *self;
  CwPerson         *new_head;
  GtkDropDown      *relation;
  GPtrArray        *relations;
} MakeHead;

static void
make_head_free (gpointer  user_data,
                GClosure *closure)
{
  MakeHead *data = user_data;

  g_object_unref (data->self);
  g_object_unref (data->new_head);
  g_ptr_array_unref (data->relations);
  g_free (data);
}

static void
make_head_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       MakeHead         *data)
{
  CwHouseholdsView *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint selected = gtk_drop_down_get_selected (data->relation);
  gint64 household_id = cw_person_get_household_id (data->new_head);

  if (g_strcmp0 (response, "make-head") != 0 || selected >= data->relations->len)
    return;

  if (!cw_household_change_head (self->db, household_id, cw_person_get_id (data->new_head),
                                 g_ptr_array_index (data->relations, selected), &error))
    {
      show_refusal (self, _("Cannot Change the Head"), error);
      return;
    }

  message = g_strdup_printf (_("%s is now head of the household"), cw_person_get_name (data->new_head));
  saved_cb (self, cw_database_get_last_change (self->db), household_id, 0, message, NULL);
}

static void
make_head_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  CwPerson *person = selected_member (self);
  GListModel *members;
  g_autoptr(CwPerson) old_head = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  const char *fallback;
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *label;
  MakeHead *data;
  guint preselect = 0;

  if (person == NULL)
    return;

  members = gtk_single_selection_get_model (self->member_selection);
  for (guint i = 0; i < g_list_model_get_n_items (members) && old_head == NULL; i++)
    {
      g_autoptr(CwPerson) member = g_list_model_get_item (members, i);

      if (g_str_equal (cw_person_get_relation (member), "户主") && cw_person_is_present (member))
        old_head = g_steal_pointer (&member);
    }

  data = g_new0 (MakeHead, 1);
  data->self = g_object_ref (self);
  data->new_head = g_object_ref (person);
  data->relations = g_ptr_array_new ();
  fallback = old_head_relation (person, old_head);
  for (guint i = 1; cw_vocabulary_relations[i] != NULL; i++)
    {
      if (g_str_equal (cw_vocabulary_relations[i], fallback))
        preselect = data->relations->len;
      g_ptr_array_add (data->relations, (gpointer) cw_vocabulary_relations[i]);
      gtk_string_list_append (names, cw_vocabulary_relations[i]);
    }

  heading = g_strdup_printf (_("Make %s Head of Household?"), cw_person_get_name (person));
  if (old_head != NULL)
    body = g_strdup_printf (_("%s, the head until now, stays in the household as the new head’s:"),
                            cw_person_get_name (old_head));
  else
    body = g_strdup (_("The household has no present head."));

  dialog = adw_message_dialog_new (parent_window (self), heading, body);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  label = gtk_label_new_with_mnemonic (_("_Relation"));
  data->relation = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  gtk_drop_down_set_selected (data->relation, preselect);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (data->relation));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (data->relation));
  gtk_widget_set_visible (box, old_head != NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "make-head", _("_Make Head"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "make-head",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "make-head");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (make_head_response_cb), data,
                         make_head_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (widget);
  UndoEntry *last;

  if (self->undo->len == 0)
    return;

  last = g_ptr_array_index (self->undo, self->undo->len - 1);
  undo_change (self, last->change_id);
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
     "性别, 身份证号, 出生日期, 民族, 联系电话, 政治面貌, 人员状态, 标签, 住址. UTF-8 or GB18030, as Excel or WPS saves "
     "it. First you see what would go in; nothing is written until you choose Import."),
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
  update_actions (self);
}

static void
import_destroyed_cb (CwHouseholdsView *self,
                     CwImportDialog   *dialog)
{
  self->importing = FALSE;
  update_actions (self);
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
  load_group_filter (self);
  reload_all (self);

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Imported %u household",
                                          "Imported %u households",
                                          households),
                             households);
  push_undo (self, change_id, 0, 0, TRUE, message);
  show_change_toast (self, change_id, message);
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
  char          *db_path;
  char          *path;
  gboolean       masked;
  CwJobProgress *progress;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->db_path);
  g_free (job->path);
  g_clear_pointer (&job->progress, cw_job_progress_unref);
  g_free (job);
}

static void
export_progress_cb (guint    done,
                    guint    total,
                    gpointer user_data)
{
  cw_job_progress_report (user_data, done, total);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = cw_database_open (job->db_path, &error);
  if (db == NULL ||
      !cw_roster_export_households (db, job->path, NULL, job->masked, export_progress_cb,
                                    job->progress, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CwHouseholdsView) self = user_data;
  g_autoptr(GError) error = NULL;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autofree char *message = NULL;

  /* The page went away while the file was written. */
  if (self->job_bar == NULL)
    return;

  cw_job_bar_finish (self->job_bar);
  g_clear_object (&self->export_cancellable);
  update_actions (self);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, CW_ERROR, CW_ERROR_CANCELLED))
        show_refusal (self, _("The Roster Could Not Be Exported"), error);
      return;
    }

  message = g_strdup_printf (_("Roster saved as %s"), job->path);
  cw_ui_show_toast (GTK_WIDGET (self), adw_toast_new (message));
}

void
cw_households_view_export_roster (CwHouseholdsView *self,
                                  const char       *path,
                                  gboolean          masked)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  ExportJob *job;

  g_return_if_fail (CW_IS_HOUSEHOLDS_VIEW (self));
  g_return_if_fail (path != NULL);

  if (cw_job_bar_get_running (self->job_bar))
    return;

  name = g_path_get_basename (path);
  label = g_strdup_printf (_("Exporting %s…"), name);
  self->export_cancellable = g_cancellable_new ();

  job = g_new0 (ExportJob, 1);
  job->db_path = g_strdup (cw_database_get_path (self->db));
  job->path = g_strdup (path);
  job->masked = masked;
  job->progress = cw_job_bar_start (self->job_bar, label, self->export_cancellable);
  update_actions (self);

  task = g_task_new (NULL, self->export_cancellable, export_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, cw_households_view_export_roster);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
cw_households_view_get_exporting (CwHouseholdsView *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLDS_VIEW (self), FALSE);

  return cw_job_bar_get_running (self->job_bar);
}

static void
export_chooser_response_cb (CwHouseholdsView     *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  gboolean masked = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "cw-masked"));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  update_actions (self);

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      cw_window_show_message (GTK_WIDGET (self), _("Choose a place on this computer or on a USB stick."));
      return;
    }

  cw_households_view_export_roster (self, path, masked);
}

static void
choose_export_file (CwHouseholdsView *self,
                    gboolean          masked)
{
  g_autoptr(CwVillage) village = cw_village_load (self->db, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;

  /* The file name is for the township: in Chinese, whatever the locale. */
  stem = g_strdup_printf ("%s户籍台账%s-%s", village != NULL ? cw_village_get_name (village) : "",
                          masked ? "（公示）" : "", date);
  name = cw_ui_file_name (stem, ".xlsx");

  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");

  self->chooser = gtk_file_chooser_native_new (masked ? _("Export the Masked Roster") : _("Export the Roster"),
                                               parent_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  g_object_set_data (G_OBJECT (self->chooser), "cw-masked", GINT_TO_POINTER (masked));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
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

  load_group_filter (self);
  reload_all (self);
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

  return self->member_selection != NULL ? G_LIST_MODEL (self->member_selection) : NULL;
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
  search_changed_cb (self, self->search_entry);
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
  g_autoptr(GtkStringList) tags = NULL;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkStackPage *page;

  G_OBJECT_CLASS (cw_households_view_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  tags = cw_ui_words_model (cw_vocabulary_tags, _("All Tags"));
  for (guint i = 0; status_choices[i] != NULL; i++)
    gtk_string_list_append (statuses, cw_vocabulary_status_label (status_choices[i]));
  gtk_string_list_append (statuses, _("All Statuses"));

  g_signal_handlers_block_by_func (self->tag_filter, filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->status_filter, filter_changed_cb, self);
  gtk_drop_down_set_model (self->tag_filter, G_LIST_MODEL (tags));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  gtk_drop_down_set_selected (self->status_filter, 0);
  g_signal_handlers_unblock_by_func (self->tag_filter, filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->status_filter, filter_changed_cb, self);
  self->filter_status = status_choices[0];
  load_group_filter (self);

  self->care_view = cw_care_list_view_new (self->db);
  page = gtk_stack_add_titled (self->sections, self->care_view, "care", _("Care Lists"));
  (void) page;

  reload_all (self);

  self->changed_handler =
    g_signal_connect_object (self->db, "changed", G_CALLBACK (database_changed_cb), self,
                             G_CONNECT_SWAPPED);
  update_actions (self);
}

static void
cw_households_view_dispose (GObject *object)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (object);

  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_handler, self->db);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_HOUSEHOLDS_VIEW);

  g_clear_object (&self->member_selection);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->current);

  G_OBJECT_CLASS (cw_households_view_parent_class)->dispose (object);
}

static void
cw_households_view_finalize (GObject *object)
{
  CwHouseholdsView *self = CW_HOUSEHOLDS_VIEW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->filter);
  g_clear_object (&self->db);
  g_clear_object (&self->export_cancellable);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->filter_tag, g_free);
  g_clear_pointer (&self->group_ids, g_array_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);

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

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-households-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, register_actions);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, sections);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, group_filter);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, tag_filter);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, paned);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, results_stack);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, households_view);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, detail_title);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, detail_subtitle);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, member_button);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, members_view);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CwHouseholdsView, job_bar);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, household_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, member_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, section_changed_cb);

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
  gtk_widget_class_install_action (widget_class, "households.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "households.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "households.export-roster", NULL, export_roster_activated);
  gtk_widget_class_install_action (widget_class, "households.export-masked-roster", NULL,
                                   export_masked_roster_activated);
  gtk_widget_class_install_action (widget_class, "households.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "households.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_activated);

}

static void
cw_households_view_init (CwHouseholdsView *self)
{
  GtkShortcutController *controller;
  GtkSorter *sorter;

  self->query = g_strdup ("");
  self->group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->undo = g_ptr_array_new_with_free_func (undo_entry_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  build_columns (self);

  /* store → sort → filter → selection: a keystroke filters the sorted
   * rows; sorting happens only when a column header is clicked. */
  self->store = g_list_store_new (CW_TYPE_HOUSEHOLD);
  sorter = gtk_column_view_get_sorter (self->households_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                              sorter != NULL ? g_object_ref (sorter) : NULL);
  self->filter = gtk_custom_filter_new (household_visible, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (self->sort_model),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  /* Not incremental: a keystroke is done when gtk_filter_changed()
   * returns, and the count is right at once. */
  gtk_filter_list_model_set_incremental (self->filter_model, FALSE);
  /* Rows that stay put while the search changes what they show. */
  self->rows = cw_household_rows_new (G_LIST_MODEL (self->filter_model));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  /* After the rows' own handler, which was connected first. */
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (shown_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->households_view, GTK_SELECTION_MODEL (self->selection));

  /* The page's shortcuts work wherever the focus is in the window (the
   * sidebar, say) while the page is shown: shortcut controllers only run
   * for mapped widgets. In the bubble phase, so that a text field keeps
   * its own Ctrl+Z. */
  {
    static const struct { const char *trigger; const char *action; } shortcuts[] = {
      { "<Control>f", "households.find" },
      { "<Control>l", "households.toggle-care-lists" },
      { "<Control>n", "households.add" },
      { "<Control>m", "households.add-member" },
      { "<Control>e", "households.edit" },
      { "<Control>z", "households.undo" },
      { "<Control>i", "households.import" },
      { "<Control><Shift>e", "households.export" },
      { "<Control>p", "households.print" },
    };

    controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
    gtk_shortcut_controller_set_scope (controller, GTK_SHORTCUT_SCOPE_GLOBAL);
    for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
      gtk_shortcut_controller_add_shortcut (controller,
                                            gtk_shortcut_new (gtk_shortcut_trigger_parse_string (shortcuts[i].trigger),
                                                              gtk_named_action_new (shortcuts[i].action)));
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (controller));
  }

  /* The members list's own menu key opens what can be done with the
   * chosen member. */
  controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Shift>F10|Menu"),
                                                          gtk_named_action_new ("households.member-menu")));
  gtk_widget_add_controller (GTK_WIDGET (self->members_view), GTK_EVENT_CONTROLLER (controller));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-households-view"

/* The households view's search and filters: what a keystroke or a
 * drop-down changes in the rows shown. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-text.h"
#include "core/households/cw-person.h"
#include "core/households/cw-vocabulary.h"
#include "core/village/cw-village-group.h"
#include "ui/common/cw-form.h"
#include "ui/households/cw-households-view-private.h"

/* The statuses the status filter offers, "registered" first: moved-out
 * and cancelled households are kept but not in the way. */
static const char * const status_choices[] = { CW_HOUSEHOLD_STATUS_ACTIVE, CW_HOUSEHOLD_STATUS_MOVED_OUT,
                                               CW_HOUSEHOLD_STATUS_CANCELLED, NULL };

/* The drop-downs' filters; the search is the filter model's own. */
gboolean
cw_households_view_passes (CwHousehold *household,
                           gpointer     user_data)
{
  CwHouseholdsView *self = user_data;

  /* Interned: compared as pointers. */
  if (self->filter_status != NULL && cw_household_get_status (household) != self->filter_status)
    return FALSE;
  return cw_households_view_passes_others (self, household);
}

gboolean
cw_households_view_passes_others (CwHouseholdsView *self,
                                  CwHousehold      *household)
{
  if (self->filter_group_id != 0 && cw_household_get_group_id (household) != self->filter_group_id)
    return FALSE;
  if (self->filter_tag != NULL &&
      !cw_vocabulary_tags_contain (cw_household_get_member_tags (household), self->filter_tag))
    return FALSE;
  return TRUE;
}

gboolean
cw_households_view_shows (CwHousehold      *household,
                          CwHouseholdsView *self)
{
  return cw_households_view_passes (household, self) && cw_household_matches (household, self->filter_query);
}

/* When the search found the chosen household by a member other than its
 * head, that member is chosen among the members. */
static void
select_found_member (CwHouseholdsView *self)
{
  CwHousehold *household = cw_households_view_get_selected (self);
  GListModel *members = G_LIST_MODEL (self->member_selection);
  gint64 found;

  if (household == NULL || members == NULL || household != self->current)
    return;
  found = cw_household_match_member (household, self->query, NULL, NULL);
  for (guint i = 0; found != 0 && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (members, i);

      if (cw_person_get_id (person) == found)
        gtk_single_selection_set_selected (self->member_selection, i);
    }
}

/* One keystroke's change of the query: the rows, the found-member column
 * and the chosen member follow it. */
void
cw_households_view_apply_query (CwHouseholdsView *self,
                                const char       *text)
{
  g_autofree char *cleaned = NULL;

  g_clear_handle_id (&self->clear_source, g_source_remove);
  if (g_strcmp0 (text, self->query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (text);
  self->query_serial++;
  /* A space typed before the next word cleans away: the rows stay. */
  cleaned = cw_text_clean_line (text);
  if (!g_str_equal (cleaned, self->filter_query))
    {
      /* When the household the clerk is at is not among what the query
       * finds, the results are shown from their first, chosen. Going to
       * the top before the rows change also spares GTK remaking a
       * hundred rows' widgets where the list was scrolled to: the top
       * rows stay and only show other households. */
      gboolean lost = self->current != NULL && !cw_household_matches (self->current, cleaned);

      g_free (self->filter_query);
      self->filter_query = g_steal_pointer (&cleaned);
      if (lost)
        gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->households_view)), 0);
      self->filtering = TRUE;
      cw_household_filter_set_query (self->filter_model, self->filter_query);
      if (lost && g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
        gtk_single_selection_set_selected (self->selection, 0);
      self->filtering = FALSE;
    }
  cw_households_view_update_matches (self);
  select_found_member (self);
}

static gboolean
clear_idle_cb (gpointer user_data)
{
  CwHouseholdsView *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  self->clear_source = 0;
  if (text[0] == '\0')
    cw_households_view_apply_query (self, text);
  return G_SOURCE_REMOVE;
}

static void
search_changed_cb (CwHouseholdsView *self,
                   GtkSearchEntry   *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  /* The search entry reports an empty text at once, also for the moment
   * between taking the old text away and putting the new one in (typing
   * over the chosen query, a paste, setting the text): bringing back all
   * 30 000 rows for that moment is most of such a keystroke's work. So
   * an emptied search is followed just before the next frame, if it is
   * still empty then. */
  if (text[0] == '\0' && self->query[0] != '\0')
    {
      if (self->clear_source == 0)
        self->clear_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, clear_idle_cb, self, NULL);
      return;
    }
  cw_households_view_apply_query (self, text);
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
    self->filter_status = g_intern_static_string (status_choices[status]);

  self->filtering = TRUE;
  cw_household_filter_refilter (self->filter_model);
  self->filtering = FALSE;
}

void
cw_households_view_load_group_filter (CwHouseholdsView *self)
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

void
cw_households_view_init_filters (CwHouseholdsView *self)
{
  g_autoptr(GtkStringList) tags = cw_ui_words_model (cw_vocabulary_tags, _("All Tags"));
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

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
  self->filter_status = g_intern_static_string (status_choices[0]);
  cw_households_view_load_group_filter (self);
}

void
cw_households_view_class_search_init (CwHouseholdsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
}

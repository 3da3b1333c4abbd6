/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-tally-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/points/cw-point-objection.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"
#include "core/common/cw-quarter.h"
#include "report/points/cw-points-announcement.h"
#include "report/points/cw-points-export.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-files.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-job.h"
#include "ui/common/cw-job-bar.h"
#include "ui/common/cw-lazy-reload.h"
#include "ui/points/cw-points-entry-page.h"
#include "ui/common/cw-print-operation.h"
#include "ui/shell/cw-window.h"
#include "ui/points/cw-points-view.h"
#include "ui/points/cw-points-tally-page.h"
#include "ui/cw-ui-resources.h"

struct _CwPointsTallyPage
{
  AdwBin                parent_instance;

  CwDatabase           *db;
  gulong                changed_handler;
  CwLazyReload         *reloader;
  gboolean              updating;

  GListStore           *rows;
  GtkCustomFilter      *filter;
  GtkFilterListModel   *filtered;
  GtkSingleSelection   *selection;
  GStrv                 quarters;
  GPtrArray            *groups;     /* group names of the drop-down, after "All" */
  char                 *group;      /* the group shown, or NULL */
  char                 *search;
  gboolean              published;

  /* The objections window, while open, and the quarter it lists. */
  GtkWindow            *objections_window;
  GtkListBox           *objections_list;
  GtkStack             *objections_stack;
  char                 *objections_quarter;

  GtkFileChooserNative *chooser;

  /* Template widgets */
  GtkDropDown          *scheme_dropdown;
  GtkDropDown          *quarter_dropdown;
  GtkDropDown          *group_dropdown;
  GtkSearchEntry       *search_entry;
  GtkImage             *publication_icon;
  GtkLabel             *publication_label;
  GtkLabel             *totals_label;
  CwJobBar             *job_bar;
  GtkStack             *list_stack;
  GtkColumnView        *tally_view;
  AdwStatusPage        *status_page;
};

G_DEFINE_FINAL_TYPE (CwPointsTallyPage, cw_points_tally_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (CwPointsTallyPage *self);
static void load_rows (CwPointsTallyPage *self);

static const char *
current_scheme (CwPointsTallyPage *self)
{
  return gtk_drop_down_get_selected (self->scheme_dropdown) == 1 ? CW_SCHEME_PARTY : CW_SCHEME_HOUSEHOLD;
}

const char *
cw_points_tally_page_get_quarter (CwPointsTallyPage *self)
{
  guint selected;

  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), NULL);

  selected = gtk_drop_down_get_selected (self->quarter_dropdown);
  if (self->quarters == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected >= g_strv_length (self->quarters))
    return NULL;

  return self->quarters[selected];
}

static char *
quarter_last_day (const char *quarter)
{
  g_autofree char *first = NULL;
  char *last = NULL;

  cw_quarter_bounds (quarter, &first, &last);

  return last;
}

static gboolean
quarter_is_over (const char *quarter)
{
  g_autofree char *last = quarter_last_day (quarter);
  g_autofree char *today = cw_date_today_text ();

  return last != NULL && g_strcmp0 (last, today) < 0;
}

/* Filtering */

static gboolean
contains (const char *haystack,
          const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;

  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  CwPointsTallyPage *self = user_data;
  CwPointTallyRow *row = item;

  if (self->group != NULL && g_strcmp0 (cw_point_tally_row_get_group_name (row), self->group) != 0)
    return FALSE;

  if (self->search != NULL && self->search[0] != '\0' &&
      !contains (cw_point_tally_row_get_name (row), self->search) &&
      !contains (cw_point_tally_row_get_number (row), self->search))
    return FALSE;

  return TRUE;
}

static void
update_totals (CwPointsTallyPage *self)
{
  GListModel *model = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (model);
  g_autofree char *sum_text = NULL;
  g_autofree char *text = NULL;
  int sum = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (model, i);

      sum += cw_point_tally_row_get_quarter_points (row);
    }

  sum_text = cw_ui_format_signed (sum);
  if (g_str_equal (current_scheme (self), CW_SCHEME_PARTY))
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u party member · %s points",
                                         "%u party members · %s points",
                                         n),
                            n, sum_text);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u household · %s points",
                                         "%u households · %s points",
                                         n),
                            n, sum_text);
  gtk_label_set_text (self->totals_label, text);

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
    }
  else
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->rows)) > 0)
        {
          adw_status_page_set_icon_name (self->status_page, "system-search-symbolic");
          adw_status_page_set_title (self->status_page, _("Nobody Found"));
          adw_status_page_set_description (self->status_page, _("No row matches the search."));
        }
      else
        {
          adw_status_page_set_icon_name (self->status_page, "view-list-ordered-symbolic");
          adw_status_page_set_title (self->status_page, _("No Points Yet"));
          adw_status_page_set_description (self->status_page,
                                           _("Once entries are saved and reviewed, each quarter's tally and ranking appear here."));
        }
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }
}

static void
refilter (CwPointsTallyPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_totals (self);
}

static void
search_changed_cb (CwPointsTallyPage *self,
                   GtkSearchEntry    *entry)
{
  g_free (self->search);
  self->search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  g_strstrip (self->search);
  refilter (self);
}

static void
group_changed_cb (CwPointsTallyPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->group_dropdown);

  if (self->updating)
    return;

  g_clear_pointer (&self->group, g_free);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->groups->len)
    self->group = g_strdup (g_ptr_array_index (self->groups, selected - 1));

  refilter (self);
}

void
cw_points_tally_page_set_group (CwPointsTallyPage *self,
                                const char        *group_name)
{
  guint position = 0;

  g_return_if_fail (CW_IS_POINTS_TALLY_PAGE (self));

  for (guint i = 0; group_name != NULL && i < self->groups->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->groups, i), group_name))
        position = i + 1;
    }

  gtk_drop_down_set_selected (self->group_dropdown, position);
  group_changed_cb (self);
}

GListModel *
cw_points_tally_page_get_rows (CwPointsTallyPage *self)
{
  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

gboolean
cw_points_tally_page_select (CwPointsTallyPage *self,
                             gint64             subject_id)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (model, i);

      if (cw_point_tally_row_get_subject_id (row) == subject_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Another quarter or scheme is other rows, not other quarters. */
static void
scheme_changed_cb (CwPointsTallyPage *self)
{
  if (!self->updating)
    load_rows (self);
}

static void
quarter_changed_cb (CwPointsTallyPage *self)
{
  if (!self->updating)
    load_rows (self);
}

gboolean
cw_points_tally_page_set_quarter (CwPointsTallyPage *self,
                                  const char        *scheme,
                                  const char        *quarter)
{
  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), FALSE);

  if (cw_lazy_reload_get_dirty (self->reloader))
    reload (self);

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->scheme_dropdown, g_strcmp0 (scheme, CW_SCHEME_PARTY) == 0 ? 1 : 0);
  self->updating = FALSE;

  for (guint i = 0; self->quarters != NULL && self->quarters[i] != NULL; i++)
    {
      if (g_str_equal (self->quarters[i], quarter))
        {
          self->updating = TRUE;
          gtk_drop_down_set_selected (self->quarter_dropdown, i);
          self->updating = FALSE;
          reload (self);
          return TRUE;
        }
    }

  reload (self);
  return FALSE;
}

/* The selection and the actions it allows */

static CwPointTallyRow *
selected_row (CwPointsTallyPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (CwPointsTallyPage *self)
{
  const char *quarter = cw_points_tally_page_get_quarter (self);
  gboolean running = cw_job_bar_get_running (self->job_bar);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.publish",
                                 quarter != NULL && !self->published && quarter_is_over (quarter));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.objection",
                                 quarter != NULL && self->published && selected_row (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.objections", quarter != NULL && self->published);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.print", quarter != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.save-pdf", quarter != NULL && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tally.export", quarter != NULL && !running);
}

static void
selection_changed_cb (CwPointsTallyPage *self)
{
  update_actions (self);
}

static void
update_publication (CwPointsTallyPage *self)
{
  const char *quarter = cw_points_tally_page_get_quarter (self);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *text = NULL;

  self->published = quarter != NULL && cw_point_quarter_get_publication (self->db, quarter, &from, &to);

  if (quarter == NULL)
    text = g_strdup ("");
  else if (self->published)
    /* Translators: the publicity period (公示期) of a published quarter */
    text = g_strdup_printf (_("Published, publicity period %s to %s. The quarter is locked."), from, to);
  else if (!quarter_is_over (quarter))
    text = g_strdup (_("The quarter is still running: publish it once it is over and every entry is reviewed."));
  else
    text = g_strdup (_("Not yet published."));

  gtk_label_set_text (self->publication_label, text);
  gtk_image_set_from_icon_name (self->publication_icon,
                                self->published ? "emblem-ok-symbolic" : "dialog-information-symbolic");
  if (self->published)
    gtk_widget_add_css_class (GTK_WIDGET (self->publication_icon), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->publication_icon), "success");
}

/* Publishing */

typedef struct
{
  char      *quarter;
  GtkWidget *from_row;
  GtkWidget *to_row;
} PublishData;

static void
publish_data_free (gpointer user_data)
{
  PublishData *data = user_data;

  g_free (data->quarter);
  g_free (data);
}

static void
publish_response_cb (AdwMessageDialog  *dialog,
                     const char        *response,
                     CwPointsTallyPage *self)
{
  PublishData *data = g_object_get_data (G_OBJECT (dialog), "cw-publish");
  g_autoptr(GError) error = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "confirm"))
    return;

  from_text = cw_ui_row_text (data->from_row);
  to_text = cw_ui_row_text (data->to_row);
  from = cw_date_normalize (from_text, &error);
  if (from != NULL)
    to = cw_date_normalize (to_text, &error);

  if (from == NULL || to == NULL ||
      !cw_point_quarter_publish (self->db, data->quarter, from, to, &error))
    {
      cw_window_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  label = cw_quarter_label (data->quarter);
  message = g_strdup_printf (_("%s published"), label);
  cw_window_show_message (GTK_WIDGET (self), message);
}

static void
publish_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (widget);
  const char *quarter = cw_points_tally_page_get_quarter (self);
  g_autofree char *label = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *from = cw_date_today_text ();
  g_autofree char *to = NULL;
  AdwMessageDialog *dialog;
  PublishData *data;
  GtkWidget *list;
  GDate date;

  if (quarter == NULL)
    return;

  /* A week on the notice board is the common publicity period. */
  cw_date_today (&date);
  g_date_add_days (&date, 6);
  to = cw_date_format (&date);

  label = cw_quarter_label (quarter);
  heading = g_strdup_printf (_("Publish %s?"), label);
  dialog = cw_ui_dialog_new (widget, heading,
                                 _("Publishing fixes the publicity period and locks the quarter: from then on no entry "
                                   "dated in it can be added, reviewed or reversed, and corrections go into the open "
                                   "quarter. This cannot be undone."),
                                 _("_Publish"), TRUE);

  data = g_new0 (PublishData, 1);
  data->quarter = g_strdup (quarter);
  data->from_row = cw_ui_entry_row_new (_("Publicity From"), from);
  data->to_row = cw_ui_entry_row_new (_("Publicity To"), to);
  g_object_set_data_full (G_OBJECT (dialog), "cw-publish", data, publish_data_free);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), data->from_row);
  gtk_list_box_append (GTK_LIST_BOX (list), data->to_row);
  adw_message_dialog_set_extra_child (dialog, list);

  g_signal_connect_object (dialog, "response", G_CALLBACK (publish_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Objections */

typedef struct
{
  char      *quarter;
  char      *scheme;
  gint64     subject_id;
  GtkWidget *raised_on_row;
  GtkWidget *raised_by_row;
  GtkWidget *content_row;
  GtkWidget *outcome_row;
  GtkWidget *note_row;
} ObjectionData;

static const char * const outcome_codes[] = { "open", "upheld", "dismissed" };

static void
objection_data_free (gpointer user_data)
{
  ObjectionData *data = user_data;

  g_free (data->quarter);
  g_free (data->scheme);
  g_free (data);
}

static void
objection_changed_cb (GtkWidget        *row,
                      AdwMessageDialog *dialog)
{
  ObjectionData *data = g_object_get_data (G_OBJECT (dialog), "cw-objection");
  g_autofree char *by = cw_ui_row_text (data->raised_by_row);
  g_autofree char *content = cw_ui_row_text (data->content_row);

  adw_message_dialog_set_response_enabled (dialog, "confirm", by[0] != '\0' && content[0] != '\0');
}

static void
objection_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       CwPointsTallyPage *self)
{
  ObjectionData *data = g_object_get_data (G_OBJECT (dialog), "cw-objection");
  g_autoptr(GError) error = NULL;
  g_autofree char *raised_text = NULL;
  g_autofree char *raised_on = NULL;
  g_autofree char *raised_by = NULL;
  g_autofree char *content = NULL;
  g_autofree char *note = NULL;
  g_autofree char *today = cw_date_today_text ();
  guint outcome;
  gint64 id;

  if (!g_str_equal (response, "confirm"))
    return;

  raised_text = cw_ui_row_text (data->raised_on_row);
  raised_on = cw_date_normalize (raised_text, &error);
  if (raised_on == NULL)
    {
      cw_window_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  raised_by = cw_ui_row_text (data->raised_by_row);
  content = cw_ui_row_text (data->content_row);
  note = cw_ui_row_text (data->note_row);
  outcome = adw_combo_row_get_selected (ADW_COMBO_ROW (data->outcome_row));

  id = cw_point_quarter_add_objection (self->db, data->quarter, data->scheme, data->subject_id,
                                       raised_on, raised_by, content, &error);
  if (id == 0)
    {
      cw_window_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  if (outcome > 0 && outcome < G_N_ELEMENTS (outcome_codes) &&
      !cw_point_quarter_decide_objection (self->db, id, outcome_codes[outcome], note, today, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The objection was recorded, but not its outcome: %s"),
                                                  error->message);

      cw_window_show_message (GTK_WIDGET (self), message);
      return;
    }

  cw_window_show_message (GTK_WIDGET (self), _("Objection recorded"));
}

static void
objection_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (widget);
  CwPointTallyRow *row = selected_row (self);
  const char *quarter = cw_points_tally_page_get_quarter (self);
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *points = NULL;
  g_autoptr(GtkStringList) outcomes = NULL;
  AdwMessageDialog *dialog;
  ObjectionData *data;
  GtkWidget *list;

  if (row == NULL || quarter == NULL)
    return;

  points = cw_ui_format_signed (cw_point_tally_row_get_quarter_points (row));
  heading = g_strdup_printf (_("Objection to the Total of %s"), cw_point_tally_row_get_name (row));
  /* Translators: 户号, group, points this quarter */
  body = g_strdup_printf (_("%s, %s: %s points this quarter. A correction the committee upholds goes into the "
                            "open quarter as a reversal or a new entry."),
                          cw_point_tally_row_get_number (row),
                          cw_point_tally_row_get_group_name (row),
                          points);
  dialog = cw_ui_dialog_new (widget, heading, body, _("_Record"), FALSE);

  data = g_new0 (ObjectionData, 1);
  data->quarter = g_strdup (quarter);
  data->scheme = g_strdup (current_scheme (self));
  data->subject_id = cw_point_tally_row_get_subject_id (row);
  data->raised_on_row = cw_ui_entry_row_new (_("Raised On"), today);
  data->raised_by_row = cw_ui_entry_row_new (_("Raised By"), NULL);
  data->content_row = cw_ui_entry_row_new (_("Objection"), NULL);
  data->outcome_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->outcome_row), _("Outcome"));
  outcomes = gtk_string_list_new (NULL);
  gtk_string_list_append (outcomes, _("Still Open"));
  gtk_string_list_append (outcomes, _("Upheld"));
  gtk_string_list_append (outcomes, _("Dismissed"));
  adw_combo_row_set_model (ADW_COMBO_ROW (data->outcome_row), G_LIST_MODEL (outcomes));
  data->note_row = cw_ui_entry_row_new (_("Outcome Note"), NULL);
  g_object_set_data_full (G_OBJECT (dialog), "cw-objection", data, objection_data_free);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), data->raised_on_row);
  gtk_list_box_append (GTK_LIST_BOX (list), data->raised_by_row);
  gtk_list_box_append (GTK_LIST_BOX (list), data->content_row);
  gtk_list_box_append (GTK_LIST_BOX (list), data->outcome_row);
  gtk_list_box_append (GTK_LIST_BOX (list), data->note_row);
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_set_response_enabled (dialog, "confirm", FALSE);

  g_signal_connect (data->raised_by_row, "changed", G_CALLBACK (objection_changed_cb), dialog);
  g_signal_connect (data->content_row, "changed", G_CALLBACK (objection_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (objection_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (data->raised_by_row);
}

/* The objections of the quarter, decided later (异议复核) */

static void refresh_objections (CwPointsTallyPage *self);

static const char *
outcome_label (const char *outcome)
{
  if (g_strcmp0 (outcome, "upheld") == 0)
    return _("Upheld");
  if (g_strcmp0 (outcome, "dismissed") == 0)
    return _("Dismissed");
  return _("Still Open");
}

/* Into the Entry page, with the scheme and the subject of the objection
 * chosen: the correction goes into the open quarter. */
static void
open_entry_for (CwPointsTallyPage *self,
                const char        *scheme,
                const char        *number,
                const char        *name)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), CW_TYPE_POINTS_VIEW);
  CwPointsEntryPage *entry;

  if (self->objections_window != NULL)
    gtk_window_destroy (self->objections_window);
  if (view == NULL)
    return;

  cw_points_view_show_subpage (CW_POINTS_VIEW (view), "entry");
  entry = CW_POINTS_ENTRY_PAGE (cw_points_view_get_page (CW_POINTS_VIEW (view), "entry"));
  cw_points_entry_page_set_scheme (entry, scheme);
  if (g_strcmp0 (scheme, CW_SCHEME_PARTY) == 0)
    cw_points_entry_page_choose_party_member (entry, name);
  else
    cw_points_entry_page_choose_household (entry, number);
}

typedef struct
{
  CwPointsTallyPage *self;
  char              *scheme;
  char              *number;
  char              *name;
} Reminder;

static void
reminder_free (gpointer user_data)
{
  Reminder *reminder = user_data;

  g_object_unref (reminder->self);
  g_free (reminder->scheme);
  g_free (reminder->number);
  g_free (reminder->name);
  g_free (reminder);
}

static void
reminder_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Reminder         *reminder)
{
  if (g_str_equal (response, "entry"))
    open_entry_for (reminder->self, reminder->scheme, reminder->number, reminder->name);
}

/* An upheld objection changes nothing by itself: the published quarter is
 * locked, so the clerk is told where the correction goes. */
static void
remind_correction (CwPointsTallyPage *self,
                   CwPointObjection  *objection)
{
  g_autofree char *open_quarter = cw_quarter_current ();
  g_autofree char *open_label = cw_quarter_label (open_quarter);
  g_autofree char *old_label = cw_quarter_label (cw_point_objection_get_quarter (objection));
  g_autofree char *body = NULL;
  /* On the main window: Open Entry Page closes the objections window. */
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;
  Reminder *reminder;

  /* Translators: subject name, the locked quarter, the open quarter */
  body = g_strdup_printf (_("The objection of %s is upheld. %s is published and locked: the correction goes into "
                            "the open quarter, %s — a new entry for what was missed, or a reversal of the wrong "
                            "entry on the Review page, with the objection as its reason."),
                          cw_point_objection_get_subject_name (objection), old_label, open_label);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Correct the Total in the Open Quarter"), body));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Later"),
                                    "entry", _("Open _Entry Page"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "entry", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "entry");
  adw_message_dialog_set_close_response (dialog, "close");

  reminder = g_new0 (Reminder, 1);
  reminder->self = g_object_ref (self);
  reminder->scheme = g_strdup (cw_point_objection_get_scheme (objection));
  reminder->number = g_strdup (cw_point_objection_get_household_number (objection));
  reminder->name = g_strdup (cw_point_objection_get_subject_name (objection));
  g_signal_connect_data (dialog, "response", G_CALLBACK (reminder_response_cb), reminder,
                         (GClosureNotify) (void (*) (void)) reminder_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static CwPointObjection *
find_objection (CwPointsTallyPage *self,
                gint64             id)
{
  g_autoptr(GListModel) all = cw_point_objection_list (self->db, NULL, NULL);
  guint n = all != NULL ? g_list_model_get_n_items (all) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointObjection) objection = g_list_model_get_item (all, i);

      if (cw_point_objection_get_id (objection) == id)
        return g_steal_pointer (&objection);
    }

  return NULL;
}

gboolean
cw_points_tally_page_decide_objection (CwPointsTallyPage  *self,
                                       gint64              id,
                                       const char         *outcome,
                                       const char         *note,
                                       const char         *decided_on,
                                       GError            **error)
{
  g_autoptr(CwPointObjection) objection = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), FALSE);

  day = cw_date_normalize (decided_on, error);
  if (day == NULL)
    return FALSE;
  if (!cw_point_quarter_decide_objection (self->db, id, outcome, note, day, error))
    return FALSE;

  refresh_objections (self);
  objection = find_objection (self, id);
  if (objection != NULL && g_str_equal (outcome, "upheld"))
    remind_correction (self, objection);
  else
    cw_window_show_message (GTK_WIDGET (self), _("Objection dismissed"));

  return TRUE;
}

typedef struct
{
  CwPointsTallyPage *self;
  gint64             id;
  GtkWidget         *outcome_row;
  GtkWidget         *note_row;
  GtkWidget         *date_row;
} Decision;

static void
decision_free (gpointer user_data)
{
  Decision *decision = user_data;

  g_object_unref (decision->self);
  g_free (decision);
}

static void
decision_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Decision         *decision)
{
  static const char * const codes[] = { "upheld", "dismissed" };
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autofree char *date = NULL;
  guint outcome;

  if (!g_str_equal (response, "confirm"))
    return;

  note = cw_ui_row_text (decision->note_row);
  date = cw_ui_row_text (decision->date_row);
  outcome = MIN (adw_combo_row_get_selected (ADW_COMBO_ROW (decision->outcome_row)), 1);
  if (!cw_points_tally_page_decide_objection (decision->self, decision->id, codes[outcome], note, date, &error))
    cw_window_show_message (GTK_WIDGET (decision->self), error->message);
}

static void
decide_clicked_cb (GtkButton         *button,
                   CwPointsTallyPage *self)
{
  CwPointObjection *objection = g_object_get_data (G_OBJECT (button), "cw-objection");
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GtkStringList) outcomes = NULL;
  AdwMessageDialog *dialog;
  Decision *decision;
  GtkWidget *list;

  heading = g_strdup_printf (_("Decide the Objection of %s"), cw_point_objection_get_subject_name (objection));
  /* Translators: who raised it, the date, what it says */
  body = g_strdup_printf (_("Raised by %s on %s: %s"), cw_point_objection_get_raised_by (objection),
                          cw_point_objection_get_raised_on (objection), cw_point_objection_get_content (objection));
  dialog = cw_ui_dialog_new (GTK_WIDGET (button), heading, body, _("_Decide"), FALSE);

  decision = g_new0 (Decision, 1);
  decision->self = g_object_ref (self);
  decision->id = cw_point_objection_get_id (objection);
  decision->outcome_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (decision->outcome_row), _("Outcome"));
  outcomes = gtk_string_list_new (NULL);
  gtk_string_list_append (outcomes, _("Upheld"));
  gtk_string_list_append (outcomes, _("Dismissed"));
  adw_combo_row_set_model (ADW_COMBO_ROW (decision->outcome_row), G_LIST_MODEL (outcomes));
  decision->note_row = cw_ui_entry_row_new (_("Outcome Note"), NULL);
  decision->date_row = cw_ui_entry_row_new (_("Decided On"), today);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), decision->outcome_row);
  gtk_list_box_append (GTK_LIST_BOX (list), decision->note_row);
  gtk_list_box_append (GTK_LIST_BOX (list), decision->date_row);
  adw_message_dialog_set_extra_child (dialog, list);

  g_signal_connect_data (dialog, "response", G_CALLBACK (decision_response_cb), decision,
                         (GClosureNotify) (void (*) (void)) decision_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (decision->outcome_row);
}

static GtkWidget *
objection_row (CwPointsTallyPage *self,
               CwPointObjection  *objection)
{
  const char *outcome = cw_point_objection_get_outcome (objection);
  g_autofree char *title = NULL;
  g_autofree char *raised = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *state = gtk_label_new (outcome_label (outcome));

  title = g_markup_printf_escaped ("%s  %s  <span weight=\"normal\">(%s)</span>",
                                   cw_point_objection_get_household_number (objection),
                                   cw_point_objection_get_subject_name (objection),
                                   g_str_equal (cw_point_objection_get_scheme (objection), CW_SCHEME_PARTY)
                                   ? _("Party Member Points") : _("Household Points"));
  /* Translators: date, who raised the objection */
  raised = g_strdup_printf (_("Raised on %s by %s"), cw_point_objection_get_raised_on (objection),
                            cw_point_objection_get_raised_by (objection));
  if (cw_point_objection_is_open (objection))
    subtitle = g_strdup_printf ("%s\n%s", cw_point_objection_get_content (objection), raised);
  else
    {
      /* Translators: the date an objection was decided, and the note */
      g_autofree char *decided = g_strdup_printf (_("decided on %s: %s"),
                                                  cw_point_objection_get_decided_on (objection),
                                                  cw_point_objection_get_outcome_note (objection));

      subtitle = g_strdup_printf ("%s\n%s · %s", cw_point_objection_get_content (objection), raised, decided);
    }
  escaped = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (state, g_str_equal (outcome, "upheld") ? "success"
                                   : g_str_equal (outcome, "dismissed") ? "dim-label" : "warning");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);

  if (cw_point_objection_is_open (objection))
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Decide…"));
      g_autofree char *tooltip = g_strdup_printf (_("Decide the objection of %s"),
                                                  cw_point_objection_get_subject_name (objection));

      gtk_widget_set_name (button, "decide-objection");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, tooltip);
      g_object_set_data_full (G_OBJECT (button), "cw-objection", g_object_ref (objection), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (decide_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

static void
refresh_objections (CwPointsTallyPage *self)
{
  g_autoptr(GListModel) objections = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n;

  if (self->objections_window == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->objections_list))) != NULL)
    gtk_list_box_remove (self->objections_list, child);

  objections = cw_point_objection_list (self->db, self->objections_quarter, &error);
  if (objections == NULL)
    {
      cw_window_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  n = g_list_model_get_n_items (objections);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointObjection) objection = g_list_model_get_item (objections, i);

      gtk_list_box_append (self->objections_list, objection_row (self, objection));
    }

  gtk_stack_set_visible_child_name (self->objections_stack, n > 0 ? "list" : "empty");
}

GListModel *
cw_points_tally_page_get_objections (CwPointsTallyPage *self)
{
  const char *quarter;

  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), NULL);

  quarter = cw_points_tally_page_get_quarter (self);
  return cw_point_objection_list (self->db, quarter, NULL);
}

GtkWindow *
cw_points_tally_page_show_objections (CwPointsTallyPage *self)
{
  const char *quarter;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  g_autofree char *period = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GtkRoot *root;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *header;
  GtkWidget *scrolled;
  GtkWidget *clamp;
  GtkWidget *inner;
  GtkWidget *intro;
  GtkWidget *status;

  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), NULL);

  quarter = cw_points_tally_page_get_quarter (self);
  if (quarter == NULL)
    return NULL;

  if (self->objections_window != NULL)
    gtk_window_destroy (self->objections_window);

  label = cw_quarter_label (quarter);
  /* Translators: a quarter, e.g. 2026年第三季度 */
  title = g_strdup_printf (_("Objections — %s"), label);
  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 680, 520);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);

  if (cw_point_quarter_get_publication (self->db, quarter, &from, &to))
    /* Translators: the publicity period's first and last day */
    period = g_strdup_printf (_("Objections are raised during the publicity period, %s to %s, with Objection… on "
                                "the selected total, and may be decided later. An upheld objection is corrected "
                                "in the open quarter."),
                              from, to);

  self->objections_stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->objections_stack), TRUE);

  inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (inner, 18);
  gtk_widget_set_margin_bottom (inner, 18);
  gtk_widget_set_margin_start (inner, 12);
  gtk_widget_set_margin_end (inner, 12);
  intro = gtk_label_new (period);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0.0f);
  gtk_widget_add_css_class (intro, "dim-label");
  gtk_widget_set_visible (intro, period != NULL);
  gtk_box_append (GTK_BOX (inner), intro);
  self->objections_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->objections_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->objections_list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->objections_list), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (self->objections_list));
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), inner);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_stack_add_named (self->objections_stack, scrolled, "list");

  status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Objections"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), period);
  gtk_stack_add_named (self->objections_stack, status, "empty");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->objections_stack));
  adw_window_set_content (ADW_WINDOW (window), box);

  g_free (self->objections_quarter);
  self->objections_quarter = g_strdup (quarter);
  self->objections_window = GTK_WINDOW (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->objections_window);

  refresh_objections (self);
  gtk_window_present (GTK_WINDOW (window));

  return GTK_WINDOW (window);
}

static void
objections_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  cw_points_tally_page_show_objections (CW_POINTS_TALLY_PAGE (widget));
}

/* Printing: the announcement's printed table, through the print dialog
 * with the same layout that writes the PDF. */

static GtkPrintOperation *
create_print_operation (CwPointsTallyPage  *self,
                        GError            **error)
{
  g_autoptr(CwPointsAnnouncement) announcement = NULL;
  const char *quarter = cw_points_tally_page_get_quarter (self);

  if (quarter == NULL)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("There is no quarter to print."));
      return NULL;
    }

  announcement = cw_points_announcement_new (self->db, current_scheme (self), quarter, error);
  if (announcement == NULL)
    return NULL;
  return cw_print_operation_new_for_table (cw_points_announcement_get_table (announcement));
}

static void
print_done (GtkWidget    *widget,
            const GError *error)
{
  if (error != NULL)
    cw_window_show_message (widget, error->message);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  operation = create_print_operation (CW_POINTS_TALLY_PAGE (widget), &error);
  if (operation == NULL || !cw_print_operation_run_dialog (operation, widget, print_done, &error))
    cw_window_show_message (widget, error->message);
}

gboolean
cw_points_tally_page_print_to_pdf (CwPointsTallyPage  *self,
                                   const char         *path,
                                   GError            **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), FALSE);

  operation = create_print_operation (self, error);
  return operation != NULL && cw_print_operation_export (operation, path, error);
}

/* Saving the PDF and the workbook: in a worker thread, with the job bar */

typedef enum
{
  JOB_PDF,
  JOB_WORKBOOK,
} JobKind;

typedef struct
{
  JobKind               kind;
  CwPointsAnnouncement *announcement;
  char                 *scheme;
  char                 *quarter;
  char                 *path;
} Job;

static void
job_free (gpointer user_data)
{
  Job *job = user_data;

  g_clear_object (&job->announcement);
  g_free (job->scheme);
  g_free (job->quarter);
  g_free (job->path);
  g_free (job);
}

static gboolean
job_work (CwDatabase     *db,
          gpointer        data,
          CwJobProgress  *progress,
          GCancellable   *cancellable,
          GError        **error)
{
  Job *job = data;

  if (job->kind == JOB_PDF)
    return cw_points_announcement_save_pdf (job->announcement, job->path, NULL, error);

  return cw_points_export_quarter (db, job->scheme, job->quarter, job->path,
                                   cw_job_progress_cb, progress, cancellable, error);
}

static void
job_done (GtkWidget    *owner,
          gpointer      data,
          const GError *error)
{
  update_actions (CW_POINTS_TALLY_PAGE (owner));
}

static void
start_job (CwPointsTallyPage *self,
           JobKind            kind,
           const char        *path)
{
  g_autoptr(CwJob) job = NULL;
  const char *quarter = cw_points_tally_page_get_quarter (self);
  Job *data;

  if (quarter == NULL || cw_job_bar_get_running (self->job_bar))
    return;

  data = g_new0 (Job, 1);
  data->kind = kind;
  data->scheme = g_strdup (current_scheme (self));
  data->quarter = g_strdup (quarter);
  data->path = g_strdup (path);

  /* The announcement reads everything at once, here; the worker only lays
   * it out. The workbook streams its rows on a connection of its own. */
  if (kind == JOB_PDF)
    {
      g_autoptr(GError) error = NULL;

      data->announcement = cw_points_announcement_new (self->db, data->scheme, data->quarter, &error);
      if (data->announcement == NULL)
        {
          cw_window_show_message (GTK_WIDGET (self), error->message);
          job_free (data);
          return;
        }
    }

  job = cw_job_new (GTK_WIDGET (self), kind == JOB_PDF ? NULL : self->db, job_work, data, job_free);
  cw_job_set_file (job, path);
  if (kind == JOB_PDF)
    {
      cw_job_show_progress (job, self->job_bar, _("Saving the announcement…"), FALSE);
      cw_job_set_endings (job, _("Announcement saved as %s"), _("The Announcement Could Not Be Saved"));
    }
  else
    {
      cw_job_show_progress (job, self->job_bar, _("Exporting the workbook…"), TRUE);
      cw_job_set_endings (job, _("Workbook saved as %s"), _("The Workbook Could Not Be Exported"));
    }
  cw_job_set_done (job, job_done);
  cw_job_run (job);
  update_actions (self);
}

void
cw_points_tally_page_save_pdf (CwPointsTallyPage *self,
                               const char        *path)
{
  g_return_if_fail (CW_IS_POINTS_TALLY_PAGE (self));
  g_return_if_fail (path != NULL);

  start_job (self, JOB_PDF, path);
}

void
cw_points_tally_page_export (CwPointsTallyPage *self,
                             const char        *path)
{
  g_return_if_fail (CW_IS_POINTS_TALLY_PAGE (self));
  g_return_if_fail (path != NULL);

  start_job (self, JOB_WORKBOOK, path);
}

gboolean
cw_points_tally_page_get_busy (CwPointsTallyPage *self)
{
  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), FALSE);

  return cw_job_bar_get_running (self->job_bar);
}

static void
file_chosen (GtkWidget  *owner,
             const char *path,
             gpointer    data)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (owner);

  g_clear_object (&self->chooser);
  if (path != NULL)
    start_job (self, GPOINTER_TO_INT (data), path);
}

static void
choose_file (CwPointsTallyPage *self,
             JobKind            kind)
{
  const char *quarter = cw_points_tally_page_get_quarter (self);
  g_autofree char *label = NULL;
  g_autofree char *stem = NULL;

  if (quarter == NULL || self->chooser != NULL)
    return;

  label = cw_quarter_label (quarter);
  if (kind == JOB_PDF)
    {
      /* Translators: file name of the announcement: the quarter's label, e.g. 2026年第三季度积分公示 */
      stem = g_strdup_printf (_("%s Points Announcement"), label);
      self->chooser = cw_job_choose_file (GTK_WIDGET (self), _("Save the Announcement as PDF"),
                                          stem, "pdf", _("PDF documents"),
                                          file_chosen, GINT_TO_POINTER (kind));
    }
  else
    {
      stem = g_strdup_printf (_("%s Points"), label);
      self->chooser = cw_job_choose_file (GTK_WIDGET (self), _("Export the Workbook"),
                                          stem, "xlsx", _("Excel workbooks"),
                                          file_chosen, GINT_TO_POINTER (kind));
    }
}

static void
save_pdf_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose_file (CW_POINTS_TALLY_PAGE (widget), JOB_PDF);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  choose_file (CW_POINTS_TALLY_PAGE (widget), JOB_WORKBOOK);
}

/* Columns */

static char *
rank_text (gpointer item)
{
  return g_strdup_printf ("%d", cw_point_tally_row_get_rank (item));
}

static char *
group_rank_text (gpointer item)
{
  return g_strdup_printf ("%d", cw_point_tally_row_get_group_rank (item));
}

static char *
number_text (gpointer item)
{
  return g_strdup (cw_point_tally_row_get_number (item));
}

static char *
name_text (gpointer item)
{
  return g_strdup (cw_point_tally_row_get_name (item));
}

static char *
group_text (gpointer item)
{
  return g_strdup (cw_point_tally_row_get_group_name (item));
}

static char *
quarter_points_text (gpointer item)
{
  return cw_ui_format_signed (cw_point_tally_row_get_quarter_points (item));
}

static char *
year_points_text (gpointer item)
{
  return cw_ui_format_signed (cw_point_tally_row_get_year_points (item));
}

static char *
balance_text (gpointer item)
{
  return g_strdup_printf ("%d", cw_point_tally_row_get_balance (item));
}

static void
append_column (CwPointsTallyPage   *self,
               GtkColumnViewColumn *column)
{
  gtk_column_view_append_column (self->tally_view, column);
  g_object_unref (column);
}

static GtkSorter *
descending (GtkSorter *sorter)
{
  gtk_numeric_sorter_set_sort_order (GTK_NUMERIC_SORTER (sorter), GTK_SORT_DESCENDING);
  return sorter;
}

static void
setup_columns (CwPointsTallyPage *self)
{
  GType type = CW_TYPE_POINT_TALLY_ROW;

  append_column (self, cw_ui_column_new (_("Rank"), rank_text, CW_COLUMN_NUMERIC,
                                             cw_ui_int_sorter (type, "rank")));
  append_column (self, cw_ui_column_new (_("Rank in Group"), group_rank_text, CW_COLUMN_NUMERIC,
                                             cw_ui_int_sorter (type, "group-rank")));
  append_column (self, cw_ui_column_new (_("Household No."), number_text, CW_COLUMN_NUMERIC,
                                             cw_ui_string_sorter (type, "number")));
  append_column (self, cw_ui_column_new (_("Name"), name_text, CW_COLUMN_EXPAND,
                                             cw_ui_string_sorter (type, "name")));
  append_column (self, cw_ui_column_new (_("Group"), group_text, CW_COLUMN_DIM,
                                             cw_ui_int_sorter (type, "group-position")));
  append_column (self, cw_ui_column_new (_("This Quarter"), quarter_points_text,
                                             CW_COLUMN_NUMERIC | CW_COLUMN_SIGNED,
                                             descending (cw_ui_int_sorter (type, "quarter-points"))));
  append_column (self, cw_ui_column_new (_("Year to Date"), year_points_text,
                                             CW_COLUMN_NUMERIC | CW_COLUMN_SIGNED,
                                             descending (cw_ui_int_sorter (type, "year-points"))));
  append_column (self, cw_ui_column_new (_("Balance"), balance_text, CW_COLUMN_NUMERIC,
                                             descending (cw_ui_int_sorter (type, "balance"))));
}

/* Reading the database */

/* The drop-downs' lists are made again only when what they list changed,
 * never from inside a drop-down's own change: a model replaced while GTK
 * 4.8 handles the clerk's click or key in its list announces the choice
 * again and again, and the page reloaded without end, frozen. */
static void
refresh_quarters (CwPointsTallyPage *self)
{
  g_auto(GStrv) quarters = cw_point_quarter_list (self->db);
  g_autoptr(GtkStringList) model = NULL;
  g_autofree char *keep = NULL;
  guint position = GTK_INVALID_LIST_POSITION;
  guint first_over = GTK_INVALID_LIST_POSITION;

  if (self->quarters != NULL &&
      g_strv_equal ((const char * const *) quarters, (const char * const *) self->quarters))
    return;

  keep = g_strdup (cw_points_tally_page_get_quarter (self));
  g_strfreev (self->quarters);
  self->quarters = g_steal_pointer (&quarters);

  model = gtk_string_list_new (NULL);
  for (guint i = 0; self->quarters[i] != NULL; i++)
    {
      g_autofree char *label = cw_quarter_label (self->quarters[i]);

      gtk_string_list_append (model, label);
      if (g_strcmp0 (keep, self->quarters[i]) == 0)
        position = i;
      if (first_over == GTK_INVALID_LIST_POSITION && quarter_is_over (self->quarters[i]))
        first_over = i;
    }

  /* The quarter to publish is most often the one just over. */
  if (position == GTK_INVALID_LIST_POSITION)
    position = first_over != GTK_INVALID_LIST_POSITION ? first_over : 0;

  self->updating = TRUE;
  gtk_drop_down_set_model (self->quarter_dropdown, G_LIST_MODEL (model));
  if (g_list_model_get_n_items (G_LIST_MODEL (model)) > 0)
    gtk_drop_down_set_selected (self->quarter_dropdown, position);
  self->updating = FALSE;
}

static gboolean
same_names (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;

  return TRUE;
}

static void
refresh_groups (CwPointsTallyPage *self)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) model = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint position = 0;

  /* The tally comes in group order: each new name starts a group. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      const char *name = cw_point_tally_row_get_group_name (row);

      if (name == NULL || name[0] == '\0')
        continue;
      if (groups->len > 0 && g_str_equal (g_ptr_array_index (groups, groups->len - 1), name))
        continue;
      g_ptr_array_add (groups, g_strdup (name));
    }

  if (same_names (groups, self->groups) && gtk_drop_down_get_model (self->group_dropdown) != NULL)
    return;

  g_ptr_array_unref (self->groups);
  self->groups = g_steal_pointer (&groups);

  model = gtk_string_list_new (NULL);
  gtk_string_list_append (model, _("All Groups"));
  for (guint i = 0; i < self->groups->len; i++)
    {
      gtk_string_list_append (model, g_ptr_array_index (self->groups, i));
      if (g_strcmp0 (self->group, g_ptr_array_index (self->groups, i)) == 0)
        position = i + 1;
    }

  if (position == 0)
    g_clear_pointer (&self->group, g_free);

  self->updating = TRUE;
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->group_dropdown, position);
  self->updating = FALSE;
}

/* The rows of the quarter and scheme chosen, and what depends on them. */
static void
load_rows (CwPointsTallyPage *self)
{
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const char *quarter = cw_points_tally_page_get_quarter (self);
  gint64 selected_id = 0;
  guint n;

  if (selected_row (self) != NULL)
    selected_id = cw_point_tally_row_get_subject_id (selected_row (self));

  if (quarter != NULL)
    {
      rows = cw_point_tally_quarter (self->db, current_scheme (self), quarter, &error);
      if (rows == NULL)
        cw_window_show_message (GTK_WIDGET (self), error->message);
    }

  n = rows != NULL ? g_list_model_get_n_items (rows) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (rows, i));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       array->pdata, array->len);

  refresh_groups (self);
  update_publication (self);
  refilter (self);

  if (selected_id != 0)
    cw_points_tally_page_select (self, selected_id);
  update_actions (self);
}

static void
reload (CwPointsTallyPage *self)
{
  cw_lazy_reload_done (self->reloader);
  refresh_quarters (self);
  load_rows (self);
}

static void
objections_changed_cb (CwPointsTallyPage *self,
                       const char        *table,
                       CwDatabase        *db)
{
  if (table == NULL || g_str_equal (table, "point_objection"))
    refresh_objections (self);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cw_lazy_reload_queue (CW_POINTS_TALLY_PAGE (widget)->reloader);
}

GtkWidget *
cw_points_tally_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_POINTS_TALLY_PAGE, "database", db, NULL);
}

static void
cw_points_tally_page_constructed (GObject *object)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (object);

  G_OBJECT_CLASS (cw_points_tally_page_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  /* The tables this page shows: it reads them again only when on screen. */
  self->reloader = cw_lazy_reload_new (GTK_WIDGET (self), self->db,
                                      (const char *[]) { "point_", "shop_", "household", "person", "village_group", NULL },
                                      (CwLazyReloadFunc) reload);
  self->changed_handler =
    g_signal_connect_object (self->db, "changed",
                             G_CALLBACK (objections_changed_cb), self,
                             G_CONNECT_SWAPPED);

  /* The tally is the most expensive read of the register: wait until the
   * page is shown. */
  cw_lazy_reload_queue (self->reloader);
  update_actions (self);
}

static void
cw_points_tally_page_dispose (GObject *object)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (object);

  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_handler, self->db);
  g_clear_object (&self->reloader);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->objections_window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->objections_window), (gpointer *) &self->objections_window);
      gtk_window_destroy (self->objections_window);
      self->objections_window = NULL;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINTS_TALLY_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_points_tally_page_parent_class)->dispose (object);
}

static void
cw_points_tally_page_finalize (GObject *object)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (object);

  g_clear_pointer (&self->quarters, g_strfreev);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_free (self->group);
  g_free (self->search);
  g_free (self->objections_quarter);

  G_OBJECT_CLASS (cw_points_tally_page_parent_class)->finalize (object);
}

static void
cw_points_tally_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (object);

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
cw_points_tally_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (object);

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
cw_points_tally_page_class_init (CwPointsTallyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_points_tally_page_constructed;
  object_class->dispose = cw_points_tally_page_dispose;
  object_class->finalize = cw_points_tally_page_finalize;
  object_class->get_property = cw_points_tally_page_get_property;
  object_class->set_property = cw_points_tally_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_JOB_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-tally-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, scheme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, quarter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, publication_icon);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, publication_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, totals_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, job_bar);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, tally_view);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, status_page);
  gtk_widget_class_bind_template_callback (widget_class, scheme_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, quarter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "tally.publish", NULL, publish_activated);
  gtk_widget_class_install_action (widget_class, "tally.objection", NULL, objection_activated);
  gtk_widget_class_install_action (widget_class, "tally.objections", NULL, objections_activated);
  gtk_widget_class_install_action (widget_class, "tally.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "tally.save-pdf", NULL, save_pdf_activated);
  gtk_widget_class_install_action (widget_class, "tally.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "subpage.reload", NULL, reload_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "tally.print", NULL);
}

static void
cw_points_tally_page_init (CwPointsTallyPage *self)
{
  GtkSortListModel *sorted;

  self->rows = g_list_store_new (CW_TYPE_POINT_TALLY_ROW);
  self->groups = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  setup_columns (self);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)), GTK_FILTER (self->filter));
  /* Unsorted, the rows keep the tally's order: group, then rank in it. */
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                    g_object_ref (gtk_column_view_get_sorter (self->tally_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->tally_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-care-list-view"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/households/cw-double-ninth.h"
#include "core/village/cw-village-group.h"
#include "core/households/cw-vocabulary.h"
#include "report/households/cw-care-list-print.h"
#include "report/households/cw-roster-export.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-files.h"
#include "ui/households/cw-care-list-view.h"
#include "ui/common/cw-job.h"
#include "ui/common/cw-job-bar.h"
#include "ui/common/cw-print-operation.h"
#include "ui/cw-ui-resources.h"

typedef enum
{
  KIND_DOUBLE_NINTH,
  KIND_VERY_OLD,
  KIND_PARTY,
  KIND_FIRST_TAG,
} Kind;

/* A query with its strings owned, so that it can go to a worker. */
typedef struct
{
  CwPersonQuery  query;
  char          *group_name;
  char          *tag;
  char          *on;
} CareQuery;

struct _CwCareListView
{
  AdwBin                parent_instance;

  CwDatabase           *db;
  gulong                changed_handler;
  guint                 recompute_source;
  gboolean              dirty;
  gboolean              date_touched;
  gboolean              setting_date;
  /* The date typed cannot be read: the list shown is not the one asked
   * for, so it is neither saved nor printed. */
  gboolean              date_invalid;
  CwCareList           *list;
  CareQuery            *query;
  GArray               *column_kinds;
  GPtrArray            *group_names;
  GtkFileChooserNative *chooser;
  GtkPrintOperation    *print_operation;

  /* Template widgets */
  GtkDropDown          *kind_dropdown;
  GtkDropDown          *group_dropdown;
  GtkWidget            *men_box;
  GtkSpinButton        *men_spin;
  GtkWidget            *women_box;
  GtkSpinButton        *women_spin;
  GtkWidget            *age_box;
  GtkSpinButton        *age_spin;
  GtkEntry             *date_entry;
  GtkLabel             *title_label;
  GtkLabel             *count_label;
  GtkCheckButton       *mask_check;
  GtkStack             *list_stack;
  GtkColumnView        *column_view;
  AdwStatusPage        *empty_page;
  CwJobBar             *job_bar;
};

G_DEFINE_FINAL_TYPE (CwCareListView, cw_care_list_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
care_query_free (CareQuery *query)
{
  if (query == NULL)
    return;
  g_free (query->group_name);
  g_free (query->tag);
  g_free (query->on);
  g_free (query);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareQuery, care_query_free)

static CareQuery *
care_query_copy (const CareQuery *from)
{
  CareQuery *query = g_new0 (CareQuery, 1);

  query->query = from->query;
  query->group_name = g_strdup (from->group_name);
  query->tag = g_strdup (from->tag);
  query->on = g_strdup (from->on);
  query->query.group_name = query->group_name;
  query->query.tag = query->tag;
  query->query.on = query->on;

  return query;
}

static void
update_actions (CwCareListView *self)
{
  gboolean ready = self->list != NULL && !self->date_invalid && !cw_job_bar_get_running (self->job_bar) &&
                   self->chooser == NULL && self->print_operation == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "care.export", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "care.print", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "care.save-pdf", ready);
}

/* The query the inputs describe; NULL (with the date marked and @error
 * set) when the date cannot be read. */
static CareQuery *
build_query (CwCareListView  *self,
             GError         **error)
{
  g_autoptr(CareQuery) query = g_new0 (CareQuery, 1);
  CwPersonQuery init = CW_PERSON_QUERY_INIT;
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint group = gtk_drop_down_get_selected (self->group_dropdown);
  const char *date_text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  GDate date;

  if (!cw_date_parse (date_text, &date, error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
      return NULL;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");

  query->query = init;
  query->on = cw_date_format (&date);
  if (group != GTK_INVALID_LIST_POSITION && group > 0 && group <= self->group_names->len)
    query->group_name = g_strdup (g_ptr_array_index (self->group_names, group - 1));

  switch (kind)
    {
    case KIND_DOUBLE_NINTH:
      query->query.min_age_male = gtk_spin_button_get_value_as_int (self->men_spin);
      query->query.min_age_female = gtk_spin_button_get_value_as_int (self->women_spin);
      break;

    case KIND_VERY_OLD:
      query->query.min_age = gtk_spin_button_get_value_as_int (self->age_spin);
      break;

    case KIND_PARTY:
      query->query.party_members = TRUE;
      break;

    default:
      if (kind != GTK_INVALID_LIST_POSITION && kind - KIND_FIRST_TAG < g_strv_length ((char **) cw_vocabulary_tags))
        query->tag = g_strdup (cw_vocabulary_tags[kind - KIND_FIRST_TAG]);
      break;
    }

  query->query.group_name = query->group_name;
  query->query.tag = query->tag;
  query->query.on = query->on;

  return g_steal_pointer (&query);
}

static int
column_width (CwCareColumn column)
{
  switch (column)
    {
    case CW_CARE_COLUMN_INDEX: return 56;
    case CW_CARE_COLUMN_NAME: return 96;
    case CW_CARE_COLUMN_SEX: return 72;
    case CW_CARE_COLUMN_AGE: return 56;
    case CW_CARE_COLUMN_BIRTH_DATE: return 110;
    case CW_CARE_COLUMN_ID_NUMBER: return 180;
    case CW_CARE_COLUMN_HOUSEHOLD_NUMBER: return 80;
    case CW_CARE_COLUMN_GROUP: return 120;
    case CW_CARE_COLUMN_RELATION: return 96;
    case CW_CARE_COLUMN_PHONE: return 130;
    case CW_CARE_COLUMN_TAGS: return 150;
    case CW_CARE_COLUMN_PARTY_JOIN_DATE: return 110;
    default: return 100;
    }
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CwCareListView           *self)
{
  CwCareColumn kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "cw-kind"));
  GtkWidget *cell = gtk_inscription_new (NULL);
  gboolean number = kind == CW_CARE_COLUMN_INDEX || kind == CW_CARE_COLUMN_AGE;

  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), number ? 1.0f : 0.0f);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (number)
    gtk_widget_add_css_class (cell, "numeric");
  gtk_list_item_set_child (item, cell);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CwCareListView           *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "cw-column"));
  GtkStringObject *row = gtk_list_item_get_item (item);
  guint index = (guint) strtoul (gtk_string_object_get_string (row), NULL, 10);
  g_autofree char *text = NULL;

  if (self->list == NULL || index >= cw_care_list_get_n_rows (self->list) ||
      column >= cw_care_list_get_n_columns (self->list))
    return;

  text = cw_care_list_dup_cell (self->list, index, column);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

static void
rebuild_columns (CwCareListView *self,
                 CwCareList     *list)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  guint n = cw_care_list_get_n_columns (list);
  gboolean same = self->column_kinds->len == n;

  for (guint i = 0; same && i < n; i++)
    same = g_array_index (self->column_kinds, int, i) == (int) cw_care_list_get_column (list, i);

  if (same)
    {
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

          gtk_column_view_column_set_title (column, cw_care_list_get_header (list, i));
        }
      return;
    }

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, column);
    }
  g_array_set_size (self->column_kinds, 0);

  for (guint i = 0; i < n; i++)
    {
      CwCareColumn kind = cw_care_list_get_column (list, i);
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      int value = (int) kind;

      g_object_set_data (G_OBJECT (factory), "cw-column", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (factory), "cw-kind", GINT_TO_POINTER (kind));
      g_signal_connect_object (factory, "setup", G_CALLBACK (cell_setup_cb), self, 0);
      g_signal_connect_object (factory, "bind", G_CALLBACK (cell_bind_cb), self, 0);

      column = gtk_column_view_column_new (cw_care_list_get_header (list, i), factory);
      gtk_column_view_column_set_fixed_width (column, column_width (kind));
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, kind == CW_CARE_COLUMN_TAGS);
      gtk_column_view_append_column (self->column_view, column);
      g_array_append_val (self->column_kinds, value);
    }
}

static void
recompute (CwCareListView *self)
{
  g_autoptr(CareQuery) query = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) rows = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *count = NULL;
  CwCareList *list;
  CwCareList *old;
  guint n;

  g_clear_handle_id (&self->recompute_source, g_source_remove);
  self->dirty = FALSE;

  query = build_query (self, &error);
  self->date_invalid = query == NULL;
  if (query == NULL)
    {
      /* Said where the clerk looks, not only as a red field. */
      gtk_label_set_text (self->title_label, error->message);
      gtk_label_set_text (self->count_label, "");
      update_actions (self);
      return;
    }

  /* What the screen shows is what leaves the office: masked unless the
   * clerk unticked the box. */
  list = cw_care_list_new (self->db, &query->query, gtk_check_button_get_active (self->mask_check), &error);
  if (list == NULL)
    {
      gtk_label_set_text (self->title_label, error->message);
      gtk_label_set_text (self->count_label, "");
      adw_status_page_set_title (self->empty_page, _("The List Cannot Be Made"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
      return;
    }

  rebuild_columns (self, list);

  n = cw_care_list_get_n_rows (list);
  rows = gtk_string_list_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      char index[16];

      g_snprintf (index, sizeof index, "%u", i);
      gtk_string_list_append (rows, index);
    }

  /* The rows are rebound to the new list before the old one goes. */
  old = self->list;
  self->list = list;
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_clear_pointer (&old, cw_care_list_free);

  care_query_free (self->query);
  self->query = g_steal_pointer (&query);

  gtk_label_set_text (self->title_label, cw_care_list_get_title (list));
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u persons", n), n);
  gtk_label_set_text (self->count_label, count);

  adw_status_page_set_title (self->empty_page, _("Nobody on This List"));
  adw_status_page_set_description (self->empty_page, NULL);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");

  update_actions (self);
}

static gboolean
recompute_cb (gpointer user_data)
{
  CwCareListView *self = user_data;

  self->recompute_source = 0;
  recompute (self);

  return G_SOURCE_REMOVE;
}

/* Typing a date or spinning an age changes the inputs many times a
 * second; the list follows when they rest. */
static void
queue_recompute (CwCareListView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }

  g_clear_handle_id (&self->recompute_source, g_source_remove);
  self->recompute_source = g_timeout_add (150, recompute_cb, self);
}

static void
input_changed_cb (CwCareListView *self)
{
  queue_recompute (self);
}

static void
mask_toggled_cb (CwCareListView *self)
{
  /* At once: a click is not typing. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    recompute (self);
  else
    self->dirty = TRUE;
}

static void
set_date (CwCareListView *self,
          const GDate    *date)
{
  g_autofree char *text = cw_date_format (date);

  self->setting_date = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), text);
  self->setting_date = FALSE;
}

/* The Double Ninth list is counted on the festival; the others on
 * today, unless the clerk chose a day. */
static void
set_default_date (CwCareListView *self)
{
  GDate today, festival;

  if (self->date_touched)
    return;

  cw_date_today (&today);
  if (gtk_drop_down_get_selected (self->kind_dropdown) == KIND_DOUBLE_NINTH &&
      cw_double_ninth_next (&today, &festival))
    set_date (self, &festival);
  else
    set_date (self, &today);
}

static void
kind_changed_cb (CwCareListView *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  gtk_widget_set_visible (self->men_box, kind == KIND_DOUBLE_NINTH);
  gtk_widget_set_visible (self->women_box, kind == KIND_DOUBLE_NINTH);
  gtk_widget_set_visible (self->age_box, kind == KIND_VERY_OLD);
  set_default_date (self);
  queue_recompute (self);
}

static void
date_changed_cb (CwCareListView *self)
{
  if (!self->setting_date)
    self->date_touched = TRUE;
  queue_recompute (self);
}

static void
load_groups (CwCareListView *self)
{
  g_autoptr(GListModel) groups = cw_village_group_list (self->db, FALSE, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *previous = NULL;
  guint selected = gtk_drop_down_get_selected (self->group_dropdown);
  guint keep = 0;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->group_names->len)
    previous = g_strdup (g_ptr_array_index (self->group_names, selected - 1));

  g_ptr_array_set_size (self->group_names, 0);
  gtk_string_list_append (names, _("All Groups"));
  for (guint i = 0; groups != NULL && i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CwVillageGroup) group = g_list_model_get_item (groups, i);

      g_ptr_array_add (self->group_names, g_strdup (cw_village_group_get_name (group)));
      gtk_string_list_append (names, cw_village_group_get_name (group));
      if (g_strcmp0 (previous, cw_village_group_get_name (group)) == 0)
        keep = i + 1;
    }

  g_signal_handlers_block_by_func (self->group_dropdown, input_changed_cb, self);
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->group_dropdown, keep);
  g_signal_handlers_unblock_by_func (self->group_dropdown, input_changed_cb, self);
}

static void
database_changed_cb (CwCareListView *self,
                     const char     *table,
                     CwDatabase     *db)
{
  if (table == NULL || g_str_equal (table, "village_group"))
    load_groups (self);
  queue_recompute (self);
}

static void
cw_care_list_view_map (GtkWidget *widget)
{
  CwCareListView *self = CW_CARE_LIST_VIEW (widget);

  GTK_WIDGET_CLASS (cw_care_list_view_parent_class)->map (widget);

  /* Computed when first shown, not when the window opens. */
  if (self->dirty || self->list == NULL)
    recompute (self);
}

/* Export to a workbook, and PDF, in a worker on a connection of its own */

typedef struct
{
  char      *path;
  CareQuery *query;
  gboolean   masked;
  gboolean   pdf;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->path);
  care_query_free (job->query);
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

  if (job->pdf)
    return cw_care_list_print_pdf (db, &job->query->query, job->masked, job->path, NULL, error);

  return cw_roster_export_persons (db, job->path, &job->query->query, job->masked,
                                   cw_job_progress_cb, progress, cancellable, error);
}

static void
export_done (GtkWidget    *owner,
             gpointer      data,
             const GError *error)
{
  update_actions (CW_CARE_LIST_VIEW (owner));
}

void
cw_care_list_view_export (CwCareListView *self,
                          const char     *path,
                          gboolean        pdf)
{
  g_autoptr(CwJob) job = NULL;
  ExportJob *data;

  g_return_if_fail (CW_IS_CARE_LIST_VIEW (self));
  g_return_if_fail (path != NULL);

  if (self->query == NULL || cw_job_bar_get_running (self->job_bar))
    return;

  data = g_new0 (ExportJob, 1);
  data->path = g_strdup (path);
  data->query = care_query_copy (self->query);
  data->masked = gtk_check_button_get_active (self->mask_check);
  data->pdf = pdf;

  job = cw_job_new (GTK_WIDGET (self), self->db, export_work, data, export_job_free);
  cw_job_set_file (job, path);
  /* Writing a PDF cannot be stopped halfway; a workbook can. */
  cw_job_show_progress (job, self->job_bar, _("Saving %s…"), !pdf);
  cw_job_set_endings (job, _("Saved as %s"), _("The List Could Not Be Saved"));
  cw_job_set_done (job, export_done);
  cw_job_run (job);
  update_actions (self);
}

static void
file_chosen (GtkWidget  *owner,
             const char *path,
             gpointer    data)
{
  CwCareListView *self = CW_CARE_LIST_VIEW (owner);

  g_clear_object (&self->chooser);
  update_actions (self);

  if (path != NULL)
    cw_care_list_view_export (self, path, GPOINTER_TO_INT (data));
}

static void
choose_file (CwCareListView *self,
             gboolean        pdf)
{
  const char *title;

  if (self->list == NULL || self->chooser != NULL)
    return;

  title = cw_care_list_get_title (self->list);
  if (pdf)
    self->chooser = cw_job_choose_file (GTK_WIDGET (self), _("Save the List as PDF"), title,
                                        "pdf", _("PDF files"), file_chosen, GINT_TO_POINTER (pdf));
  else
    self->chooser = cw_job_choose_file (GTK_WIDGET (self), _("Export the List"), title,
                                        "xlsx", _("Excel workbooks"), file_chosen, GINT_TO_POINTER (pdf));
  update_actions (self);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  choose_file (CW_CARE_LIST_VIEW (widget), FALSE);
}

static void
save_pdf_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose_file (CW_CARE_LIST_VIEW (widget), TRUE);
}

/* Printing: the list's printed table, the same as the PDF's, through the
 * print dialog */

static void
print_done (GtkWidget    *widget,
            const GError *error)
{
  CwCareListView *self = CW_CARE_LIST_VIEW (widget);

  if (error != NULL)
    cw_ui_show_toast (widget, adw_toast_new (error->message));
  g_clear_object (&self->print_operation);
  update_actions (self);
}

gboolean
cw_care_list_view_print (CwCareListView  *self,
                         const char      *export_path,
                         GError         **error)
{
  g_autoptr(CwPrintTable) table = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (CW_IS_CARE_LIST_VIEW (self), FALSE);

  if (self->query == NULL || self->print_operation != NULL)
    return TRUE;

  table = cw_care_list_print_table (self->db, &self->query->query,
                                    gtk_check_button_get_active (self->mask_check), error);
  if (table == NULL)
    return FALSE;
  operation = cw_print_operation_new_for_table (table);
  if (export_path != NULL)
    return cw_print_operation_export (operation, export_path, error);

  /* Printing, until print_done(): the actions wait. */
  self->print_operation = g_object_ref (operation);
  update_actions (self);
  if (!cw_print_operation_run_dialog (operation, GTK_WIDGET (self), print_done, error))
    {
      g_clear_object (&self->print_operation);
      update_actions (self);
      return FALSE;
    }
  return TRUE;
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!cw_care_list_view_print (CW_CARE_LIST_VIEW (widget), NULL, &error))
    cw_ui_show_toast (widget, adw_toast_new (error->message));
}

guint
cw_care_list_view_get_n_persons (CwCareListView *self)
{
  g_return_val_if_fail (CW_IS_CARE_LIST_VIEW (self), 0);

  return self->list != NULL ? cw_care_list_get_n_rows (self->list) : 0;
}

gboolean
cw_care_list_view_get_busy (CwCareListView *self)
{
  g_return_val_if_fail (CW_IS_CARE_LIST_VIEW (self), FALSE);

  return cw_job_bar_get_running (self->job_bar);
}

GtkWidget *
cw_care_list_view_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_CARE_LIST_VIEW, "database", db, NULL);
}

static void
cw_care_list_view_constructed (GObject *object)
{
  CwCareListView *self = CW_CARE_LIST_VIEW (object);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (cw_care_list_view_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  gtk_string_list_append (kinds, _("Double Ninth Gift"));
  gtk_string_list_append (kinds, _("The Very Old"));
  gtk_string_list_append (kinds, _("Party Members"));
  for (guint i = 0; cw_vocabulary_tags[i] != NULL; i++)
    {
      /* Translators: a care list by tag, e.g. "Tag: 低保" */
      g_autofree char *label = g_strdup_printf (_("Tag: %s"), cw_vocabulary_tags[i]);

      gtk_string_list_append (kinds, label);
    }

  g_signal_handlers_block_by_func (self->kind_dropdown, kind_changed_cb, self);
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_selected (self->kind_dropdown, KIND_DOUBLE_NINTH);
  g_signal_handlers_unblock_by_func (self->kind_dropdown, kind_changed_cb, self);

  load_groups (self);
  set_default_date (self);
  self->dirty = TRUE;

  self->changed_handler =
    g_signal_connect_object (self->db, "changed", G_CALLBACK (database_changed_cb), self,
                             G_CONNECT_SWAPPED);
  update_actions (self);
}

static void
cw_care_list_view_dispose (GObject *object)
{
  CwCareListView *self = CW_CARE_LIST_VIEW (object);

  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_handler, self->db);
  g_clear_handle_id (&self->recompute_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_CARE_LIST_VIEW);

  g_clear_pointer (&self->list, cw_care_list_free);

  G_OBJECT_CLASS (cw_care_list_view_parent_class)->dispose (object);
}

static void
cw_care_list_view_finalize (GObject *object)
{
  CwCareListView *self = CW_CARE_LIST_VIEW (object);

  g_clear_object (&self->db);
  g_clear_object (&self->print_operation);
  g_clear_pointer (&self->query, care_query_free);
  g_clear_pointer (&self->column_kinds, g_array_unref);
  g_clear_pointer (&self->group_names, g_ptr_array_unref);

  G_OBJECT_CLASS (cw_care_list_view_parent_class)->finalize (object);
}

static void
cw_care_list_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CwCareListView *self = CW_CARE_LIST_VIEW (object);

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
cw_care_list_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CwCareListView *self = CW_CARE_LIST_VIEW (object);

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
cw_care_list_view_class_init (CwCareListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_care_list_view_constructed;
  object_class->dispose = cw_care_list_view_dispose;
  object_class->finalize = cw_care_list_view_finalize;
  object_class->get_property = cw_care_list_view_get_property;
  object_class->set_property = cw_care_list_view_set_property;
  widget_class->map = cw_care_list_view_map;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_JOB_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-care-list-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, men_box);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, men_spin);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, women_box);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, women_spin);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, age_box);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, age_spin);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, date_entry);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, title_label);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, mask_check);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, column_view);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CwCareListView, job_bar);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, input_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, mask_toggled_cb);

  gtk_widget_class_install_action (widget_class, "care.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "care.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "care.save-pdf", NULL, save_pdf_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "care.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "care.export", NULL);
}

static void
cw_care_list_view_init (CwCareListView *self)
{
  self->column_kinds = g_array_new (FALSE, FALSE, sizeof (int));
  self->group_names = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Lists that are handed out or posted are masked unless asked. */
  gtk_check_button_set_active (self->mask_check, TRUE);
}

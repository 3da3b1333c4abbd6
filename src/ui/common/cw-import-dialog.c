/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-import-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-error.h"
#include "ui/common/cw-import-dialog.h"
#include "ui/common/cw-job.h"
#include "ui/cw-ui-resources.h"

struct _CwImportDialog
{
  AdwWindow             parent_instance;

  CwDatabase           *db;
  const CwImportKind   *kind;
  GFile                *file;
  /* Header cells of the file the clerk chose to leave out, NULL-terminated. */
  GPtrArray            *ignored;
  CwImportReport       *report;
  CwJob                *job;
  GtkFileChooserNative *chooser;
  gboolean              busy;
  gboolean              imported;
  gboolean              close_when_done;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkButton            *import_button;
  GtkButton            *choose_button;
  GtkStack             *stack;
  AdwStatusPage        *start_page;
  GtkCheckButton       *option_check;
  CwJobBar             *job_bar;
  GtkLabel             *report_title;
  GtkLabel             *report_description;
  GtkScrolledWindow    *summary_scroll;
  GtkListBox           *summary_list;
  GtkBox               *problems_box;
  GtkLabel             *problems_title;
  GtkListView          *problems_view;
};

G_DEFINE_FINAL_TYPE (CwImportDialog, cw_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

enum {
  IMPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  GFile            *file;
  const CwImporter *importer;
  CwImportFlags     flags;
  GStrv             ignore;
  gboolean          dry_run;
  CwImportReport   *report;       /* what the worker found */
  gint64            change_id;
} ImportJob;

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_clear_object (&job->file);
  g_clear_object (&job->report);
  g_strfreev (job->ignore);
  g_free (job);
}

static void
update_actions (CwImportDialog *self)
{
  gboolean can_import = !self->busy && !self->imported && self->report != NULL &&
                        cw_import_report_get_dry_run (self->report) &&
                        cw_import_report_get_imported (self->report) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.import", can_import);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.choose", !self->busy);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), !self->imported);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_button),
                          !self->busy && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "start") != 0);
}

static void
set_busy (CwImportDialog *self,
          gboolean        busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static gboolean
import_work (CwDatabase     *db,
             gpointer        data,
             CwJobProgress  *progress,
             GCancellable   *cancellable,
             GError        **error)
{
  ImportJob *job = data;
  g_autofree char *path = g_file_get_path (job->file);

  if (path != NULL)
    job->report = cw_importer_import_file_full (job->importer, db, path, job->flags,
                                                (const char * const *) job->ignore, cw_job_progress_cb, progress,
                                                cancellable, error);
  else
    {
      g_autoptr(GBytes) bytes = g_file_load_bytes (job->file, cancellable, NULL, error);
      g_autofree char *name = g_file_get_basename (job->file);

      if (bytes != NULL)
        job->report = cw_importer_import_bytes_full (job->importer, db, bytes, name, job->flags,
                                                     (const char * const *) job->ignore, cw_job_progress_cb,
                                                     progress, cancellable, error);
    }

  if (job->report == NULL)
    return FALSE;

  job->change_id = job->dry_run ? 0 : cw_database_get_last_change (db);
  return TRUE;
}

static GtkWidget *
summary_row (const char *title,
             const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* One line each; a long list of columns is cut, and whole on hover. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_widget_set_tooltip_text (label, value);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

static GtkWidget *
number_row (const char *title,
            guint       value)
{
  g_autofree char *text = g_strdup_printf ("%u", value);

  return summary_row (title, text);
}

static void
append_summary_line (CwImportDialog            *self,
                     const CwImportSummaryLine *line)
{
  CwImportReport *report = self->report;
  const char *label = _(cw_import_report_get_dry_run (report) ? line->label_dry_run : line->label);

  if (line->names)
    {
      const char * const *names = cw_import_report_get_names (report, line->counter);
      g_autofree char *joined = NULL;

      if (names[0] == NULL)
        return;
      joined = g_strjoinv ("、", (char **) names);
      gtk_list_box_append (self->summary_list, summary_row (label, joined));
    }
  else if (cw_import_report_get_count (report, line->counter) > 0)
    gtk_list_box_append (self->summary_list, number_row (label, cw_import_report_get_count (report, line->counter)));
}

static void run (CwImportDialog *self,
                 gboolean        dry_run);

static gboolean
is_ignored (CwImportDialog *self,
            const char     *header)
{
  return g_strv_contains ((const char * const *) self->ignored->pdata, header);
}

/* The clerk ticks or unticks "Leave out": the file is checked again. */
static void
leave_out_toggled_cb (GtkCheckButton *check,
                      CwImportDialog *self)
{
  const char *header = g_object_get_data (G_OBJECT (check), "header");
  gboolean active = gtk_check_button_get_active (check);
  guint index;

  if (self->busy || self->imported || active == is_ignored (self, header))
    return;
  if (active)
    g_ptr_array_insert (self->ignored, (int) self->ignored->len - 1, g_strdup (header));
  else if (g_ptr_array_find_with_equal_func (self->ignored, header, g_str_equal, &index))
    g_ptr_array_remove_index (self->ignored, index);
  run (self, TRUE);
}

/* A column the register cannot place, or one the clerk left out, with
 * the choice beside it. */
static GtkWidget *
column_choice_row (CwImportDialog    *self,
                   const char        *header,
                   CwImportHeaderUse  use)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new_with_mnemonic (_("_Leave out"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), header);
  if (use == CW_IMPORT_HEADER_UNKNOWN)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The register has no place for this column"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Left out: nothing in it is imported"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("edit-delete-symbolic"));
    }

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), use == CW_IMPORT_HEADER_IGNORED);
  gtk_widget_set_sensitive (check, !self->imported);
  g_object_set_data_full (G_OBJECT (check), "header", g_strdup (header), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (leave_out_toggled_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

/* One header cell and how it was read. */
static GtkWidget *
column_row (const char        *header,
            const char        *field,
            CwImportHeaderUse  use)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *read_as = NULL;
  const char *icon = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), header);
  switch (use)
    {
    case CW_IMPORT_HEADER_READ:
      icon = "object-select-symbolic";
      if (!g_str_equal (header, field))
        {
          /* Translators: how a column of the file is read, "读作 身份证号" */
          read_as = g_strdup_printf (_("Read as %s"), field);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), read_as);
        }
      break;
    case CW_IMPORT_HEADER_FORM:
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not read: the form’s own column"));
      break;
    case CW_IMPORT_HEADER_IGNORED:
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Left out: nothing in it is imported"));
      break;
    case CW_IMPORT_HEADER_UNKNOWN:
    default:
      icon = "dialog-warning-symbolic";
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The register has no place for this column"));
      break;
    }
  /* The same room for every row, so the names line up. */
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon != NULL ? gtk_image_new_from_icon_name (icon)
                                                                  : gtk_image_new ());
  return row;
}

/* How every column of the header was read, in an expander: what the
 * clerk may want to check, not what stops the import. */
static GtkWidget *
columns_row (CwImportReport *report)
{
  guint n = cw_import_report_get_n_columns (report);
  guint counts[CW_IMPORT_HEADER_UNKNOWN + 1] = { 0 };
  GtkWidget *expander = adw_expander_row_new ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;
  guint left_out;

  for (guint i = 0; i < n; i++)
    {
      const char *header = NULL, *field = NULL;
      CwImportHeaderUse use = cw_import_report_get_column (report, i, &header, &field);

      counts[use]++;
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), column_row (header, field, use));
    }

  left_out = counts[CW_IMPORT_HEADER_FORM] + counts[CW_IMPORT_HEADER_IGNORED];
  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u read", "%u read",
                                                        counts[CW_IMPORT_HEADER_READ]),
                                           counts[CW_IMPORT_HEADER_READ]));
  if (left_out > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u not read", "%u not read",
                                                          left_out),
                                             left_out));
  if (counts[CW_IMPORT_HEADER_UNKNOWN] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u cannot be placed",
                                                          "%u cannot be placed", counts[CW_IMPORT_HEADER_UNKNOWN]),
                                             counts[CW_IMPORT_HEADER_UNKNOWN]));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (C_("list separator", ", "), (char **) parts->pdata);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Columns"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  return expander;
}

static char *
skipped_lines_text (CwImportReport *report)
{
  guint n = 0;
  const guint *lines = cw_import_report_get_skipped_lines (report, &n);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%u", i > 0 ? C_("list separator", ", ") : "", lines[i]);
  return g_string_free (text, n == 0);
}

/* The summary takes the height the problems leave it. */
static void
show_problems (CwImportDialog *self,
               gboolean        visible)
{
  gtk_widget_set_visible (GTK_WIDGET (self->problems_box), visible);
  gtk_widget_set_vexpand (GTK_WIDGET (self->summary_scroll), !visible);
  gtk_scrolled_window_set_max_content_height (self->summary_scroll, visible ? 320 : -1);
}

static void
show_report (CwImportDialog *self)
{
  CwImportReport *report = self->report;
  const CwImportKind *kind = self->kind;
  gboolean dry_run = cw_import_report_get_dry_run (report);
  guint units = cw_import_report_get_imported (report);
  guint n_problems = cw_import_report_get_n_problems (report);
  g_autoptr(GtkStringList) problems = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *problems_heading = NULL;
  g_autofree char *skipped = skipped_lines_text (report);
  gboolean columns_stop = cw_import_report_get_unknown_columns (report)[0] != NULL;
  GtkWidget *child;

  if (columns_stop)
    gtk_label_set_text (self->report_title, _("Some Columns Cannot Be Placed"));
  else if (units == 0 && cw_import_report_is_complete (report) && cw_import_report_get_rows_read (report) > 0)
    gtk_label_set_text (self->report_title, _("Everything in This File Is in the Register Already"));
  else if (units == 0)
    gtk_label_set_text (self->report_title, _("Nothing in This File Can Be Imported"));
  else if (dry_run)
    gtk_label_set_text (self->report_title,
                        cw_import_report_is_complete (report)
                        ? _("Every Row Can Be Imported")
                        : _("Some Rows Cannot Be Imported"));
  else
    gtk_label_set_text (self->report_title, _("Imported"));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_list))) != NULL)
    gtk_list_box_remove (self->summary_list, child);

  gtk_list_box_append (self->summary_list, summary_row (_("File"), name));
  gtk_list_box_append (self->summary_list,
                       summary_row (_("Encoding"), cw_import_report_get_encoding (report)));
  /* What stops the import, or was left out at the clerk's word, first,
   * each with its choice. */
  for (guint i = 0; i < cw_import_report_get_n_columns (report); i++)
    {
      const char *header = NULL;
      CwImportHeaderUse use = cw_import_report_get_column (report, i, &header, NULL);

      if (use == CW_IMPORT_HEADER_UNKNOWN || (use == CW_IMPORT_HEADER_IGNORED && is_ignored (self, header)))
        gtk_list_box_append (self->summary_list, column_choice_row (self, header, use));
    }
  gtk_list_box_append (self->summary_list, columns_row (report));
  gtk_widget_set_visible (GTK_WIDGET (self->report_description), columns_stop);
  if (columns_stop)
    {
      /* Nothing was read past the header: no counts to show. */
      show_problems (self, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "report");
      return;
    }
  gtk_list_box_append (self->summary_list,
                       number_row (_("Rows read"), cw_import_report_get_rows_read (report)));
  gtk_list_box_append (self->summary_list,
                       number_row (dry_run ? _(kind->units_dry_run) : _(kind->units), units));
  for (guint i = 0; kind->lines != NULL && kind->lines[i].counter != NULL; i++)
    append_summary_line (self, &kind->lines[i]);
  if (cw_import_report_get_refused (report) > 0 && kind->units_left_out != NULL)
    gtk_list_box_append (self->summary_list,
                         number_row (_(kind->units_left_out), cw_import_report_get_refused (report)));
  if (cw_import_report_get_rows_refused (report) > 0)
    gtk_list_box_append (self->summary_list,
                         number_row (_("Rows left out"), cw_import_report_get_rows_refused (report)));
  if (skipped != NULL)
    gtk_list_box_append (self->summary_list, summary_row (_("Closing lines of the form, not read"), skipped));

  for (guint i = 0; i < n_problems; i++)
    {
      const char *key = NULL;
      const char *message = NULL;
      guint line = cw_import_report_get_problem (report, i, &key, &message);
      g_autofree char *text = NULL;

      if (key != NULL && key[0] != '\0')
        /* Translators: a line of the file, what the row is about (a household
         * number, a rule code …), what is wrong */
        text = g_strdup_printf (_("Line %u · %s · %s"), line, key, message);
      else
        /* Translators: a line of the file, what is wrong */
        text = g_strdup_printf (_("Line %u · %s"), line, message);
      gtk_string_list_append (problems, text);
    }

  problems_heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u problem, by line in the file",
                                                   "%u problems, by line in the file",
                                                   n_problems),
                                      n_problems);
  gtk_label_set_text (self->problems_title, problems_heading);
  show_problems (self, n_problems > 0);

  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&problems)));
  gtk_list_view_set_model (self->problems_view, GTK_SELECTION_MODEL (selection));

  gtk_stack_set_visible_child_name (self->stack, "report");
}

static void
import_done (GtkWidget    *owner,
             gpointer      data,
             const GError *error)
{
  CwImportDialog *self = CW_IMPORT_DIALOG (owner);
  ImportJob *job = data;

  g_clear_object (&self->job);
  set_busy (self, FALSE);

  if (self->close_when_done)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (error != NULL)
    {
      if (g_error_matches (error, CW_ERROR, CW_ERROR_CANCELLED) ||
          g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_stack_set_visible_child_name (self->stack, self->report != NULL ? "report" : "start");
      else
        {
          g_clear_object (&self->report);
          adw_status_page_set_icon_name (self->start_page, "dialog-warning-symbolic");
          adw_status_page_set_title (self->start_page, _("This File Cannot Be Imported"));
          adw_status_page_set_description (self->start_page, error->message);
          gtk_stack_set_visible_child_name (self->stack, "start");
        }
      update_actions (self);
      return;
    }

  g_set_object (&self->report, job->report);
  if (!cw_import_report_get_dry_run (job->report))
    self->imported = TRUE;
  show_report (self);
  update_actions (self);

  if (self->imported)
    {
      const char * const *tables = cw_import_report_get_changed_tables (job->report);

      /* The import committed on the worker's connection: the window's
       * heard nothing. */
      for (guint i = 0; tables[i] != NULL; i++)
        cw_database_emit_changed (self->db, tables[i]);
      g_signal_emit (self, signals[IMPORTED], 0, job->change_id,
                     cw_import_report_get_imported (job->report));
    }
}

static void
run (CwImportDialog *self,
     gboolean        dry_run)
{
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *label = NULL;
  ImportJob *job;

  if (self->busy)
    return;

  label = g_strdup_printf (dry_run ? _("Checking %s…") : _("Importing %s…"), name);

  job = g_new0 (ImportJob, 1);
  job->file = g_object_ref (self->file);
  job->importer = self->kind->importer;
  job->flags = dry_run ? CW_IMPORT_DRY_RUN : 0;
  job->ignore = g_strdupv ((char **) self->ignored->pdata);
  if (gtk_check_button_get_active (self->option_check))
    job->flags |= self->kind->option_flag;
  job->dry_run = dry_run;

  /* The window's connection stays with the main thread; the job's own
   * carries the operator's name, so the audit log names who imported. */
  self->job = cw_job_new (GTK_WIDGET (self), self->db, import_work, job, import_job_free);
  cw_job_show_progress (self->job, self->job_bar, label, TRUE);
  cw_job_set_done (self->job, import_done);

  gtk_stack_set_visible_child_name (self->stack, "busy");
  set_busy (self, TRUE);
  cw_job_run (self->job);
}

void
cw_import_dialog_open_file (CwImportDialog *self,
                            GFile          *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (CW_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->busy)
    return;

  g_set_object (&self->file, file);
  g_clear_object (&self->report);
  self->imported = FALSE;
  /* Another file has other columns. */
  g_ptr_array_set_size (self->ignored, 0);
  g_ptr_array_add (self->ignored, NULL);

  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, name);
  run (self, TRUE);
}

gboolean
cw_import_dialog_get_busy (CwImportDialog *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_DIALOG (self), FALSE);

  return self->busy;
}

CwDatabase *
cw_import_dialog_get_database (CwImportDialog *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_DIALOG (self), NULL);

  return self->db;
}

CwImportReport *
cw_import_dialog_get_report (CwImportDialog *self)
{
  g_return_val_if_fail (CW_IS_IMPORT_DIALOG (self), NULL);

  return self->report;
}

static void
chooser_response_cb (CwImportDialog       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    cw_import_dialog_open_file (self, file);
}

static void
choose_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwImportDialog *self = CW_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL || self->busy)
    return;

  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_(self->kind->title), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwImportDialog *self = CW_IMPORT_DIALOG (widget);

  if (self->file != NULL && !self->imported)
    run (self, FALSE);
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
cw_import_dialog_close_request (GtkWindow *window)
{
  CwImportDialog *self = CW_IMPORT_DIALOG (window);

  /* An import that is cancelled is rolled back whole; the dialog goes
   * when the worker has let go of the file and the database. */
  if (self->busy)
    {
      self->close_when_done = TRUE;
      cw_job_cancel (self->job);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (cw_import_dialog_parent_class)->close_request (window);
}

CwImportDialog *
cw_import_dialog_new (GtkWindow          *parent,
                      CwDatabase         *db,
                      const CwImportKind *kind)
{
  CwImportDialog *self;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (kind != NULL && kind->importer != NULL, NULL);

  self = g_object_new (CW_TYPE_IMPORT_DIALOG, "transient-for", parent, "title", _(kind->title), NULL);
  self->db = g_object_ref (db);
  self->kind = kind;

  adw_window_title_set_title (self->window_title, _(kind->title));
  adw_status_page_set_title (self->start_page, _(kind->title));
  adw_status_page_set_description (self->start_page, _(kind->description));
  gtk_widget_set_visible (GTK_WIDGET (self->option_check), kind->option_label != NULL);
  if (kind->option_label != NULL)
    gtk_check_button_set_label (self->option_check, _(kind->option_label));

  return self;
}

static void
cw_import_dialog_dispose (GObject *object)
{
  CwImportDialog *self = CW_IMPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (cw_import_dialog_parent_class)->dispose (object);
}

static void
cw_import_dialog_finalize (GObject *object)
{
  CwImportDialog *self = CW_IMPORT_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_object (&self->file);
  g_clear_pointer (&self->ignored, g_ptr_array_unref);
  g_clear_object (&self->report);
  g_clear_object (&self->job);

  G_OBJECT_CLASS (cw_import_dialog_parent_class)->finalize (object);
}

static void
cw_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwImportDialog *self = CW_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_import_dialog_class_init (CwImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cw_import_dialog_dispose;
  object_class->finalize = cw_import_dialog_finalize;
  object_class->get_property = cw_import_dialog_get_property;
  window_class->close_request = cw_import_dialog_close_request;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_UINT);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_JOB_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, start_page);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, option_check);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, job_bar);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, report_title);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, report_description);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, summary_scroll);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, summary_list);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, problems_box);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, problems_title);
  gtk_widget_class_bind_template_child (widget_class, CwImportDialog, problems_view);

  gtk_widget_class_install_action (widget_class, "dialog.choose", NULL, choose_activated);
  gtk_widget_class_install_action (widget_class, "dialog.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "dialog.close", NULL, close_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "dialog.choose", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "dialog.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.close", NULL);
}

static void
problem_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_list_item_set_child (item, label);
}

static void
problem_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static void
cw_import_dialog_init (CwImportDialog *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->ignored = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->ignored, NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (problem_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (problem_bind_cb), NULL);
  gtk_list_view_set_factory (self->problems_view, factory);
  g_object_unref (factory);

  update_actions (self);
}

CwImportDialog *
cw_import_dialog_present_for (GtkWidget          *page,
                              CwDatabase         *db,
                              const CwImportKind *kind,
                              GCallback           imported_cb)
{
  GtkRoot *root;
  CwImportDialog *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (page), NULL);

  root = gtk_widget_get_root (page);
  dialog = cw_import_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, db, kind);
  g_signal_connect_object (dialog, "imported", imported_cb, page, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

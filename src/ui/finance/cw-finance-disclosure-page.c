/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-disclosure-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/finance/cw-finance-disclosure.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-notice.h"
#include "core/finance/cw-finance-period.h"
#include "core/village/cw-settings.h"
#include "report/common/cw-pdf.h"
#include "report/common/cw-enlarged-layout.h"
#include "report/finance/cw-finance-disclosure-print.h"
#include "report/finance/cw-finance-export.h"
#include "ui/common/cw-job.h"
#include "ui/common/cw-lazy-reload.h"
#include "ui/common/cw-print-operation.h"
#include "ui/finance/cw-finance-disclosure-page.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

/* Room around and between the pages on screen, in pixels. */
#define PAGE_GAP 16

struct _CwFinanceDisclosurePage
{
  AdwBin                parent_instance;

  CwDatabase           *db;
  CwLazyReload         *reload;
  GStrv                 periods;   /* what the drop-down offers, newest first */
  char                 *period;
  gboolean              filling;
  CwPrintTable         *table;
  CwEnlargedLayout     *layout;
  int                   n_pages;
  /* The paper (the village's setting), in points. */
  gboolean              a3;
  double                page_w;
  double                page_h;
  GtkFileChooserNative *chooser;
  guint                 height_source;

  /* Template widgets */
  GtkDropDown          *period_dropdown;
  GtkDropDown          *paper_dropdown;
  GtkLabel             *state_label;
  GtkDrawingArea       *pages_area;
  CwJobBar             *job_bar;
};

G_DEFINE_FINAL_TYPE (CwFinanceDisclosurePage, cw_finance_disclosure_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The pages */

static double
page_scale (CwFinanceDisclosurePage *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->pages_area));

  /* An A3 page is drawn as wide as an A4 one would be: it is the same
   * page enlarged. */
  return CLAMP ((width - 2 * PAGE_GAP) / self->page_w, 0.35, 1.5);
}

static void
draw_pages (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  CwFinanceDisclosurePage *self = user_data;
  double scale = page_scale (self);
  double x = MAX (PAGE_GAP, (width - self->page_w * scale) / 2);

  if (self->layout == NULL)
    return;
  for (int page = 0; page < self->n_pages; page++)
    {
      double y = PAGE_GAP + page * (self->page_h * scale + PAGE_GAP);

      cairo_save (cr);
      cairo_translate (cr, x, y);
      cairo_scale (cr, scale, scale);
      cairo_rectangle (cr, 0, 0, self->page_w, self->page_h);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
      cairo_set_line_width (cr, 1 / scale);
      cairo_stroke (cr);
      cw_enlarged_layout_draw_page (self->layout, cr, page);
      cairo_restore (cr);
    }
}

/* The pages' height follows the width they are drawn at: set after the
 * allocation that tells it, never during it. */
static gboolean
set_height_cb (gpointer user_data)
{
  CwFinanceDisclosurePage *self = user_data;
  double scale = page_scale (self);

  self->height_source = 0;
  gtk_drawing_area_set_content_height (self->pages_area,
                                       (int) (PAGE_GAP + self->n_pages * (self->page_h * scale + PAGE_GAP)));
  return G_SOURCE_REMOVE;
}

static void
area_resized_cb (CwFinanceDisclosurePage *self)
{
  if (self->height_source == 0)
    self->height_source = g_idle_add (set_height_cb, self);
}

/* The disclosure */

static void
show_disclosure (CwFinanceDisclosurePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwFinanceDisclosure) disclosure = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *state = NULL;
  CwFinancePeriod period;

  g_clear_object (&self->layout);
  g_clear_object (&self->table);
  self->n_pages = 0;
  self->a3 = cw_settings_get_finance_a3 (self->db);
  cw_finance_disclosure_paper (self->a3, &self->page_w, &self->page_h);
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->paper_dropdown, self->a3 ? 1 : 0);
  self->filling = FALSE;
  if (cw_finance_period_parse (self->period, &period, &error))
    disclosure = cw_finance_disclosure_compute (self->db, &period, &error);
  if (disclosure == NULL)
    {
      gtk_label_set_text (self->state_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->state_label), TRUE);
      gtk_widget_queue_draw (GTK_WIDGET (self->pages_area));
      return;
    }

  self->table = cw_finance_disclosure_table (self->db, disclosure, today);
  self->layout = cw_enlarged_layout_new (self->table);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  self->n_pages = cw_enlarged_layout_paginate (self->layout, cr, self->page_w, self->page_h);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  if (disclosure->pending > 0)
    state = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u entry of the period waits for review and is not in the figures.",
                                          "%u entries of the period wait for review and are not in the figures.",
                                          disclosure->pending),
                             disclosure->pending);
  else if (!disclosure->closed)
    state = g_strdup (_("Not every month of the period is closed yet: the figures may still change."));
  gtk_label_set_text (self->state_label, state != NULL ? state : "");
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), state != NULL);
  area_resized_cb (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->pages_area));
}

/* The quarters and months with entries, newest first: each quarter before
 * its months. */
static void
fill_periods (CwFinanceDisclosurePage *self)
{
  g_auto(GStrv) months = cw_finance_entry_list_months (self->db);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  g_autofree char *last_quarter = NULL;
  guint selected = 0;

  if (months[0] == NULL)
    {
      g_autofree char *today = cw_date_today_text ();

      g_strfreev (months);
      months = g_new0 (char *, 2);
      months[0] = g_strndup (today, 7);
    }
  for (guint i = 0; months[i] != NULL; i++)
    {
      CwFinancePeriod month, quarter;
      g_autofree char *quarter_key = NULL;

      cw_finance_period_parse (months[i], &month, NULL);
      quarter_key = g_strdup_printf ("%04dQ%d", month.year, (month.month + 2) / 3);
      if (g_strcmp0 (quarter_key, last_quarter) != 0)
        {
          cw_finance_period_parse (quarter_key, &quarter, NULL);
          g_strv_builder_add (builder, quarter_key);
          g_free (last_quarter);
          last_quarter = g_strdup (quarter_key);
        }
      g_strv_builder_add (builder, months[i]);
    }
  g_strfreev (self->periods);
  self->periods = g_strv_builder_end (builder);

  for (guint i = 0; self->periods[i] != NULL; i++)
    {
      CwFinancePeriod period;
      g_autofree char *label = NULL;

      cw_finance_period_parse (self->periods[i], &period, NULL);
      label = cw_finance_period_label (&period);
      gtk_string_list_append (model, label);
      if (g_strcmp0 (self->periods[i], self->period) == 0)
        selected = i;
    }
  if (self->period == NULL || g_strcmp0 (self->periods[selected], self->period) != 0)
    {
      g_free (self->period);
      self->period = g_strdup (self->periods[selected]);
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->period_dropdown, selected);
  self->filling = FALSE;
}

static void
reload (GtkWidget *widget)
{
  CwFinanceDisclosurePage *self = CW_FINANCE_DISCLOSURE_PAGE (widget);

  cw_lazy_reload_done (self->reload);
  fill_periods (self);
  show_disclosure (self);
}

static void
period_selected_cb (CwFinanceDisclosurePage *self)
{
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);

  if (self->filling || self->periods == NULL || selected >= g_strv_length (self->periods))
    return;
  g_free (self->period);
  self->period = g_strdup (self->periods[selected]);
  show_disclosure (self);
}

static void
paper_selected_cb (CwFinanceDisclosurePage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean a3 = gtk_drop_down_get_selected (self->paper_dropdown) == 1;

  if (self->filling || a3 == self->a3)
    return;
  /* The office's board keeps its size: the next start, the command line
   * and the print dialog take it too. */
  if (!cw_settings_set_finance_a3 (self->db, a3, &error))
    {
      cw_window_show_message (GTK_WIDGET (self), error->message);
      return;
    }
  show_disclosure (self);
}

const char *
cw_finance_disclosure_page_get_period (CwFinanceDisclosurePage *self)
{
  g_return_val_if_fail (CW_IS_FINANCE_DISCLOSURE_PAGE (self), NULL);

  return self->period;
}

void
cw_finance_disclosure_page_set_period (CwFinanceDisclosurePage *self,
                                       const char              *period)
{
  g_return_if_fail (CW_IS_FINANCE_DISCLOSURE_PAGE (self));

  g_free (self->period);
  self->period = g_strdup (period);
  reload (GTK_WIDGET (self));
}

int
cw_finance_disclosure_page_get_n_pages (CwFinanceDisclosurePage *self)
{
  g_return_val_if_fail (CW_IS_FINANCE_DISCLOSURE_PAGE (self), 0);

  return self->n_pages;
}

/* Printing, saving, exporting */

static void
print_done (GtkWidget    *widget,
            const GError *error)
{
  if (error != NULL)
    cw_ui_show_refusal (widget, _("The Disclosure Could Not Be Printed"), error->message);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CwFinanceDisclosurePage *self = CW_FINANCE_DISCLOSURE_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(CwEnlargedLayout) printing = NULL;
  g_autoptr(GError) error = NULL;

  if (self->table == NULL)
    return;
  /* Laid out as on A4 and enlarged to whatever paper the dialog ends
   * with: the A3 the page offers first, as the PDF has it. */
  printing = cw_enlarged_layout_new (self->table);
  operation = cw_print_operation_new (cw_print_table_get_title (self->table), printing,
                                      (CwPdfPaginateFunc) cw_enlarged_layout_paginate,
                                      (CwPdfDrawPageFunc) cw_enlarged_layout_draw_page);
  if (self->a3)
    {
      g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
      g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A3);

      gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
      gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
      gtk_print_operation_set_default_page_setup (operation, setup);
    }
  if (!cw_print_operation_run_dialog (operation, widget, print_done, &error))
    cw_window_show_message (widget, error->message);
}

typedef struct
{
  gboolean         pdf;
  gboolean         a3;
  CwFinancePeriod  period;
  char            *posted;
  char            *path;
  CwPrintTable    *table;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->posted);
  g_free (job->path);
  g_clear_object (&job->table);
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

  if (job->pdf)
    return cw_finance_disclosure_table_save_pdf (job->table, job->a3, job->path, NULL, error);
  return cw_finance_export_disclosure (db, &job->period, job->posted, job->path, error);
}

static void
job_done (GtkWidget    *owner,
          gpointer      data,
          const GError *error)
{
  gtk_widget_action_set_enabled (owner, "disclosure.save-pdf", TRUE);
  gtk_widget_action_set_enabled (owner, "disclosure.export", TRUE);
}

static void
start_job (CwFinanceDisclosurePage *self,
           gboolean                 pdf,
           const char              *path)
{
  g_autoptr(CwJob) job = NULL;
  Job *data;

  if (self->table == NULL || cw_job_bar_get_running (self->job_bar))
    return;
  data = g_new0 (Job, 1);
  data->pdf = pdf;
  data->a3 = self->a3;
  data->path = g_strdup (path);
  data->posted = cw_date_today_text ();
  cw_finance_period_parse (self->period, &data->period, NULL);
  /* The printout is laid out from what the screen shows; the workbook
   * reads the ledger again on a connection of its own. */
  if (pdf)
    data->table = g_object_ref (self->table);

  job = cw_job_new (GTK_WIDGET (self), pdf ? NULL : self->db, job_work, data, job_free);
  cw_job_set_file (job, path);
  if (pdf)
    {
      cw_job_show_progress (job, self->job_bar, _("Saving the disclosure…"), FALSE);
      cw_job_set_endings (job, _("Disclosure saved as %s"), _("The Disclosure Could Not Be Saved"));
    }
  else
    {
      cw_job_show_progress (job, self->job_bar, _("Exporting the workbook…"), FALSE);
      cw_job_set_endings (job, _("Workbook saved as %s"), _("The Workbook Could Not Be Exported"));
    }
  cw_job_set_done (job, job_done);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "disclosure.save-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "disclosure.export", FALSE);
  cw_job_run (job);
}

void
cw_finance_disclosure_page_save_pdf (CwFinanceDisclosurePage *self,
                                     const char              *path)
{
  g_return_if_fail (CW_IS_FINANCE_DISCLOSURE_PAGE (self));

  start_job (self, TRUE, path);
}

void
cw_finance_disclosure_page_export (CwFinanceDisclosurePage *self,
                                   const char              *path)
{
  g_return_if_fail (CW_IS_FINANCE_DISCLOSURE_PAGE (self));

  start_job (self, FALSE, path);
}

gboolean
cw_finance_disclosure_page_get_busy (CwFinanceDisclosurePage *self)
{
  g_return_val_if_fail (CW_IS_FINANCE_DISCLOSURE_PAGE (self), FALSE);

  return cw_job_bar_get_running (self->job_bar);
}

static void
file_chosen (GtkWidget  *owner,
             const char *path,
             gpointer    data)
{
  CwFinanceDisclosurePage *self = CW_FINANCE_DISCLOSURE_PAGE (owner);

  if (path != NULL)
    start_job (self, GPOINTER_TO_INT (data), path);
  g_clear_object (&self->chooser);
}

static void
choose_file (CwFinanceDisclosurePage *self,
             gboolean                 pdf)
{
  g_autofree char *stem = NULL;
  CwFinancePeriod period;

  if (self->chooser != NULL || !cw_finance_period_parse (self->period, &period, NULL))
    return;
  /* Named as the print dialog names it: the notice's title. */
  stem = cw_finance_disclosure_title (self->db, &period);
  self->chooser = pdf
                  ? cw_job_choose_file (GTK_WIDGET (self), _("Save the Disclosure as PDF"), stem, "pdf",
                                        _("PDF documents"), file_chosen, GINT_TO_POINTER (TRUE))
                  : cw_job_choose_file (GTK_WIDGET (self), _("Export the Workbook"), stem, "xlsx",
                                        _("Excel workbooks"), file_chosen, GINT_TO_POINTER (FALSE));
}

static void
save_pdf_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose_file (CW_FINANCE_DISCLOSURE_PAGE (widget), TRUE);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  choose_file (CW_FINANCE_DISCLOSURE_PAGE (widget), FALSE);
}

gint64
cw_finance_disclosure_page_post_notice (CwFinanceDisclosurePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *message = NULL;
  CwFinancePeriod period;
  gint64 id;

  g_return_val_if_fail (CW_IS_FINANCE_DISCLOSURE_PAGE (self), 0);

  if (!cw_finance_period_parse (self->period, &period, NULL))
    return 0;
  id = cw_finance_disclosure_add_notice (self->db, &period, today, &error);
  if (id == 0 || (notice = cw_notice_load (self->db, id, &error)) == NULL)
    {
      cw_ui_show_refusal (GTK_WIDGET (self), _("The Notice Could Not Be Drafted"), error->message);
      return 0;
    }
  /* Translators: a toast; %s is the notice's number, 2026-014 */
  message = g_strdup_printf (_("Notice %s drafted in Notices, for the supervision committee’s review"),
                             cw_notice_get_number (notice));
  cw_undo_show_toast (GTK_WIDGET (self), cw_database_get_last_change (self->db), message);
  return id;
}

static void
notice_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cw_finance_disclosure_page_post_notice (CW_FINANCE_DISCLOSURE_PAGE (widget));
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  reload (widget);
}

GtkWidget *
cw_finance_disclosure_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_FINANCE_DISCLOSURE_PAGE, "database", db, NULL);
}

static void
cw_finance_disclosure_page_constructed (GObject *object)
{
  CwFinanceDisclosurePage *self = CW_FINANCE_DISCLOSURE_PAGE (object);
  static const char * const tables[] = { "finance_", "village", "setting", NULL };

  G_OBJECT_CLASS (cw_finance_disclosure_page_parent_class)->constructed (object);

  /* Read when first shown: the window makes every page at its start. */
  self->reload = cw_lazy_reload_new (GTK_WIDGET (self), self->db, tables, reload);
  cw_lazy_reload_queue (self->reload);
}

static void
cw_finance_disclosure_page_dispose (GObject *object)
{
  CwFinanceDisclosurePage *self = CW_FINANCE_DISCLOSURE_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->reload);
  g_clear_handle_id (&self->height_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_FINANCE_DISCLOSURE_PAGE);
  g_clear_object (&self->layout);
  g_clear_object (&self->table);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_finance_disclosure_page_parent_class)->dispose (object);
}

static void
cw_finance_disclosure_page_finalize (GObject *object)
{
  CwFinanceDisclosurePage *self = CW_FINANCE_DISCLOSURE_PAGE (object);

  g_strfreev (self->periods);
  g_free (self->period);

  G_OBJECT_CLASS (cw_finance_disclosure_page_parent_class)->finalize (object);
}

static void
cw_finance_disclosure_page_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  CwFinanceDisclosurePage *self = CW_FINANCE_DISCLOSURE_PAGE (object);

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
cw_finance_disclosure_page_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  CwFinanceDisclosurePage *self = CW_FINANCE_DISCLOSURE_PAGE (object);

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
cw_finance_disclosure_page_class_init (CwFinanceDisclosurePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_finance_disclosure_page_constructed;
  object_class->dispose = cw_finance_disclosure_page_dispose;
  object_class->finalize = cw_finance_disclosure_page_finalize;
  object_class->get_property = cw_finance_disclosure_page_get_property;
  object_class->set_property = cw_finance_disclosure_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CW_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CW_TYPE_JOB_BAR);
  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-finance-disclosure-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwFinanceDisclosurePage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceDisclosurePage, paper_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceDisclosurePage, state_label);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceDisclosurePage, pages_area);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceDisclosurePage, job_bar);
  gtk_widget_class_bind_template_callback (widget_class, period_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, paper_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, area_resized_cb);

  gtk_widget_class_install_action (widget_class, "disclosure.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "disclosure.save-pdf", NULL, save_pdf_activated);
  gtk_widget_class_install_action (widget_class, "disclosure.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "disclosure.notice", NULL, notice_activated);
  gtk_widget_class_install_action (widget_class, "subpage.reload", NULL, reload_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "disclosure.print", NULL);
}

static void
cw_finance_disclosure_page_init (CwFinanceDisclosurePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cw_finance_disclosure_paper (FALSE, &self->page_w, &self->page_h);
  gtk_drawing_area_set_draw_func (self->pages_area, draw_pages, self, NULL);
}

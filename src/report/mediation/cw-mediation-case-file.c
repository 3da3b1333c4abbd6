/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-case-file"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "core/common/cw-date.h"
#include "core/mediation/cw-mediation.h"
#include "core/village/cw-settings.h"
#include "report/common/cw-pdf.h"
#include "report/common/cw-print-font.h"
#include "report/common/cw-print-layout.h"
#include "report/mediation/cw-mediation-case-file.h"
#include "report/mediation/cw-mediation-print.h"

/* One document of the file; @layout is NULL for a required one missing. */
typedef struct
{
  char          *title;
  char          *note;
  CwPrintLayout *layout;
  int            first_page;   /* 0-based in the file */
  int            n_pages;
} Document;

struct _CwMediationCaseFile
{
  GObject          parent_instance;

  CwDatabase      *db;
  CwMediationCase *mediation_case;
  CwPrintLayout   *cover;
  CwPrintLayout   *contents;
  GArray          *documents;   /* Document, the back cover last */
  int              n_cover;
  int              n_contents;
  int              n_pages;
};

G_DEFINE_FINAL_TYPE (CwMediationCaseFile, cw_mediation_case_file, G_TYPE_OBJECT)

static void
document_clear (gpointer data)
{
  Document *document = data;

  g_free (document->title);
  g_free (document->note);
  g_clear_object (&document->layout);
}

static void
cw_mediation_case_file_finalize (GObject *object)
{
  CwMediationCaseFile *self = CW_MEDIATION_CASE_FILE (object);

  g_clear_object (&self->db);
  g_clear_object (&self->mediation_case);
  g_clear_object (&self->cover);
  g_clear_object (&self->contents);
  g_clear_pointer (&self->documents, g_array_unref);

  G_OBJECT_CLASS (cw_mediation_case_file_parent_class)->finalize (object);
}

static void
cw_mediation_case_file_class_init (CwMediationCaseFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cw_mediation_case_file_finalize;
}

static void
cw_mediation_case_file_init (CwMediationCaseFile *self)
{
  self->documents = g_array_new (FALSE, TRUE, sizeof (Document));
  g_array_set_clear_func (self->documents, document_clear);
}

/* Takes @table; NULL with @missing_note for a required document the case
 * lacks. */
static void
add_document (CwMediationCaseFile *self,
              const char          *title,
              CwPrintTable        *table,
              const char          *missing_note)
{
  Document document = { g_strdup (title), NULL, NULL, 0, 0 };

  if (table != NULL)
    {
      document.layout = cw_print_layout_new (table);
      g_object_unref (table);
    }
  else
    document.note = g_strdup (missing_note);
  g_array_append_val (self->documents, document);
}

static CwPrintTable *
new_two_columns (const char *title,
                 const char *left,
                 double      left_share)
{
  const CwPrintColumn columns[] = {
    { .header = left, .align = CW_PRINT_ALIGN_CENTER, .overflow = CW_PRINT_WRAP, .share = left_share },
    { .header = _("Record"), .align = CW_PRINT_ALIGN_LEFT, .overflow = CW_PRINT_WRAP, .share = 1 - left_share },
  };

  return cw_print_table_new (CW_PRINT_TABLE_NOTICE, title, columns, G_N_ELEMENTS (columns), CW_PRINT_MASK_NONE);
}

static void
two_cells (CwPrintTable *table,
           const char   *left,
           const char   *right)
{
  const char *cells[] = { left, right };

  cw_print_table_add_row (table, cells);
}

static CwPrintTable *
cover_table (CwMediationCaseFile *self)
{
  CwMediationCase *c = self->mediation_case;
  CwPrintTable *table = new_two_columns (_("People’s Mediation Case File"), _("Item"), 0.25);
  g_autofree char *applicants = cw_mediation_party_names (c, "applicant");
  g_autofree char *respondents = cw_mediation_party_names (c, "respondent");
  g_autofree char *committee = cw_mediation_committee_name (self->db);
  g_autofree char *name = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *today = cw_date_today_text ();
  /* The clerk's name as the settings keep it; without one, the cell is
   * left blank to sign by hand, never the computer's login name (which
   * the connection's operator falls back to for the audit). */
  g_autofree char *filed_by = cw_settings_get_operator (self->db);
  const char *closed = cw_mediation_case_get (c, CW_CASE_CLOSED_ON);

  /* Translators: a case file's name: 张三 与 李四 邻里 纠纷 */
  name = g_strdup_printf (_("%s and %s: a %s dispute"), applicants, respondents[0] != '\0' ? respondents : "—",
                          cw_mediation_case_get (c, CW_CASE_TYPE));
  /* Translators: from one date to another */
  dates = g_strdup_printf (_("%s to %s"), cw_mediation_case_get (c, CW_CASE_INTAKE_DATE), closed[0] != '\0' ? closed : "—");
  cw_print_table_set_note (table, committee);
  two_cells (table, _("File name"), name);
  two_cells (table, _("File number"), cw_mediation_case_get (c, CW_CASE_NUMBER));
  two_cells (table, _("Mediators"), cw_mediation_case_get (c, CW_CASE_MEDIATORS));
  two_cells (table, _("Dates"), dates);
  two_cells (table, _("Filed by"), filed_by != NULL ? filed_by : "");
  two_cells (table, _("Filed on"), today);
  two_cells (table, _("Kept for"), _("Long term"));
  return table;
}

/* The contents list, with the pages the documents were laid out on. */
static CwPrintTable *
contents_table (CwMediationCaseFile *self)
{
  const CwPrintColumn columns[] = {
    { .header = _("No."), .align = CW_PRINT_ALIGN_CENTER, .overflow = CW_PRINT_ELLIPSIZE, .share = 0.1 },
    { .header = _("Document"), .align = CW_PRINT_ALIGN_LEFT, .overflow = CW_PRINT_WRAP, .share = 0.5 },
    { .header = _("Page"), .align = CW_PRINT_ALIGN_CENTER, .overflow = CW_PRINT_ELLIPSIZE, .share = 0.15 },
    { .header = _("Note"), .align = CW_PRINT_ALIGN_LEFT, .overflow = CW_PRINT_WRAP, .share = 0.25 },
  };
  CwPrintTable *table = cw_print_table_new (CW_PRINT_TABLE_NOTICE, _("Contents"), columns, G_N_ELEMENTS (columns),
                                            CW_PRINT_MASK_NONE);

  cw_print_table_set_note (table, cw_mediation_case_get (self->mediation_case, CW_CASE_NUMBER));
  for (guint i = 0; i < self->documents->len; i++)
    {
      Document *document = &g_array_index (self->documents, Document, i);
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      g_autofree char *page = NULL;

      if (document->layout == NULL)
        page = g_strdup ("—");
      else if (document->n_pages > 1)
        page = g_strdup_printf ("%d–%d", document->first_page + 1, document->first_page + document->n_pages);
      else
        page = g_strdup_printf ("%d", document->first_page + 1);
      {
        const char *cells[] = { no, document->title, page, document->note };

        cw_print_table_add_row (table, cells);
      }
    }
  return table;
}

static CwPrintTable *
back_cover_table (CwMediationCaseFile *self,
                  int                  n_pages)
{
  CwPrintTable *table = new_two_columns (_("Note on the File"), _("Item"), 0.25);
  g_autofree char *pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d page", "%d pages", n_pages), n_pages);
  g_autofree char *today = cw_date_today_text ();
  guint missing = 0;

  for (guint i = 0; i < self->documents->len; i++)
    missing += g_array_index (self->documents, Document, i).layout == NULL;
  two_cells (table, _("Pages in the file"), pages);
  two_cells (table, _("Missing documents"), missing > 0 ? _("See the contents list") : _("None"));
  cw_print_table_add_signature (table, _("Filed by"));
  cw_print_table_add_signature (table, _("Checked by"));
  cw_print_table_set_issuer (table, NULL, today);
  return table;
}

CwMediationCaseFile *
cw_mediation_case_file_new (CwDatabase      *db,
                            CwMediationCase *mediation_case)
{
  CwMediationCaseFile *self;
  CwMediationCase *c = mediation_case;
  const char *outcome;
  GPtrArray *rows;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (CW_IS_MEDIATION_CASE (mediation_case), NULL);

  self = g_object_new (CW_TYPE_MEDIATION_CASE_FILE, NULL);
  self->db = g_object_ref (db);
  self->mediation_case = g_object_ref (mediation_case);
  outcome = cw_mediation_case_get (c, CW_CASE_OUTCOME);

  add_document (self, _("Intake record"), cw_mediation_intake_table (db, c), NULL);
  add_document (self, _("Notice of rights and duties"), cw_mediation_rights_table (db, c), NULL);
  add_document (self, _("The parties’ identity"), cw_mediation_identity_table (db, c), NULL);
  rows = cw_mediation_case_get_rows (c, CW_MEDIATION_SESSION);
  if (rows->len == 0)
    add_document (self, _("Session record"), NULL, _("Missing"));
  for (guint i = 0; i < rows->len; i++)
    {
      /* Translators: a session record on a case file's contents, with its date */
      g_autofree char *title = g_strdup_printf (_("Session record, %s"),
                                                cw_mediation_row_get (rows->pdata[i], CW_SESSION_HELD_ON));

      add_document (self, title, cw_mediation_session_table (db, c, i), NULL);
    }
  if (cw_mediation_case_get (c, CW_CASE_AGREEMENT)[0] != '\0')
    add_document (self, g_str_equal (cw_mediation_case_get (c, CW_CASE_AGREEMENT), "oral") ? _("Oral agreement record")
                                                                                          : _("Mediation agreement"),
                  cw_mediation_agreement_table (db, c, NULL), NULL);
  else
    /* An unsettled or terminated case has no agreement to miss. */
    add_document (self, _("Mediation agreement"), NULL,
                  outcome[0] == '\0' || g_str_equal (outcome, "success") ? _("Missing") : cw_mediation_label (outcome));
  rows = cw_mediation_case_get_rows (c, CW_MEDIATION_FOLLOWUP);
  for (guint i = 0; i < rows->len; i++)
    add_document (self, _("Follow-up record"), cw_mediation_followup_table (db, c, i), NULL);
  if (cw_mediation_case_get (c, CW_CASE_CONFIRM_APPLIED)[0] != '\0')
    add_document (self, _("Judicial confirmation"), cw_mediation_confirm_table (db, c), NULL);
  /* Its page count is written once the others are laid out. */
  add_document (self, _("Note on the file"), back_cover_table (self, 0), NULL);
  return self;
}

int
cw_mediation_case_file_paginate (CwMediationCaseFile *self,
                                 cairo_t             *measuring_cr,
                                 double               page_w,
                                 double               page_h)
{
  g_autoptr(CwPrintTable) cover = cover_table (self);
  Document *back = &g_array_index (self->documents, Document, self->documents->len - 1);
  int n_contents = 1, n_documents = 0;

  g_return_val_if_fail (CW_IS_MEDIATION_CASE_FILE (self), 0);

  g_set_object (&self->cover, cw_print_layout_new (cover));
  g_object_unref (self->cover);
  self->n_cover = cw_print_layout_paginate (self->cover, measuring_cr, page_w, page_h);

  /* The contents list names the pages the documents start on, which
   * depend on its own length, and the back cover counts every page:
   * laid out again until both hold still (once or twice). */
  for (int round = 0; round < 4; round++)
    {
      g_autoptr(CwPrintTable) contents = NULL;
      int page = self->n_cover + n_contents, laid;

      for (guint i = 0; i < self->documents->len; i++)
        {
          Document *document = &g_array_index (self->documents, Document, i);

          document->first_page = page;
          document->n_pages = document->layout != NULL
                              ? cw_print_layout_paginate (document->layout, measuring_cr, page_w, page_h) : 0;
          page += document->n_pages;
        }
      n_documents = page - self->n_cover - n_contents;

      contents = contents_table (self);
      g_set_object (&self->contents, cw_print_layout_new (contents));
      g_object_unref (self->contents);
      laid = cw_print_layout_paginate (self->contents, measuring_cr, page_w, page_h);
      self->n_contents = laid;
      self->n_pages = self->n_cover + laid + n_documents;

      {
        /* Every page, the cover too: the count an inspector checks
         * against the "page N of M" on each. */
        g_autoptr(CwPrintTable) note = back_cover_table (self, self->n_pages);
        CwPrintLayout *layout = cw_print_layout_new (note);

        g_set_object (&back->layout, layout);
        g_object_unref (layout);
      }
      if (laid == n_contents && cw_print_layout_paginate (back->layout, measuring_cr, page_w, page_h) == back->n_pages)
        break;
      n_contents = laid;
    }
  return self->n_pages;
}

/* The file's page number at the top right, as an archive numbers it. */
static void
draw_file_page_number (cairo_t *cr,
                       int      page)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (CW_PRINT_FONT_FAMILIES " 9");
  g_autofree char *text = g_strdup_printf ("%d", page + 1);
  int width, height;

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, &height);
  cairo_save (cr);
  cairo_move_to (cr, CW_PDF_A4_WIDTH - 30 - (double) width / PANGO_SCALE, 20);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* Page @page of the file, which is @layout's page @page - @first_page. */
static void
draw_in_file (CwMediationCaseFile *self,
              CwPrintLayout       *layout,
              int                  first_page,
              cairo_t             *cr,
              int                  page)
{
  cw_print_layout_set_page_numbering (layout, first_page, self->n_pages);
  cw_print_layout_draw_page (layout, cr, page - first_page);
}

void
cw_mediation_case_file_draw_page (CwMediationCaseFile *self,
                                  cairo_t             *cr,
                                  int                  page)
{
  g_return_if_fail (CW_IS_MEDIATION_CASE_FILE (self));
  g_return_if_fail (page >= 0 && page < self->n_pages);

  /* Every footer counts the file's pages, as the contents list and the
   * numbers at the top right do, not its document's. */
  if (page < self->n_cover)
    draw_in_file (self, self->cover, 0, cr, page);
  else if (page < self->n_cover + self->n_contents)
    draw_in_file (self, self->contents, self->n_cover, cr, page);
  else
    for (guint i = 0; i < self->documents->len; i++)
      {
        Document *document = &g_array_index (self->documents, Document, i);

        if (document->layout != NULL && page >= document->first_page &&
            page < document->first_page + document->n_pages)
          draw_in_file (self, document->layout, document->first_page, cr, page);
      }
  draw_file_page_number (cr, page);
}

guint
cw_mediation_case_file_get_n_documents (CwMediationCaseFile *self)
{
  g_return_val_if_fail (CW_IS_MEDIATION_CASE_FILE (self), 0);
  return self->documents->len;
}

const char *
cw_mediation_case_file_get_document (CwMediationCaseFile *self,
                                     guint                index,
                                     int                 *first_page)
{
  Document *document;

  g_return_val_if_fail (CW_IS_MEDIATION_CASE_FILE (self), NULL);
  g_return_val_if_fail (index < self->documents->len, NULL);

  document = &g_array_index (self->documents, Document, index);
  if (first_page != NULL)
    *first_page = document->layout != NULL ? document->first_page + 1 : 0;
  return document->title;
}

gboolean
cw_mediation_case_file_save_pdf (CwMediationCaseFile  *self,
                                 const char           *path,
                                 int                  *n_pages,
                                 GError              **error)
{
  g_return_val_if_fail (CW_IS_MEDIATION_CASE_FILE (self), FALSE);

  return cw_pdf_save_a4 (path, cw_mediation_case_get (self->mediation_case, CW_CASE_NUMBER), self,
                         (CwPdfPaginateFunc) cw_mediation_case_file_paginate,
                         (CwPdfDrawPageFunc) cw_mediation_case_file_draw_page,
                         n_pages, error);
}

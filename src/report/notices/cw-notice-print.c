/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-print"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/notices/cw-notice-mask.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village.h"
#include "report/common/cw-pdf.h"
#include "report/common/cw-print-layout.h"
#include "report/notices/cw-notice-print.h"

/* 2026-03-10 as a notice writes it: 2026年3月10日. */
static char *
written_date (const char *date)
{
  GDate day;

  if (date == NULL || !cw_date_parse (date, &day, NULL))
    return g_strdup (date != NULL ? date : "");
  /* Translators: a date on a notice, year month day */
  return g_strdup_printf (_("%u-%02u-%02u"), g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));
}

/* The committee that issues a notice of @kind, after the village's name. */
static char *
default_issuer (CwDatabase   *db,
                CwNoticeKind  kind)
{
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);
  const char *name = village != NULL ? cw_village_get_name (village) : "";

  if (kind == CW_NOTICE_KIND_PARTY)
    /* Translators: the issuer of a party notice, %s the village: 中共青山村支部委员会 */
    return g_strdup_printf (_("Party branch committee of %s"), name);
  /* Translators: %s the village: 青山村村民委员会 */
  return g_strdup_printf (_("Villagers’ committee of %s"), name);
}

/* Whether a header names a column of persons' names (masked when the
 * village asks for it). */
static gboolean
is_name_header (const char *header)
{
  return strstr (header, "姓名") != NULL || strstr (header, "户主") != NULL || strstr (header, "名字") != NULL ||
         g_ascii_strcasecmp (header, "name") == 0;
}

CwPrintTable *
cw_notice_print_table (CwDatabase  *db,
                       CwNotice    *notice,
                       GError     **error)
{
  GPtrArray *rows = cw_notice_get_table (notice);
  char **header = rows != NULL && rows->len > 0 ? g_ptr_array_index (rows, 0) : NULL;
  guint n_columns = header != NULL ? g_strv_length (header) : 0;
  g_autofree CwPrintColumn *columns = g_new0 (CwPrintColumn, MAX (n_columns, 1));
  char **headers = g_new0 (char *, n_columns + 1);
  g_autoptr(GPtrArray) reviews = cw_notice_list_reviews (db, cw_notice_get_id (notice), error);
  g_auto(GStrv) paragraphs = NULL;
  g_autofree char *from = written_date (cw_notice_get_from (notice));
  g_autofree char *to = written_date (cw_notice_get_to (notice));
  g_autofree char *note = NULL;
  g_autofree char *period = NULL;
  g_autofree char *issuer = NULL;
  g_autofree char *issued = NULL;
  CwPrintTable *table;
  GDate a, b;
  int days = 0;

  if (reviews == NULL)
    {
      g_strfreev (headers);
      return NULL;
    }
  for (guint c = 0; c < n_columns; c++)
    {
      headers[c] = cw_notice_mask_text (header[c]);
      columns[c].header = headers[c];
      columns[c].align = CW_PRINT_ALIGN_CENTER;
      columns[c].overflow = CW_PRINT_WRAP;
      columns[c].give_way = c + 1;
      columns[c].min_ems = 2;
      columns[c].personal = is_name_header (header[c]) ? CW_PRINT_NAME : CW_PRINT_PUBLIC;
    }
  table = cw_print_table_new (CW_PRINT_TABLE_NOTICE, cw_notice_get_title (notice), columns, n_columns,
                              cw_settings_get_mask_names (db) ? CW_PRINT_MASK_NAMES : CW_PRINT_MASK_NONE);
  /* The table keeps the columns' headers by reference. */
  g_object_set_data_full (G_OBJECT (table), "cw-notice-headers", headers, (GDestroyNotify) g_strfreev);
  /* Translators: under a notice's title, its number: 编号：2026-001 */
  note = g_strdup_printf (_("No. %s"), cw_notice_get_number (notice));
  cw_print_table_set_note (table, note);
  /* Printed before it may be posted (to read it over, to show the
   * committee), it says so under its title, so that it is never put up
   * as it is. */
  if (cw_notice_get_state (notice) == CW_NOTICE_DRAFT || cw_notice_get_state (notice) == CW_NOTICE_REVIEWED ||
      cw_notice_get_state (notice) == CW_NOTICE_SETTLED)
    cw_print_table_add_subtitle (table, _("Not posted yet: this print is a draft, not to be put up."));

  paragraphs = g_strsplit (cw_notice_get_body (notice), "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    if (paragraphs[i][0] != '\0')
      {
        g_autofree char *masked = cw_notice_mask_text (paragraphs[i]);
        /* Two ideographic spaces begin a paragraph, as a notice is typed. */
        g_autofree char *indented = g_strconcat ("\u3000\u3000", masked, NULL);
        cw_print_table_add_paragraph (table, indented);
      }

  for (guint r = 1; rows != NULL && r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);
      g_auto(GStrv) masked = g_new0 (char *, n_columns + 1);

      for (guint c = 0; c < n_columns; c++)
        masked[c] = cw_notice_mask_text (c < g_strv_length (cells) ? cells[c] : "");
      cw_print_table_add_row (table, (const char * const *) masked);
    }

  if (cw_date_parse (cw_notice_get_from (notice), &a, NULL) && cw_date_parse (cw_notice_get_to (notice), &b, NULL))
    days = g_date_days_between (&a, &b) + 1;
  /* Translators: the publicity period on a notice */
  period = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Publicity period: %s to %s (%d day).",
                                         "Publicity period: %s to %s (%d days).", days), from, to, days);
  cw_print_table_add_closing (table, period);
  cw_print_table_add_closing (table, _("Villagers who have questions about this notice may raise them with the "
                                       "villagers’ committee or the supervisory committee during the publicity "
                                       "period; they are answered within 10 days."));
  if (cw_notice_get_corrects_id (notice) != 0)
    {
      g_autoptr(CwNotice) old = cw_notice_load (db, cw_notice_get_corrects_id (notice), NULL);
      if (old != NULL)
        {
          g_autofree char *line = g_strdup_printf (_("This notice corrects notice No. %s."), cw_notice_get_number (old));
          cw_print_table_add_closing (table, line);
        }
    }

  /* Each reviewer by name, with a line to sign on. */
  for (guint i = 0; i < reviews->len; i++)
    {
      CwNoticeReview *review = g_ptr_array_index (reviews, i);
      /* Translators: before a reviewer's signature line, 监委会审核人 王五 */
      g_autofree char *label = g_strdup_printf (_("Reviewed by the supervisory committee, %s"), review->reviewer);
      cw_print_table_add_signature (table, label);
    }
  if (reviews->len == 0)
    cw_print_table_add_signature (table, _("Reviewed by the supervisory committee"));

  issuer = cw_notice_get_issuer (notice)[0] != '\0' ? g_strdup (cw_notice_get_issuer (notice))
                                                     : default_issuer (db, cw_notice_get_kind (notice));
  issued = written_date (cw_notice_get_posted_date (notice) != NULL ? cw_notice_get_posted_date (notice)
                                                                     : cw_notice_get_from (notice));
  cw_print_table_set_issuer (table, issuer, issued);
  return table;
}

gboolean
cw_notice_print_pdf (CwDatabase  *db,
                     CwNotice    *notice,
                     gboolean     a3,
                     const char  *path,
                     int         *n_pages,
                     GError     **error)
{
  g_autoptr(CwPrintTable) table = cw_notice_print_table (db, notice, error);
  g_autoptr(CwPrintLayout) layout = NULL;

  if (table == NULL)
    return FALSE;
  layout = cw_print_layout_new (table);
  return cw_pdf_save_sized (path, cw_print_table_get_title (table),
                            a3 ? CW_PDF_A3_WIDTH : CW_PDF_A4_WIDTH, a3 ? CW_PDF_A3_HEIGHT : CW_PDF_A4_HEIGHT,
                            layout, (CwPdfPaginateFunc) cw_print_layout_paginate,
                            (CwPdfDrawPageFunc) cw_print_layout_draw_page, n_pages, error);
}

static char *
count_text (gint64 value)
{
  return value >= 0 ? g_strdup_printf ("%lld", (long long) value) : g_strdup ("");
}

CwPrintTable *
cw_decision_print_table (CwDatabase  *db,
                         CwDecision  *decision,
                         GError     **error)
{
  const CwPrintColumn columns[] = {
    { _("Step"), CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, 0, 6, 0, CW_PRINT_PUBLIC },
    { _("Date"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 0, 0, CW_PRINT_PUBLIC },
    { _("Meeting"), CW_PRINT_ALIGN_CENTER, CW_PRINT_WRAP, 0, 3, 1, CW_PRINT_PUBLIC },
    { _("Due to attend"), CW_PRINT_ALIGN_RIGHT, CW_PRINT_ELLIPSIZE, 0, 0, 0, CW_PRINT_PUBLIC },
    { _("Present"), CW_PRINT_ALIGN_RIGHT, CW_PRINT_ELLIPSIZE, 0, 0, 0, CW_PRINT_PUBLIC },
    { _("For"), CW_PRINT_ALIGN_RIGHT, CW_PRINT_ELLIPSIZE, 0, 0, 0, CW_PRINT_PUBLIC },
    { _("Against"), CW_PRINT_ALIGN_RIGHT, CW_PRINT_ELLIPSIZE, 0, 0, 0, CW_PRINT_PUBLIC },
    { _("Valid"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 0, 0, CW_PRINT_PUBLIC },
    { _("Passed"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 0, 0, CW_PRINT_PUBLIC },
    { _("Notes"), CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, 0, 4, 2, CW_PRINT_PUBLIC },
  };
  GPtrArray *records = cw_decision_get_records (decision);
  g_autofree char *title = g_strdup_printf (_("Four deliberations and two publications: %s"),
                                            cw_decision_get_title (decision));
  g_autofree char *note = g_strdup_printf (_("No. %s"), cw_decision_get_number (decision));
  g_autofree char *state = cw_decision_describe (decision);
  g_autofree char *raised = g_strdup_printf (_("Raised on %s. %s."), cw_decision_get_date (decision), state);
  g_autofree char *issuer = default_issuer (db, CW_NOTICE_KIND_VILLAGE);
  g_autofree char *today = cw_date_today_text ();
  CwPrintTable *table = cw_print_table_new (CW_PRINT_TABLE_LIST, title, columns, G_N_ELEMENTS (columns),
                                            CW_PRINT_MASK_NONE);

  cw_print_table_set_note (table, note);
  cw_print_table_add_subtitle (table, raised);
  for (guint i = 0; i < records->len; i++)
    {
      CwDecisionStep *step = g_ptr_array_index (records, i);
      g_autofree char *name = g_strdup_printf ("%u %s", step->step, cw_decision_step_name (step->step));
      g_autofree char *due = count_text (step->households_present >= 0 && step->present < 0 ? step->households_due
                                                                                           : step->due);
      g_autofree char *present = count_text (step->present >= 0 ? step->present : step->households_present);
      g_autofree char *in_favour = count_text (step->in_favour);
      g_autofree char *against = count_text (step->against);
      g_autofree char *notes = NULL;
      const char *cells[G_N_ELEMENTS (columns)];

      if (step->notice_number[0] != '\0')
        notes = g_strdup_printf (_("Notice No. %s"), step->notice_number);
      else if (step->households_present >= 0 && step->present >= 0)
        notes = g_strdup_printf (_("%lld of %lld households represented"), (long long) step->households_present,
                                 (long long) step->households_due);
      else
        notes = g_strdup (step->minutes);
      cells[0] = name;
      cells[1] = step->date;
      cells[2] = cw_meeting_name (step->meeting);
      cells[3] = due;
      cells[4] = present;
      cells[5] = in_favour;
      cells[6] = against;
      cells[7] = step->valid ? _("Yes") : _("No");
      cells[8] = step->passed ? _("Yes") : _("No");
      cells[9] = notes;
      cw_print_table_add_row (table, cells);
    }
  cw_print_table_set_empty_text (table, _("No step has been held yet."));
  cw_print_table_add_closing (table, _("Party members’ meeting: valid with at least two thirds of the members due "
                                       "present; passed with more than half of those due for. Villagers’ meeting: "
                                       "valid with more than half of the adults, or representatives of two thirds "
                                       "of the households, present; representatives’ meeting: valid with two "
                                       "thirds present; both pass with more than half of those present for."));
  cw_print_table_add_signature (table, _("Recorded by"));
  cw_print_table_add_signature (table, _("Supervisory committee"));
  cw_print_table_set_issuer (table, issuer, today);
  return table;
}

gboolean
cw_decision_print_pdf (CwDatabase  *db,
                       CwDecision  *decision,
                       const char  *path,
                       int         *n_pages,
                       GError     **error)
{
  g_autoptr(CwPrintTable) table = cw_decision_print_table (db, decision, error);

  return table != NULL && cw_print_table_save_pdf (table, path, n_pages, error);
}

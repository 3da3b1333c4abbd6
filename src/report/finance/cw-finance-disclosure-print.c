/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-disclosure-print"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/village/cw-village.h"
#include "report/common/cw-enlarged-layout.h"
#include "report/common/cw-pdf.h"
#include "report/common/cw-print-layout.h"
#include "report/finance/cw-finance-disclosure-print.h"

/* "2026年10月8日"; the blank form when @iso is NULL. */
static char *
long_date (const char *iso)
{
  GDate date;

  if (iso == NULL || !cw_date_parse (iso, &date, NULL))
    return g_strdup (_("______ - ____ - ____"));
  return g_strdup_printf (_("%d-%02d-%02d"), g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static void
add_kind (CwPrintTable              *table,
          const CwFinanceDisclosure *disclosure,
          gboolean                   income)
{
  g_autoptr(GPtrArray) rows = cw_finance_disclosure_table_rows (disclosure, income);

  for (guint i = 0; i < rows->len; i++)
    cw_print_table_add_row (table, g_ptr_array_index (rows, i));
}

CwPrintTable *
cw_finance_disclosure_table (CwDatabase                *db,
                             const CwFinanceDisclosure *disclosure,
                             const char                *posted)
{
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);
  g_autofree char *title = cw_finance_disclosure_title (db, &disclosure->period);
  g_autofree char *posted_text = long_date (posted);
  g_autofree char *note = g_strdup_printf (_("Posted %s"), posted_text);
  g_autofree char *chart = NULL;
  g_auto(GStrv) balance = NULL;
  g_auto(GStrv) large = NULL;
  g_autofree char *committee = NULL;
  CwPrintColumn columns[] = {
    { _("Code"), CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0.12 },
    { _("Account"), CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0.40 },
    { _("This period"), CW_PRINT_ALIGN_RIGHT, CW_PRINT_ELLIPSIZE, 0.24 },
    { _("This year"), CW_PRINT_ALIGN_RIGHT, CW_PRINT_ELLIPSIZE, 0.24 },
  };
  CwPrintTable *table = cw_print_table_new (CW_PRINT_TABLE_NOTICE, title, columns, G_N_ELEMENTS (columns),
                                            CW_PRINT_MASK_NONE);

  cw_print_table_set_note (table, note);
  chart = cw_finance_disclosure_chart_line (disclosure);
  cw_print_table_add_subtitle (table, chart);
  if (disclosure->pending > 0)
    {
      g_autofree char *pending =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u entry of the period waits for the supervision committee’s review and "
                                      "is not in these figures.",
                                      "%u entries of the period wait for the supervision committee’s review and "
                                      "are not in these figures.",
                                      disclosure->pending),
                         disclosure->pending);
      cw_print_table_add_subtitle (table, pending);
    }

  cw_print_table_add_section (table, _("Income"), NULL);
  add_kind (table, disclosure, TRUE);
  cw_print_table_add_section (table, _("Expense"), NULL);
  add_kind (table, disclosure, FALSE);

  balance = cw_finance_disclosure_balance_lines (disclosure);
  cw_print_table_set_total (table, balance[0]);
  for (guint i = 1; balance[i] != NULL; i++)
    cw_print_table_add_closing (table, balance[i]);
  large = cw_finance_disclosure_large_item_lines (disclosure);
  for (guint i = 0; large[i] != NULL; i++)
    cw_print_table_add_closing (table, large[i]);

  cw_print_table_add_signature (table, _("Villagers’ committee (seal)"));
  /* Each member of the committee signs; blank lines when the register
   * of roles names none yet. */
  if (disclosure->supervisors->len == 0)
    for (guint i = 0; i < 3; i++)
      cw_print_table_add_signature (table, _("Supervisory committee member"));
  for (guint i = 0; i < disclosure->supervisors->len; i++)
    cw_print_table_add_signature (table, g_ptr_array_index (disclosure->supervisors, i));
  cw_print_table_add_signature (table, _("Supervisory committee (seal)"));
  cw_print_table_add_signature (table, _("Bookkeeping agency (seal)"));
  committee = g_strdup_printf (_("%s Villagers’ Committee"), village != NULL ? cw_village_get_name (village) : "");
  cw_print_table_set_issuer (table, committee, posted_text);
  return table;
}

void
cw_finance_disclosure_paper (gboolean  a3,
                             double   *width,
                             double   *height)
{
  *width = a3 ? CW_PDF_A3_WIDTH : CW_PDF_A4_WIDTH;
  *height = a3 ? CW_PDF_A3_HEIGHT : CW_PDF_A4_HEIGHT;
}

gboolean
cw_finance_disclosure_table_save_pdf (CwPrintTable  *table,
                                      gboolean       a3,
                                      const char    *path,
                                      int           *n_pages,
                                      GError       **error)
{
  g_autoptr(CwEnlargedLayout) layout = cw_enlarged_layout_new (table);
  double width, height;

  cw_finance_disclosure_paper (a3, &width, &height);
  return cw_pdf_save_sized (path, cw_print_table_get_title (table), width, height, layout,
                            (CwPdfPaginateFunc) cw_enlarged_layout_paginate,
                            (CwPdfDrawPageFunc) cw_enlarged_layout_draw_page, n_pages, error);
}

gboolean
cw_finance_disclosure_save_pdf (CwDatabase            *db,
                                const CwFinancePeriod *period,
                                const char            *posted,
                                gboolean               a3,
                                const char            *path,
                                int                   *n_pages,
                                GError               **error)
{
  g_autoptr(CwFinanceDisclosure) disclosure = cw_finance_disclosure_compute (db, period, error);
  g_autoptr(CwPrintTable) table = NULL;

  if (disclosure == NULL)
    return FALSE;
  table = cw_finance_disclosure_table (db, disclosure, posted);
  return cw_finance_disclosure_table_save_pdf (table, a3, path, n_pages, error);
}

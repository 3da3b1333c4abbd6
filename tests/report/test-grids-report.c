/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-grids-report"

#include "config.h"

#include <string.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/grids/cw-grid-figures.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-visit.h"
#include "core/grids/cw-grid.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "report/common/cw-print-layout.h"
#include "report/grids/cw-grid-export.h"
#include "report/grids/cw-grid-print.h"

#include "cw-report-test.h"
#include "cw-test-core.h"
#include "cw-test-run.h"

static const char *
cell (GPtrArray *records,
      guint      row,
      guint      column)
{
  GStrv fields;

  g_assert_cmpuint (row, <, records->len);
  fields = g_ptr_array_index (records, row);
  g_assert_cmpuint (column, <, g_strv_length (fields));
  return fields[column];
}

static char *
number (guint n)
{
  return g_strdup_printf ("%u", n);
}

/* The ledger of March 2026 read back by LibreOffice has the figures the
 * window and the command line compute, 当月 and 累计 side by side. */
static void
test_requests_ledger (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (dir, "requests.xlsx", NULL);
  g_autofree char *outdir = g_build_filename (dir, "csv", NULL);
  g_autoptr(GPtrArray) month = cw_grid_figures_compute (db, "2026-03-01", "2026-03-31", &error);
  g_autoptr(GPtrArray) year = cw_grid_figures_compute (db, "2026-01-01", "2026-03-31", &error);
  g_autoptr(GHashTable) sheets = NULL;
  GPtrArray *summary, *requests;
  guint village_row;

  g_assert_no_error (error);
  if (!cw_test_have_program ("soffice"))
    return;
  g_assert_true (cw_grid_export_requests (db, "2026-03-01", "2026-03-31", "2026-01-01", xlsx, &error));
  g_assert_no_error (error);

  sheets = cw_report_test_read_workbook (xlsx, outdir);
  summary = g_hash_table_lookup (sheets, "Summary");
  requests = g_hash_table_lookup (sheets, "Requests");
  g_assert_nonnull (summary);
  g_assert_nonnull (requests);

  /* Title, header, a row per grid and the village's. */
  g_assert_cmpuint (summary->len, ==, 2 + month->len);
  g_assert_cmpstr (cell (summary, 1, 2), ==, "Received (this month)");
  g_assert_cmpstr (cell (summary, 1, 7), ==, "Received (year to date)");
  for (guint i = 0; i < month->len; i++)
    {
      const CwGridFigures *m = g_ptr_array_index (month, i);
      const CwGridFigures *y = g_ptr_array_index (year, i);
      g_autofree char *received = number (m->received);
      g_autofree char *resolved = number (m->resolved);
      g_autofree char *overdue = number (m->overdue);
      g_autofree char *rate = cw_grid_format_rate (cw_grid_figures_resolution_rate (m));
      g_autofree char *satisfied = cw_grid_format_rate (cw_grid_figures_satisfaction_rate (m));
      g_autofree char *year_received = number (y->received);
      g_autofree char *year_rate = cw_grid_format_rate (cw_grid_figures_resolution_rate (y));

      g_assert_cmpstr (cell (summary, 2 + i, 0), ==, m->grid_id == 0 ? "Whole village" : m->path);
      g_assert_cmpstr (cell (summary, 2 + i, 2), ==, received);
      g_assert_cmpstr (cell (summary, 2 + i, 3), ==, resolved);
      g_assert_cmpstr (cell (summary, 2 + i, 4), ==, rate);
      g_assert_cmpstr (cell (summary, 2 + i, 5), ==, satisfied);
      g_assert_cmpstr (cell (summary, 2 + i, 6), ==, overdue);
      g_assert_cmpstr (cell (summary, 2 + i, 7), ==, year_received);
      g_assert_cmpstr (cell (summary, 2 + i, 9), ==, year_rate);
    }
  village_row = 2 + month->len - 1;
  /* The demo has requests in March, and every one of them is a row. */
  g_assert_cmpuint (((CwGridFigures *) g_ptr_array_index (month, month->len - 1))->received, >, 0);
  g_assert_cmpstr (cell (summary, village_row, 0), ==, "Whole village");
  g_assert_cmpuint (requests->len - 2, ==, ((CwGridFigures *) g_ptr_array_index (month, month->len - 1))->received);
}

/* Nothing of a household's own ID numbers and phones, on either printout;
 * the party member's and the grid head's phones are there. */
static void
test_cards_and_board_private (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *cards_pdf = g_build_filename (dir, "cards.pdf", NULL);
  g_autofree char *board_pdf = g_build_filename (dir, "board.pdf", NULL);
  g_autoptr(CwPrintTable) cards = cw_grid_contact_cards_table (db, 0, &error);
  g_autoptr(CwPrintTable) board = cw_grid_board_table (db, &error);
  g_autoptr(GPtrArray) links = cw_party_link_rows (db, 0, &error);
  g_autoptr(GPtrArray) workers = cw_grid_worker_rows (db, &error);
  g_autoptr(GHashTable) allowed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) cards_text = g_string_new (NULL);
  g_autoptr(GString) board_text = g_string_new (NULL);
  g_autofree char *first_member = NULL;
  int n_cards = 0, n_board = 0;
  guint checked = 0;

  g_assert_no_error (error);
  g_assert_true (cw_print_table_save_pdf (cards, cards_pdf, &n_cards, &error));
  g_assert_true (cw_print_table_save_pdf (board, board_pdf, &n_board, &error));
  g_assert_no_error (error);
  if (!cw_test_have_program ("pdftotext"))
    return;
  for (int page = 1; page <= n_cards; page++)
    {
      g_autofree char *text = cw_report_test_text (cards_pdf, page);
      g_string_append (cards_text, text);
    }
  for (int page = 1; page <= n_board; page++)
    {
      g_autofree char *text = cw_report_test_text (board_pdf, page);
      g_string_append (board_text, text);
    }

  /* The phones that are there to be called. */
  for (guint i = 0; i < links->len; i++)
    g_hash_table_add (allowed, ((CwPartyLinkRow *) g_ptr_array_index (links, i))->member_phone);
  for (guint i = 0; i < workers->len; i++)
    g_hash_table_add (allowed, ((CwGridWorkerRow *) g_ptr_array_index (workers, i))->phone);
  g_assert_cmpuint (links->len, >, 0);
  first_member = g_strdup (((CwPartyLinkRow *) g_ptr_array_index (links, 0))->member_name);
  g_assert_nonnull (strstr (cards_text->str, first_member));

  /* Every member of every linked household. */
  for (guint i = 0; i < links->len; i++)
    {
      CwPartyLinkRow *link = g_ptr_array_index (links, i);
      g_autoptr(GListModel) members = cw_person_list_for_household (db, link->household_id, &error);

      for (guint m = 0; m < g_list_model_get_n_items (members); m++)
        {
          g_autoptr(CwPerson) person = g_list_model_get_item (members, m);
          const char *id = cw_person_get_id_number (person);
          const char *phone = cw_person_get_phone (person);

          if (id[0] != '\0')
            {
              g_assert_null (strstr (cards_text->str, id));
              g_assert_null (strstr (board_text->str, id));
              checked++;
            }
          if (phone[0] != '\0' && !g_hash_table_contains (allowed, phone))
            {
              g_assert_null (strstr (cards_text->str, phone));
              g_assert_null (strstr (board_text->str, phone));
              checked++;
            }
        }
    }
  g_assert_cmpuint (checked, >, 100);
}

/* The visit sheet of a grid: every household of its branch with what is
 * due (a must-visit raised by hand among them), no ID number. */
static void
test_visit_sheet (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(CwGrid) grid = cw_grid_find (db, "G01", &error);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(CwPrintTable) table = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  CwVisitDue *first;
  int pages = 0;

  g_assert_no_error (error);
  rows = cw_visit_sheet_rows (db, "2026-11-02", cw_grid_get_id (grid), &error);
  g_assert_no_error (error);
  /* The 党员中心户 grids below G01 hold its households. */
  g_assert_cmpuint (rows->len, >, 10);
  first = g_ptr_array_index (rows, 0);
  g_assert_true (cw_must_visit_raise (db, first->household_id, "生病住院", "2026-11-01", "住院", &error));
  g_assert_no_error (error);

  table = cw_grid_visit_sheet_table (db, cw_grid_get_id (grid), "2026-11-02", &error);
  g_assert_no_error (error);
  g_assert_true (cw_print_table_save_pdf (table, pdf, &pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pages, >, 0);
  if (!cw_test_have_program ("pdftotext"))
    return;
  for (int page = 1; page <= pages; page++)
    {
      g_autofree char *page_text = cw_report_test_text (pdf, page);
      g_string_append (text, page_text);
    }
  g_assert_nonnull (strstr (text->str, "Must visit: 生病住院"));
  for (guint i = 0; i < rows->len; i++)
    {
      CwVisitDue *row = g_ptr_array_index (rows, i);
      g_autoptr(GListModel) members = cw_person_list_for_household (db, row->household_id, &error);

      g_assert_nonnull (strstr (text->str, row->household_number));
      for (guint m = 0; m < g_list_model_get_n_items (members); m++)
        {
          g_autoptr(CwPerson) person = g_list_model_get_item (members, m);

          if (cw_person_get_id_number (person)[0] != '\0')
            g_assert_null (strstr (text->str, cw_person_get_id_number (person)));
        }
    }
}

/* A sheet asked without a day is today's (`cunwu print visit-sheets`
 * without --on crashed on it), and a day typed as Excel writes it is read
 * as the rows read it; a day that is no day is refused. */
static void
test_visit_sheet_day (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = cw_date_today_text ();
  const char *days[] = { NULL, "", "2026/11/2" };
  const char *expected[] = { today, today, "2026-11-02" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
      g_autoptr(CwPrintTable) table = cw_grid_visit_sheet_table (db, 0, days[i], &error);
      g_autofree char *as_of = g_strdup_printf ("As of %s;", expected[i]);
      g_autofree char *text = NULL;
      int pages = 0;

      g_assert_no_error (error);
      g_assert_true (cw_print_table_save_pdf (table, pdf, &pages, &error));
      g_assert_no_error (error);
      g_assert_cmpint (pages, >, 0);
      if (!cw_test_have_program ("pdftotext"))
        continue;
      text = cw_report_test_text (pdf, 1);
      g_assert_nonnull (strstr (text, as_of));
    }

  g_assert_null (cw_grid_visit_sheet_table (db, 0, "2026-13-45", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
}

static void
test_roster (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (dir, "grids.xlsx", NULL);
  g_autofree char *outdir = g_build_filename (dir, "csv", NULL);
  g_autoptr(GListModel) grids = cw_grid_list (db, FALSE, &error);
  g_autoptr(GHashTable) sheets = NULL;
  g_autoptr(CwGrid) first = NULL;
  g_autofree char *households = NULL;
  GPtrArray *sheet;

  if (!cw_test_have_program ("soffice"))
    return;
  g_assert_true (cw_grid_export_roster (db, xlsx, &error));
  g_assert_no_error (error);
  sheets = cw_report_test_read_workbook (xlsx, outdir);
  sheet = g_hash_table_lookup (sheets, "Grids");
  g_assert_nonnull (sheet);
  g_assert_cmpuint (sheet->len, ==, 2 + g_list_model_get_n_items (grids));
  first = g_list_model_get_item (grids, 0);
  households = number (cw_grid_get_households (first));
  g_assert_cmpstr (cell (sheet, 2, 0), ==, cw_grid_get_code (first));
  g_assert_cmpstr (cell (sheet, 2, 6), ==, households);
  /* Its persons and party members, which the window's list leaves out. */
  {
    g_autoptr(GListModel) counted = cw_grid_list_with_persons (db, FALSE, &error);
    g_autoptr(CwGrid) grid = g_list_model_get_item (counted, 0);
    g_autofree char *persons = number (cw_grid_get_persons (grid));
    g_autofree char *party = number (cw_grid_get_party_members (grid));

    g_assert_cmpuint (cw_grid_get_persons (grid), >, cw_grid_get_households (grid));
    g_assert_cmpstr (cell (sheet, 2, 7), ==, persons);
    g_assert_cmpstr (cell (sheet, 2, 8), ==, party);
  }
  g_assert_nonnull (g_hash_table_lookup (sheets, "Party Members’ Households"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/grids-report/requests-ledger", test_requests_ledger);
  g_test_add_func ("/grids-report/cards-and-board-private", test_cards_and_board_private);
  g_test_add_func ("/grids-report/roster", test_roster);
  g_test_add_func ("/grids-report/visit-sheet", test_visit_sheet);
  g_test_add_func ("/grids-report/visit-sheet-day", test_visit_sheet_day);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-export"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/grids/cw-grid-figures.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-request.h"
#include "core/grids/cw-grid.h"
#include "core/village/cw-village.h"
#include "report/common/cw-workbook.h"
#include "report/grids/cw-grid-export.h"

static char *
village_name (CwDatabase *db)
{
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);

  return g_strdup (village != NULL ? cw_village_get_name (village) : "");
}

static char *
export_note (void)
{
  g_autofree char *today = cw_date_today_text ();

  /* Translators: the note on the right of a workbook's title row */
  return g_strdup_printf (_("Exported %s"), today);
}

/* The roster */

static gboolean
write_grids_sheet (CwWorkbook  *book,
                   GListModel  *grids,
                   GPtrArray   *workers,
                   const char  *title,
                   const char  *note,
                   GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Code"), CW_WORKBOOK_CODE, 6, 12 },
    { _("Grid"), CW_WORKBOOK_TEXT, 16, 40 },
    { _("Level"), CW_WORKBOOK_CENTER, 6, 12 },
    { _("Grid Head"), CW_WORKBOOK_TEXT, 6, 12 },
    { _("Head’s Phone"), CW_WORKBOOK_CODE, 11, 14 },
    { _("Grid Workers and Phones"), CW_WORKBOOK_TEXT, 12, 40 },
    { C_("count", "Households"), CW_WORKBOOK_NUMBER, 6, 10 },
    { _("Persons"), CW_WORKBOOK_NUMBER, 6, 10 },
    { _("Party Members"), CW_WORKBOOK_NUMBER, 6, 10 },
  };
  CwWorkbookSheet sheet = { _("Grids"), title, note, columns, G_N_ELEMENTS (columns), FALSE };

  if (!cw_workbook_add_sheet (book, &sheet, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (grids); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (grids, i);
      g_autofree char *staff = cw_grid_workers_text (workers, cw_grid_get_id (grid));
      g_autofree char *households = g_strdup_printf ("%u", cw_grid_get_households (grid));
      g_autofree char *persons = g_strdup_printf ("%u", cw_grid_get_persons (grid));
      g_autofree char *party = g_strdup_printf ("%u", cw_grid_get_party_members (grid));
      const char *row[G_N_ELEMENTS (columns)];

      row[0] = cw_grid_get_code (grid);
      row[1] = cw_grid_get_path (grid);
      row[2] = cw_grid_get_level (grid);
      row[3] = cw_grid_get_head_name (grid);
      row[4] = cw_grid_get_head_phone (grid);
      row[5] = staff;
      row[6] = households;
      row[7] = persons;
      row[8] = party;
      if (!cw_workbook_write_row (book, row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_links_sheet (CwWorkbook  *book,
                   GPtrArray   *links,
                   GHashTable  *paths,
                   const char  *title,
                   const char  *note,
                   GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("Party Member"), CW_WORKBOOK_TEXT, 6, 12 },
    { _("Member’s Phone"), CW_WORKBOOK_CODE, 11, 14 },
    { _("Household Number"), CW_WORKBOOK_CODE, 6, 12 },
    { _("Head of Household"), CW_WORKBOOK_TEXT, 6, 12 },
    { _("Grid"), CW_WORKBOOK_TEXT, 16, 40 },
  };
  CwWorkbookSheet sheet = { _("Party Members’ Households"), title, note, columns, G_N_ELEMENTS (columns), TRUE };

  if (!cw_workbook_add_sheet (book, &sheet, error))
    return FALSE;
  for (guint i = 0; i < links->len; i++)
    {
      CwPartyLinkRow *link = g_ptr_array_index (links, i);
      const char *path = g_hash_table_lookup (paths, &link->grid_id);
      const char *row[] = { link->member_name, link->member_phone, link->household_number, link->head_name,
                            path != NULL ? path : "" };

      if (!cw_workbook_write_row (book, row, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
cw_grid_export_roster (CwDatabase  *db,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GListModel) grids = cw_grid_list_with_persons (db, FALSE, error);
  g_autoptr(GPtrArray) workers = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GHashTable) paths = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(CwWorkbook) book = NULL;
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *village = village_name (db);
  g_autofree char *note = export_note ();
  g_autofree char *title = NULL;
  g_autofree char *links_title = NULL;

  if (grids == NULL || (workers = cw_grid_worker_rows (db, error)) == NULL ||
      (links = cw_party_link_rows (db, 0, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (grids); i++)
    {
      CwGrid *grid = g_list_model_get_item (grids, i);
      gint64 id = cw_grid_get_id (grid);

      g_ptr_array_add (keep, grid);
      g_hash_table_insert (paths, g_memdup2 (&id, sizeof id), (gpointer) cw_grid_get_path (grid));
    }
  book = cw_workbook_new (path, error);
  if (book == NULL)
    return FALSE;
  /* Translators: a workbook's title, "青山村网格花名册" */
  title = g_strdup_printf (_("%s grid roster"), village);
  links_title = g_strdup_printf (_("%s party members and the households they look after"), village);
  return write_grids_sheet (book, grids, workers, title, note, error) &&
         write_links_sheet (book, links, paths, links_title, note, error) &&
         cw_workbook_close (book, error);
}

/* The requests ledger */

static const char *
state_words (CwGridRequest *request)
{
  const char *state = cw_grid_request_get_text (request, "state");

  if (cw_grid_request_get_text (request, "hold-since")[0] != '\0')
    return _("On hold");
  return cw_grid_request_state_label (state);
}

static gboolean
write_requests_sheet (CwWorkbook  *book,
                      GListModel  *requests,
                      const char  *title,
                      const char  *note,
                      GError     **error)
{
  const CwWorkbookColumn columns[] = {
    { _("No."), CW_WORKBOOK_NUMBER, 4, 8 },
    { _("Received"), CW_WORKBOOK_DATE, 10, 10 },
    { _("Household Number"), CW_WORKBOOK_CODE, 6, 10 },
    { _("Head of Household"), CW_WORKBOOK_TEXT, 6, 10 },
    { _("Grid"), CW_WORKBOOK_TEXT, 8, 20 },
    { _("Source"), CW_WORKBOOK_CENTER, 4, 8 },
    { _("Category"), CW_WORKBOOK_CENTER, 4, 8 },
    { _("Request"), CW_WORKBOOK_TEXT, 16, 40 },
    { _("Urgency"), CW_WORKBOOK_CENTER, 4, 6 },
    { _("Due"), CW_WORKBOOK_DATE, 10, 10 },
    { _("Assigned to"), CW_WORKBOOK_TEXT, 6, 12 },
    { _("Assigned"), CW_WORKBOOK_DATE, 10, 10 },
    { _("Resolved"), CW_WORKBOOK_DATE, 10, 10 },
    { _("What Was Done"), CW_WORKBOOK_TEXT, 10, 30 },
    { _("Evaluation"), CW_WORKBOOK_CENTER, 6, 10 },
    { _("Evaluated"), CW_WORKBOOK_DATE, 10, 10 },
    { _("State"), CW_WORKBOOK_CENTER, 6, 10 },
  };
  CwWorkbookSheet sheet = { _("Requests"), title, note, columns, G_N_ELEMENTS (columns), FALSE };

  if (!cw_workbook_add_sheet (book, &sheet, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(CwGridRequest) r = g_list_model_get_item (requests, i);
      g_autofree char *number = g_strdup_printf ("%d", (int) cw_grid_request_get_number (r));
      g_autofree char *due = g_strdup (cw_grid_request_get_text (r, "due-date"));
      const char *row[] = {
        number,
        cw_grid_request_get_text (r, "received-date"),
        cw_grid_request_get_text (r, "household-number"),
        cw_grid_request_get_text (r, "head-name"),
        cw_grid_request_get_text (r, "grid-name"),
        cw_grid_request_get_text (r, "source"),
        cw_grid_request_get_text (r, "category"),
        cw_grid_request_get_text (r, "body"),
        cw_grid_urgency_label (cw_grid_request_get_text (r, "urgency")),
        due,
        cw_grid_request_get_text (r, "assigned-to"),
        cw_grid_request_get_text (r, "assigned-date"),
        cw_grid_request_get_text (r, "resolved-date"),
        cw_grid_request_get_text (r, "resolution"),
        cw_grid_evaluation_label (cw_grid_request_get_text (r, "evaluation")),
        cw_grid_request_get_text (r, "evaluated-date"),
        state_words (r),
      };

      if (!cw_workbook_write_row (book, row, error))
        return FALSE;
    }
  return TRUE;
}

/* The five figures of a row, as text. */
static void
figure_cells (const CwGridFigures *f,
              char               **cells)
{
  cells[0] = g_strdup_printf ("%u", f->received);
  cells[1] = g_strdup_printf ("%u", f->resolved);
  cells[2] = cw_grid_format_rate (cw_grid_figures_resolution_rate (f));
  cells[3] = cw_grid_format_rate (cw_grid_figures_satisfaction_rate (f));
  cells[4] = g_strdup_printf ("%u", f->overdue);
}

static gboolean
write_summary_sheet (CwWorkbook  *book,
                     GPtrArray   *period,
                     GPtrArray   *year,
                     const char  *title,
                     const char  *note,
                     GError     **error)
{
  const CwWorkbookColumn figure_columns[] = {
    /* Translators: the township's column words: 受理, 已办结, 办结率, 满意率, 逾期 */
    { C_("figures", "Received"), CW_WORKBOOK_NUMBER, 6, 10 },
    { C_("figures", "Resolved"), CW_WORKBOOK_NUMBER, 6, 10 },
    { _("Resolution Rate"), CW_WORKBOOK_CENTER, 6, 10 },
    { _("Satisfaction Rate"), CW_WORKBOOK_CENTER, 6, 10 },
    { C_("figures", "Overdue"), CW_WORKBOOK_NUMBER, 6, 10 },
  };
  CwWorkbookColumn columns[2 + 2 * G_N_ELEMENTS (figure_columns)];
  g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);
  guint n_columns = 2;
  CwWorkbookSheet sheet = { _("Summary"), title, note, columns, 0, FALSE };

  columns[0] = (CwWorkbookColumn) { _("Grid"), CW_WORKBOOK_TEXT, 16, 40 };
  columns[1] = (CwWorkbookColumn) { _("Level"), CW_WORKBOOK_CENTER, 4, 10 };
  for (guint pass = 0; pass < (year != NULL ? 2u : 1u); pass++)
    for (guint c = 0; c < G_N_ELEMENTS (figure_columns); c++)
      {
        columns[n_columns] = figure_columns[c];
        if (year != NULL)
          {
            /* Translators: a column of a month's summary: "受理（当月）", "受理（累计）" */
            char *header = g_strdup_printf (pass == 0 ? _("%s (this month)") : _("%s (year to date)"),
                                            figure_columns[c].header);
            g_ptr_array_add (headers, header);
            columns[n_columns].header = header;
          }
        n_columns++;
      }
  sheet.n_columns = n_columns;
  if (!cw_workbook_add_sheet (book, &sheet, error))
    return FALSE;

  for (guint i = 0; i < period->len; i++)
    {
      const CwGridFigures *f = g_ptr_array_index (period, i);
      char *cells[2 + 10] = { NULL };
      gboolean ok;

      cells[0] = g_strdup (f->grid_id == 0 ? _("Whole village") : f->path);
      cells[1] = g_strdup (f->level);
      figure_cells (f, cells + 2);
      if (year != NULL)
        figure_cells (g_ptr_array_index (year, i), cells + 7);
      ok = cw_workbook_write_row (book, (const char * const *) cells, error);
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        g_free (cells[c]);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

gboolean
cw_grid_export_requests (CwDatabase  *db,
                         const char  *from,
                         const char  *to,
                         const char  *year_from,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GListModel) requests = cw_grid_request_list (db, from, to, error);
  g_autoptr(GPtrArray) period = NULL;
  g_autoptr(GPtrArray) year = NULL;
  g_autoptr(CwWorkbook) book = NULL;
  g_autofree char *village = village_name (db);
  g_autofree char *note = export_note ();
  g_autofree char *title = NULL;
  g_autofree char *summary_title = NULL;

  if (requests == NULL || (period = cw_grid_figures_compute_requests (db, from, to, error)) == NULL)
    return FALSE;
  if (year_from != NULL && (year = cw_grid_figures_compute_requests (db, year_from, to, error)) == NULL)
    return FALSE;
  book = cw_workbook_new (path, error);
  if (book == NULL)
    return FALSE;
  /* Translators: "青山村群众诉求台账 2026-03-01 至 2026-03-31" */
  title = g_strdup_printf (_("%s residents’ requests, %s to %s"), village, from, to);
  summary_title = g_strdup_printf (_("%s requests by grid, %s to %s"), village, from, to);
  return write_summary_sheet (book, period, year, summary_title, note, error) &&
         write_requests_sheet (book, requests, title, note, error) &&
         cw_workbook_close (book, error);
}

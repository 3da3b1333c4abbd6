/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-print"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-settings.h"
#include "core/grids/cw-grid-visit.h"
#include "core/grids/cw-grid.h"
#include "core/village/cw-village.h"
#include "report/grids/cw-grid-print.h"

static char *
village_name (CwDatabase *db)
{
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);

  return g_strdup (village != NULL ? cw_village_get_name (village) : "");
}

static void
set_printed_note (CwPrintTable *table)
{
  g_autofree char *today = cw_date_today_text ();
  /* Translators: under a printed list's title, %s is a date YYYY-MM-DD */
  g_autofree char *note = g_strdup_printf (_("Printed %s"), today);

  cw_print_table_set_note (table, note);
}

CwPrintTable *
cw_grid_contact_cards_table (CwDatabase  *db,
                             gint64       grid_id,
                             GError     **error)
{
  g_autoptr(GListModel) grids = cw_grid_list (db, FALSE, error);
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autofree char *village = village_name (db);
  g_autofree char *title = NULL;
  /* The member's and the head's phones are there to be called; nothing
   * of the household's own is. */
  const CwPrintColumn columns[] = {
    { _("Household Number"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 4, 0, CW_PRINT_PUBLIC },
    { _("Head of Household"), CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0, 4, 0, CW_PRINT_PUBLIC },
    { _("Party Member"), CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0, 4, 0, CW_PRINT_PUBLIC },
    { _("Member’s Phone"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 6, 0, CW_PRINT_PUBLIC },
    { _("Grid"), CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, 0, 6, 1, CW_PRINT_PUBLIC },
    { _("Grid Head"), CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0, 4, 0, CW_PRINT_PUBLIC },
    { _("Head’s Phone"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 6, 0, CW_PRINT_PUBLIC },
  };
  CwPrintTable *table;
  gint64 member = -1;

  if (grids == NULL || (links = cw_party_link_rows (db, grid_id, error)) == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (grids); i++)
    {
      CwGrid *grid = g_list_model_get_item (grids, i);
      gint64 id = cw_grid_get_id (grid);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), grid);
    }
  /* Translators: a printout's title, "青山村党员联系卡" */
  title = g_strdup_printf (_("%s party members’ contact cards"), village);
  table = cw_print_table_new (CW_PRINT_TABLE_NOTICE, title, columns, G_N_ELEMENTS (columns), CW_PRINT_MASK_NONE);
  set_printed_note (table);
  cw_print_table_set_empty_text (table, _("No party member is linked to a household yet."));
  for (guint i = 0; i < links->len; i++)
    {
      CwPartyLinkRow *link = g_ptr_array_index (links, i);
      CwGrid *grid = g_hash_table_lookup (by_id, &link->grid_id);
      const char *row[] = {
        link->household_number, link->head_name, link->member_name, link->member_phone,
        grid != NULL ? cw_grid_get_path (grid) : "", grid != NULL ? cw_grid_get_head_name (grid) : "",
        grid != NULL ? cw_grid_get_head_phone (grid) : "",
      };

      if (link->person_id != member)
        {
          g_autofree char *heading = g_strdup_printf (_("Party member %s: your contact for anything you need"),
                                                      link->member_name);

          cw_print_table_add_section (table, link->member_name, heading);
          member = link->person_id;
        }
      cw_print_table_add_row (table, row);
    }
  return table;
}

CwPrintTable *
cw_grid_board_table (CwDatabase  *db,
                     GError     **error)
{
  g_autoptr(GListModel) grids = cw_grid_list (db, FALSE, error);
  g_autoptr(GPtrArray) workers = NULL;
  g_autofree char *village = village_name (db);
  g_autofree char *title = NULL;
  const CwPrintColumn columns[] = {
    { _("Grid"), CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, 0, 6, 1, CW_PRINT_PUBLIC },
    { _("Level"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 3, 0, CW_PRINT_PUBLIC },
    { _("Grid Head"), CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0, 4, 0, CW_PRINT_PUBLIC },
    { _("Head’s Phone"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 6, 0, CW_PRINT_PUBLIC },
    { _("Grid Workers and Phones"), CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, 0, 6, 2, CW_PRINT_PUBLIC },
    { C_("count", "Households"), CW_PRINT_ALIGN_RIGHT, CW_PRINT_ELLIPSIZE, 0, 2, 0, CW_PRINT_PUBLIC },
  };
  CwPrintTable *table;

  if (grids == NULL || (workers = cw_grid_worker_rows (db, error)) == NULL)
    return NULL;
  /* Translators: a printout's title, "青山村网格公示牌" */
  title = g_strdup_printf (_("%s grid board"), village);
  table = cw_print_table_new (CW_PRINT_TABLE_NOTICE, title, columns, G_N_ELEMENTS (columns), CW_PRINT_MASK_NONE);
  set_printed_note (table);
  cw_print_table_set_empty_text (table, _("The village is not divided into grids yet."));
  for (guint i = 0; i < g_list_model_get_n_items (grids); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (grids, i);
      g_autofree char *staff = cw_grid_workers_text (workers, cw_grid_get_id (grid));
      g_autofree char *households = g_strdup_printf ("%u", cw_grid_get_households (grid));
      const char *row[G_N_ELEMENTS (columns)];

      row[0] = cw_grid_get_path (grid);
      row[1] = cw_grid_get_level (grid);
      row[2] = cw_grid_get_head_name (grid);
      row[3] = cw_grid_get_head_phone (grid);
      row[4] = staff;
      row[5] = households;
      cw_print_table_add_row (table, row);
    }
  return table;
}

/* What is due for a household on the sheet's day, in a few words. */
static char *
due_words (const CwVisitDue *row,
           const char       *on)
{
  if (row->event[0] != '\0')
    /* Translators: on a visit sheet: the open must-visits' events */
    return g_strdup_printf (_("Must visit: %s"), row->event);
  if (row->since[0] == '\0')
    return g_strdup (_("Never visited"));
  if (strcmp (row->due, on) <= 0)
    /* Translators: on a visit sheet: a routine visit due since a day */
    return g_strdup_printf (_("Due since %s"), row->due);
  /* Translators: on a visit sheet: the day the next routine visit is due */
  return g_strdup_printf (_("Next by %s"), row->due);
}

CwPrintTable *
cw_grid_visit_sheet_table (CwDatabase  *db,
                           gint64       grid_id,
                           const char  *on,
                           GError     **error)
{
  g_autoptr(GListModel) grids = cw_grid_list (db, FALSE, error);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *village = village_name (db);
  g_autofree char *title = NULL;
  g_autofree char *rule = NULL;
  const char *sheet_grid = NULL;
  const CwPrintColumn columns[] = {
    { _("Household Number"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 4, 0, CW_PRINT_PUBLIC },
    { _("Head of Household"), CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0, 4, 0, CW_PRINT_PUBLIC },
    { _("Due"), CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, 0, 6, 1, CW_PRINT_PUBLIC },
    { _("Last Visit"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 5, 0, CW_PRINT_PUBLIC },
    { _("Visited On"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 5, 0, CW_PRINT_PUBLIC },
    { _("Visitor"), CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0, 4, 0, CW_PRINT_PUBLIC },
    { _("What Was Found"), CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, 0, 8, 3, CW_PRINT_PUBLIC },
    { _("Request"), CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, 0, 6, 2, CW_PRINT_PUBLIC },
  };
  CwPrintTable *table;
  const char *section = NULL;
  g_autofree char *day = NULL;

  /* The sheet's day as the rows read it: today when none is given, and
   * a day typed 2026/11/2 compared as 2026-11-02. */
  if (on == NULL || on[0] == '\0')
    day = cw_date_today_text ();
  else if ((day = cw_date_normalize (on, error)) == NULL)
    return NULL;
  if (grids == NULL || (rows = cw_visit_sheet_rows (db, day, grid_id, error)) == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (grids); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (grids, i);

      /* The list holds the grids: their texts live as long as it. */
      g_hash_table_insert (names, (gpointer) cw_grid_get_code (grid), (gpointer) cw_grid_get_path (grid));
      if (cw_grid_get_id (grid) == grid_id)
        sheet_grid = cw_grid_get_path (grid);
    }
  /* Translators: a printout's title: "青山村走访登记表（东片 › 第一村民小组网格）" */
  title = sheet_grid != NULL ? g_strdup_printf (_("%s visit sheet (%s)"), village, sheet_grid)
                             : g_strdup_printf (_("%s visit sheet"), village);
  table = cw_print_table_new (CW_PRINT_TABLE_LIST, title, columns, G_N_ELEMENTS (columns), CW_PRINT_MASK_NONE);
  /* Translators: under a visit sheet's title: the day and the visit interval */
  rule = g_strdup_printf (_("As of %s; a household is visited every %d days, a must-visit at once."), day,
                          cw_grid_settings_get_visit_days (db));
  cw_print_table_set_note (table, rule);
  cw_print_table_set_empty_text (table, _("No household is placed in this grid."));
  cw_print_table_set_row_lines (table, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      CwVisitDue *row = g_ptr_array_index (rows, i);
      g_autofree char *due = due_words (row, day);
      const char *cells[] = { row->household_number, row->head_name, due, row->since, "", "", "", "" };

      if (g_strcmp0 (section, row->grid_code) != 0)
        {
          const char *path = g_hash_table_lookup (names, row->grid_code);

          cw_print_table_add_section (table, row->grid_code, path != NULL ? path : row->grid_code);
          section = row->grid_code;
        }
      cw_print_table_add_row (table, cells);
    }
  cw_print_table_add_signature (table, _("Visitor"));
  cw_print_table_add_signature (table, _("Grid Head"));
  return table;
}

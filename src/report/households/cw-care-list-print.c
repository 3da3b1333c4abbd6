/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-care-list-print"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "report/common/cw-print-layout.h"
#include "report/households/cw-care-list-print.h"
#include "report/households/cw-roster-export.h"

/* How each column of a care list prints. The names, tags and the like
 * wrap when the page is too narrow, in the order they give way, each no
 * narrower than min_ems: "低保、残疾" still on two lines, a three-character
 * name on one. */
static CwPrintColumn
care_column (CwCareColumn column)
{
  CwPrintColumn look = { .align = CW_PRINT_ALIGN_CENTER, .overflow = CW_PRINT_WRAP };

  switch (column)
    {
    case CW_CARE_COLUMN_NAME:
      look.align = CW_PRINT_ALIGN_LEFT;
      look.give_way = 5;
      look.min_ems = 3;
      look.personal = CW_PRINT_NAME;
      break;
    case CW_CARE_COLUMN_TAGS:
      look.align = CW_PRINT_ALIGN_LEFT;
      look.give_way = 1;
      look.min_ems = 3;
      break;
    case CW_CARE_COLUMN_RELATION:
      look.give_way = 2;
      look.min_ems = 2;
      break;
    case CW_CARE_COLUMN_GROUP:
      look.give_way = 3;
      look.min_ems = 3;
      break;
    case CW_CARE_COLUMN_HOUSEHOLD_NUMBER:
      look.give_way = 4;
      look.min_ems = 2;
      break;
    case CW_CARE_COLUMN_BIRTH_DATE:
      look.personal = CW_PRINT_BIRTH_DATE;
      break;
    case CW_CARE_COLUMN_ID_NUMBER:
      look.personal = CW_PRINT_ID_NUMBER;
      break;
    case CW_CARE_COLUMN_PHONE:
      look.personal = CW_PRINT_PHONE;
      break;
    case CW_CARE_COLUMN_INDEX:
    case CW_CARE_COLUMN_SEX:
    case CW_CARE_COLUMN_AGE:
    case CW_CARE_COLUMN_PARTY_JOIN_DATE:
    default:
      break;
    }
  return look;
}

CwPrintTable *
cw_care_list_print_table (CwDatabase           *db,
                          const CwPersonQuery  *query,
                          gboolean              masked,
                          GError              **error)
{
  g_autoptr(CwCareList) list = NULL;
  g_autofree CwPrintColumn *columns = NULL;
  g_autofree char *today = NULL;
  g_autofree char *note = NULL;
  g_autofree char *total = NULL;
  CwPrintTable *table;
  guint n_columns, n_rows;
  GDate date;

  /* The table masks: the list gives it every column in full. */
  list = cw_care_list_new (db, query, FALSE, error);
  if (list == NULL)
    return NULL;

  n_columns = cw_care_list_get_n_columns (list);
  n_rows = cw_care_list_get_n_rows (list);
  columns = g_new0 (CwPrintColumn, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      columns[c] = care_column (cw_care_list_get_column (list, c));
      columns[c].header = cw_care_list_get_header (list, c);
    }
  table = cw_print_table_new (CW_PRINT_TABLE_LIST, cw_care_list_get_title (list), columns, n_columns,
                              masked ? CW_PRINT_MASK_NUMBERS : CW_PRINT_MASK_NONE);

  cw_date_today (&date);
  today = cw_date_format (&date);
  /* Translators: under a printed list's title, %s is a date YYYY-MM-DD */
  note = g_strdup_printf (_("Printed %s"), today);
  cw_print_table_set_note (table, note);

  for (guint row = 0; row < n_rows; row++)
    {
      g_auto(GStrv) cells = cw_care_list_dup_row (list, row);

      cw_print_table_add_row (table, (const char * const *) cells);
    }

  total = cw_care_list_dup_total (list);
  cw_print_table_set_total (table, total);
  return table;
}

gboolean
cw_care_list_print_pdf (CwDatabase           *db,
                        const CwPersonQuery  *query,
                        gboolean              masked,
                        const char           *path,
                        int                  *n_pages,
                        GError              **error)
{
  g_autoptr(CwPrintTable) table = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  table = cw_care_list_print_table (db, query, masked, error);
  if (table == NULL)
    return FALSE;
  return cw_print_table_save_pdf (table, path, n_pages, error);
}

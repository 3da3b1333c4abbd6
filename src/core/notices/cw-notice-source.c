/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-source"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-error.h"
#include "core/common/cw-quarter.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid.h"
#include "core/households/cw-person-query.h"
#include "core/households/cw-person.h"
#include "core/households/cw-vocabulary.h"
#include "core/notices/cw-notice-source.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"

static const char *const source_names[CW_N_NOTICE_SOURCES] = {
  N_("Care list by tag"), N_("Grid board"), N_("Points of a quarter"),
};

const char *
cw_notice_source_name (CwNoticeSource source)
{
  g_return_val_if_fail (source < CW_N_NOTICE_SOURCES, "");
  return _(source_names[source]);
}

gboolean
cw_notice_source_parse (const char      *text,
                        CwNoticeSource  *source,
                        char           **what,
                        GError         **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *colon = strchr (clean, ':');
  g_autofree char *word = colon != NULL ? g_strndup (clean, (gsize) (colon - clean)) : g_strdup (clean);
  const char *rest = colon != NULL ? colon + 1 : NULL;

  *what = NULL;
  if (g_str_equal (word, "grids") && rest == NULL)
    {
      *source = CW_NOTICE_SOURCE_GRIDS;
      return TRUE;
    }
  if (g_str_equal (word, "care") && rest != NULL && cw_vocabulary_canonical_tag (rest) != NULL)
    {
      *source = CW_NOTICE_SOURCE_CARE;
      *what = g_strdup (cw_vocabulary_canonical_tag (rest));
      return TRUE;
    }
  if (g_str_equal (word, "points") && rest != NULL)
    {
      *source = CW_NOTICE_SOURCE_POINTS;
      return cw_quarter_parse (rest, what, error);
    }
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
               _("“%s” is not a register to draw a table from: care:TAG (a care tag such as 低保), grids, "
                 "or points:QUARTER (such as 2026Q3)."), clean);
  return FALSE;
}

static void
add_row (GPtrArray *rows,
         ...)
{
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  va_list args;
  const char *cell;

  va_start (args, rows);
  while ((cell = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (cells, cell);
  va_end (args);
  g_ptr_array_add (rows, g_strv_builder_end (cells));
}

static GPtrArray *
new_table (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

static GPtrArray *
care_table (CwDatabase  *db,
            const char  *tag,
            GError     **error)
{
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) persons = NULL;
  GPtrArray *rows;

  query.tag = tag;
  if ((persons = cw_person_query_run (db, &query, error)) == NULL)
    return NULL;
  rows = new_table ();
  add_row (rows, "序号", "村民小组", "户号", "姓名", "与户主关系", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr(CwPerson) person = g_list_model_get_item (persons, i);
      g_autofree char *index = g_strdup_printf ("%u", i + 1);

      add_row (rows, index, cw_person_get_group_name (person), cw_person_get_household_number (person),
               cw_person_get_name (person), cw_person_get_relation (person), NULL);
    }
  return rows;
}

/* The workers of @grid_id, names only, parted by 、. */
static char *
worker_names (GPtrArray *workers,
              gint64     grid_id)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < workers->len; i++)
    {
      CwGridWorkerRow *row = g_ptr_array_index (workers, i);
      if (row->grid_id == grid_id && g_str_equal (row->role, "worker"))
        g_strv_builder_add (names, row->name);
    }
  list = g_strv_builder_end (names);
  return g_strjoinv ("、", list);
}

static GPtrArray *
grids_table (CwDatabase  *db,
             GError     **error)
{
  g_autoptr(GListModel) grids = cw_grid_list (db, FALSE, error);
  g_autoptr(GPtrArray) workers = NULL;
  GPtrArray *rows;

  if (grids == NULL || (workers = cw_grid_worker_rows (db, error)) == NULL)
    return NULL;
  rows = new_table ();
  add_row (rows, "网格", "层级", "网格长", "网格员", "户数", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (grids); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (grids, i);
      g_autofree char *names = worker_names (workers, cw_grid_get_id (grid));
      g_autofree char *households = g_strdup_printf ("%u", cw_grid_get_households (grid));

      add_row (rows, cw_grid_get_path (grid), cw_grid_get_level (grid), cw_grid_get_head_name (grid), names,
               households, NULL);
    }
  return rows;
}

static GPtrArray *
points_table (CwDatabase  *db,
              const char  *quarter,
              GError     **error)
{
  g_autoptr(GListModel) tally = cw_point_tally_quarter (db, CW_SCHEME_HOUSEHOLD, quarter, error);
  GPtrArray *rows;

  if (tally == NULL)
    return NULL;
  rows = new_table ();
  add_row (rows, "村民小组", "户号", "户主", "本季度积分", "本年累计", "组内排名", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (tally); i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (tally, i);
      g_autofree char *points = g_strdup_printf ("%" G_GINT64_FORMAT, cw_point_tally_row_get_quarter_points (row));
      g_autofree char *year = g_strdup_printf ("%" G_GINT64_FORMAT, cw_point_tally_row_get_year_points (row));
      g_autofree char *rank = g_strdup_printf ("%d", cw_point_tally_row_get_group_rank (row));

      add_row (rows, cw_point_tally_row_get_group_name (row), cw_point_tally_row_get_number (row),
               cw_point_tally_row_get_name (row), points, year, rank, NULL);
    }
  return rows;
}

GPtrArray *
cw_notice_source_table (CwDatabase      *db,
                        CwNoticeSource   source,
                        const char      *what,
                        GError         **error)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  switch (source)
    {
    case CW_NOTICE_SOURCE_CARE:
      return care_table (db, what, error);
    case CW_NOTICE_SOURCE_GRIDS:
      return grids_table (db, error);
    case CW_NOTICE_SOURCE_POINTS:
      return points_table (db, what, error);
    case CW_N_NOTICE_SOURCES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The title and the catalogue item a table suggests; the village's
 * record is in Chinese whatever the clerk's language. */
static char *
suggested_title (CwNoticeSource  source,
                 const char     *what,
                 const char    **item)
{
  static const char *const numerals[] = { "一", "二", "三", "四" };

  switch (source)
    {
    case CW_NOTICE_SOURCE_CARE:
      *item = g_str_equal (what, "低保") ? "低保对象名单" : NULL;
      return g_strdup_printf ("%s名单公示", what);
    case CW_NOTICE_SOURCE_GRIDS:
      *item = "网格划分和网格长";
      return g_strdup ("网格划分及网格长、网格员名单公示");
    case CW_NOTICE_SOURCE_POINTS:
    case CW_N_NOTICE_SOURCES:
    default:
      *item = "积分制管理公示";
      return g_strdup_printf ("%.4s年第%s季度积分公示", what, numerals[CLAMP (what[5] - '1', 0, 3)]);
    }
}

gboolean
cw_notice_fill_from_source (CwDatabase     *db,
                            CwNotice       *notice,
                            CwNoticeSource  source,
                            const char     *what,
                            GError        **error)
{
  GPtrArray *table = cw_notice_source_table (db, source, what, error);
  const char *item_name = NULL;
  g_autofree char *title = NULL;

  if (table == NULL)
    return FALSE;
  cw_notice_set_table (notice, table);
  title = suggested_title (source, what, &item_name);
  if (cw_notice_get_title (notice)[0] == '\0')
    cw_notice_set_title (notice, title);
  if (cw_notice_get_item_id (notice) == 0 && item_name != NULL)
    {
      g_autoptr(CwNoticeItem) item = cw_notice_item_find (db, item_name, NULL);

      /* A catalogue without the item (renamed, retired) leaves it to the clerk. */
      if (item != NULL && !cw_notice_item_get_retired (item))
        {
          cw_notice_set_item_id (notice, cw_notice_item_get_id (item));
          cw_notice_set_kind (notice, cw_notice_item_get_kind (item));
          if (source == CW_NOTICE_SOURCE_POINTS)
            cw_notice_set_period (notice, what);
        }
    }
  return TRUE;
}

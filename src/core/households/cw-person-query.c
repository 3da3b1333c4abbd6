/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-person-query"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/households/cw-person-private.h"
#include "core/households/cw-person-query.h"
#include "core/village/cw-village-group.h"
#include "core/households/cw-vocabulary.h"

/* Age in whole years on ?on, in SQL, so the filter runs in the query and
 * not over 120 000 objects: the year difference, less one before the
 * birthday. Dates are stored as YYYY-MM-DD, so MM-DD compares as text. */
#define AGE_ON \
  "(CAST(substr(?1, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) " \
  " - (substr(?1, 6) < substr(p.birth_date, 6)))"

GListModel *
cw_person_query_run (CwDatabase           *db,
                     const CwPersonQuery  *query,
                     GError              **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT " PERSON_COLUMNS PERSON_FROM "WHERE 1 ");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *on = NULL;
  g_autofree char *group_name = NULL;
  GListStore *store;
  int rc;

  if (query->on != NULL && query->on[0] != '\0')
    {
      GDate date;
      if (!cw_date_parse (query->on, &date, error))
        return NULL;
      on = cw_date_format (&date);
    }
  else
    {
      GDate today;
      cw_date_today (&today);
      on = cw_date_format (&today);
    }

  if (query->tag != NULL && cw_vocabulary_canonical_tag (query->tag) == NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("“%s” is not a care tag."), query->tag);
      return NULL;
    }
  if (query->group_name != NULL)
    {
      g_autoptr(CwVillageGroup) group = cw_village_group_find (db, query->group_name, error);
      if (group == NULL)
        return NULL;
      /* The group as stored: the query may have been typed another way. */
      group_name = g_strdup (cw_village_group_get_name (group));
    }
  if (query->status != NULL && !cw_vocabulary_contains (cw_vocabulary_person_statuses, query->status))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("“%s” is not a status."), query->status);
      return NULL;
    }

  if (query->group_name != NULL)
    g_string_append (sql, "AND g.name = ?2 ");
  if (query->tag != NULL)
    g_string_append (sql, "AND ('、' || p.tags || '、' || h.tags || '、') LIKE ('%、' || ?3 || '、%') ");
  if (query->status != NULL)
    g_string_append (sql, "AND p.status = ?4 ");
  else if (!query->any_status)
    g_string_append (sql, "AND p.status IN ('active', 'migrant') ");
  if (query->party_members)
    g_string_append (sql, "AND p.political IN ('中共党员', '中共预备党员') ");
  if (query->min_age >= 0)
    g_string_append (sql, "AND p.birth_date IS NOT NULL AND " AGE_ON " >= ?5 ");

  /* The Double-Ninth list: a threshold per sex; a sex without one is out. */
  if (query->min_age_male >= 0 || query->min_age_female >= 0)
    {
      g_string_append (sql, "AND p.birth_date IS NOT NULL AND (");
      if (query->min_age_male >= 0)
        g_string_append (sql, "(p.sex = 'M' AND " AGE_ON " >= ?6)");
      else
        g_string_append (sql, "0");
      g_string_append (sql, " OR ");
      if (query->min_age_female >= 0)
        g_string_append (sql, "(p.sex = 'F' AND " AGE_ON " >= ?7)");
      else
        g_string_append (sql, "0");
      g_string_append (sql, ") ");
    }
  g_string_append (sql, "ORDER BY g.position, h.number, p.relation <> '户主', p.position, p.id");

  stmt = cw_database_prepare (db, sql->str, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, on, -1, SQLITE_STATIC);
  if (query->group_name != NULL)
    sqlite3_bind_text (stmt, 2, group_name, -1, SQLITE_STATIC);
  if (query->tag != NULL)
    sqlite3_bind_text (stmt, 3, cw_vocabulary_canonical_tag (query->tag), -1, SQLITE_STATIC);
  if (query->status != NULL)
    sqlite3_bind_text (stmt, 4, query->status, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, query->min_age);
  sqlite3_bind_int (stmt, 6, query->min_age_male);
  sqlite3_bind_int (stmt, 7, query->min_age_female);

  store = g_list_store_new (CW_TYPE_PERSON);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (rows, cw_person_from_row (stmt));
    if (rc != SQLITE_DONE)
      {
        g_object_unref (store);
        cw_database_fail (db, error);
        return NULL;
      }
    g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  }
  return G_LIST_MODEL (store);
}

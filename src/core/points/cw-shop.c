/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-shop"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-points-limits.h"
#include "core/points/cw-shop.h"

gboolean
cw_shop_balance (CwDatabase  *db,
                 gint64       household_id,
                 gint64      *balance,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT (SELECT coalesce(sum(points), 0) FROM cache_point_total "
                         "        WHERE scheme = 'household' AND subject_id = ?1) "
                         "     - (SELECT coalesce(sum(points), 0) FROM shop_redemption "
                         "        WHERE household_id = ?1 AND NOT voided)",
                         error);

  *balance = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, household_id);
  /* Sums always have their row: anything else is a failed read, never a
   * balance of nothing. */
  if (cw_database_step_one (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  *balance = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static char *
counter_day (const char  *date,
             GError     **error)
{
  GDate parsed, today;

  cw_date_today (&today);
  if (date == NULL || date[0] == '\0')
    parsed = today;
  else if (!cw_date_parse (date, &parsed, error))
    return NULL;
  if (g_date_compare (&parsed, &today) > 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Date: %s is in the future."), date);
      return NULL;
    }
  return cw_date_format (&parsed);
}

gint64
cw_shop_redeem (CwDatabase        *db,
                gint64             household_id,
                const CwShopLine  *lines,
                guint              n_lines,
                const char        *date,
                GError           **error)
{
  g_autofree char *day = counter_day (date, error);
  g_autoptr(sqlite3_stmt) household = NULL;
  g_autoptr(sqlite3_stmt) goods = NULL;
  g_autoptr(sqlite3_stmt) insert_line = NULL;
  g_autoptr(sqlite3_stmt) take_stock = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(GString) short_stock = g_string_new (NULL);
  g_autofree char *number = NULL;
  gint64 total = 0, balance;
  gint64 id;
  int rc;

  if (day == NULL || !cw_point_quarter_check_open (db, day, error))
    return 0;
  if (n_lines == 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Add the goods to redeem first."));
      return 0;
    }

  household = cw_database_prepare (db, "SELECT number, status = 'active' FROM household WHERE id = ?", error);
  goods = cw_database_prepare (db, "SELECT name, price, stock, retired FROM shop_goods WHERE id = ?", error);
  if (household == NULL || goods == NULL)
    return 0;
  sqlite3_bind_int64 (household, 1, household_id);
  if ((rc = cw_database_step_one (db, household, error)) == SQLITE_ERROR)
    return 0;
  if (rc == SQLITE_DONE || !sqlite3_column_int (household, 1))
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED, _("That household is not in the register."));
      return 0;
    }
  number = g_strdup ((const char *) sqlite3_column_text (household, 0));

  /* Everything is checked before anything is written, so a refusal says
   * every reason at once and changes nothing. */
  for (guint i = 0; i < n_lines; i++)
    if (lines[i].quantity <= 0 || lines[i].quantity > CW_REDEEM_QUANTITY_MAX)
      {
        g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                     _("Quantity: each line takes from 1 to %d pieces, not %lld."),
                     CW_REDEEM_QUANTITY_MAX, (long long) lines[i].quantity);
        return 0;
      }
  for (guint i = 0; i < n_lines; i++)
    {
      gint64 asked = 0;

      /* The same goods on two lines count together against the stock. */
      for (guint j = 0; j < n_lines; j++)
        if (lines[j].goods_id == lines[i].goods_id)
          asked += lines[j].quantity;

      sqlite3_reset (goods);
      sqlite3_bind_int64 (goods, 1, lines[i].goods_id);
      if ((rc = cw_database_step_one (db, goods, error)) == SQLITE_ERROR)
        return 0;
      if (rc == SQLITE_DONE || sqlite3_column_int (goods, 3))
        {
          g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED, _("Those goods are no longer in the shop."));
          return 0;
        }
      /* Each line costs at most CW_GOODS_PRICE_MAX × CW_REDEEM_QUANTITY_MAX,
       * so checking the running total keeps it far from overflowing. */
      total += sqlite3_column_int64 (goods, 1) * lines[i].quantity;
      if (total > CW_REDEMPTION_POINTS_MAX)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                       _("Points: one redemption costs at most %lld points; split it."),
                       (long long) CW_REDEMPTION_POINTS_MAX);
          return 0;
        }
      if (asked > sqlite3_column_int64 (goods, 2) && strstr (short_stock->str, (const char *) sqlite3_column_text (goods, 0)) == NULL)
        {
          if (short_stock->len > 0)
            g_string_append (short_stock, "; ");
          /* Translators: goods, how many asked, how many in stock */
          g_string_append_printf (short_stock, _("%s: %lld asked, %lld in stock"),
                                  (const char *) sqlite3_column_text (goods, 0),
                                  (long long) asked, (long long) sqlite3_column_int64 (goods, 2));
        }
    }

  if (!cw_shop_balance (db, household_id, &balance, error))
    return 0;
  if (balance < total || short_stock->len > 0)
    {
      g_autofree char *points = balance < total
        ? g_strdup_printf (_("household %s has %lld points and this needs %lld (%lld short)"),
                           number, (long long) balance, (long long) total, (long long) (total - balance))
        : NULL;

      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Nothing was redeemed: %s%s%s."),
                   points != NULL ? points : "", points != NULL && short_stock->len ? "; " : "",
                   short_stock->str);
      return 0;
    }

  insert = cw_database_prepare (db,
                                "INSERT INTO shop_redemption (household_id, redeemed_on, points, operator) "
                                "VALUES (?, ?, ?, ?)",
                                error);
  insert_line = cw_database_prepare (db,
                                     "INSERT INTO shop_redemption_line (redemption_id, goods_id, quantity, price) "
                                     "SELECT ?1, id, ?2, price FROM shop_goods WHERE id = ?3",
                                     error);
  take_stock = cw_database_prepare (db, "UPDATE shop_goods SET stock = stock - ?2 WHERE id = ?1", error);
  if (insert == NULL || insert_line == NULL || take_stock == NULL)
    return 0;

  /* Lookups done: no read may stay open, or the write lock cannot wait. */
  sqlite3_reset (household);
  sqlite3_reset (goods);
  if (!cw_database_begin (db, error))
    return 0;
  sqlite3_bind_int64 (insert, 1, household_id);
  sqlite3_bind_text (insert, 2, day, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 3, total);
  sqlite3_bind_text (insert, 4, cw_database_get_operator (db), -1, SQLITE_STATIC);
  if (!cw_database_step_done (db, insert, error))
    goto failed;
  id = sqlite3_last_insert_rowid (cw_database_get_handle (db));

  for (guint i = 0; i < n_lines; i++)
    {
      sqlite3_reset (insert_line);
      sqlite3_bind_int64 (insert_line, 1, id);
      sqlite3_bind_int64 (insert_line, 2, lines[i].quantity);
      sqlite3_bind_int64 (insert_line, 3, lines[i].goods_id);
      sqlite3_reset (take_stock);
      sqlite3_bind_int64 (take_stock, 1, lines[i].goods_id);
      sqlite3_bind_int64 (take_stock, 2, lines[i].quantity);
      if (!cw_database_step_done (db, insert_line, error) ||
          !cw_database_step_done (db, take_stock, error))
        goto failed;
    }
  if (!cw_database_commit (db, error))
    return 0;
  cw_database_emit_changed (db, "shop_redemption");
  return id;

failed:
  cw_database_rollback (db);
  return 0;
}

gboolean
cw_shop_void (CwDatabase  *db,
              gint64       redemption_id,
              const char  *reason,
              GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  g_autoptr(sqlite3_stmt) mark = NULL;
  g_autoptr(sqlite3_stmt) restock = NULL;
  g_autoptr(sqlite3_stmt) day = NULL;
  g_autofree char *redeemed_on = NULL;
  int rc;

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Reason: say why the redemption is voided."));
      return FALSE;
    }
  /* Voiding gives the points back on the day of the redemption: a
   * published quarter's balances would change. */
  day = cw_database_prepare (db, "SELECT redeemed_on FROM shop_redemption WHERE id = ?", error);
  if (day == NULL)
    return FALSE;
  sqlite3_bind_int64 (day, 1, redemption_id);
  if ((rc = cw_database_step_one (db, day, error)) == SQLITE_ERROR)
    return FALSE;
  if (rc == SQLITE_ROW)
    redeemed_on = g_strdup ((const char *) sqlite3_column_text (day, 0));
  /* Done reading before the change begins (cw_database_begin() asks). */
  g_clear_pointer (&day, sqlite3_finalize);
  if (redeemed_on != NULL && !cw_point_quarter_check_open (db, redeemed_on, error))
    return FALSE;
  mark = cw_database_prepare (db,
                              "UPDATE shop_redemption SET voided = 1, void_reason = ?2, "
                              "voided_on = date('now', 'localtime') WHERE id = ?1 AND NOT voided",
                              error);
  restock = cw_database_prepare (db,
                                 "UPDATE shop_goods SET stock = stock + "
                                 "(SELECT sum(quantity) FROM shop_redemption_line l "
                                 " WHERE l.redemption_id = ?1 AND l.goods_id = shop_goods.id) "
                                 "WHERE id IN (SELECT goods_id FROM shop_redemption_line WHERE redemption_id = ?1)",
                                 error);
  if (mark == NULL || restock == NULL)
    return FALSE;
  sqlite3_bind_int64 (mark, 1, redemption_id);
  sqlite3_bind_text (mark, 2, trimmed, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (restock, 1, redemption_id);

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_database_step_done (db, mark, error))
    goto failed;
  if (sqlite3_changes (cw_database_get_handle (db)) == 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED,
                           _("That redemption does not exist or is already voided."));
      goto failed;
    }
  if (!cw_database_step_done (db, restock, error))
    goto failed;
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "shop_redemption");
  return TRUE;

failed:
  cw_database_rollback (db);
  return FALSE;
}

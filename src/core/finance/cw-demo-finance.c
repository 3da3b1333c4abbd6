/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-period.h"
#include "core/village/cw-demo-private.h"
#include "core/village/cw-village-role.h"

/* Two years of the demo village's books, one on each chart: 2023 on the
 * 2004 system, 2024 on the 2023 system. */
#define FIRST_YEAR 2023
#define LAST_YEAR  2024

typedef struct
{
  CwDatabase *db;
  GRand      *rand;
  int         year;
  int         month;
  guint       voucher;
  GArray     *ids;     /* of the month's entries, for the review */
} Books;

static gint64
account (Books       *books,
         const char  *text,
         GError     **error)
{
  g_autoptr(CwFinanceAccount) found =
    cw_finance_account_find (books->db, cw_finance_system_for_year (books->year), text, error);

  return found != NULL ? cw_finance_account_get_id (found) : 0;
}

/* One line on its own voucher, on @day of the month. */
static gboolean
book (Books       *books,
      int          day,
      const char  *account_text,
      const char  *summary,
      gint64       fen,
      const char  *handled_by,
      GError     **error)
{
  g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", books->year, books->month, day);
  g_autofree char *voucher = g_strdup_printf ("记-%02d-%03u", books->month, ++books->voucher);
  gint64 account_id = account (books, account_text, error);
  gint64 id;

  if (account_id == 0)
    return FALSE;
  id = cw_finance_entry_add (books->db, date, voucher, account_id, summary, fen, handled_by, error);
  if (id == 0)
    return FALSE;
  g_array_append_val (books->ids, id);
  return TRUE;
}

/* A plausible amount: @base yuan, give or take @spread percent, to the jiao. */
static gint64
about (Books *books,
       int    base,
       int    spread)
{
  gint64 fen = (gint64) base * 100;

  return fen + fen * g_rand_int_range (books->rand, -spread, spread + 1) / 100 / 10 * 10;
}

/* Who gets the Double-Ninth gift on 重阳节: men 60 and over, women 55
 * and over, present in the register. */
static gint64
double_ninth_people (Books *books,
                     int    year)
{
  g_autofree char *men = g_strdup_printf ("%04d-10-31", year - 60);
  g_autofree char *women = g_strdup_printf ("%04d-10-31", year - 55);
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (books->db,
                         "SELECT count(*) FROM person WHERE status IN ('active', 'migrant') "
                         "AND ((sex = 'M' AND birth_date <= ?1) OR (sex = 'F' AND birth_date <= ?2))",
                         NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, men, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, women, -1, SQLITE_STATIC);
  if (cw_database_step_one (books->db, stmt, NULL) != SQLITE_ROW)
    {
      cw_database_warn (books->db, "the number of elders");
      return 0;
    }
  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
book_month (Books   *books,
            GError **error)
{
  gboolean old_chart = books->year < 2024;
  int m = books->month;

  /* Income: market stall rents every month, land contracts twice a year,
   * the township's subsidy each quarter, bank interest. */
  if (!book (books, 5, old_chart ? "经营收入" : "摊位租金", "农贸市场摊位租金", about (books, 3600, 5), "王会计", error))
    return FALSE;
  if ((m == 3 || m == 9) &&
      !book (books, 12, old_chart ? "发包及上交收入" : "土地承包费", "集体土地承包费", about (books, 42000, 3),
             "王会计", error))
    return FALSE;
  if (m % 3 == 1 &&
      !book (books, 15, "补助收入", "村级组织运转经费补助", 5500000, "王会计", error))
    return FALSE;
  if (m % 3 == 0 && !book (books, 21, "其他收入", "银行存款利息", about (books, 380, 20), "王会计", error))
    return FALSE;

  /* Expense: the office, the cadres' allowances, the roads, the gifts. */
  if (!book (books, 8, "管理费用", "办公用品及水电费", about (books, 1260, 25), "李文书", error))
    return FALSE;
  if (m % 3 == 0 && !book (books, 25, "管理费用", "村干部误工补贴", 2400000, "李文书", error))
    return FALSE;
  if ((m == 5 || m == 11) &&
      !book (books, 18, old_chart ? "其他支出" : "道路修缮", "村组道路修缮工程款", about (books, 68000, 10),
             "张主任", error))
    return FALSE;
  if (m == 10)
    {
      gint64 people = MAX (double_ninth_people (books, books->year), 1);
      g_autofree char *summary = g_strdup_printf ("重阳节慰问老人（%" G_GINT64_FORMAT "人×100元）", people);

      if (!book (books, 23, old_chart ? "其他支出" : "公益支出", summary, people * 10000, "李文书", error))
        return FALSE;
    }
  if (!old_chart && m % 6 == 0 && !book (books, 26, "税金及附加", "租赁收入税费", about (books, 430, 10), "王会计", error))
    return FALSE;
  return TRUE;
}

/* A sub-account of the 2023 chart under the account @parent_code. */
static gboolean
add_sub_account (CwDatabase  *db,
                 const char  *parent_code,
                 const char  *code,
                 const char  *name,
                 GError     **error)
{
  g_autoptr(CwFinanceAccount) parent = cw_finance_account_find (db, CW_FINANCE_SYSTEM_2023, parent_code, error);

  return parent != NULL && cw_finance_account_add_sub (db, cw_finance_account_get_id (parent), code, name, error) != 0;
}

gboolean
cw_demo_finance_fill (CwDatabase  *db,
                      GRand       *rand,
                      GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  Books books = { db, rand, 0, 0, 0, ids };
  g_autoptr(GListModel) chairs = cw_village_role_holders (db, CW_ROLE_SUPERVISION_CHAIR, "2023-01-01", error);
  g_autoptr(CwVillageRole) chair = NULL;
  const char *reviewer;
  gint64 wrong;

  /* The supervision committee's chair reviews the vouchers. */
  if (chairs == NULL)
    return FALSE;
  if (g_list_model_get_n_items (chairs) == 0)
    return TRUE;
  chair = g_list_model_get_item (chairs, 0);
  reviewer = cw_village_role_get_name (chair);

  /* The 2023 chart's sub-accounts that the demo books under. */
  if (!add_sub_account (db, "501", "50101", "摊位租金", error) ||
      !add_sub_account (db, "501", "50102", "土地承包费", error) ||
      !add_sub_account (db, "514", "51401", "道路修缮", error))
    return FALSE;

  for (books.year = FIRST_YEAR; books.year <= LAST_YEAR; books.year++)
    for (books.month = 1; books.month <= 12; books.month++)
      {
        g_autofree char *month = g_strdup_printf ("%04d-%02d", books.year, books.month);
        g_autofree char *reviewed_on = NULL;
        gboolean last = books.year == LAST_YEAR && books.month == 12;

        books.voucher = 0;
        g_array_set_size (ids, 0);
        if (!book_month (&books, error))
          return FALSE;
        /* The last month waits for its review; the others are reviewed at
         * the start of the next month, and closed. */
        if (last)
          continue;
        reviewed_on = books.month == 12 ? g_strdup_printf ("%04d-01-05", books.year + 1)
                                        : g_strdup_printf ("%04d-%02d-05", books.year, books.month + 1);
        if (!cw_finance_entry_review (db, (gint64 *) ids->data, ids->len, NULL, reviewer, reviewed_on, "同意",
                                      NULL, error))
          return FALSE;
        /* One mistake corrected: November's office bill booked twice. */
        if (books.year == LAST_YEAR && books.month == 11)
          {
            gint64 id;

            g_array_set_size (ids, 0);
            if (!book (&books, 9, "管理费用", "办公用品及水电费（重复记账）", 126000, "李文书", error))
              return FALSE;
            wrong = g_array_index (ids, gint64, 0);
            if (!cw_finance_entry_review (db, &wrong, 1, NULL, reviewer, reviewed_on, "同意", NULL, error))
              return FALSE;
            id = cw_finance_entry_reverse (db, wrong, "2024-11-30", "重复记账", error);
            if (id == 0 ||
                !cw_finance_entry_review (db, &id, 1, NULL, reviewer, reviewed_on, "同意", NULL, error))
              return FALSE;
          }
        if (!cw_finance_month_close (db, month, error))
          return FALSE;
      }
  return TRUE;
}

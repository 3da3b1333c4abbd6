/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-points.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-import.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-points-limits.h"
#include "core/common/cw-quarter.h"
#include "core/points/cw-shop.h"
#include "core/points/cw-shop-goods.h"
#include "core/points/cw-shop-redemption.h"
#include "report/points/cw-points-announcement.h"
#include "report/points/cw-points-export.h"

/* A subcommand: `points review`, `shop redeem` …; command.name is the
 * whole command as --help shows it. */
typedef struct
{
  const char   *name;
  CwCliCommand  command;
} Subcommand;

/* --quarter: a usage error when missing or not a quarter. */
static int
parse_quarter (const char  *text,
               const char  *command,
               char       **quarter)
{
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    /* Translators: "points review needs the quarter: --quarter 2026Q3" */
    return cw_cli_usage (_("%s needs the quarter: --quarter 2026Q3"), command);
  if (!cw_quarter_parse (text, quarter, &error))
    return cw_cli_usage ("--quarter: %s", error->message);
  return CW_CLI_OK;
}

/* --scheme: NULL (both) when not given and @allow_both, else household by
 * default. */
static int
parse_scheme (const char   *text,
              gboolean      allow_both,
              const char  **scheme)
{
  if (text == NULL)
    {
      *scheme = allow_both ? NULL : CW_SCHEME_HOUSEHOLD;
      return CW_CLI_OK;
    }
  *scheme = cw_scheme_for (text);
  if (*scheme == NULL)
    return cw_cli_usage (_("--scheme is “household” (村民积分) or “party” (党员积分), not “%s”."), text);
  return CW_CLI_OK;
}

static int
parse_day (const char  *option,
           const char  *text,
           char       **day)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  if (!cw_date_parse (text, &date, &error))
    return cw_cli_usage ("%s: %s", option, error->message);
  *day = cw_date_format (&date);
  return CW_CLI_OK;
}

static char *
today (void)
{
  GDate date;

  cw_date_today (&date);
  return cw_date_format (&date);
}

/* export points, print points. */

static int
check_file (int          argc,
            char       **argv,
            const char  *verb,
            const char  *example)
{
  if (argc < 2)
    /* Translators: "export points needs the file, e.g. POINTS.xlsx" */
    return cw_cli_usage (_("%s %s needs the file, e.g. %s."), verb, argv[0], example);
  return cw_cli_no_more_arguments (argc, argv, 2);
}

static void
print_export_progress (guint    done,
                       guint    total,
                       gpointer user_data)
{
  guint percent = total > 0 ? (guint) ((guint64) done * 100 / total) : 100;

  fputc ('\r', stderr);
  fprintf (stderr, _("Exporting… %u%%"), percent);
  fflush (stderr);
}

int
cw_cli_points_run_export (const CwCliCommand  *command,
                          const char          *db_path,
                          int                  argc,
                          char               **argv)
{
  g_autofree char *quarter_text = NULL, *scheme_text = NULL;
  const GOptionEntry entries[] = {
    { "quarter", 0, 0, G_OPTION_ARG_STRING, &quarter_text, N_("The quarter, e.g. 2026Q3"), N_("QUARTER") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_text,
      N_("household (村民积分, the default) or party (党员积分)"), N_("SCHEME") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *quarter = NULL, *display = NULL, *label = NULL;
  const char *scheme;
  gboolean show_progress;
  gboolean ok;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_quarter (quarter_text, "export points", &quarter)) != CW_CLI_OK ||
      (status = parse_scheme (scheme_text, FALSE, &scheme)) != CW_CLI_OK ||
      (status = check_file (argc, argv, "export", "POINTS.xlsx")) != CW_CLI_OK)
    return status;

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  show_progress = isatty (STDERR_FILENO);
  ok = cw_points_export_quarter (db, scheme, quarter, argv[1],
                                 show_progress ? print_export_progress : NULL, NULL, NULL, &error);
  if (show_progress)
    fprintf (stderr, "\r\033[K");
  if (!ok)
    return cw_cli_fail (error);

  display = g_filename_display_name (argv[1]);
  label = cw_quarter_label (quarter);
  /* Translators: "Exported the points of 2026年第三季度 to “FILE”." */
  printf (_("Exported the points of %s to “%s”.\n"), label, display);
  return CW_CLI_OK;
}

int
cw_cli_points_run_print (const CwCliCommand  *command,
                         const char          *db_path,
                         int                  argc,
                         char               **argv)
{
  g_autofree char *quarter_text = NULL, *scheme_text = NULL;
  gboolean together = FALSE;
  const GOptionEntry entries[] = {
    { "quarter", 0, 0, G_OPTION_ARG_STRING, &quarter_text, N_("The quarter, e.g. 2026Q3"), N_("QUARTER") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_text,
      N_("household (村民积分, the default) or party (党员积分)"), N_("SCHEME") },
    { "groups-together", 0, 0, G_OPTION_ARG_NONE, &together,
      N_("Run the village groups on one after the other, the publicity period once at the end"), NULL },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwPointsAnnouncement) announcement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *quarter = NULL, *display = NULL, *listed = NULL, *pages = NULL;
  const char *scheme;
  int status, n_pages = 0;
  guint n_rows;
  gboolean published;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_quarter (quarter_text, "print points", &quarter)) != CW_CLI_OK ||
      (status = parse_scheme (scheme_text, FALSE, &scheme)) != CW_CLI_OK ||
      (status = check_file (argc, argv, "print", "NOTICE.pdf")) != CW_CLI_OK)
    return status;

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  announcement = cw_points_announcement_new (db, scheme, quarter, &error);
  if (announcement == NULL)
    return cw_cli_fail (error);
  cw_print_table_set_sections_apart (cw_points_announcement_get_table (announcement), !together);
  if (!cw_points_announcement_save_pdf (announcement, argv[1], &n_pages, &error))
    return cw_cli_fail (error);

  display = g_filename_display_name (argv[1]);
  n_rows = cw_points_announcement_get_n_rows (announcement);
  listed = g_strdup_printf (g_str_equal (scheme, CW_SCHEME_PARTY)
                            ? g_dngettext (GETTEXT_PACKAGE, "%u party member", "%u party members", n_rows)
                            : g_dngettext (GETTEXT_PACKAGE, "%u household", "%u households", n_rows),
                            n_rows);
  pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d page", "%d pages", n_pages), n_pages);
  /* Translators: "Printed “青山村2026年第三季度积分公示” (450 households, 12 pages) to “FILE”." */
  printf (_("Printed “%s” (%s, %s) to “%s”.\n"), cw_points_announcement_get_title (announcement), listed, pages,
          display);
  if (!cw_point_quarter_get_publication (db, quarter, &published, NULL, NULL, &error))
    return cw_cli_fail (error);
  if (!published)
    printf ("%s\n", _("The quarter is not published yet: the publicity period is left blank to fill in by hand."));
  return CW_CLI_OK;
}

/* points review, publish, balance. */

static int
run_review (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  g_autofree char *quarter_text = NULL, *scheme_text = NULL;
  const GOptionEntry entries[] = {
    { "quarter", 0, 0, G_OPTION_ARG_STRING, &quarter_text, N_("The quarter, e.g. 2026Q3"), N_("QUARTER") },
    { "scheme", 0, 0, G_OPTION_ARG_STRING, &scheme_text,
      N_("Only household (村民积分) or party (党员积分) entries; default: both"), N_("SCHEME") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *quarter = NULL, *label = NULL;
  const char *scheme;
  guint n = 0;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_quarter (quarter_text, "points review", &quarter)) != CW_CLI_OK ||
      (status = parse_scheme (scheme_text, TRUE, &scheme)) != CW_CLI_OK ||
      (status = cw_cli_no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_point_entry_review_quarter (db, quarter, scheme, &n, &error))
    return cw_cli_fail (error);

  label = cw_quarter_label (quarter);
  if (n == 0)
    printf (_("No entry of %s was waiting for review.\n"), label);
  else
    printf (g_dngettext (GETTEXT_PACKAGE, "Reviewed %u entry of %s.\n", "Reviewed %u entries of %s.\n", n),
            n, label);
  return CW_CLI_OK;
}

static int
run_publish (const CwCliCommand  *command,
             const char          *db_path,
             int                  argc,
             char               **argv)
{
  g_autofree char *quarter_text = NULL, *from_text = NULL, *to_text = NULL;
  const GOptionEntry entries[] = {
    { "quarter", 0, 0, G_OPTION_ARG_STRING, &quarter_text, N_("The quarter, e.g. 2026Q3"), N_("QUARTER") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First day of the publicity period"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Last day of the publicity period"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *quarter = NULL, *from = NULL, *to = NULL, *label = NULL;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_quarter (quarter_text, "points publish", &quarter)) != CW_CLI_OK ||
      (status = cw_cli_no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if (from_text == NULL || to_text == NULL)
    return cw_cli_usage (_("points publish needs the publicity period: --from YYYY-MM-DD --to YYYY-MM-DD"));
  if ((status = parse_day ("--from", from_text, &from)) != CW_CLI_OK ||
      (status = parse_day ("--to", to_text, &to)) != CW_CLI_OK)
    return status;

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_point_quarter_publish (db, quarter, from, to, &error))
    return cw_cli_fail (error);

  label = cw_quarter_label (quarter);
  printf (_("Published %s: publicity period %s to %s. The quarter is locked now; corrections go into "
            "an open quarter.\n"),
          label, from, to);
  return CW_CLI_OK;
}

/* FALSE when the entries cannot be read: then a sum would be short. */
static gboolean
sum_entries (CwDatabase  *db,
             const char  *scheme,
             gint64       subject_id,
             const char  *state,
             gint64      *points,
             guint       *n,
             GError     **error)
{
  g_autoptr(GListModel) entries = cw_point_entry_list (db, scheme, subject_id, NULL, state, error);

  *points = 0;
  *n = 0;
  if (entries == NULL)
    return FALSE;
  *n = g_list_model_get_n_items (entries);
  for (guint i = 0; i < *n; i++)
    {
      g_autoptr(CwPointEntry) entry = g_list_model_get_item (entries, i);
      *points += cw_point_entry_get_points (entry);
    }
  return TRUE;
}

static void
print_pending (gint64 pending,
               guint  n_pending)
{
  if (n_pending > 0)
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "  Waiting for review: %lld points in %u entry, not counted yet\n",
                         "  Waiting for review: %lld points in %u entries, not counted yet\n",
                         n_pending),
            (long long) pending, n_pending);
}

static int
run_balance (const CwCliCommand  *command,
             const char          *db_path,
             int                  argc,
             char               **argv)
{
  g_autofree char *number = NULL, *member_text = NULL;
  const GOptionEntry entries[] = {
    { "household", 0, 0, G_OPTION_ARG_STRING, &number, N_("The household’s number (户号)"), N_("户号") },
    { "member", 0, 0, G_OPTION_ARG_STRING, &member_text,
      N_("A party member (党员积分), by ID number or by name"), N_("ID|NAME") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 pending = 0;
  guint n_pending = 0;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = cw_cli_no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if ((number == NULL) == (member_text == NULL))
    return cw_cli_usage (_("points balance needs either --household 户号 or --member ID|NAME."));

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;

  if (number != NULL)
    {
      g_autoptr(CwHousehold) household = cw_household_find_by_number (db, number, &error);
      g_autoptr(GListModel) redemptions = NULL;
      gint64 redeemed = 0;
      gint64 balance;

      if (household == NULL)
        return cw_cli_fail (error);
      if (!cw_shop_balance (db, cw_household_get_id (household), &balance, &error))
        return cw_cli_fail (error);
      redemptions = cw_shop_redemption_list (db, cw_household_get_id (household), NULL, &error);
      if (redemptions == NULL)
        return cw_cli_fail (error);
      for (guint i = 0; i < g_list_model_get_n_items (redemptions); i++)
        {
          g_autoptr(CwShopRedemption) redemption = g_list_model_get_item (redemptions, i);

          if (!cw_shop_redemption_get_voided (redemption))
            redeemed += cw_shop_redemption_get_points (redemption);
        }
      if (!sum_entries (db, CW_SCHEME_HOUSEHOLD, cw_household_get_id (household), CW_POINT_STATE_PENDING, &pending,
                        &n_pending, &error))
        return cw_cli_fail (error);

      /* Translators: "Household 001 (张三, 第一组)" */
      printf (_("Household %s (%s, %s)\n"), cw_household_get_number (household),
              cw_household_get_head_name (household), cw_household_get_group_name (household));
      printf (_("  Earned (reviewed):  %lld points\n"), (long long) (balance + redeemed));
      printf (_("  Redeemed:           %lld points\n"), (long long) redeemed);
      printf (_("  Balance:            %lld points\n"), (long long) balance);
      print_pending (pending, n_pending);
      return CW_CLI_OK;
    }

  {
    g_autoptr(CwPerson) member = NULL;
    gint64 earned = 0;
    guint n_earned = 0;
    gint64 id = cw_point_find_party_member (db, member_text, &error);

    if (id == 0)
      return cw_cli_fail (error);
    member = cw_person_load (db, id, &error);
    if (member == NULL)
      return cw_cli_fail (error);
    if (!sum_entries (db, CW_SCHEME_PARTY, id, CW_POINT_STATE_REVIEWED, &earned, &n_earned, &error) ||
        !sum_entries (db, CW_SCHEME_PARTY, id, CW_POINT_STATE_PENDING, &pending, &n_pending, &error))
      return cw_cli_fail (error);

    /* Translators: "Party member 张三 (household 001)" */
    printf (_("Party member %s (household %s)\n"), cw_person_get_name (member),
            cw_person_get_household_number (member));
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "  Earned (reviewed):  %lld points from %u entry\n",
                         "  Earned (reviewed):  %lld points from %u entries\n", n_earned),
            (long long) earned, n_earned);
    print_pending (pending, n_pending);
    return CW_CLI_OK;
  }
}

/* shop goods, shop redeem. */

static void
print_goods (CwShopGoods *goods)
{
  /* Translators: a line of the goods list: name, price, unit, stock:
   * "洗衣粉: 20 points per 袋, 50 in stock" */
  printf (_("%s: %lld points per %s, %lld in stock\n"), cw_shop_goods_get_name (goods),
          (long long) cw_shop_goods_get_price (goods), cw_shop_goods_get_unit (goods),
          (long long) cw_shop_goods_get_stock (goods));
}

static int
run_goods (const CwCliCommand  *command,
           const char          *db_path,
           int                  argc,
           char               **argv)
{
  g_autofree char *name = NULL, *unit = NULL, *date_text = NULL;
  g_autofree char *price_text = NULL, *stock_in_text = NULL;
  gint64 price = -1, stock_in = 0;
  /* Numbers are read by cw_cli_parse_number(), not GOption: it would take
   * 010 for 8 and 0x10 for 16, refuse full-width digits, and stop at int. */
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The goods’ name, e.g. 洗衣粉"), N_("NAME") },
    { "points", 0, 0, G_OPTION_ARG_STRING, &price_text, N_("The price in points (new goods need it)"), N_("N") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, N_("The unit, e.g. 袋 (default 件)"), N_("UNIT") },
    { "stock-in", 0, 0, G_OPTION_ARG_STRING, &stock_in_text, N_("Goods received into stock"), N_("N") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day the stock came in (default: today)"),
      N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwShopGoods) existing = NULL;
  g_autoptr(CwShopGoods) goods = NULL;
  g_autofree char *day = NULL;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = cw_cli_no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if (price_text != NULL && !cw_cli_parse_number ("--points", price_text, 1, CW_GOODS_PRICE_MAX, &price))
    return CW_CLI_USAGE;
  if (stock_in_text != NULL && !cw_cli_parse_number ("--stock-in", stock_in_text, 1, CW_STOCK_IN_MAX, &stock_in))
    return CW_CLI_USAGE;
  if (name == NULL && (price != -1 || unit != NULL || stock_in != 0 || date_text != NULL))
    return cw_cli_usage (_("shop goods needs the goods’ name: --name NAME"));
  if (name != NULL && g_strstrip (name)[0] == '\0')
    return cw_cli_usage (_("shop goods needs the goods’ name: --name NAME"));
  if (date_text != NULL && (status = parse_day ("--date", date_text, &day)) != CW_CLI_OK)
    return status;

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;

  if (name == NULL)
    {
      /* The goods list. */
      g_autoptr(GListModel) list = cw_shop_goods_list (db, FALSE, &error);

      if (list == NULL)
        return cw_cli_fail (error);
      if (g_list_model_get_n_items (list) == 0)
        printf ("%s\n", _("The shop has no goods yet: add some with shop goods --name NAME --points N."));
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(CwShopGoods) item = g_list_model_get_item (list, i);
          print_goods (item);
        }
      return CW_CLI_OK;
    }

  existing = cw_shop_goods_find (db, name, NULL);
  if (existing == NULL && price == -1)
    return cw_cli_usage (_("“%s” is new to the shop: give its price with --points N."), name);

  /* The price and the stock together, or neither; what is not given
   * stays as it was. */
  goods = cw_shop_goods_save_with_stock (db, name, unit, price != -1 ? price : 0, stock_in, day, &error);
  if (goods == NULL)
    return cw_cli_fail (error);
  print_goods (goods);
  return CW_CLI_OK;
}

static int
run_redeem (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  g_autofree char *number = NULL, *date_text = NULL;
  g_auto(GStrv) goods_names = NULL;
  g_auto(GStrv) quantities = NULL;
  const GOptionEntry entries[] = {
    { "household", 0, 0, G_OPTION_ARG_STRING, &number, N_("The household’s number (户号)"), N_("户号") },
    { "goods", 0, 0, G_OPTION_ARG_STRING_ARRAY, &goods_names,
      N_("The goods; repeat --goods and --qty for several lines"), N_("NAME") },
    { "qty", 0, 0, G_OPTION_ARG_STRING_ARRAY, &quantities, N_("How many (default 1)"), N_("N") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day of the redemption (default: today)"),
      N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwHousehold) household = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (CwShopLine));
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *day = NULL;
  guint n_goods, n_quantities;
  gint64 before, after;
  gint64 id;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = cw_cli_no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if (number == NULL || goods_names == NULL)
    return cw_cli_usage (_("shop redeem needs the household and the goods: --household 户号 --goods NAME --qty N"));
  n_goods = g_strv_length (goods_names);
  n_quantities = quantities != NULL ? g_strv_length (quantities) : 0;
  if (n_quantities > n_goods || (n_quantities > 0 && n_quantities < n_goods))
    return cw_cli_usage (_("Give one --qty for each --goods (or none, for one of each)."));
  for (guint i = 0; i < n_goods; i++)
    {
      CwShopLine line = { 0, 1 };

      if (n_quantities > 0 &&
          !cw_cli_parse_number ("--qty", quantities[i], 1, CW_REDEEM_QUANTITY_MAX, &line.quantity))
        return CW_CLI_USAGE;
      g_array_append_val (lines, line);
    }
  if (date_text != NULL)
    {
      if ((status = parse_day ("--date", date_text, &day)) != CW_CLI_OK)
        return status;
    }
  else
    day = today ();

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  household = cw_household_find_by_number (db, number, &error);
  if (household == NULL)
    return cw_cli_fail (error);

  for (guint i = 0; i < n_goods; i++)
    {
      g_autoptr(CwShopGoods) goods = cw_shop_goods_find (db, goods_names[i], &error);
      CwShopLine *line = &g_array_index (lines, CwShopLine, i);

      if (goods == NULL)
        return cw_cli_fail (error);
      line->goods_id = cw_shop_goods_get_id (goods);
      g_string_append_printf (summary, "%s%s×%" G_GINT64_FORMAT, i > 0 ? C_("list separator", ", ") : "",
                              cw_shop_goods_get_name (goods), line->quantity);
    }

  if (!cw_shop_balance (db, cw_household_get_id (household), &before, &error))
    return cw_cli_fail (error);
  id = cw_shop_redeem (db, cw_household_get_id (household), (const CwShopLine *) lines->data, lines->len, day,
                       &error);
  /* Refused whole, nothing changed; core's message says so and why. */
  if (id == 0)
    return cw_cli_fail (error);
  if (!cw_shop_balance (db, cw_household_get_id (household), &after, &error))
    return cw_cli_fail (error);

  /* Translators: "Household 001 redeemed 洗衣粉×2 for 40 points on 2026-11-23; balance 80 points." */
  printf (_("Household %s redeemed %s for %lld points on %s; balance %lld points.\n"),
          cw_household_get_number (household), summary->str, (long long) (before - after), day, (long long) after);
  return CW_CLI_OK;
}

static const Subcommand points_subcommands[] = {
  { "review", { "points review", N_("--quarter 2026Q3 [--scheme household|party]"),
                N_("Review every entry of the quarter still waiting for review (both schemes unless --scheme)"),
                run_review } },
  { "publish", { "points publish", N_("--quarter 2026Q3 --from YYYY-MM-DD --to YYYY-MM-DD"),
                 N_("Publish a finished quarter with its publicity period (公示期); it is locked from then on"),
                 run_publish } },
  { "balance", { "points balance", N_("--household 户号 | --member ID|NAME"),
                 N_("A household’s points earned, redeemed and left; or a party member’s points"),
                 run_balance } },
  { NULL }
};

static const Subcommand shop_subcommands[] = {
  { "goods", { "shop goods", N_("[--name NAME --points N [--unit UNIT] [--stock-in N] [--date YYYY-MM-DD]]"),
               N_("Add goods or change their price, take stock in; without --name, list the goods"),
               run_goods } },
  { "redeem", { "shop redeem", N_("--household 户号 --goods NAME --qty N [--date YYYY-MM-DD]"),
                N_("Redeem goods for a household’s points; refused whole, nothing changed, when points or stock "
                   "are short"),
                run_redeem } },
  { NULL }
};

static char *
subcommand_names (const Subcommand *subcommands)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; subcommands[i].name != NULL; i++)
    g_ptr_array_add (names, (char *) subcommands[i].name);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (C_("list separator", ", "), (char **) names->pdata);
}

static int
dispatch (const Subcommand  *subcommands,
          const char        *db_path,
          int                argc,
          char             **argv)
{
  g_autofree char *names = subcommand_names (subcommands);

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      for (guint i = 0; subcommands[i].name != NULL; i++)
        {
          const CwCliCommand *command = &subcommands[i].command;

          printf ("  cunwu %s %s\n      %s\n", command->name, cw_cli_translate (command->synopsis),
                  cw_cli_translate (command->summary));
        }
      printf ("%s\n", _("“cunwu COMMAND WHAT --help” lists the options of each."));
      return CW_CLI_OK;
    }
  if (argc < 2 || argv[1][0] == '-')
    /* Translators: "points needs what to do first: review, publish, balance." */
    return cw_cli_usage (_("%s needs what to do first: %s."), argv[0], names);

  for (guint i = 0; subcommands[i].name != NULL; i++)
    if (g_str_equal (subcommands[i].name, argv[1]))
      return subcommands[i].command.run (&subcommands[i].command, db_path, argc - 1, argv + 1);

  /* Translators: "points does not know “x”; it does: review, publish, balance." */
  return cw_cli_usage (_("%s does not know “%s”; it does: %s."), argv[0], argv[1], names);
}

static int
run_points (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  return dispatch (points_subcommands, db_path, argc, argv);
}

static int
run_shop (const CwCliCommand  *command,
          const char          *db_path,
          int                  argc,
          char               **argv)
{
  return dispatch (shop_subcommands, db_path, argc, argv);
}

const CwCliCommand cw_cli_points_commands[] = {
  { "points", N_("review|publish|balance [OPTION…]"),
    N_("Points (积分): review a quarter’s entries, publish a quarter, show a balance; "
       "“points --help” for each"),
    run_points },
  { "shop", N_("goods|redeem [OPTION…]"),
    N_("The points shop (积分超市): goods and stock, redemptions; “shop --help” for each"),
    run_shop },
  { NULL }
};

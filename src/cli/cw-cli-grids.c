/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-grids.h"
#include "core/common/cw-error.h"
#include "core/grids/cw-grid-figures.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-request.h"
#include "core/grids/cw-grid-visit.h"
#include "core/grids/cw-grid.h"
#include "core/households/cw-household.h"
#include "report/common/cw-print-layout.h"
#include "report/grids/cw-grid-export.h"
#include "report/grids/cw-grid-print.h"

static int
no_more_arguments (int    argc,
                   char **argv,
                   int    expected)
{
  if (argc > expected)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[expected]);
  return CW_CLI_OK;
}

/* --household: the open household's id, or 0 after saying why not. */
static gint64
household_of (CwDatabase *db,
              const char *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) household = cw_household_find_by_number (db, number, &error);

  if (household == NULL)
    {
      cw_cli_fail (error);
      return 0;
    }
  return cw_household_get_id (household);
}

/* The database and the household a command is about; NULL after saying
 * why not. */
static CwDatabase *
open_for_household (const char *db_path,
                    const char *number,
                    gint64     *household)
{
  g_autoptr(CwDatabase) db = cw_cli_open_database (db_path, FALSE);

  if (db == NULL || (*household = household_of (db, number)) == 0)
    return NULL;
  return g_steal_pointer (&db);
}

static gint64
grid_of (CwDatabase *db,
         const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwGrid) grid = cw_grid_find (db, code, &error);

  if (grid == NULL)
    {
      cw_cli_fail (error);
      return 0;
    }
  return cw_grid_get_id (grid);
}

/* grids check */

/* @format: a title with "%u", how many. */
static void
print_list (const char *format,
            GPtrArray  *items)
{
  printf (format, items->len);
  printf ("\n");
  for (guint i = 0; i < items->len; i++)
    printf ("  %s\n", (const char *) g_ptr_array_index (items, i));
}

static int
run_check (const CwCliCommand  *command,
           const char          *db_path,
           int                  argc,
           char               **argv)
{
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwGridCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = { { NULL } };
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  check = cw_grid_check (db, &error);
  if (check == NULL)
    return cw_cli_fail (error);
  print_list (_("Households in no grid: %u"), check->households_without_grid);
  print_list (_("Grids without a head: %u"), check->grids_without_head);
  print_list (_("Party members linked to more households than the usual maximum: %u"), check->members_past_max);
  return CW_CLI_OK;
}

/* grids figures */

static void
print_figures (const char *title,
               GPtrArray  *rows)
{
  printf ("%s\n", title);
  /* Translators: the columns of the figures; keep the order */
  printf ("%s\n", _("Grid\tReceived\tResolved\tResolution rate\tSatisfaction rate\tOverdue\tVisits\t"
                    "Households visited\tMust-visits on time\tPatrol days"));
  for (guint i = 0; i < rows->len; i++)
    {
      const CwGridFigures *f = g_ptr_array_index (rows, i);
      g_autofree char *resolution = cw_grid_format_rate (cw_grid_figures_resolution_rate (f));
      g_autofree char *satisfaction = cw_grid_format_rate (cw_grid_figures_satisfaction_rate (f));
      g_autofree char *indent = g_strnfill (f->depth * 2, ' ');

      printf ("%s%s\t%u\t%u\t%s\t%s\t%u\t%u\t%u/%u\t%u/%u\t%u\n", indent, f->name, f->received, f->resolved,
              resolution, satisfaction, f->overdue, f->visits, f->households_visited, f->households,
              f->must_on_time, f->must_raised, f->patrol_days);
    }
}

static int
run_figures (const CwCliCommand  *command,
             const char          *db_path,
             int                  argc,
             char               **argv)
{
  g_autofree char *period = NULL, *from_text = NULL, *to_text = NULL;
  const GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period, N_("A month (2026-03), a quarter (2026Q1) or a year"),
      N_("PERIOD") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First day"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Last day"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *from = NULL, *to = NULL, *year_from = NULL, *title = NULL;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if (period != NULL)
    {
      if (!cw_grid_period_parse (period, &from, &to, &year_from, &error))
        return cw_cli_usage ("--period: %s", error->message);
    }
  else if (from_text != NULL && to_text != NULL)
    {
      if (!cw_grid_period_parse (from_text, &from, &title, NULL, &error) ||
          !cw_grid_period_parse (to_text, &title, &to, NULL, &error))
        return cw_cli_usage ("%s", error->message);
      g_clear_pointer (&title, g_free);
    }
  else
    return cw_cli_usage (_("grids figures needs --period, or --from and --to."));

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  rows = cw_grid_figures_compute (db, from, to, &error);
  if (rows == NULL)
    return cw_cli_fail (error);
  /* Translators: "2026-03-01 to 2026-03-31" */
  title = g_strdup_printf (year_from != NULL ? _("This month, %s to %s") : _("%s to %s"), from, to);
  print_figures (title, rows);
  if (year_from != NULL)
    {
      g_autoptr(GPtrArray) year = cw_grid_figures_compute (db, year_from, to, &error);

      if (year == NULL)
        return cw_cli_fail (error);
      g_free (title);
      title = g_strdup_printf (_("Year to date, %s to %s"), year_from, to);
      printf ("\n");
      print_figures (title, year);
    }
  return CW_CLI_OK;
}

/* export grids, export requests, print contact-cards, print grid-board */

static int
file_argument (int          argc,
               char       **argv,
               const char  *verb,
               const char  *example)
{
  if (argc < 2)
    /* Translators: "export grids needs the file, e.g. GRIDS.xlsx." */
    return cw_cli_usage (_("%s %s needs the file, e.g. %s."), verb, argv[0], example);
  return no_more_arguments (argc, argv, 2);
}

int
cw_cli_grids_run_export_grids (const CwCliCommand  *command,
                               const char          *db_path,
                               int                  argc,
                               char               **argv)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = file_argument (argc, argv, "export", "GRIDS.xlsx")) != CW_CLI_OK)
    return status;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_grid_export_roster (db, argv[1], &error))
    return cw_cli_fail (error);
  display = g_filename_display_name (argv[1]);
  printf (_("Exported the grid roster to “%s”.\n"), display);
  return CW_CLI_OK;
}

int
cw_cli_grids_run_export_requests (const CwCliCommand  *command,
                                  const char          *db_path,
                                  int                  argc,
                                  char               **argv)
{
  g_autofree char *period = NULL, *from_text = NULL, *to_text = NULL;
  const GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period, N_("A month (2026-03), a quarter (2026Q1) or a year"),
      N_("PERIOD") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First day"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Last day"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL, *to = NULL, *year_from = NULL, *unused = NULL, *display = NULL;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = file_argument (argc, argv, "export", "REQUESTS.xlsx")) != CW_CLI_OK)
    return status;
  if (period != NULL)
    {
      if (!cw_grid_period_parse (period, &from, &to, &year_from, &error))
        return cw_cli_usage ("--period: %s", error->message);
    }
  else if (from_text != NULL && to_text != NULL)
    {
      if (!cw_grid_period_parse (from_text, &from, &unused, NULL, &error))
        return cw_cli_usage ("--from: %s", error->message);
      g_clear_pointer (&unused, g_free);
      if (!cw_grid_period_parse (to_text, &unused, &to, NULL, &error))
        return cw_cli_usage ("--to: %s", error->message);
    }
  else
    return cw_cli_usage (_("export requests needs --period, or --from and --to."));

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_grid_export_requests (db, from, to, year_from, argv[1], &error))
    return cw_cli_fail (error);
  display = g_filename_display_name (argv[1]);
  /* Translators: "Exported the requests of 2026-03-01 to 2026-03-31 to “FILE”." */
  printf (_("Exported the requests of %s to %s to “%s”.\n"), from, to, display);
  return CW_CLI_OK;
}

/* print contact-cards, print grid-board, print visit-sheets */
int
cw_cli_grids_run_print (const CwCliCommand  *command,
                        const char          *db_path,
                        int                  argc,
                        char               **argv)
{
  g_autofree char *code = NULL, *on = NULL;
  gboolean cards = g_str_equal (argv[0], "contact-cards");
  gboolean sheets = g_str_equal (argv[0], "visit-sheets");
  const GOptionEntry card_entries[] = {
    { "grid", 0, 0, G_OPTION_ARG_STRING, &code, N_("Only this grid and the grids below it"), N_("CODE") },
    { NULL }
  };
  const GOptionEntry sheet_entries[] = {
    { "grid", 0, 0, G_OPTION_ARG_STRING, &code, N_("Only this grid and the grids below it"), N_("CODE") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The day (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  const GOptionEntry board_entries[] = { { NULL } };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwPrintTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  gint64 grid = 0;
  int status, n_pages = 0;

  if (!cw_cli_parse_options (command, cards ? card_entries : sheets ? sheet_entries : board_entries,
                             &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = file_argument (argc, argv, "print", cards ? "CARDS.pdf" : sheets ? "SHEETS.pdf" : "BOARD.pdf"))
      != CW_CLI_OK)
    return status;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (code != NULL && (grid = grid_of (db, code)) == 0)
    return CW_CLI_FAILED;
  if (cards)
    table = cw_grid_contact_cards_table (db, grid, &error);
  else if (sheets)
    table = cw_grid_visit_sheet_table (db, grid, on, &error);
  else
    table = cw_grid_board_table (db, &error);
  if (table == NULL || !cw_print_table_save_pdf (table, argv[1], &n_pages, &error))
    return cw_cli_fail (error);
  display = g_filename_display_name (argv[1]);
  printf (g_dngettext (GETTEXT_PACKAGE, "Printed %d page to “%s”.\n", "Printed %d pages to “%s”.\n",
                       (gulong) n_pages),
          n_pages, display);
  return CW_CLI_OK;
}

static const CwCliTarget grids_targets[] = {
  { "check", { "grids check", "",
               N_("Households in no grid, grids without a head, party members past the usual number of "
                  "households"),
               run_check } },
  { "figures", { "grids figures", N_("--period 2026-03 | --from D --to D"),
                 N_("Requests, 办结率, 满意率, overdue, visits, must-visits and patrols per grid, rolled up to "
                    "the village; for a month also the year to date"),
                 run_figures } },
  { NULL }
};

/* visit add, visit raise, visits due */

static int
run_visit_add (const CwCliCommand  *command,
               const char          *db_path,
               int                  argc,
               char               **argv)
{
  g_autofree char *number = NULL, *date = NULL, *by = NULL, *event = NULL, *note = NULL;
  gboolean raised = FALSE;
  const GOptionEntry entries[] = {
    { "household", 0, 0, G_OPTION_ARG_STRING, &number, N_("The household’s number (户号)"), N_("户号") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day (default: today)"), N_("YYYY-MM-DD") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who visited"), N_("NAME") },
    { "event", 0, 0, G_OPTION_ARG_STRING, &event, N_("The must-visit event (红白喜事, 生病住院 …); none for a "
                                                     "routine visit"), N_("EVENT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("What was found"), N_("TEXT") },
    { "raised-request", 0, 0, G_OPTION_ARG_NONE, &raised, N_("The visit raised a request"), NULL },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 household;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if (number == NULL || by == NULL)
    return cw_cli_usage (_("visit add needs --household 户号 and --by NAME."));
  if ((db = open_for_household (db_path, number, &household)) == NULL)
    return CW_CLI_FAILED;
  if (!cw_visit_add (db, household, date, by, event, note, raised, NULL, &error))
    return cw_cli_fail (error);
  printf (_("Recorded the visit to household %s.\n"), number);
  return CW_CLI_OK;
}

static int
run_visit_raise (const CwCliCommand  *command,
                 const char          *db_path,
                 int                  argc,
                 char               **argv)
{
  g_autofree char *number = NULL, *date = NULL, *event = NULL, *note = NULL;
  const GOptionEntry entries[] = {
    { "household", 0, 0, G_OPTION_ARG_STRING, &number, N_("The household’s number (户号)"), N_("户号") },
    { "event", 0, 0, G_OPTION_ARG_STRING, &event, N_("The must-visit event (红白喜事, 生病住院 …)"), N_("EVENT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day (default: today)"), N_("YYYY-MM-DD") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("What happened"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 household;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if (number == NULL || event == NULL)
    return cw_cli_usage (_("visit raise needs --household 户号 and --event EVENT."));
  if ((db = open_for_household (db_path, number, &household)) == NULL)
    return CW_CLI_FAILED;
  if (!cw_must_visit_raise (db, household, event, date, note, &error))
    return cw_cli_fail (error);
  printf (_("Household %s must be visited (%s).\n"), number, event);
  return CW_CLI_OK;
}

static const CwCliTarget visit_targets[] = {
  { "add", { "visit add", N_("--household 户号 --date D --by NAME [--event TYPE] [--note TEXT]"),
             N_("Record a visit (走访); a visit answers the household’s open must-visits"),
             run_visit_add } },
  { "raise", { "visit raise", N_("--household 户号 --event TYPE [--date D] [--note TEXT]"),
               N_("Raise a must-visit (必访) by hand; deaths, births and splits raise theirs by themselves"),
               run_visit_raise } },
  { NULL }
};

static int
run_visits_due (const CwCliCommand  *command,
                const char          *db_path,
                int                  argc,
                char               **argv)
{
  g_autofree char *on = NULL, *code = NULL;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The day (default: today)"), N_("YYYY-MM-DD") },
    { "grid", 0, 0, G_OPTION_ARG_STRING, &code, N_("Only this grid and the grids below it"), N_("CODE") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  gint64 grid = 0;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (code != NULL && (grid = grid_of (db, code)) == 0)
    return CW_CLI_FAILED;
  due = cw_visits_due (db, on, grid, &error);
  if (due == NULL)
    return cw_cli_fail (error);
  printf ("%s\n", _("Household\tHead\tGrid\tVisit\tSince\tDue"));
  for (guint i = 0; i < due->len; i++)
    {
      CwVisitDue *d = g_ptr_array_index (due, i);

      printf ("%s\t%s\t%s\t%s\t%s\t%s\n", d->household_number, d->head_name, d->grid_code,
              d->event[0] != '\0' ? d->event : _("routine"),
              d->since[0] != '\0' ? d->since : _("never visited"), d->due);
    }
  printf (g_dngettext (GETTEXT_PACKAGE, "%u visit due.\n", "%u visits due.\n", due->len), due->len);
  return CW_CLI_OK;
}

static const CwCliTarget visits_targets[] = {
  { "due", { "visits due", N_("--on D [--grid CODE]"),
             N_("Routine visits past their interval and must-visits still open"),
             run_visits_due } },
  { NULL }
};

static int
run_patrol (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  g_autofree char *code = NULL, *date = NULL, *by = NULL, *note = NULL;
  const GOptionEntry entries[] = {
    { "grid", 0, 0, G_OPTION_ARG_STRING, &code, N_("The grid’s code"), N_("CODE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day (default: today)"), N_("YYYY-MM-DD") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who patrolled"), N_("NAME") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("What was seen"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 grid;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if (code == NULL || by == NULL)
    return cw_cli_usage (_("patrol needs --grid CODE and --by NAME."));
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((grid = grid_of (db, code)) == 0)
    return CW_CLI_FAILED;
  if (!cw_patrol_add (db, grid, by, date, note, &error))
    return cw_cli_fail (error);
  printf (_("Recorded the patrol of grid %s.\n"), code);
  return CW_CLI_OK;
}

/* request add and its steps */

static int
run_request_add (const CwCliCommand  *command,
                 const char          *db_path,
                 int                  argc,
                 char               **argv)
{
  g_autofree char *number = NULL, *date = NULL, *category = NULL, *text = NULL, *urgency = NULL, *source = NULL;
  gboolean wish = FALSE;
  const GOptionEntry entries[] = {
    { "household", 0, 0, G_OPTION_ARG_STRING, &number, N_("The household’s number (户号)"), N_("户号") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day it was received (default: today)"), N_("YYYY-MM-DD") },
    { "category", 0, 0, G_OPTION_ARG_STRING, &category, N_("The category, e.g. 道路"), N_("CATEGORY") },
    { "text", 0, 0, G_OPTION_ARG_STRING, &text, N_("What the resident asks for"), N_("TEXT") },
    { "urgency", 0, 0, G_OPTION_ARG_STRING, &urgency, N_("红, 黄 or 蓝 (default 蓝)"), N_("URGENCY") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, N_("How it came in: 走访, 来访, 电话, 微信群 …"), N_("SOURCE") },
    { "wish", 0, 0, G_OPTION_ARG_NONE, &wish, N_("A small wish (微心愿), for a party member to claim"), NULL },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 household, request = 0;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = no_more_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if (number == NULL || text == NULL)
    return cw_cli_usage (_("request add needs --household 户号 and --text TEXT."));
  if ((db = open_for_household (db_path, number, &household)) == NULL)
    return CW_CLI_FAILED;
  if (!cw_grid_request_add (db, household, date, source, category, text, urgency, wish, &request, &error))
    return cw_cli_fail (error);
  /* The number alone, for a script to keep. */
  printf ("%" G_GINT64_FORMAT "\n", request);
  return CW_CLI_OK;
}

static int
run_request_step (const CwCliCommand  *command,
                  const char          *db_path,
                  int                  argc,
                  char               **argv)
{
  g_autofree char *date = NULL, *to = NULL, *note = NULL, *satisfaction = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day of the step (default: today)"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Who handles it (assign) or takes the wish on (claim)"),
      N_("NAME") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("What was done (resolve), the reason (hold), the resident’s "
                                                   "words (confirm)"), N_("TEXT") },
    { "satisfaction", 0, 0, G_OPTION_ARG_STRING, &satisfaction, N_("满意, 基本满意 or 不满意 (confirm)"),
      N_("EVALUATION") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwGridRequest) request = NULL;
  const char *step = argv[0];
  gint64 number;
  gboolean ok;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc < 2)
    return cw_cli_usage (_("request %s needs the request’s number."), step);
  if ((status = no_more_arguments (argc, argv, 2)) != CW_CLI_OK)
    return status;
  if (!cw_cli_parse_number ("N", argv[1], 1, G_MAXINT, &number))
    return CW_CLI_USAGE;
  if ((g_str_equal (step, "assign") || g_str_equal (step, "claim")) && to == NULL)
    return cw_cli_usage (_("request %s needs --to NAME."), step);
  if (g_str_equal (step, "confirm") && satisfaction == NULL)
    return cw_cli_usage (_("request confirm needs --satisfaction 满意|基本满意|不满意."));
  if (g_str_equal (step, "hold") && note == NULL)
    return cw_cli_usage (_("request hold needs the reason: --note TEXT."));

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (g_str_equal (step, "assign"))
    ok = cw_grid_request_assign (db, number, date, to, &error);
  else if (g_str_equal (step, "claim"))
    ok = cw_grid_request_claim (db, number, date, to, &error);
  else if (g_str_equal (step, "resolve"))
    ok = cw_grid_request_resolve (db, number, date, note, &error);
  else if (g_str_equal (step, "confirm"))
    ok = cw_grid_request_evaluate (db, number, date, satisfaction, note, &error);
  else if (g_str_equal (step, "hold"))
    ok = cw_grid_request_hold (db, number, date, note, &error);
  else
    ok = cw_grid_request_resume (db, number, date, &error);
  if (!ok || (request = cw_grid_request_find (db, number, &error)) == NULL)
    return cw_cli_fail (error);
  /* Translators: "Request 12: Assigned, due 2026-03-08." */
  printf (_("Request %d: %s, due %s.\n"), (int) number,
          cw_grid_request_get_text (request, "hold-since")[0] != '\0'
          ? _("On hold") : cw_grid_request_state_label (cw_grid_request_get_text (request, "state")),
          cw_grid_request_get_text (request, "due-date"));
  return CW_CLI_OK;
}

#define STEP_SYNOPSIS N_("N [--date D] [--to NAME] [--note TEXT] [--satisfaction 满意|基本满意|不满意]")

static const CwCliTarget request_targets[] = {
  { "add", { "request add", N_("--household 户号 --date D --category C --text T [--urgency 红|黄|蓝] [--wish]"),
             N_("Receive a request (诉求) or a small wish; prints its number"), run_request_add } },
  { "assign", { "request assign", STEP_SYNOPSIS, N_("Assign it to who handles it (--to)"), run_request_step } },
  { "claim", { "request claim", STEP_SYNOPSIS, N_("A party member takes a small wish on (--to)"),
               run_request_step } },
  { "resolve", { "request resolve", STEP_SYNOPSIS, N_("It was dealt with (--note what was done)"),
                 run_request_step } },
  { "confirm", { "request confirm", STEP_SYNOPSIS,
                 N_("The resident’s evaluation (--satisfaction); 不满意 reopens it"), run_request_step } },
  { "hold", { "request hold", STEP_SYNOPSIS, N_("Put it on hold with a reason (--note); its clock stops"),
              run_request_step } },
  { "resume", { "request resume", STEP_SYNOPSIS, N_("Take it up again; its deadline moves by the days on hold"),
                run_request_step } },
  { NULL }
};

/* grids, visit, visits, request: the first argument says what to do. */
static int
run_with_targets (const CwCliCommand  *command,
                  const char          *db_path,
                  int                  argc,
                  char               **argv)
{
  static const struct { const char *name; const CwCliTarget *targets; } tables[] = {
    { "grids", grids_targets }, { "visit", visit_targets }, { "visits", visits_targets },
    { "request", request_targets },
  };
  g_autofree char *missing = NULL;
  g_autofree char *unknown = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (command->name, tables[i].name))
      {
        /* The command's name goes in now; the choices when they are known. */
        missing = g_strdup_printf (_("%s needs what to do first: %s."), command->name, "%s");
        unknown = g_strdup_printf (_("%s does not know “%s”; it does: %s."), command->name, "%s", "%s");
        return cw_cli_dispatch (tables[i].targets, missing, unknown, db_path, argc, argv);
      }
  g_return_val_if_reached (CW_CLI_USAGE);
}

const CwCliCommand cw_cli_grids_commands[] = {
  { "grids", N_("check|figures [OPTION…]"),
    N_("Grids (网格): what needs attention, and the figures per grid; “grids --help” for each"), run_with_targets },
  { "visit", N_("add|raise [OPTION…]"),
    N_("Visits (走访): record one, or raise a must-visit by hand; “visit --help” for each"), run_with_targets },
  { "visits", N_("due --on D [--grid CODE]"), N_("The visits due on a day"), run_with_targets },
  { "patrol", N_("--grid CODE --by NAME [--date D] [--note TEXT]"), N_("Record a grid’s patrol (巡查)"),
    run_patrol },
  { "request", N_("add|assign|claim|resolve|confirm|hold|resume [OPTION…]"),
    N_("Residents’ requests (群众诉求) and small wishes: from receipt to the resident’s evaluation; "
       "“request --help” for each"),
    run_with_targets },
  { NULL }
};

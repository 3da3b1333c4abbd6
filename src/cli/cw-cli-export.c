/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-export.h"
#include "cw-cli-benefits.h"
#include "cw-cli-finance.h"
#include "cw-cli-grids.h"
#include "cw-cli-notices.h"
#include "cw-cli-points.h"
#include "cw-cli-mediation.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/households/cw-person-query.h"
#include "core/village/cw-village-group.h"
#include "core/households/cw-vocabulary.h"
#include "report/households/cw-care-list-print.h"
#include "report/households/cw-roster-export.h"

/* The filters of a person list, shared by `export persons` and
 * `print persons`. */
typedef struct
{
  char     *group;
  char     *tag;
  char     *status;
  char     *on;
  gboolean  party;
  int       min_age_male;
  int       min_age_female;
  int       min_age;
  gboolean  masked;
  gboolean  full;
  /* What the query points into. */
  char     *canonical_on;
} PersonOptions;

static void
person_options_clear (PersonOptions *options)
{
  g_clear_pointer (&options->group, g_free);
  g_clear_pointer (&options->tag, g_free);
  g_clear_pointer (&options->status, g_free);
  g_clear_pointer (&options->on, g_free);
  g_clear_pointer (&options->canonical_on, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PersonOptions, person_options_clear)

static void
person_options_init (PersonOptions *options)
{
  memset (options, 0, sizeof *options);
  options->min_age_male = -1;
  options->min_age_female = -1;
  options->min_age = -1;
}

/* Filled into a caller's array; the last entry is left for NULL. */
static guint
add_person_entries (GOptionEntry  *entries,
                    PersonOptions *options)
{
  const GOptionEntry person_entries[] = {
    { "group", 0, 0, G_OPTION_ARG_STRING, &options->group,
      N_("Only this village group"), N_("NAME") },
    { "tag", 0, 0, G_OPTION_ARG_STRING, &options->tag,
      N_("Only persons with this care tag (theirs or their household’s), e.g. 低保"), N_("TAG") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &options->status,
      N_("Only this status: 在册, 外出务工, 迁出, 死亡 (or active, migrant, moved_out, deceased), "
         "or “all”; default: those present (在册 and 外出务工)"), N_("STATUS") },
    { "party", 0, 0, G_OPTION_ARG_NONE, &options->party,
      N_("Only party members (中共党员, 中共预备党员)"), NULL },
    { "min-age-male", 0, 0, G_OPTION_ARG_INT, &options->min_age_male,
      N_("Men aged at least N (the Double-Ninth list: 60)"), N_("N") },
    { "min-age-female", 0, 0, G_OPTION_ARG_INT, &options->min_age_female,
      N_("Women aged at least N (the Double-Ninth list: 55)"), N_("N") },
    { "min-age", 0, 0, G_OPTION_ARG_INT, &options->min_age,
      N_("Everybody aged at least N (高龄: 80)"), N_("N") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &options->on,
      N_("Count ages on this day (default: today)"), N_("YYYY-MM-DD") },
  };

  memcpy (entries, person_entries, sizeof person_entries);
  return G_N_ELEMENTS (person_entries);
}

static char *
joined_words (const char * const *words)
{
  return g_strjoinv (C_("list separator", ", "), (char **) words);
}

/* Turns the options into a query, reporting a bad value the way a person
 * can act on: a value that is no date or number is a usage error (2); a
 * group, tag or status the register does not know is a failure (1) that
 * says what there is instead. Returns CW_CLI_OK or the exit status. */
static int
person_query_from_options (CwDatabase     *db,
                           PersonOptions  *options,
                           CwPersonQuery  *query)
{
  g_autoptr(GError) error = NULL;
  const char *ages[] = { "--min-age-male", "--min-age-female", "--min-age" };
  const int values[] = { options->min_age_male, options->min_age_female, options->min_age };

  for (guint i = 0; i < G_N_ELEMENTS (ages); i++)
    if (values[i] < -1 || values[i] > 150)
      return cw_cli_usage (_("%s needs an age from 0 to 150."), ages[i]);

  if (options->on != NULL)
    {
      GDate date;

      if (!cw_date_parse (options->on, &date, &error))
        return cw_cli_usage ("--on: %s", error->message);
      options->canonical_on = cw_date_format (&date);
      query->on = options->canonical_on;
    }

  if (options->group != NULL)
    {
      g_autoptr(CwVillageGroup) group = NULL;

      g_strstrip (options->group);
      group = cw_village_group_find (db, options->group, &error);
      if (group == NULL)
        return cw_cli_fail (error);
      query->group_name = options->group;
    }

  if (options->tag != NULL)
    {
      const char *tag = cw_vocabulary_canonical_tag (options->tag);

      if (tag == NULL)
        {
          g_autofree char *known = joined_words (cw_vocabulary_tags);

          g_set_error (&error, CW_ERROR, CW_ERROR_NOT_FOUND,
                       _("“%s” is not a care tag. The tags are: %s."), options->tag, known);
          return cw_cli_fail (error);
        }
      query->tag = tag;
    }

  if (options->status != NULL)
    {
      const char *status = g_strstrip (options->status);

      if (g_ascii_strcasecmp (status, "all") == 0 || g_str_equal (status, "全部"))
        query->any_status = TRUE;
      else if (cw_vocabulary_contains (cw_vocabulary_person_statuses, status))
        query->status = status;
      else if ((query->status = cw_vocabulary_person_status_for (status)) == NULL)
        {
          g_set_error (&error, CW_ERROR, CW_ERROR_NOT_FOUND,
                       _("“%s” is not a person status. The statuses are: %s, or “all”."),
                       status, "在册 (active), 外出务工 (migrant), 迁出 (moved_out), 死亡 (deceased)");
          return cw_cli_fail (error);
        }
    }

  query->party_members = options->party;
  query->min_age_male = options->min_age_male;
  query->min_age_female = options->min_age_female;
  query->min_age = options->min_age;
  return CW_CLI_OK;
}

/* Needs exactly one file after the target. */
static int
check_file_argument (int          argc,
                     char       **argv,
                     const char  *verb,
                     const char  *suffix)
{
  if (argc < 2)
    /* Translators: "export persons needs the file to write, e.g. LIST.xlsx" */
    return cw_cli_usage (_("%s %s needs the file to write, e.g. LIST%s."), verb, argv[0], suffix);
  if (argc > 2)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[2]);
  return CW_CLI_OK;
}

static void
print_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  cw_cli_print_progress (_("Exporting… %u%%"), done, total);
}

static void
count_rows (guint    done,
            guint    total,
            gpointer user_data)
{
  *(guint *) user_data = total;
}

typedef struct
{
  gboolean show;
  guint    rows;
} Progress;

static void
report_progress (guint    done,
                 guint    total,
                 gpointer user_data)
{
  Progress *progress = user_data;

  count_rows (done, total, &progress->rows);
  /* Only for a person watching a terminal; scripts get the result alone. */
  if (progress->show)
    print_progress (done, total, NULL);
}

static void
end_progress (Progress *progress)
{
  if (progress->show)
    fprintf (stderr, "\r\033[K");
}

static int
run_export_households (const CwCliCommand  *command,
                       const char          *db_path,
                       int                  argc,
                       char               **argv)
{
  g_autofree char *group = NULL;
  gboolean masked = FALSE, all = FALSE;
  const GOptionEntry entries[] = {
    { "group", 0, 0, G_OPTION_ARG_STRING, &group, N_("Only this village group"), N_("NAME") },
    { "masked", 0, 0, G_OPTION_ARG_NONE, &masked,
      N_("Mask ID and phone numbers (430421********1234, 138****5678) for anything public"), NULL },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all,
      N_("The whole record: every household and person, those moved out and deceased too, nothing masked; "
         "imported into an empty village it gives the register back"), NULL },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  Progress progress = { 0 };
  gboolean ok;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = check_file_argument (argc, argv, "export", ".xlsx")) != CW_CLI_OK)
    return status;
  if (all && (group != NULL || masked))
    return cw_cli_usage (_("--all exports the whole record: it is neither masked nor limited to a group."));

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;

  if (group != NULL)
    g_strstrip (group);
  progress.show = isatty (STDERR_FILENO);
  if (all)
    ok = cw_roster_export_register (db, argv[1], report_progress, &progress, NULL, &error);
  else
    ok = cw_roster_export_households (db, argv[1], group, masked,
                                      report_progress, &progress, NULL, &error);
  end_progress (&progress);
  if (!ok)
    return cw_cli_fail (error);

  display = g_filename_display_name (argv[1]);
  if (all)
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "Exported the whole record, %u person, to “%s”.\n",
                         "Exported the whole record, %u persons, to “%s”.\n", progress.rows),
            progress.rows, display);
  else
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "Exported the roster of %u person to “%s”.\n",
                         "Exported the roster of %u persons to “%s”.\n", progress.rows),
            progress.rows, display);
  if (masked)
    printf ("%s\n", _("ID and phone numbers are masked."));
  return CW_CLI_OK;
}

static int
run_export_persons (const CwCliCommand  *command,
                    const char          *db_path,
                    int                  argc,
                    char               **argv)
{
  g_auto(PersonOptions) options = { 0 };
  GOptionEntry entries[12] = { { NULL } };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  Progress progress = { 0 };
  guint n;
  gboolean ok;
  int status;

  person_options_init (&options);
  n = add_person_entries (entries, &options);
  entries[n] = (GOptionEntry) { "masked", 0, 0, G_OPTION_ARG_NONE, &options.masked,
                                N_("Mask ID and phone numbers (430421********1234, 138****5678)"), NULL };

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = check_file_argument (argc, argv, "export", ".xlsx")) != CW_CLI_OK)
    return status;

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((status = person_query_from_options (db, &options, &query)) != CW_CLI_OK)
    return status;

  progress.show = isatty (STDERR_FILENO);
  ok = cw_roster_export_persons (db, argv[1], &query, options.masked,
                                 report_progress, &progress, NULL, &error);
  end_progress (&progress);
  if (!ok)
    return cw_cli_fail (error);

  display = g_filename_display_name (argv[1]);
  printf (g_dngettext (GETTEXT_PACKAGE,
                       "Exported a list of %u person to “%s”.\n",
                       "Exported a list of %u persons to “%s”.\n", progress.rows),
          progress.rows, display);
  if (options.masked)
    printf ("%s\n", _("ID and phone numbers are masked."));
  return CW_CLI_OK;
}

static int
run_print_persons (const CwCliCommand  *command,
                   const char          *db_path,
                   int                  argc,
                   char               **argv)
{
  g_auto(PersonOptions) options = { 0 };
  GOptionEntry entries[13] = { { NULL } };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  int n_pages = 0;
  guint n;
  int status;

  person_options_init (&options);
  n = add_person_entries (entries, &options);
  entries[n++] = (GOptionEntry) { "full", 0, 0, G_OPTION_ARG_NONE, &options.full,
                                  N_("Print ID and phone numbers in full; a printout leaves the office, "
                                     "so they are masked unless asked for"), NULL };
  /* The default, accepted so that export and print take the same words. */
  entries[n] = (GOptionEntry) { "masked", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &options.masked,
                                NULL, NULL };

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = check_file_argument (argc, argv, "print", ".pdf")) != CW_CLI_OK)
    return status;
  if (options.full && options.masked)
    return cw_cli_usage (_("--full and --masked contradict each other."));

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((status = person_query_from_options (db, &options, &query)) != CW_CLI_OK)
    return status;

  if (!cw_care_list_print_pdf (db, &query, !options.full, argv[1], &n_pages, &error))
    return cw_cli_fail (error);

  display = g_filename_display_name (argv[1]);
  printf (g_dngettext (GETTEXT_PACKAGE,
                       "Printed %d page to “%s”.\n",
                       "Printed %d pages to “%s”.\n", (gulong) n_pages),
          n_pages, display);
  return CW_CLI_OK;
}

/* What `export` makes. Later registers add a line each. */
static const CwCliTarget export_targets[] = {
  { "households", { "export households", N_("FILE.xlsx [--group NAME] [--masked] [--all]"),
                    N_("The roster for the township: one row per present person with every field, in the "
                       "columns import reads, ID and phone in full unless --masked; --all for the whole "
                       "record"),
                    run_export_households } },
  { "persons", { "export persons",
                 N_("FILE.xlsx [--group NAME] [--tag TAG] [--status STATUS] [--party] "
                    "[--min-age-male N] [--min-age-female N] [--min-age N] [--on YYYY-MM-DD] [--masked]"),
                 N_("A care list: e.g. the Double-Ninth gift list with --min-age-male 60 "
                    "--min-age-female 55 --on 2026-10-29"),
                 run_export_persons } },
  { "points", CW_CLI_POINTS_EXPORT_TARGET },
  { "cases", CW_CLI_MEDIATION_EXPORT_TARGET },
  { "benefits", CW_CLI_BENEFITS_EXPORT_TARGET },
  { "finance", CW_CLI_FINANCE_EXPORT_TARGET },
  { "grids", CW_CLI_GRIDS_EXPORT_TARGET },
  { "requests", CW_CLI_REQUESTS_EXPORT_TARGET },
  { "notices", CW_CLI_NOTICES_EXPORT_TARGET },
  { NULL }
};

/* What `print` makes. */
static const CwCliTarget print_targets[] = {
  { "persons", { "print persons",
                 N_("FILE.pdf [--group NAME] [--tag TAG] [--status STATUS] [--party] "
                    "[--min-age-male N] [--min-age-female N] [--min-age N] [--on YYYY-MM-DD] [--full]"),
                 N_("A care list as an A4 PDF, ID and phone masked unless --full"),
                 run_print_persons } },
  { "points", CW_CLI_POINTS_PRINT_TARGET },
  { "agreement", CW_CLI_MEDIATION_PRINT_AGREEMENT_TARGET },
  { "case-file", CW_CLI_MEDIATION_PRINT_CASE_FILE_TARGET },
  { "sign-sheet", CW_CLI_SIGN_SHEET_PRINT_TARGET },
  { "award-board", CW_CLI_AWARD_BOARD_PRINT_TARGET },
  { "finance", CW_CLI_FINANCE_PRINT_TARGET },
  { "contact-cards", CW_CLI_CONTACT_CARDS_PRINT_TARGET },
  { "grid-board", CW_CLI_GRID_BOARD_PRINT_TARGET },
  { "visit-sheets", CW_CLI_VISIT_SHEETS_PRINT_TARGET },
  { "notice", CW_CLI_NOTICE_PRINT_TARGET },
  { "decision", CW_CLI_DECISION_PRINT_TARGET },
  { NULL }
};

static int
run_export (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  /* Translators: %s lists the choices, "households, persons" */
  return cw_cli_dispatch (export_targets, _("export needs what to export first: %s."),
                   /* Translators: "export does not know “points”; it exports: households, persons." */
                   _("export does not know “%s”; it exports: %s."), db_path, argc, argv);
}

static int
run_print (const CwCliCommand  *command,
           const char          *db_path,
           int                  argc,
           char               **argv)
{
  /* Translators: %s lists the choices, "persons" */
  return cw_cli_dispatch (print_targets, _("print needs what to print first: %s."),
                   _("print does not know “%s”; it prints: %s."), db_path, argc, argv);
}

const CwCliCommand cw_cli_export_commands[] = {
  { "export", N_("FILE.xlsx [OPTION…]"),
    N_("Write a register’s workbook for the township: the roster, care lists, points, the mediation ledger, "
       "benefits, the finance disclosure, grids, requests, notices; “export --help” lists each with its options"),
    run_export, export_targets },
  { "print", N_("FILE.pdf [OPTION…]"),
    N_("Print to a PDF file what leaves the office: care lists, the points announcement, agreements and case files, "
       "signature sheets, the finance disclosure, grid cards and boards, notices (ID and phone numbers masked "
       "unless --full); “print --help” lists each with its options"),
    run_print, print_targets },
  { NULL }
};

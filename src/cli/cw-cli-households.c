/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-households.h"
#include "cw-cli-points.h"
#include "core/households/cw-household-import.h"

/* The registers `cunwu import` knows; the first argument names one. */
static const char * const import_registers[] = { "households", NULL };

static void
print_progress (guint    done_lines,
                guint    total_lines,
                gpointer user_data)
{
  guint percent = total_lines > 0 ? (guint) ((guint64) done_lines * 100 / total_lines) : 100;

  /* Only for a person watching a terminal; scripts get the report alone. */
  fputc ('\r', stderr);
  fprintf (stderr, _("Importing… %u%%"), percent);
  fflush (stderr);
}

static char *
households_and_persons (guint households,
                        guint persons)
{
  g_autofree char *h = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u household", "%u households", households),
                                        households);
  g_autofree char *p = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members", persons),
                                        persons);

  /* Translators: "12 households with 45 members" */
  return g_strdup_printf (_("%s with %s"), h, p);
}

static void
print_report (CwImportReport *report,
              const char     *path)
{
  g_autofree char *display = g_filename_display_name (path);
  const char * const *ignored = cw_import_report_get_ignored_columns (report);
  const char * const *groups = cw_import_report_get_groups_created (report);
  gboolean dry_run = cw_import_report_get_dry_run (report);
  guint n_rows = cw_import_report_get_rows_read (report);
  g_autofree char *imported = households_and_persons (cw_import_report_get_households_imported (report),
                                                       cw_import_report_get_persons_imported (report));

  printf (g_dngettext (GETTEXT_PACKAGE,
                       "Read “%s”: %s, header on line %u, %u row.\n",
                       "Read “%s”: %s, header on line %u, %u rows.\n",
                       n_rows),
          display, cw_import_report_get_encoding (report),
          cw_import_report_get_header_line (report), n_rows);

  if (ignored[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (C_("list separator", ", "), (char **) ignored);
      printf (_("Columns the register does not know were ignored: %s\n"), list);
    }

  if (dry_run)
    printf ("%s\n", _("Dry run: nothing was written."));

  for (guint i = 0; i < cw_import_report_get_n_problems (report); i++)
    {
      const char *household = NULL, *message = NULL;
      guint line = cw_import_report_get_problem (report, i, &household, &message);

      if (household[0] != '\0')
        printf (_("line %u (户号 %s): %s\n"), line, household, message);
      else
        printf (_("line %u: %s\n"), line, message);
    }

  for (guint i = 0; groups[i] != NULL; i++)
    printf (dry_run ? _("Would create the village group “%s”.\n")
                    : _("Created the village group “%s”.\n"),
            groups[i]);

  printf (dry_run ? _("Would import %s.\n") : _("Imported %s.\n"), imported);

  if (!cw_import_report_is_complete (report))
    {
      guint refused = cw_import_report_get_households_refused (report);
      guint rows = cw_import_report_get_rows_refused (report);
      g_autofree char *h = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u household", "%u households", refused),
                                            refused);
      g_autofree char *r = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", rows), rows);

      gboolean some_in = cw_import_report_get_households_imported (report) > 0;

      if (dry_run && some_in)
        printf (_("Would refuse %s (%s), listed above; the other households would go in.\n"), h, r);
      else if (dry_run)
        printf (_("Would refuse %s (%s), listed above; nothing would go in.\n"), h, r);
      else if (some_in)
        printf (_("Refused %s (%s), listed above; the other households were imported. "
                  "Correct those rows and import the file again: households already in the "
                  "register are left as they are.\n"),
                h, r);
      else
        printf (_("Refused %s (%s), listed above; nothing was imported.\n"), h, r);
    }
}

static int
run_import (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check the file and report what would happen, without writing anything"), NULL },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gboolean show_progress;

  /* The points register's imports take their own options. */
  if (argc >= 2 && g_str_equal (argv[1], "rules"))
    return cw_cli_points_import_rules (db_path, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "points"))
    return cw_cli_points_import_points (db_path, argc - 1, argv + 1);

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc < 2)
    return cw_cli_usage (_("import needs what to import and the file: import households FILE.csv"));
  if (!g_strv_contains (import_registers, argv[1]))
    return cw_cli_usage (_("import does not know “%s”; it imports: %s."), argv[1], "households, rules, points");
  if (argc < 3)
    return cw_cli_usage (_("import %s needs the CSV file to import."), argv[1]);
  if (argc > 3)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[3]);

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;

  show_progress = isatty (STDERR_FILENO);
  report = cw_household_import_csv (db, argv[2], dry_run,
                                    show_progress ? print_progress : NULL, NULL,
                                    NULL, &error);
  if (show_progress)
    fprintf (stderr, "\r\033[K");
  if (report == NULL)
    return cw_cli_fail (error);

  print_report (report, argv[2]);
  return cw_import_report_is_complete (report) ? CW_CLI_OK : CW_CLI_FAILED;
}

const CwCliCommand cw_cli_households_commands[] = {
  { "import", N_("households|rules|points FILE.csv [--dry-run]"),
    N_("Import a roster CSV (UTF-8 or GB18030; households with no bad row go in), point rules or point "
       "entries; bad rows are reported by line; “import points --help” for the columns"),
    run_import },
  { NULL }
};

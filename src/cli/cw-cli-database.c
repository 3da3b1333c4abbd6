/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-database.h"
#include "core/common/cw-backup.h"
#include "core/common/cw-error.h"
#include "core/common/cw-health.h"
#include "core/common/cw-restore.h"

static int
arguments (int    argc,
           char **argv,
           int    expected,
           const char *missing)
{
  if (argc < expected)
    return cw_cli_usage ("%s", missing);
  return cw_cli_no_more_arguments (argc, argv, expected);
}

static void
print_aspect (CwHealth       *health,
              CwHealthAspect  aspect)
{
  const char * const *problems = cw_health_get_problems (health, aspect);
  const char *note = cw_health_get_note (health, aspect);

  if (problems[0] == NULL)
    {
      /* Translators: a line of `cunwu check`: "  ok       Integrity of the file" */
      printf (_("  ok       %s"), cw_health_aspect_title (aspect));
      if (aspect == CW_HEALTH_VERSION)
        printf (": %d", cw_health_get_schema_version (health));
      if (note != NULL)
        printf (" (%s)", note);
      printf ("\n");
      return;
    }

  /* Translators: a line of `cunwu check` for something that is wrong */
  printf (_("  PROBLEM  %s:\n"), cw_health_aspect_title (aspect));
  for (guint i = 0; problems[i] != NULL; i++)
    printf ("           %s\n", problems[i]);
}

/* Read-only from start to end: never migrated, never switched to WAL, so
 * a backup copy can be checked and stays the copy it was. */
static int
run_check (const CwCliCommand  *command,
           const char          *db_path,
           int                  argc,
           char               **argv)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(CwHealth) health = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint problems = 0;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = arguments (argc, argv, 1, NULL)) != CW_CLI_OK)
    return status;

  path = cw_cli_existing_database (db_path);
  if (path == NULL)
    return CW_CLI_FAILED;

  health = cw_health_check_file (path, &error);
  if (health == NULL)
    return cw_cli_fail (error);

  printf (_("Checking “%s” (read-only: nothing in it is changed)\n"), path);
  for (CwHealthAspect aspect = 0; aspect < CW_HEALTH_N_ASPECTS; aspect++)
    {
      print_aspect (health, aspect);
      problems += g_strv_length ((char **) cw_health_get_problems (health, aspect));
    }

  if (!cw_health_is_healthy (health))
    {
      g_autofree char *advice = cw_backup_damage_advice (path);

      g_set_error (&error, CW_ERROR, CW_ERROR_CORRUPT,
                   /* Translators: %1$s is the file, %2$d how many problems, %3$s what to do */
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%1$s” is damaged: %2$d problem, listed above. %3$s",
                                "“%1$s” is damaged: %2$d problems, listed above. %3$s",
                                problems),
                   path, (int) problems, advice);
      return cw_cli_fail (error);
    }

  if (cw_health_get_village (health) != NULL)
    printf (_("“%s” is healthy: village %s, database version %d.\n"),
            path, cw_health_get_village (health), cw_health_get_schema_version (health));
  else
    printf (_("“%s” is healthy and holds no village yet (database version %d).\n"),
            path, cw_health_get_schema_version (health));
  return CW_CLI_OK;
}

static int
run_backup (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = arguments (argc, argv, 2, _("backup needs a destination: a new file or a folder."))) != CW_CLI_OK)
    return status;

  /* Opening checks the file is ours before anything is copied. */
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;

  /* Only a copy that passes the check is kept. */
  made = cw_backup_copy (cw_database_get_path (db), argv[1], &error);
  if (made == NULL)
    return cw_cli_fail (error);

  printf (_("Backed up “%s” to “%s”; the copy is checked and healthy.\n"), cw_database_get_path (db), made);
  return CW_CLI_OK;
}

/* Asks at a terminal; a script says --yes. */
static gboolean
confirmed (gboolean yes)
{
  char answer[64] = "";

  if (yes)
    return TRUE;
  printf (_("Type “yes” to restore: "));
  fflush (stdout);
  if (fgets (answer, sizeof answer, stdin) == NULL)
    return FALSE;
  g_strstrip (answer);
  return g_ascii_strcasecmp (answer, "yes") == 0 || g_ascii_strcasecmp (answer, "y") == 0 ||
         g_str_equal (answer, _("yes"));
}

static int
run_restore (const CwCliCommand  *command,
             const char          *db_path,
             int                  argc,
             char               **argv)
{
  gboolean yes = FALSE;
  const GOptionEntry entries[] = {
    { "yes", 0, 0, G_OPTION_ARG_NONE, &yes, N_("Restore without asking (for scripts)"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) made = NULL;
  g_autofree char *path = NULL;
  g_autofree char *when = NULL;
  g_autofree char *kept = NULL;
  const char *backup;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = arguments (argc, argv, 2, _("restore needs the backup file to restore."))) != CW_CLI_OK)
    return status;
  if (!yes && !isatty (STDIN_FILENO))
    return cw_cli_usage (_("restore replaces the village record: add --yes to confirm when it cannot ask at a terminal."));

  path = db_path != NULL ? g_strdup (db_path) : cw_database_default_path ();
  backup = argv[1];

  if (!cw_restore_verify (path, backup, &error))
    return cw_cli_fail (error);

  made = cw_backup_get_date (backup);
  when = made != NULL ? g_date_time_format (made, "%Y-%m-%d %H:%M") : g_strdup ("?");
  printf (_("This puts the backup of %s (“%s”) in place of the village record “%s”.\n"
            "What was entered after %s is then no longer in the record; the current file is kept "
            "beside it, renamed with today’s date and time.\n"),
          when, backup, path, when);
  if (!confirmed (yes))
    {
      printf (_("Nothing was restored.\n"));
      return CW_CLI_FAILED;
    }

  if (!cw_restore (path, backup, &kept, &error))
    return cw_cli_fail (error);

  if (kept != NULL)
    printf (_("Restored “%s” from the backup of %s. The previous file is kept as “%s”.\n"), path, when, kept);
  else
    printf (_("Restored “%s” from the backup of %s.\n"), path, when);
  return CW_CLI_OK;
}

const CwCliCommand cw_cli_database_commands[] = {
  { "check", "",
    N_("Check the database read-only: schema, audit triggers, references, integrity; exit 0 when healthy"),
    run_check },
  { "backup", N_("DEST"),
    N_("Write a checked copy of the database, also while the window is open"), run_backup },
  { "restore", N_("BACKUP [--yes]"),
    N_("Put a backup in place of the database; the current file is kept beside it"), run_restore },
  { NULL }
};

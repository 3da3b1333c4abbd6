/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-benefits.h"
#include "cw-cli-command.h"
#include "cw-cli-database.h"
#include "cw-cli-export.h"
#include "cw-cli-finance.h"
#include "cw-cli-grids.h"
#include "cw-cli-import.h"
#include "cw-cli-mediation.h"
#include "cw-cli-notices.h"
#include "cw-cli-points.h"
#include "cw-cli-roles.h"
#include "cw-cli-village.h"

/* Every register's commands, in the order --help lists them. */
static const CwCliCommand *const command_tables[] = {
  cw_cli_village_commands,
  cw_cli_import_commands,
  cw_cli_database_commands,
  cw_cli_export_commands,
  cw_cli_points_commands,
  cw_cli_mediation_commands,
  cw_cli_roles_commands,
  cw_cli_benefits_commands,
  cw_cli_finance_commands,
  cw_cli_grids_commands,
  cw_cli_notices_commands,
};

static const CwCliCommand *
find_command (const char *name)
{
  for (guint t = 0; t < G_N_ELEMENTS (command_tables); t++)
    for (const CwCliCommand *command = command_tables[t]; command->name != NULL; command++)
      if (g_strcmp0 (command->name, name) == 0)
        return command;
  return NULL;
}

static void
print_help (void)
{
  g_autofree char *db = cw_database_default_path ();

  printf ("%s\n\n", _("Village Affairs: the village committee's registers."));
  printf ("%s\n", _("Usage:"));
  printf ("  cunwu [--db FILE]                %s\n", _("Open the window"));
  printf ("  cunwu [--db FILE] COMMAND …      %s\n\n", _("Run a command without a display"));
  printf ("%s\n", _("Commands:"));
  for (guint t = 0; t < G_N_ELEMENTS (command_tables); t++)
    for (const CwCliCommand *command = command_tables[t]; command->name != NULL; command++)
      {
        g_autofree char *targets = command->targets != NULL ? cw_cli_target_names (command->targets, "|") : NULL;
        g_autofree char *left = targets != NULL
          ? g_strdup_printf ("%s %s %s", command->name, targets, cw_cli_translate (command->synopsis))
          : g_strdup_printf ("%s %s", command->name, cw_cli_translate (command->synopsis));
        printf ("  %s\n      %s\n", left, cw_cli_translate (command->summary));
      }
  printf ("\n%s\n", _("Options:"));
  printf ("  --db FILE     %s\n", _("The database file; it may stand before or after the command"));
  printf ("                %s %s\n", _("Default:"), db);
  printf ("  --version     %s\n", _("Print the version and exit"));
  printf ("  -h, --help    %s\n\n", _("Print this help; “cunwu COMMAND --help” for a command’s options"));
  printf ("%s\n", _("Exit status: 0 on success, 1 on failure (the reason on standard error), 2 on a usage error."));
}

/* Takes --db FILE / --db=FILE out of argv wherever it stands, so each
 * command only sees its own options. */
static gboolean
take_db_option (int    *argc,
                char  **argv,
                char  **db_path,
                int    *status)
{
  int out = 1;

  for (int i = 1; i < *argc; i++)
    {
      const char *arg = argv[i];

      if (g_strcmp0 (arg, "--") == 0)
        {
          for (; i < *argc; i++)
            argv[out++] = argv[i];
          break;
        }
      if (g_strcmp0 (arg, "--db") == 0)
        {
          if (i + 1 >= *argc || argv[i + 1][0] == '\0')
            {
              *status = cw_cli_usage (_("--db needs a file name."));
              return FALSE;
            }
          g_free (*db_path);
          *db_path = g_strdup (argv[++i]);
          continue;
        }
      if (g_str_has_prefix (arg, "--db="))
        {
          if (arg[5] == '\0')
            {
              *status = cw_cli_usage (_("--db needs a file name."));
              return FALSE;
            }
          g_free (*db_path);
          *db_path = g_strdup (arg + 5);
          continue;
        }
      argv[out++] = argv[i];
    }
  *argc = out;
  argv[out] = NULL;
  return TRUE;
}

int
cw_cli_main (int    argc,
             char **argv,
             char **window_db_path)
{
  g_autofree char *db_path = NULL;
  g_auto(GStrv) args = g_new0 (char *, argc + 1);
  const CwCliCommand *command;
  int status = CW_CLI_OK;

  *window_db_path = NULL;

  /* A shallow copy: argv's strings stay argv's. */
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  if (!take_db_option (&argc, args, &db_path, &status))
    return status;

  if (argc < 2)
    {
      *window_db_path = g_steal_pointer (&db_path);
      return CW_CLI_OPEN_WINDOW;
    }

  if (g_strcmp0 (args[1], "--version") == 0 || g_strcmp0 (args[1], "-v") == 0)
    {
      printf ("cunwu %s\n", PACKAGE_VERSION);
      return CW_CLI_OK;
    }
  if (g_strcmp0 (args[1], "--help") == 0 || g_strcmp0 (args[1], "-h") == 0 ||
      g_strcmp0 (args[1], "help") == 0)
    {
      print_help ();
      return CW_CLI_OK;
    }
  if (args[1][0] == '-')
    return cw_cli_usage (_("Unknown option “%s”."), args[1]);

  command = find_command (args[1]);
  if (command == NULL)
    return cw_cli_usage (_("Unknown command “%s”."), args[1]);

  {
    /* The command sees itself as argv[0]; strings are freed with args. */
    g_autofree char **command_argv = g_new0 (char *, argc);
    int command_argc = argc - 1;

    memcpy (command_argv, args + 1, sizeof (char *) * (gsize) command_argc);
    return command->run (command, db_path, command_argc, command_argv);
  }
}

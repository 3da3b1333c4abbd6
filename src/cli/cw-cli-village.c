/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-village.h"
#include "core/village/cw-demo.h"
#include "core/common/cw-error.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village.h"

static int
too_many_arguments (int    argc,
                    char **argv,
                    int    expected)
{
  if (argc > expected)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[expected]);
  return CW_CLI_OK;
}

static int
run_init (const CwCliCommand  *command,
          const char          *db_path,
          int                  argc,
          char               **argv)
{
  g_autofree char *name = NULL, *township = NULL, *county = NULL, *operator_name = NULL;
  const GOptionEntry entries[] = {
    { "village", 0, 0, G_OPTION_ARG_STRING, &name, N_("The village’s name"), N_("NAME") },
    { "township", 0, 0, G_OPTION_ARG_STRING, &township, N_("The township (乡镇)"), N_("NAME") },
    { "county", 0, 0, G_OPTION_ARG_STRING, &county, N_("The county (县/区)"), N_("NAME") },
    { "operator", 0, 0, G_OPTION_ARG_STRING, &operator_name, N_("Your name, recorded with every change"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwVillage) village = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = too_many_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if (name == NULL || g_strstrip (name)[0] == '\0')
    return cw_cli_usage (_("init needs the village’s name: --village NAME"));

  db = cw_cli_open_database (db_path, TRUE);
  if (db == NULL)
    return CW_CLI_FAILED;

  if (operator_name != NULL && !cw_settings_set_operator (db, operator_name, &error))
    return cw_cli_fail (error);

  village = cw_village_new (name, township, county);
  if (!cw_village_create (db, village, &error))
    return cw_cli_fail (error);

  printf (_("Created the village %s in “%s”.\n"), cw_village_get_name (village), cw_database_get_path (db));
  return CW_CLI_OK;
}

static int
run_demo (const CwCliCommand  *command,
          const char          *db_path,
          int                  argc,
          char               **argv)
{
  int households = 0, point_entries = 0, cases = 0;
  const GOptionEntry entries[] = {
    { "households", 0, 0, G_OPTION_ARG_INT, &households,
      N_("How many households to generate (default 450; 30000 for a township-sized benchmark)"), N_("N") },
    { "entries", 0, 0, G_OPTION_ARG_INT, &point_entries,
      N_("How many point entries to generate (default 24 a household)"), N_("N") },
    { "cases", 0, 0, G_OPTION_ARG_INT, &cases,
      N_("How many mediation cases to generate (default 60; 20000 for a township)"), N_("N") },
    { NULL }
  };
  CwDemoOptions options = { 0 };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = too_many_arguments (argc, argv, 1)) != CW_CLI_OK)
    return status;
  if (households < 0 || households > 200000)
    return cw_cli_usage (_("--households takes a number from 1 to 200000."));
  if (point_entries < 0 || point_entries > 5000000)
    return cw_cli_usage (_("--entries takes a number from 1 to 5000000."));
  options.households = (guint) households;
  options.point_entries = (guint) point_entries;
  if (cases < 0 || cases > 200000)
    return cw_cli_usage (_("--cases takes a number from 1 to 200000."));
  options.mediation_cases = (guint) cases;

  db = cw_cli_open_database (db_path, TRUE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_demo_fill (db, &options, &error))
    return cw_cli_fail (error);

  printf (_("Filled “%s” with the demo village 青山村.\n"), cw_database_get_path (db));
  return CW_CLI_OK;
}

const CwCliCommand cw_cli_village_commands[] = {
  { "init", N_("--village NAME [--township NAME] [--county NAME]"),
    N_("Create the village in a new or empty database"), run_init },
  { "demo", N_("[--households N] [--entries N]"),
    N_("Fill an empty database with the demo village 青山村"), run_demo },
  { NULL }
};

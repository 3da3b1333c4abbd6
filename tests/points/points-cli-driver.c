/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "points-cli-driver"

/* The points commands run as `cunwu` runs them, for the tests, whether or
 * not cw-cli.c lists them yet:
 *
 *   points-cli-driver --db FILE points|shop …
 *   points-cli-driver --db FILE import rules|points …
 *   points-cli-driver --db FILE export points …
 *   points-cli-driver --db FILE print points …
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "cli/cw-cli.h"
#include "cli/cw-cli-points.h"

static const CwCliCommand export_command = CW_CLI_POINTS_EXPORT_TARGET;
static const CwCliCommand print_command = CW_CLI_POINTS_PRINT_TARGET;

int
main (int    argc,
      char **argv)
{
  const char *db_path;

  setlocale (LC_ALL, "");
  /* POINTS_LOCALEDIR: translations not merged into po/zh_CN.po yet. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("POINTS_LOCALEDIR") != NULL ? g_getenv ("POINTS_LOCALEDIR")
                                                                          : BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("cunwu");

  if (argc < 4 || !g_str_equal (argv[1], "--db"))
    {
      fprintf (stderr, "usage: points-cli-driver --db FILE COMMAND …\n");
      return CW_CLI_USAGE;
    }
  db_path = argv[2];
  argc -= 3;
  argv += 3;

  for (guint i = 0; cw_cli_points_commands[i].name != NULL; i++)
    if (g_str_equal (cw_cli_points_commands[i].name, argv[0]))
      return cw_cli_points_commands[i].run (&cw_cli_points_commands[i], db_path, argc, argv);

  if (argc >= 2 && g_str_equal (argv[0], "import") && g_str_equal (argv[1], "rules"))
    return cw_cli_points_import_rules (db_path, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[0], "import") && g_str_equal (argv[1], "points"))
    return cw_cli_points_import_points (db_path, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[0], "export") && g_str_equal (argv[1], "points"))
    return export_command.run (&export_command, db_path, argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[0], "print") && g_str_equal (argv[1], "points"))
    return print_command.run (&print_command, db_path, argc - 1, argv + 1);

  fprintf (stderr, "points-cli-driver: unknown command %s\n", argv[0]);
  return CW_CLI_USAGE;
}

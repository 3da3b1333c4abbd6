/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cunwu"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "cli/cw-cli.h"
#include "ui/shell/cw-application.h"

/* Run from the build tree (the README's first command), the program uses
 * the translations built there; installed, the system's. */
static const char *
pick_localedir (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  if (exe != NULL && g_str_has_prefix (exe, BUILD_ROOT G_DIR_SEPARATOR_S))
    return BUILD_LOCALEDIR;
  return LOCALEDIR;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *db_path = NULL;
  g_autoptr(CwApplication) app = NULL;
  char *app_argv[] = { argv[0], NULL };
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, pick_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Option parsers name the program in their usage lines. */
  g_set_prgname ("cunwu");

  status = cw_cli_main (argc, argv, &db_path);
  if (status != CW_CLI_OPEN_WINDOW)
    return status;

  app = cw_application_new (db_path);
  return g_application_run (G_APPLICATION (app), 1, app_argv);
}

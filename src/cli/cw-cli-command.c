/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-command.h"
#include "core/common/cw-error.h"

const char *
cw_cli_translate (const char *msgid)
{
  return msgid[0] != '\0' ? _(msgid) : "";
}

int
cw_cli_fail (const GError *error)
{
  /* One line, so scripts can log it. */
  g_autofree char *message = g_strdup (error->message);

  g_strdelimit (message, "\r\n", ' ');
  fprintf (stderr, "cunwu: %s\n", message);
  return CW_CLI_FAILED;
}

int
cw_cli_usage (const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "cunwu: %s\n", message);
  fprintf (stderr, _("Try “cunwu --help” for more information.\n"));
  return CW_CLI_USAGE;
}

char *
cw_cli_existing_database (const char *db_path)
{
  g_autofree char *path = db_path != NULL ? g_strdup (db_path) : cw_database_default_path ();
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (&error, CW_ERROR, CW_ERROR_NOT_FOUND,
                   _("“%s” does not exist. Create it with “cunwu --db FILE init --village NAME”."),
                   path);
      cw_cli_fail (error);
      return NULL;
    }
  return g_steal_pointer (&path);
}

CwDatabase *
cw_cli_open_database (const char *db_path,
                      gboolean    may_create)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  CwDatabase *db;

  path = may_create ? (db_path != NULL ? g_strdup (db_path) : cw_database_default_path ())
                    : cw_cli_existing_database (db_path);
  if (path == NULL)
    return NULL;

  db = cw_database_open (path, &error);
  if (db == NULL)
    cw_cli_fail (error);
  return db;
}

gboolean
cw_cli_parse_options (const CwCliCommand  *command,
                      const GOptionEntry  *entries,
                      int                 *argc,
                      char              ***argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parameters = g_strdup_printf ("%s %s", command->name, cw_cli_translate (command->synopsis));

  context = g_option_context_new (parameters);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, cw_cli_translate (command->summary));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      cw_cli_usage ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

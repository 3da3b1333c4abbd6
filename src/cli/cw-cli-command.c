/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-command.h"
#include "core/common/cw-error.h"
#include "core/common/cw-text.h"

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

int
cw_cli_no_more_arguments (int    argc,
                          char **argv,
                          int    expected)
{
  if (argc > expected)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[expected]);
  return CW_CLI_OK;
}

void
cw_cli_print_progress (const char *format,
                       guint       done,
                       guint       total)
{
  guint percent = total > 0 ? (guint) ((guint64) done * 100 / total) : 100;

  fputc ('\r', stderr);
  fprintf (stderr, format, percent);
  fflush (stderr);
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

gboolean
cw_cli_parse_number (const char *option,
                     const char *text,
                     gint64      min,
                     gint64      max,
                     gint64     *value)
{
  g_autoptr(GError) error = NULL;

  if (cw_text_parse_integer (text, min, max, value, &error))
    return TRUE;
  /* Translators: an option (--points), then what is wrong with its value */
  cw_cli_usage (_("%s: %s"), option, error->message);
  return FALSE;
}

char *
cw_cli_target_names (const CwCliTarget *targets,
                     const char        *separator)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; targets[i].target != NULL; i++)
    g_ptr_array_add (names, (char *) targets[i].target);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (separator, (char **) names->pdata);
}

static void
print_targets_help (const CwCliTarget *targets)
{
  for (guint i = 0; targets[i].target != NULL; i++)
    {
      const CwCliCommand *command = &targets[i].command;

      printf ("  cunwu %s %s\n      %s\n", command->name, cw_cli_translate (command->synopsis),
              cw_cli_translate (command->summary));
    }
  printf ("%s\n", _("“cunwu COMMAND WHAT --help” lists the options of each."));
}

int
cw_cli_dispatch (const CwCliTarget  *targets,
                 const char         *missing,
                 const char         *unknown,
                 const char         *db_path,
                 int                 argc,
                 char              **argv)
{
  g_autofree char *names = cw_cli_target_names (targets, C_("list separator", ", "));
  int first = 1;

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      print_targets_help (targets);
      return CW_CLI_OK;
    }

  /* Options may stand before the target (`import --dry-run households
   * FILE`): the target is the first word that is not one. */
  while (first < argc && argv[first][0] == '-')
    first++;
  if (first >= argc)
    return cw_cli_usage (missing, names);

  for (guint i = 0; targets[i].target != NULL; i++)
    if (g_str_equal (targets[i].target, argv[first]))
      {
        g_autofree char **target_argv = g_new0 (char *, argc);

        /* The target first, then the other arguments in their order. */
        target_argv[0] = argv[first];
        memcpy (target_argv + 1, argv + 1, sizeof (char *) * (gsize) (first - 1));
        memcpy (target_argv + first, argv + first + 1, sizeof (char *) * (gsize) (argc - first - 1));
        return targets[i].command.run (&targets[i].command, db_path, argc - 1, target_argv);
      }

  return cw_cli_usage (unknown, argv[first], names);
}

const CwCliTarget *
cw_cli_find_target (const CwCliTarget  *targets,
                    const CwCliCommand *command)
{
  for (guint i = 0; targets[i].target != NULL; i++)
    if (&targets[i].command == command)
      return &targets[i];
  return NULL;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* One command of `cunwu COMMAND …`. Each register's file defines its
 * commands as an array of these; cw-cli.c lists the arrays. */
typedef struct _CwCliTarget CwCliTarget;

typedef struct _CwCliCommand
{
  const char *name;
  /* Untranslated (N_) synopsis and one-line summary for --help. */
  const char *synopsis;
  const char *summary;
  /* argv[0] is the command name; db_path is NULL for the default. */
  int       (*run) (const struct _CwCliCommand  *command,
                    const char                  *db_path,
                    int                          argc,
                    char                       **argv);
  /* A command that runs targets (`export`, `print`, `import`): their
   * table, whose names --help lists before the synopsis, so that a new
   * target shows there by itself. NULL for the others. */
  const CwCliTarget *targets;
} CwCliCommand;

/* One thing a command with targets makes (`export persons`, `import
 * rules`), named by its first argument. command.name is the whole command
 * as --help shows it ("export persons"), so that each target's options
 * print with the right synopsis; @data is the target's own, for targets
 * that share one run function. Tables end with a NULL target. */
struct _CwCliTarget
{
  const char    *target;
  CwCliCommand   command;
  gconstpointer  data;
};

/* The targets' names joined by @separator (a new string). */
char       *cw_cli_target_names   (const CwCliTarget   *targets,
                                   const char          *separator);

/* Runs the target the first argument names (argv[0] is the command); the
 * target's own command parses the rest, so that `export persons --help`
 * shows the persons' options. `COMMAND --help` lists the targets. Usage
 * errors: @missing ("%s": the targets) without a target, @unknown ("%s"
 * what was given, "%s" the targets) for one the table lacks. */
int         cw_cli_dispatch       (const CwCliTarget   *targets,
                                   const char          *missing,
                                   const char          *unknown,
                                   const char          *db_path,
                                   int                  argc,
                                   char               **argv);
/* The target whose command is @command; NULL if none in @targets. */
const CwCliTarget *cw_cli_find_target (const CwCliTarget  *targets,
                                       const CwCliCommand *command);

/* For a person watching a terminal: @format ("Exporting… %u%%") with
 * the percentage done, over itself on one line of standard error. */
void        cw_cli_print_progress (const char          *format,
                                   guint                done,
                                   guint                total);

/* Opens the database for a command and prints why not on failure. Only
 * commands that create a village may create the file. */
CwDatabase *cw_cli_open_database  (const char    *db_path,
                                   gboolean       may_create);
/* The database file for a command that needs it to exist: the path, or
 * NULL after saying that it does not exist. */
char       *cw_cli_existing_database (const char  *db_path);
/* gettext of a possibly empty msgid: _("") would give the PO header. */
const char *cw_cli_translate      (const char    *msgid);
/* Prints "cunwu: MESSAGE" and returns CW_CLI_FAILED. */
int         cw_cli_fail           (const GError  *error);
/* Prints "cunwu: MESSAGE" and a hint to --help, returns CW_CLI_USAGE. */
/* CW_CLI_OK when argv holds no more than @expected words (the command's
 * own); otherwise the usage error naming the first word too many. */
int         cw_cli_no_more_arguments (int     argc,
                                      char  **argv,
                                      int     expected);
int         cw_cli_usage          (const char    *format,
                                   ...) G_GNUC_PRINTF (1, 2);
/* A whole number given to @option, from @min to @max: decimal digits,
 * full-width ones too (cw_text_parse_integer()); 1e9, 0x10 and a number
 * past 64 bits are refused. On a mistake prints it, naming the option,
 * and returns FALSE: the command then returns CW_CLI_USAGE. */
gboolean    cw_cli_parse_number   (const char          *option,
                                   const char          *text,
                                   gint64               min,
                                   gint64               max,
                                   gint64              *value);
/* Parses a command's options; on a usage error prints it and returns FALSE.
 * Leaves the remaining arguments (argv[0] is the command) in argc/argv. */
gboolean    cw_cli_parse_options  (const CwCliCommand  *command,
                                   const GOptionEntry  *entries,
                                   int                 *argc,
                                   char              ***argv);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli-roles"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-roles.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/village/cw-village-role.h"

/* A date option as typed, "YYYY-MM-DD"; @fallback when it was not given.
 * NULL after saying what is wrong. */
static char *
date_option (const char *option,
             const char *text,
             const char *fallback)
{
  g_autoptr(GError) error = NULL;
  char *date;

  if (text == NULL)
    return g_strdup (fallback);
  date = cw_date_normalize (text, &error);
  if (date == NULL)
    cw_cli_usage ("%s: %s", option, error->message);
  return date;
}

/* The open term of @kind held by @person_id (or the outsider @name). */
static CwVillageRole *
open_holding (CwDatabase *db,
              CwRoleKind  kind,
              gint64      person_id,
              const char *name)
{
  g_autoptr(GListModel) all = cw_village_role_list (db, NULL, NULL);

  for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CwVillageRole) other = g_list_model_get_item (all, i);
      if (cw_village_role_get_kind (other) == kind && cw_village_role_get_to (other) == NULL &&
          cw_village_role_get_person_id (other) == person_id &&
          (person_id != 0 || g_str_equal (cw_village_role_get_name (other), name)))
        return g_steal_pointer (&other);
    }
  return NULL;
}

static int
run_role_set (const CwCliCommand  *command,
              const char          *db_path,
              int                  argc,
              char               **argv)
{
  g_autofree char *person = NULL, *outsider = NULL, *role_text = NULL, *from_text = NULL, *to_text = NULL;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person, N_("Who: a name, an ID number or the register’s number"), N_("ID|NAME") },
    { "outsider", 0, 0, G_OPTION_ARG_STRING, &outsider, N_("Someone not in the register, by name"), N_("NAME") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_text, N_("The office, e.g. 村务监督委员会委员"), N_("ROLE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First day in office (default today)"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Last day in office; ends a term that is open"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *from = NULL, *to = NULL, *names = NULL;
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwVillageRole) role = NULL;
  g_autoptr(CwVillageRole) open = NULL;
  g_autoptr(GError) error = NULL;
  CwRoleKind kind;
  gint64 person_id = 0;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc > 1)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[1]);
  if ((person == NULL) == (outsider == NULL))
    return cw_cli_usage (_("role set needs who holds the office: --person ID|NAME or --outsider NAME."));
  names = cw_role_kind_list_names ();
  if (role_text == NULL)
    return cw_cli_usage (_("role set needs the office: --role ROLE, one of %s."), names);
  if (!cw_role_kind_parse (role_text, &kind))
    return cw_cli_usage (_("There is no office “%s”; the offices are %s."), role_text, names);
  if ((from = date_option ("--from", from_text, today)) == NULL ||
      (to_text != NULL && (to = date_option ("--to", to_text, NULL)) == NULL))
    return CW_CLI_USAGE;

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (person != NULL && (person_id = cw_village_role_resolve_person (db, person, from, &error)) == 0)
    return cw_cli_fail (error);

  role = cw_village_role_new (kind, person_id, outsider, from, to);
  /* Given an end and no start, the open term ends. */
  if (to != NULL && from_text == NULL &&
      (open = open_holding (db, kind, person_id, cw_village_role_get_name (role))) != NULL)
    {
      if (!cw_village_role_end (db, cw_village_role_get_id (open), to, &error))
        return cw_cli_fail (error);
      /* Translators: "张三 is Party branch secretary until 2026-12-31." */
      printf (_("%s is %s until %s.\n"), cw_village_role_get_name (open), cw_role_kind_name (kind), to);
      return CW_CLI_OK;
    }
  if (cw_village_role_add (db, role, &error) == 0)
    return cw_cli_fail (error);
  if (to != NULL)
    /* Translators: "张三 is Party branch secretary from 2026-01-01 to 2026-12-31." */
    printf (_("%s is %s from %s to %s.\n"), cw_village_role_get_name (role), cw_role_kind_name (kind), from, to);
  else
    /* Translators: "张三 is Party branch secretary from 2026-01-01." */
    printf (_("%s is %s from %s.\n"), cw_village_role_get_name (role), cw_role_kind_name (kind),
            cw_village_role_get_from (role));
  return CW_CLI_OK;
}

static int
run_role_list (const CwCliCommand  *command,
               const char          *db_path,
               int                  argc,
               char               **argv)
{
  g_autofree char *on_text = NULL;
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("Who held office on that day (default today)"), N_("YYYY-MM-DD") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Every term, past ones too"), NULL },
    { NULL }
  };
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *on = NULL;
  g_autofree char *problem = NULL;
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GListModel) roles = NULL;
  g_autoptr(GError) error = NULL;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc > 1)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[1]);
  if ((on = date_option ("--on", on_text, today)) == NULL)
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  roles = cw_village_role_list (db, all ? NULL : on, &error);
  if (roles == NULL)
    return cw_cli_fail (error);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(CwVillageRole) role = g_list_model_get_item (roles, i);
      const char *household = cw_village_role_get_household_number (role);
      g_autofree char *who = household[0] != '\0'
        /* Translators: a holder and their household, "张三 (household 001)" */
        ? g_strdup_printf (_("%s (household %s)"), cw_village_role_get_name (role), household)
        /* Translators: a holder from outside the register */
        : g_strdup_printf (_("%s (not in the register)"), cw_village_role_get_name (role));
      const char *to = cw_village_role_get_to (role);

      printf ("%s\t%s\t%s\t%s\n", cw_role_kind_name (cw_village_role_get_kind (role)), who,
              cw_village_role_get_from (role), to != NULL ? to : "…");
    }
  if (g_list_model_get_n_items (roles) == 0)
    printf ("%s\n", _("No one holds an office on that day."));
  if (!all && (problem = cw_village_role_supervision_problem (db, on)) != NULL)
    g_printerr ("%s\n", problem);
  return CW_CLI_OK;
}

static const CwCliTarget role_targets[] = {
  { "set", { "role set", N_("--person ID|NAME|--outsider NAME --role ROLE [--from D] [--to D]"),
             N_("Record who holds an office from a day; with --to alone, end the open term"), run_role_set } },
  { "list", { "role list", N_("[--on D] [--all]"), N_("Who holds which office on a day"), run_role_list } },
  { NULL }
};

static int
run_role (const CwCliCommand  *command,
          const char          *db_path,
          int                  argc,
          char               **argv)
{
  /* Translators: %s lists the choices, "set, list" */
  return cw_cli_dispatch (role_targets, _("role needs what to do first: %s."),
                          _("role does not know “%s”; it can: %s."), db_path, argc, argv);
}

const CwCliCommand cw_cli_roles_commands[] = {
  { "role", N_("set|list [OPTION…]"),
    N_("Who holds the village’s offices (书记, 主任, 监委会, 村民代表 …), with dates; “role set --help” for the options"),
    run_role },
  { NULL }
};

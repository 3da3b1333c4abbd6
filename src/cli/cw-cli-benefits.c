/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-benefits.h"
#include "core/benefits/cw-benefit-award-notice.h"
#include "core/benefits/cw-benefit-award.h"
#include "core/benefits/cw-benefit-beneficiary.h"
#include "core/benefits/cw-benefit-flag.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-date.h"
#include "core/common/cw-money.h"
#include "core/notices/cw-notice.h"
#include "core/village/cw-village-role.h"
#include "report/benefits/cw-benefit-sign-sheet.h"
#include "report/benefits/cw-benefits-export.h"

/* Options every `benefit NUMBER …` command may take. */
typedef struct
{
  char *person;
  char *date;
  char *reason;
} RowOptions;

static void
row_options_clear (RowOptions *options)
{
  g_free (options->person);
  g_free (options->date);
  g_free (options->reason);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RowOptions, row_options_clear)

static int
parse_amount (const char *option,
              const char *text,
              gint64     *fen)
{
  g_autoptr(GError) error = NULL;

  if (!cw_benefit_parse_amount (text, fen, &error))
    return cw_cli_usage ("%s: %s", option, error->message);
  return CW_CLI_OK;
}

/* The programme's NUMBER, the one argument after the command. */
static int
parse_programme (int          argc,
                 char       **argv,
                 const char  *command,
                 gint64      *id)
{
  if (argc < 2)
    /* Translators: "benefit pay needs the programme’s number." */
    return cw_cli_usage (_("%s needs the programme’s number."), command);
  if (cw_cli_no_more_arguments (argc, argv, 2) != CW_CLI_OK)
    return CW_CLI_USAGE;
  return cw_cli_parse_number (_("programme number"), argv[1], 1, G_MAXINT64, id) ? CW_CLI_OK : CW_CLI_USAGE;
}

/* The award's NUMBER (award list shows it), the one argument after the
 * command. */
static int
parse_award (int          argc,
             char       **argv,
             const char  *command,
             gint64      *id)
{
  if (argc != 2)
    /* Translators: "award pay needs the award’s number (award list shows it)." */
    return cw_cli_usage (_("%s needs the award’s number (award list shows it)."), command);
  return cw_cli_parse_number (_("award number"), argv[1], 1, G_MAXINT64, id) ? CW_CLI_OK : CW_CLI_USAGE;
}

/* benefit add */

static int
run_add (const CwCliCommand  *command,
         const char          *db_path,
         int                  argc,
         char               **argv)
{
  g_autofree char *name = NULL, *date = NULL, *amount_text = NULL, *per = NULL, *kind = NULL, *tag = NULL;
  g_autofree char *flag = NULL, *group = NULL, *in_kind = NULL, *account = NULL;
  int min_male = -1, min_female = -1, min_age = -1;
  gboolean by_hand = FALSE, representatives = FALSE;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The programme’s name, e.g. 重阳节慰问"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day the list is drawn up for (ages count on it)"),
      N_("YYYY-MM-DD") },
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount_text, N_("Yuan per person or household, e.g. 100 or 100.50"),
      N_("AMOUNT") },
    { "per", 0, 0, G_OPTION_ARG_STRING, &per, N_("person (the default) or household"), N_("PER") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("慰问 (the default), 奖励 or 评比"), N_("KIND") },
    { "min-age-male", 0, 0, G_OPTION_ARG_INT, &min_male, N_("Men of at least this age"), N_("N") },
    { "min-age-female", 0, 0, G_OPTION_ARG_INT, &min_female, N_("Women of at least this age"), N_("N") },
    { "min-age", 0, 0, G_OPTION_ARG_INT, &min_age, N_("Anyone of at least this age"), N_("N") },
    { "tag", 0, 0, G_OPTION_ARG_STRING, &tag, N_("Only persons or households with this care tag"), N_("TAG") },
    { "flag", 0, 0, G_OPTION_ARG_STRING, &flag, N_("Only persons holding this flag, e.g. 参与土地分配"), N_("FLAG") },
    { "group", 0, 0, G_OPTION_ARG_STRING, &group, N_("Only this village group"), N_("NAME") },
    { "by-hand", 0, 0, G_OPTION_ARG_NONE, &by_hand, N_("Persons are nominated by hand (benefit nominate)"), NULL },
    { "in-kind", 0, 0, G_OPTION_ARG_STRING, &in_kind, N_("What is given in kind"), N_("TEXT") },
    { "account", 0, 0, G_OPTION_ARG_STRING, &account, N_("The ledger account paid money goes to (公益支出)"),
      N_("ACCOUNT") },
    { "representatives", 0, 0, G_OPTION_ARG_NONE, &representatives,
      N_("The villagers’ representatives must approve it"), NULL },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwBenefitProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rule = NULL, *money = NULL;
  gint64 amount = 0;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (cw_cli_no_more_arguments (argc, argv, 1) != CW_CLI_OK)
    return CW_CLI_USAGE;
  if (name == NULL || date == NULL || (amount_text == NULL && in_kind == NULL))
    return cw_cli_usage (_("benefit add needs --name, --date and --amount."));
  if (amount_text != NULL && (status = parse_amount ("--amount", amount_text, &amount)) != CW_CLI_OK)
    return status;
  if (per != NULL && !g_str_equal (per, CW_BENEFIT_PER_PERSON) && !g_str_equal (per, CW_BENEFIT_PER_HOUSEHOLD))
    return cw_cli_usage (_("--per is “person” or “household”, not “%s”."), per);

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  programme = g_object_new (CW_TYPE_BENEFIT_PROGRAMME, "name", name, "date", date, "amount", amount,
                            "per", per != NULL ? per : CW_BENEFIT_PER_PERSON,
                            "kind", kind != NULL ? kind : CW_BENEFIT_KIND_VISIT,
                            "min-age-male", min_male, "min-age-female", min_female, "min-age", min_age,
                            "tag", tag, "flag", flag, "group-name", group, "by-hand", by_hand,
                            "in-kind", in_kind, "account", account, "needs-representatives", representatives,
                            NULL);
  if (!cw_benefit_programme_add (db, programme, &error))
    return cw_cli_fail (error);

  rule = cw_benefit_programme_describe_rule (programme);
  money = cw_money_format (amount);
  /* Translators: "Programme 重阳节慰问 on 2026-10-18: ¥100.00 each, men aged 60 … (draft)." */
  printf (_("Programme %s on %s: ¥%s each, %s (draft).\n"), cw_benefit_programme_get_name (programme),
          cw_benefit_programme_get_date (programme), money, rule);
  printf ("%lld\n", (long long) cw_benefit_programme_get_id (programme));
  return CW_CLI_OK;
}

/* benefit list */

static void
print_programmes (GListModel *programmes)
{
  printf ("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", _("Number"), _("Date"), _("Programme"), _("State"), _("Persons"),
          _("Amount"), _("Paid"));
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(CwBenefitProgramme) p = g_list_model_get_item (programmes, i);
      g_autofree char *total = cw_money_format (cw_benefit_programme_get_total (p));
      g_autofree char *paid = cw_money_format (cw_benefit_programme_get_paid (p));

      printf ("%lld\t%s\t%s\t%s\t%u\t%s\t%s\n", (long long) cw_benefit_programme_get_id (p),
              cw_benefit_programme_get_date (p), cw_benefit_programme_get_name (p),
              cw_benefit_state_label (cw_benefit_programme_get_state (p)), cw_benefit_programme_get_listed (p),
              total, paid);
    }
}

static int
print_list (CwDatabase *db,
            gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwBenefitProgramme) programme = cw_benefit_programme_load (db, id, &error);
  g_autoptr(GListModel) rows = NULL;
  g_autofree char *rule = NULL, *figures = NULL, *capitals = NULL;
  gint64 total = 0;
  guint n = 0;

  if (programme == NULL)
    return cw_cli_fail (error);
  rows = cw_beneficiary_list (db, id, &error);
  if (rows == NULL)
    return cw_cli_fail (error);
  rule = cw_benefit_programme_describe_rule (programme);
  printf ("%s %s (%s; %s)\n", cw_benefit_programme_get_date (programme), cw_benefit_programme_get_name (programme),
          rule, cw_benefit_state_label (cw_benefit_programme_get_state (programme)));
  printf ("%s\t%s\t%s\t%s\t%s\t%s\n", _("No."), _("Name"), _("Village Group"), _("Household Number"), _("Amount"),
          _("State"));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CwBeneficiary) row = g_list_model_get_item (rows, i);
      g_autofree char *money = cw_money_format (cw_beneficiary_get_amount (row));
      gboolean removed = g_str_equal (cw_beneficiary_get_state (row), CW_BENEFICIARY_REMOVED);
      /* Removed rows are shown, unnumbered, so the list's changes stay in view. */
      g_autofree char *number = removed ? g_strdup ("-") : g_strdup_printf ("%u", n + 1);

      printf ("%s\t%s\t%s\t%s\t%s\t%s%s%s\n", number,
              cw_beneficiary_get_name (row), cw_beneficiary_get_group_name (row),
              cw_beneficiary_get_household_number (row), money,
              cw_beneficiary_state_label (cw_beneficiary_get_state (row)),
              cw_beneficiary_get_state_reason (row)[0] != '\0' ? " " : "", cw_beneficiary_get_state_reason (row));
      if (!removed)
        {
          n++;
          total += cw_beneficiary_get_amount (row);
        }
    }
  figures = cw_money_format (total);
  capitals = cw_money_capitals (total);
  /* Translators: "Total: 3 persons, ¥300.00 (叁佰元整)" */
  printf (_("Total: %u persons, ¥%s (%s)\n"), n, figures, capitals);
  return CW_CLI_OK;
}

static int
run_list (const CwCliCommand  *command,
          const char          *db_path,
          int                  argc,
          char               **argv)
{
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only programmes of this year"), N_("YEAR") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GListModel) programmes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc > 1 && (status = parse_programme (argc, argv, "benefit list", &id)) != CW_CLI_OK)
    return status;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (id != 0)
    return print_list (db, id);
  programmes = cw_benefit_programme_list (db, year, TRUE, &error);
  if (programmes == NULL)
    return cw_cli_fail (error);
  print_programmes (programmes);
  return CW_CLI_OK;
}

/* benefit approve, award approve, withdraw */

/* benefit approve NUMBER and award approve NUMBER: the two committees'
 * review and the representatives' approval. */
static int
approve (const CwCliCommand  *command,
         const char          *db_path,
         int                  argc,
         char               **argv,
         gboolean             award)
{
  g_autofree char *reviewed = NULL, *reviewed_by = NULL, *representatives = NULL;
  const GOptionEntry entries[] = {
    { "reviewed", 0, 0, G_OPTION_ARG_STRING, &reviewed, N_("The day the two committees (两委) reviewed it"),
      N_("YYYY-MM-DD") },
    { "reviewed-by", 0, 0, G_OPTION_ARG_STRING, &reviewed_by,
      N_("Who of the two committees reviewed it (default: the party secretary of that day)"), N_("NAME") },
    { "representatives", 0, 0, G_OPTION_ARG_STRING, &representatives,
      N_("The day the villagers’ representatives approved it"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwBenefitProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *total = NULL;
  gint64 id;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = award ? parse_award (argc, argv, "award approve", &id)
                      : parse_programme (argc, argv, "benefit approve", &id)) != CW_CLI_OK)
    return status;
  if (award && (reviewed == NULL || representatives == NULL))
    return cw_cli_usage (_("award approve needs --reviewed YYYY-MM-DD and --representatives YYYY-MM-DD."));
  if (reviewed == NULL)
    return cw_cli_usage (_("benefit approve needs --reviewed YYYY-MM-DD."));
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (award)
    {
      if (!cw_award_approve (db, id, reviewed, reviewed_by, representatives, &error))
        return cw_cli_fail (error);
      printf (_("Approved award %lld.\n"), (long long) id);
      return CW_CLI_OK;
    }
  if (!cw_benefit_programme_approve (db, id, reviewed, reviewed_by, representatives, &error))
    return cw_cli_fail (error);
  programme = cw_benefit_programme_load (db, id, &error);
  if (programme == NULL)
    return cw_cli_fail (error);
  total = cw_money_format (cw_benefit_programme_get_total (programme));
  /* Translators: "Approved programme 3: 1 234 persons, ¥123,400.00; the list is frozen." */
  printf (_("Approved programme %lld: %u persons, ¥%s; the list is frozen.\n"), (long long) id,
          cw_benefit_programme_get_listed (programme), total);
  return CW_CLI_OK;
}

static int
run_approve (const CwCliCommand *command, const char *db_path, int argc, char **argv)
{
  return approve (command, db_path, argc, argv, FALSE);
}

static int
run_award_approve (const CwCliCommand *command, const char *db_path, int argc, char **argv)
{
  return approve (command, db_path, argc, argv, TRUE);
}

/* benefit withdraw NUMBER and award withdraw NUMBER: a date and a reason. */
static int
withdraw (const CwCliCommand  *command,
          const char          *db_path,
          int                  argc,
          char               **argv,
          gboolean             award)
{
  g_auto(RowOptions) options = { 0 };
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &options.date, N_("The day it is withdrawn"), N_("YYYY-MM-DD") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &options.reason, N_("Why"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = award ? parse_award (argc, argv, "award withdraw", &id)
                      : parse_programme (argc, argv, "benefit withdraw", &id)) != CW_CLI_OK)
    return status;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (award ? !cw_award_withdraw (db, id, options.date, options.reason, &error)
            : !cw_benefit_programme_withdraw (db, id, options.date, options.reason, &error))
    return cw_cli_fail (error);
  printf (award ? _("Withdrew award %lld.\n") : _("Withdrew programme %lld.\n"), (long long) id);
  return CW_CLI_OK;
}

static int
run_withdraw (const CwCliCommand *command, const char *db_path, int argc, char **argv)
{
  return withdraw (command, db_path, argc, argv, FALSE);
}

static int
run_award_withdraw (const CwCliCommand *command, const char *db_path, int argc, char **argv)
{
  return withdraw (command, db_path, argc, argv, TRUE);
}

/* benefit nominate, remove, pay, not-collected: one person of a list. */

typedef enum { NOMINATE, REMOVE, PAY, NOT_COLLECTED } RowAction;

static int
run_row (const CwCliCommand  *command,
         const char          *db_path,
         int                  argc,
         char               **argv,
         RowAction            action)
{
  g_auto(RowOptions) options = { 0 };
  g_autofree char *amount_text = NULL, *paid_by = NULL;
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &options.person, N_("The person, by ID number or name"), N_("ID|NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &options.date, N_("The day"), N_("YYYY-MM-DD") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &options.reason, N_("Why"), N_("TEXT") },
    { "amount", 0, action == NOMINATE ? 0 : G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &amount_text,
      N_("Yuan for this person, when not the programme’s"), N_("AMOUNT") },
    { "all", 0, action == PAY ? 0 : G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &all,
      N_("Everyone still listed"), NULL },
    { "by", 0, action == PAY ? 0 : G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &paid_by,
      N_("Who handed the money out (default: the operator)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwBeneficiary) row = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, amount = -1;
  CwBenefitPayment paid = { 0 };
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_programme (argc, argv, command->name, &id)) != CW_CLI_OK)
    return status;
  if (amount_text != NULL && (status = parse_amount ("--amount", amount_text, &amount)) != CW_CLI_OK)
    return status;
  if (action == PAY && all == (options.person != NULL))
    return cw_cli_usage (_("benefit pay needs either --all or --person ID|NAME."));
  if (action != PAY && options.person == NULL)
    /* Translators: "benefit remove needs --person ID|NAME." */
    return cw_cli_usage (_("%s needs --person ID|NAME."), command->name);
  if (action != NOMINATE && options.date == NULL)
    return cw_cli_usage (_("%s needs --date YYYY-MM-DD."), command->name);

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (action == NOMINATE)
    {
      g_autoptr(CwBenefitProgramme) programme = cw_benefit_programme_load (db, id, &error);
      gint64 person = programme != NULL ? cw_village_role_resolve_person (db, options.person,
                                                                          cw_benefit_programme_get_date (programme),
                                                                          &error)
                                        : 0;

      if (person == 0 || !cw_beneficiary_add (db, id, person, amount, options.reason, &error))
        return cw_cli_fail (error);
      printf (_("Put %s on the list of programme %lld.\n"), options.person, (long long) id);
      return CW_CLI_OK;
    }
  if (options.person != NULL)
    {
      row = cw_beneficiary_find (db, id, options.person, &error);
      if (row == NULL)
        return cw_cli_fail (error);
    }
  switch (action)
    {
    case REMOVE:
      if (!cw_beneficiary_remove (db, cw_beneficiary_get_id (row), options.date, options.reason, &error))
        return cw_cli_fail (error);
      printf (_("Took %s off the list of programme %lld.\n"), cw_beneficiary_get_name (row), (long long) id);
      break;
    case NOT_COLLECTED:
      if (!cw_beneficiary_set_not_collected (db, cw_beneficiary_get_id (row), options.date, options.reason, &error))
        return cw_cli_fail (error);
      printf (_("%s did not collect it.\n"), cw_beneficiary_get_name (row));
      break;
    case PAY:
      if (!cw_beneficiary_pay (db, id, row != NULL ? cw_beneficiary_get_id (row) : 0, options.date, paid_by, &paid,
                               &error))
        return cw_cli_fail (error);
      printf (g_dngettext (GETTEXT_PACKAGE, "Paid %u person on %s.\n", "Paid %u persons on %s.\n", paid.persons),
              paid.persons, options.date);
      if (paid.ledger_entry != 0)
        {
          g_autofree char *amount = cw_money_format (paid.amount);

          /* Translators: "¥300.00 entered in the collective ledger: entry 12." */
          printf (_("¥%s entered in the collective ledger: entry %lld.\n"), amount, (long long) paid.ledger_entry);
        }
      break;
    case NOMINATE:
      g_assert_not_reached ();
    }
  return CW_CLI_OK;
}

static int
run_nominate (const CwCliCommand *command, const char *db_path, int argc, char **argv)
{
  return run_row (command, db_path, argc, argv, NOMINATE);
}

static int
run_remove (const CwCliCommand *command, const char *db_path, int argc, char **argv)
{
  return run_row (command, db_path, argc, argv, REMOVE);
}

static int
run_pay (const CwCliCommand *command, const char *db_path, int argc, char **argv)
{
  return run_row (command, db_path, argc, argv, PAY);
}

static int
run_not_collected (const CwCliCommand *command, const char *db_path, int argc, char **argv)
{
  return run_row (command, db_path, argc, argv, NOT_COLLECTED);
}

/* benefit flag */

static int
run_flag (const CwCliCommand  *command,
          const char          *db_path,
          int                  argc,
          char               **argv)
{
  g_auto(RowOptions) options = { 0 };
  g_autofree char *flag = NULL;
  gboolean clear = FALSE;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &options.person, N_("The person, by ID number or name"), N_("ID|NAME") },
    { "flag", 0, 0, G_OPTION_ARG_STRING, &flag, N_("The flag, e.g. 参与土地分配"), N_("FLAG") },
    { "since", 0, 0, G_OPTION_ARG_STRING, &options.date, N_("Held from this day (default: today)"),
      N_("YYYY-MM-DD") },
    { "clear", 0, 0, G_OPTION_ARG_NONE, &clear, N_("No longer held, from --until"), NULL },
    { "until", 0, 0, G_OPTION_ARG_STRING, &options.date, N_("Held no longer from this day"), N_("YYYY-MM-DD") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &options.reason, N_("Why"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  gint64 person;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (cw_cli_no_more_arguments (argc, argv, 1) != CW_CLI_OK)
    return CW_CLI_USAGE;
  if (options.person == NULL || flag == NULL)
    return cw_cli_usage (_("benefit flag needs --person ID|NAME and --flag FLAG."));
  day = options.date != NULL ? g_strdup (options.date) : cw_date_today_text ();
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  person = cw_village_role_resolve_person (db, options.person, day, &error);
  if (person == 0)
    return cw_cli_fail (error);
  if (clear ? !cw_benefit_flag_clear (db, person, flag, day, options.reason, &error)
            : !cw_benefit_flag_set (db, person, flag, day, &error))
    return cw_cli_fail (error);
  printf (clear ? _("%s holds “%s” no longer from %s.\n") : _("%s holds “%s” from %s.\n"), options.person, flag,
          day);
  return CW_CLI_OK;
}

/* award add, stars, list, withdraw */

static int
run_award_add (const CwCliCommand  *command,
               const char          *db_path,
               int                  argc,
               char               **argv)
{
  g_autofree char *kind = NULL, *number = NULL, *amount_text = NULL, *in_kind = NULL, *date = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("文明卫生户"), N_("KIND") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year"), N_("YEAR") },
    { "household", 0, 0, G_OPTION_ARG_STRING, &number, N_("The household"), N_("户号") },
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount_text, N_("The prize in yuan, e.g. 500"), N_("AMOUNT") },
    { "in-kind", 0, 0, G_OPTION_ARG_STRING, &in_kind, N_("The prize in kind, e.g. 一床被子 (with or instead of --amount)"),
      N_("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day it was decided (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 amount = 0;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (cw_cli_no_more_arguments (argc, argv, 1) != CW_CLI_OK)
    return CW_CLI_USAGE;
  if (kind == NULL || year == 0 || number == NULL)
    return cw_cli_usage (_("award add needs --kind 文明卫生户, --year and --household."));
  if (g_strcmp0 (cw_award_kind_for (kind), CW_AWARD_CIVILIZED) != 0)
    return cw_cli_usage (_("--kind is 文明卫生户 here; star grades are “award stars”."));
  if (amount_text != NULL && (status = parse_amount ("--amount", amount_text, &amount)) != CW_CLI_OK)
    return status;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_award_add_civilized (db, year, number, amount, in_kind, date, &error))
    return cw_cli_fail (error);
  printf (_("Household %s is the 文明卫生户 of its group for %d.\n"), number, year);
  return CW_CLI_OK;
}

static int
run_award_stars (const CwCliCommand  *command,
                 const char          *db_path,
                 int                  argc,
                 char               **argv)
{
  g_autofree char *number = NULL, *criteria = NULL, *date = NULL;
  int year = 0, stars = 0;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year"), N_("YEAR") },
    { "household", 0, 0, G_OPTION_ARG_STRING, &number, N_("The household"), N_("户号") },
    { "stars", 0, 0, G_OPTION_ARG_INT, &stars, N_("1 to 5"), N_("N") },
    { "criteria", 0, 0, G_OPTION_ARG_STRING, &criteria, N_("The criteria met, e.g. 遵纪守法、卫生整洁"), N_("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day it was decided (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (cw_cli_no_more_arguments (argc, argv, 1) != CW_CLI_OK)
    return CW_CLI_USAGE;
  if (year == 0 || number == NULL || stars == 0)
    return cw_cli_usage (_("award stars needs --year, --household and --stars."));
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_award_set_stars (db, year, number, stars, criteria, date, &error))
    return cw_cli_fail (error);
  printf (g_dngettext (GETTEXT_PACKAGE, "Household %s: %d star for %d.\n", "Household %s: %d stars for %d.\n",
                       (gulong) stars),
          number, stars, year);
  return CW_CLI_OK;
}

static int
run_award_pay (const CwCliCommand  *command,
               const char          *db_path,
               int                  argc,
               char               **argv)
{
  g_autofree char *date = NULL, *paid_by = NULL, *amount = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day"), N_("YYYY-MM-DD") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &paid_by, N_("Who handed the money out (default: the operator)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwAward) award = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, entry = 0;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_award (argc, argv, "award pay", &id)) != CW_CLI_OK)
    return status;
  if (date == NULL)
    return cw_cli_usage (_("%s needs --date YYYY-MM-DD."), "award pay");
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_award_pay (db, id, date, paid_by, &entry, &error) || (award = cw_award_get (db, id, &error)) == NULL)
    return cw_cli_fail (error);
  amount = cw_money_format (cw_award_get_amount (award));
  /* Translators: "Paid the prize of award 3 on 2026-12-28." */
  printf (_("Paid the prize of award %lld on %s.\n"), (long long) id, cw_award_get_paid_on (award));
  if (entry != 0)
    printf (_("¥%s entered in the collective ledger: entry %lld.\n"), amount, (long long) entry);
  if (cw_award_get_in_kind (award)[0] != '\0')
    /* Translators: a prize in kind, handed over: "一床被子: nothing entered …" */
    printf (_("%s: handed over in kind, nothing entered in the collective ledger for it.\n"),
            cw_award_get_in_kind (award));
  return CW_CLI_OK;
}

static int
run_award_notice (const CwCliCommand  *command,
                  const char          *db_path,
                  int                  argc,
                  char               **argv)
{
  g_autofree char *from = NULL, *to = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year"), N_("YEAR") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("First day of the publicity (default: today)"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Last day of the publicity (default: a week on)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (cw_cli_no_more_arguments (argc, argv, 1) != CW_CLI_OK)
    return CW_CLI_USAGE;
  if (year == 0)
    return cw_cli_usage (_("award notice needs --year."));
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  id = cw_award_notice_draft (db, year, from, to, &error);
  if (id == 0 || (notice = cw_notice_load (db, id, &error)) == NULL)
    return cw_cli_fail (error);
  /* Translators: "Drafted notice 2026-004: …" */
  printf (_("Drafted notice %s: the awards of %d; it is reviewed, settled and posted as any notice "
            "(“notice review”, “notice settle”, “notice post”).\n"), cw_notice_get_number (notice), year);
  printf ("%s\n", cw_notice_get_number (notice));
  return CW_CLI_OK;
}

static int
run_award_list (const CwCliCommand  *command,
                const char          *db_path,
                int                  argc,
                char               **argv)
{
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year"), N_("YEAR") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GListModel) awards = NULL;
  g_autoptr(GError) error = NULL;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (year == 0)
    return cw_cli_usage (_("award list needs --year."));
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  awards = cw_award_list (db, year, FALSE, &error);
  if (awards == NULL)
    return cw_cli_fail (error);
  printf ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", _("Number"), _("Award"), _("Village Group"),
          _("Household Number"), _("Head"), _("Stars"), _("Points"), _("Approved"), _("Paid"),
          _("Prize or In Kind"));
  for (guint i = 0; i < g_list_model_get_n_items (awards); i++)
    {
      g_autoptr(CwAward) award = g_list_model_get_item (awards, i);
      g_autofree char *prize = cw_award_prize_text (award);

      printf ("%lld\t%s\t%s\t%s\t%s\t%d\t%lld\t%s\t%s\t%s\n", (long long) cw_award_get_id (award),
              cw_award_kind_label (cw_award_get_kind (award)), cw_award_get_group_name (award),
              cw_award_get_household_number (award), cw_award_get_head_name (award), cw_award_get_stars (award),
              (long long) cw_award_get_points (award), cw_award_get_representatives_on (award),
              cw_award_get_paid_on (award), prize);
    }
  return CW_CLI_OK;
}

/* export benefits, print sign-sheet, print award-board */

static int
year_and_file (const CwCliCommand  *command,
               int                 *argc,
               char              ***argv,
               int                 *year)
{
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, year, N_("The year"), N_("YEAR") },
    { NULL }
  };

  if (!cw_cli_parse_options (command, entries, argc, argv))
    return CW_CLI_USAGE;
  if (*year == 0)
    /* Translators: "export benefits needs --year." */
    return cw_cli_usage (_("%s needs --year."), command->name);
  if (*argc < 2)
    return cw_cli_usage (_("%s needs the file."), command->name);
  if (*argc > 2)
    return cw_cli_usage (_("Unexpected argument “%s”."), (*argv)[2]);
  return CW_CLI_OK;
}

int
cw_cli_benefits_run_export (const CwCliCommand  *command,
                            const char          *db_path,
                            int                  argc,
                            char               **argv)
{
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  int year = 0, status;

  if ((status = year_and_file (command, &argc, &argv, &year)) != CW_CLI_OK)
    return status;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_benefits_export (db, year, argv[1], &error))
    return cw_cli_fail (error);
  display = g_filename_display_name (argv[1]);
  printf (_("Exported the benefits and awards of %d to “%s”.\n"), year, display);
  return CW_CLI_OK;
}

int
cw_cli_benefits_run_sign_sheet (const CwCliCommand  *command,
                                const char          *db_path,
                                int                  argc,
                                char               **argv)
{
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *persons = NULL, *pages = NULL;
  g_autofree char *display = NULL;
  gint64 id;
  int n_pages = 0;
  guint n_rows = 0;

  if (!cw_cli_parse_options (command, (const GOptionEntry[]) { { NULL } }, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc != 3)
    return cw_cli_usage (_("print sign-sheet needs the programme’s number and the file, e.g. 3 SHEET.pdf."));
  if (!cw_cli_parse_number (_("programme number"), argv[1], 1, G_MAXINT64, &id))
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_benefit_sign_sheet_save_pdf (db, id, argv[2], &n_pages, &n_rows, &error))
    return cw_cli_fail (error);
  display = g_filename_display_name (argv[2]);
  persons = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u persons", n_rows), n_rows);
  pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d page", "%d pages", n_pages), n_pages);
  /* Translators: "Printed the signature sheet of programme 3 (401 persons, 9 pages) to “FILE”." */
  printf (_("Printed the signature sheet of programme %lld (%s, %s) to “%s”.\n"), (long long) id, persons, pages,
          display);
  return CW_CLI_OK;
}

int
cw_cli_benefits_run_award_board (const CwCliCommand  *command,
                                 const char          *db_path,
                                 int                  argc,
                                 char               **argv)
{
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *display = NULL;
  int year = 0, status, n_pages = 0;

  if ((status = year_and_file (command, &argc, &argv, &year)) != CW_CLI_OK)
    return status;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_benefit_award_board_save_pdf (db, year, argv[1], &n_pages, &error))
    return cw_cli_fail (error);
  display = g_filename_display_name (argv[1]);
  pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d page", "%d pages", n_pages), n_pages);
  printf (_("Printed the award board of %d (%s) to “%s”.\n"), year, pages, display);
  return CW_CLI_OK;
}

static const CwCliTarget benefit_targets[] = {
  { "add", { "benefit add",
             N_("--name NAME --date D --amount X [--per household] [--min-age-male N --min-age-female N | "
                "--min-age N | --tag TAG | --flag FLAG] [--group NAME] [--by-hand]"),
             N_("A new programme (draft); prints its number on the last line"), run_add } },
  { "list", { "benefit list", N_("[NUMBER] [--year Y]"),
              N_("The programmes; with a NUMBER, its list of persons and the total"), run_list } },
  { "approve", { "benefit approve", N_("NUMBER --reviewed D [--reviewed-by NAME] [--representatives D]"),
                 N_("Approve a programme: its list is frozen"), run_approve } },
  { "nominate", { "benefit nominate", N_("NUMBER --person ID|NAME [--amount X] [--reason TEXT]"),
                  N_("Put a person on the list (after approval: with --reason)"), run_nominate } },
  { "remove", { "benefit remove", N_("NUMBER --person ID|NAME --date D --reason TEXT"),
                N_("Take a person off an approved list"), run_remove } },
  { "pay", { "benefit pay", N_("NUMBER --date D (--all | --person ID|NAME) [--by NAME]"),
             N_("Record the money handed out; never twice"), run_pay } },
  { "not-collected", { "benefit not-collected", N_("NUMBER --person ID|NAME --date D --reason TEXT"),
                       N_("A person did not collect it"), run_not_collected } },
  { "withdraw", { "benefit withdraw", N_("NUMBER --date D --reason TEXT"),
                  N_("Withdraw a programme nobody has been paid on"), run_withdraw } },
  { "flag", { "benefit flag", N_("--person ID|NAME --flag FLAG [--since D | --clear --until D --reason TEXT]"),
              N_("A person flag programmes may ask for, e.g. 参与土地分配"), run_flag } },
  { NULL }
};

static const CwCliTarget award_targets[] = {
  { "add", { "award add", N_("--kind 文明卫生户 --year Y --household 户号 [--amount X] [--date D]"),
             N_("Name a group’s 文明卫生户 of the year; refused when the group has one"), run_award_add } },
  { "stars", { "award stars", N_("--year Y --household 户号 --stars N [--criteria TEXT] [--date D]"),
               N_("Grade a 星级文明户 (1–5 stars)"), run_award_stars } },
  { "list", { "award list", N_("--year Y"), N_("The year’s awards with each household’s points"), run_award_list } },
  { "approve", { "award approve", N_("NUMBER --reviewed D [--reviewed-by NAME] --representatives D"),
                 N_("The two committees’ review and the representatives’ approval of an award"),
                 run_award_approve } },
  { "pay", { "award pay", N_("NUMBER --date D [--by NAME]"),
             N_("Pay an approved award’s prize, into the collective ledger; never twice"), run_award_pay } },
  { "notice", { "award notice", N_("--year Y [--from D] [--to D]"),
                N_("The year’s approved awards (榜单) as a draft notice of the notices register"),
                run_award_notice } },
  { "withdraw", { "award withdraw", N_("NUMBER --date D --reason TEXT"), N_("Withdraw an award"),
                  run_award_withdraw } },
  { NULL }
};

static int
run_benefit (const CwCliCommand  *command,
             const char          *db_path,
             int                  argc,
             char               **argv)
{
  /* Translators: the second %s lists what benefit does. */
  return cw_cli_dispatch (benefit_targets, _("benefit needs what to do first: %s."),
                          _("benefit does not know “%s”; it does: %s."), db_path, argc, argv);
}

static int
run_award (const CwCliCommand  *command,
           const char          *db_path,
           int                  argc,
           char               **argv)
{
  return cw_cli_dispatch (award_targets, _("award needs what to do first: %s."),
                          _("award does not know “%s”; it does: %s."), db_path, argc, argv);
}

const CwCliCommand cw_cli_benefits_commands[] = {
  { "benefit", N_("add|list|approve|nominate|remove|pay|not-collected|withdraw|flag [OPTION…]"),
    N_("Benefits (慰问、奖励): programmes, their lists of persons, payment; “benefit --help” for each"),
    run_benefit },
  { "award", N_("add|stars|list|approve|pay|notice|withdraw [OPTION…]"),
    N_("Awards (评比): 文明卫生户 and 星级文明户; “award --help” for each"), run_award },
  { NULL }
};

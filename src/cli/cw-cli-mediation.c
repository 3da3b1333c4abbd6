/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-mediation.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-due.h"
#include "core/village/cw-settings.h"
#include "report/common/cw-print-layout.h"
#include "report/mediation/cw-mediation-case-file.h"
#include "report/mediation/cw-mediation-export.h"
#include "report/mediation/cw-mediation-print.h"

/* Options every case subcommand has: the case and the date. */
typedef struct
{
  CwDatabase       *db;
  CwMediationCase  *mediation_case;
  char             *date;
} Target;

static void
target_clear (Target *target)
{
  g_clear_object (&target->db);
  g_clear_object (&target->mediation_case);
  g_clear_pointer (&target->date, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Target, target_clear)

/* A date option: normalized, or a usage error naming the option. */
static int
parse_date (const char  *option,
            const char  *text,
            gboolean     required,
            char       **date)
{
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    {
      if (required)
        /* Translators: "--date: give the date, e.g. 2026-11-23." */
        return cw_cli_usage (_("%s: give the date, e.g. 2026-11-23."), option);
      return CW_CLI_OK;
    }
  *date = cw_date_normalize (text, &error);
  if (*date == NULL)
    return cw_cli_usage ("%s: %s", option, error->message);
  return CW_CLI_OK;
}

/* A coded option (--outcome 调解成功): its code, or a usage error. */
static int
parse_code (const char   *option,
            const char   *what,
            const char   *text,
            const char  **code)
{
  if (text == NULL)
    return CW_CLI_OK;
  *code = cw_mediation_code_from_text (what, text);
  if (*code == NULL)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      const char * const *codes = cw_mediation_codes (what);
      g_autofree char *choices = NULL;

      for (guint i = 0; codes[i] != NULL; i++)
        g_ptr_array_add (labels, (gpointer) cw_mediation_label (codes[i]));
      g_ptr_array_add (labels, NULL);
      choices = g_strjoinv (C_("list separator", ", "), (char **) labels->pdata);
      /* Translators: "--outcome: “x” is not one of: Settled, Not settled, Terminated." */
      return cw_cli_usage (_("%s: “%s” is not one of: %s."), option, text, choices);
    }
  return CW_CLI_OK;
}

/* Opens the database and finds the case argv[1] names. */
static int
open_target (const char  *db_path,
             int          argc,
             char       **argv,
             const char  *date_text,
             gboolean     date_required,
             Target      *target)
{
  g_autoptr(GError) error = NULL;
  int status;

  if (argc < 2)
    /* Translators: "case close needs the case number, e.g. 2026-3." */
    return cw_cli_usage (_("case %s needs the case number, e.g. 2026-3."), argv[0]);
  if (argc > 2)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[2]);
  status = parse_date ("--date", date_text, date_required, &target->date);
  if (status != CW_CLI_OK)
    return status;
  target->db = cw_cli_open_database (db_path, FALSE);
  if (target->db == NULL)
    return CW_CLI_FAILED;
  cw_database_set_wait (target->db, CW_DATABASE_WAIT_COMMAND);
  target->mediation_case = cw_mediation_case_find (target->db, argv[1], &error);
  if (target->mediation_case == NULL)
    return cw_cli_fail (error);
  return CW_CLI_OK;
}

static int
save (Target     *target,
      const char *done)
{
  g_autoptr(GError) error = NULL;

  /* Refused whole, nothing changed; core's message says why. */
  if (!cw_mediation_case_save (target->db, target->mediation_case, &error))
    return cw_cli_fail (error);
  /* Translators: "（2026）清溪人调字第3号: session recorded." */
  printf (_("%s: %s\n"), cw_mediation_case_get (target->mediation_case, CW_CASE_NUMBER), done);
  return CW_CLI_OK;
}

static void
add_row (CwMediationCase *mediation_case,
         CwMediationKind  kind,
         const guint     *fields,
         const char     **values,
         guint            n)
{
  g_autoptr(CwMediationRow) row = cw_mediation_row_new (kind);

  for (guint i = 0; i < n; i++)
    cw_mediation_row_set (row, fields[i], values[i]);
  cw_mediation_case_add_row (mediation_case, row);
}

/* case add ---------------------------------------------------------------- */

static int
add_parties (CwDatabase       *db,
             CwMediationCase  *mediation_case,
             const char       *side,
             char            **texts)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CwMediationRow) party = cw_mediation_party_from_text (db, side, texts[i],
                                                                      cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE),
                                                                      &error);

      if (party == NULL)
        return cw_cli_fail (error);
      cw_mediation_case_add_row (mediation_case, party);
    }
  return CW_CLI_OK;
}

static int
run_add (const CwCliCommand  *command,
         const char          *db_path,
         int                  argc,
         char               **argv)
{
  g_autofree char *date_text = NULL, *type = NULL, *source_text = NULL, *summary = NULL, *request = NULL;
  g_autofree char *amount = NULL, *recorder = NULL, *risk_text = NULL, *date = NULL;
  g_auto(GStrv) parties = NULL, against = NULL, mediators = NULL;
  gboolean criminal = FALSE, group = FALSE;
  const char *source = "application", *risk = "ordinary";
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The intake date (today if not given)"), N_("DATE") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type, N_("The type of dispute, e.g. 邻里"), N_("TYPE") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source_text, N_("How the case came: 当事人申请 (default), 主动调解, 公安移交, "
                                                            "法院委托, 政府部门指定, 信访转办"), N_("SOURCE") },
    { "party", 0, 0, G_OPTION_ARG_STRING_ARRAY, &parties, N_("An applicant: 户号:姓名, an ID number, or "
                                                            "姓名,性别,年龄,住址,电话 (repeat for more)"), N_("P") },
    { "against", 0, 0, G_OPTION_ARG_STRING_ARRAY, &against, N_("A respondent, written as --party (repeat for more)"),
      N_("P") },
    { "summary", 0, 0, G_OPTION_ARG_STRING, &summary, N_("What the dispute is about"), N_("TEXT") },
    { "request", 0, 0, G_OPTION_ARG_STRING, &request, N_("What the applicant asks"), N_("TEXT") },
    { "mediator", 0, 0, G_OPTION_ARG_STRING_ARRAY, &mediators, N_("A mediator (repeat for more)"), N_("NAME") },
    { "recorder", 0, 0, G_OPTION_ARG_STRING, &recorder, N_("Who keeps the record (记录人)"), N_("NAME") },
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount, N_("The amount involved, in yuan"), N_("X") },
    { "risk", 0, 0, G_OPTION_ARG_STRING, &risk_text, N_("一般 (default), 较大 or 重大"), N_("LEVEL") },
    { "criminal-risk", 0, 0, G_OPTION_ARG_NONE, &criminal, N_("The dispute risks turning criminal (民转刑)"), NULL },
    { "group-risk", 0, 0, G_OPTION_ARG_NONE, &group, N_("The dispute risks a group petition (群体性上访)"), NULL },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwMediationCase) mediation_case = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *clerk = NULL;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc > 1)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[1]);
  if ((status = parse_date ("--date", date_text, FALSE, &date)) != CW_CLI_OK ||
      (status = parse_code ("--source", "source", source_text, &source)) != CW_CLI_OK ||
      (status = parse_code ("--risk", "risk-level", risk_text, &risk)) != CW_CLI_OK)
    return status;
  if (parties == NULL)
    return cw_cli_usage (_("case add needs at least one party: --party 户号:姓名"));
  if (type == NULL || summary == NULL)
    return cw_cli_usage (_("case add needs the type and the summary: --type 邻里 --summary TEXT"));

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  cw_database_set_wait (db, CW_DATABASE_WAIT_COMMAND);
  mediation_case = cw_mediation_case_new ();
  if (date != NULL)
    cw_mediation_case_set (mediation_case, CW_CASE_INTAKE_DATE, date);
  cw_mediation_case_set (mediation_case, CW_CASE_TYPE, type);
  cw_mediation_case_set (mediation_case, CW_CASE_SOURCE, source);
  cw_mediation_case_set (mediation_case, CW_CASE_RISK_LEVEL, risk);
  cw_mediation_case_set (mediation_case, CW_CASE_RISK_CRIMINAL, criminal ? "1" : "0");
  cw_mediation_case_set (mediation_case, CW_CASE_RISK_GROUP, group ? "1" : "0");
  cw_mediation_case_set (mediation_case, CW_CASE_SUMMARY, summary);
  cw_mediation_case_set (mediation_case, CW_CASE_REQUEST, request);
  cw_mediation_case_set (mediation_case, CW_CASE_RECORDER, recorder);
  cw_mediation_case_set (mediation_case, CW_CASE_AMOUNT, amount);
  /* 登记人 as the case file's 立卷人: the clerk's name the settings keep,
   * or blank to sign by hand, never the login name the connection's
   * operator falls back to for the audit log ("root"). */
  clerk = cw_settings_get_operator (db);
  cw_mediation_case_set (mediation_case, CW_CASE_REGISTERED_BY, clerk);
  if (mediators != NULL)
    {
      joined = g_strjoinv ("、", mediators);
      cw_mediation_case_set (mediation_case, CW_CASE_MEDIATORS, joined);
    }
  if ((status = add_parties (db, mediation_case, "applicant", parties)) != CW_CLI_OK ||
      (status = add_parties (db, mediation_case, "respondent", against)) != CW_CLI_OK)
    return status;
  if (!cw_mediation_case_save (db, mediation_case, &error))
    return cw_cli_fail (error);

  /* Translators: "Case received 2026-03-01: 王五 — 赵六; settle by 2026-03-31." */
  printf (_("Case received %s: %s; settle by %s.\n"), cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE),
          summary, cw_mediation_case_get (mediation_case, CW_CASE_SETTLE_BY));
  if (clerk == NULL)
    printf ("%s\n", _("No clerk’s name is saved (Settings, Your Name): the case’s “Registered by” is left blank, "
                      "to be signed by hand."));
  /* The number alone on the last line, for scripts. */
  printf ("%s\n", cw_mediation_case_get (mediation_case, CW_CASE_NUMBER));
  return CW_CLI_OK;
}

/* case session ------------------------------------------------------------ */

static int
run_session (const CwCliCommand  *command,
             const char          *db_path,
             int                  argc,
             char               **argv)
{
  g_autofree char *date_text = NULL;
  char *values[6] = { NULL };
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The session’s date"), N_("DATE") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &values[0], N_("Where it was held"), N_("TEXT") },
    { "attended", 0, 0, G_OPTION_ARG_STRING, &values[1], N_("Who attended"), N_("TEXT") },
    { "said", 0, 0, G_OPTION_ARG_STRING, &values[2], N_("What each side said"), N_("TEXT") },
    { "checked", 0, 0, G_OPTION_ARG_STRING, &values[3], N_("What was checked"), N_("TEXT") },
    { "warned", 0, 0, G_OPTION_ARG_STRING, &values[4], N_("The risks explained to the parties"), N_("TEXT") },
    { "result", 0, 0, G_OPTION_ARG_STRING, &values[5], N_("The session’s result"), N_("TEXT") },
    { NULL }
  };
  static const guint fields[] = {
    CW_SESSION_HELD_ON, CW_SESSION_PLACE, CW_SESSION_ATTENDEES, CW_SESSION_STATEMENTS, CW_SESSION_CHECKED,
    CW_SESSION_WARNED, CW_SESSION_RESULT,
  };
  g_auto(Target) target = { NULL };
  const char *row[7];
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    status = CW_CLI_USAGE;
  else if ((status = open_target (db_path, argc, argv, date_text, TRUE, &target)) == CW_CLI_OK)
    {
      row[0] = target.date;
      for (guint i = 0; i < 6; i++)
        row[i + 1] = values[i];
      add_row (target.mediation_case, CW_MEDIATION_SESSION, fields, row, G_N_ELEMENTS (fields));
      status = save (&target, _("session recorded."));
    }
  for (guint i = 0; i < 6; i++)
    g_free (values[i]);
  return status;
}

/* case agree: --terms T [--deadline D] [--manner M] [--place P], repeated;
 * each of the last three belongs to the --terms before it. */

static GPtrArray *agree_terms;

static gboolean
term_option_cb (const char  *option,
                const char  *value,
                gpointer     data,
                GError     **error)
{
  CwMediationRow *term;

  if (g_str_equal (option, "--terms"))
    {
      g_ptr_array_add (agree_terms, cw_mediation_row_new (CW_MEDIATION_TERM));
      cw_mediation_row_set (g_ptr_array_index (agree_terms, agree_terms->len - 1), CW_TERM_CONTENT, value);
      return TRUE;
    }
  if (agree_terms->len == 0)
    {
      /* Translators: "--deadline belongs to a term: give --terms TEXT before it." */
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, _("%s belongs to a term: give --terms TEXT before it."),
                   option);
      return FALSE;
    }
  term = g_ptr_array_index (agree_terms, agree_terms->len - 1);
  if (g_str_equal (option, "--deadline"))
    {
      g_autofree char *date = cw_date_normalize (value, error);

      if (date == NULL)
        return FALSE;
      cw_mediation_row_set (term, CW_TERM_DEADLINE, date);
    }
  else
    cw_mediation_row_set (term, g_str_equal (option, "--manner") ? CW_TERM_MANNER : CW_TERM_PLACE, value);
  return TRUE;
}

static int
run_agree (const CwCliCommand  *command,
           const char          *db_path,
           int                  argc,
           char               **argv)
{
  g_autofree char *date_text = NULL, *effective_text = NULL, *effective = NULL;
  g_autofree char *facts = NULL, *issues = NULL, *responsibility = NULL, *amount = NULL;
  gboolean oral = FALSE;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day the agreement was reached"), N_("DATE") },
    { "terms", 0, 0, G_OPTION_ARG_CALLBACK, term_option_cb, N_("A term of the agreement (repeat for more)"), N_("TEXT") },
    { "deadline", 0, 0, G_OPTION_ARG_CALLBACK, term_option_cb, N_("The deadline of the term before it"), N_("DATE") },
    { "manner", 0, 0, G_OPTION_ARG_CALLBACK, term_option_cb, N_("How the term before it is performed"), N_("TEXT") },
    { "place", 0, 0, G_OPTION_ARG_CALLBACK, term_option_cb, N_("Where the term before it is performed"), N_("TEXT") },
    { "effective", 0, 0, G_OPTION_ARG_STRING, &effective_text, N_("The day it takes effect (--date if not given)"),
      N_("DATE") },
    { "oral", 0, 0, G_OPTION_ARG_NONE, &oral, N_("An oral agreement (口头协议), recorded by the mediator"), NULL },
    { "facts", 0, 0, G_OPTION_ARG_STRING, &facts, N_("The facts of the dispute"), N_("TEXT") },
    { "issues", 0, 0, G_OPTION_ARG_STRING, &issues, N_("The issues in dispute"), N_("TEXT") },
    { "responsibility", 0, 0, G_OPTION_ARG_STRING, &responsibility, N_("Each party’s responsibility"), N_("TEXT") },
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount, N_("The amount the agreement settles, in yuan"), N_("X") },
    { NULL }
  };
  g_auto(Target) target = { NULL };
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *rows;
  int status;

  agree_terms = terms;
  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = open_target (db_path, argc, argv, date_text, TRUE, &target)) != CW_CLI_OK ||
      (status = parse_date ("--effective", effective_text, FALSE, &effective)) != CW_CLI_OK)
    return status;
  if (terms->len == 0)
    return cw_cli_usage (_("case agree needs the agreement’s terms: --terms TEXT [--deadline DATE] …"));

  cw_mediation_case_set (target.mediation_case, CW_CASE_AGREEMENT, oral ? "oral" : "written");
  cw_mediation_case_set (target.mediation_case, CW_CASE_EFFECTIVE_DATE, effective != NULL ? effective : target.date);
  if (facts != NULL)
    cw_mediation_case_set (target.mediation_case, CW_CASE_FACTS, facts);
  if (issues != NULL)
    cw_mediation_case_set (target.mediation_case, CW_CASE_ISSUES, issues);
  if (responsibility != NULL)
    cw_mediation_case_set (target.mediation_case, CW_CASE_RESPONSIBILITY, responsibility);
  if (amount != NULL)
    cw_mediation_case_set (target.mediation_case, CW_CASE_AGREED, amount);
  /* The terms given replace the ones recorded before. */
  rows = cw_mediation_case_get_rows (target.mediation_case, CW_MEDIATION_TERM);
  g_ptr_array_set_size (rows, 0);
  for (guint i = 0; i < terms->len; i++)
    cw_mediation_case_add_row (target.mediation_case, g_ptr_array_index (terms, i));
  return save (&target, oral ? _("oral agreement recorded.") : _("agreement recorded."));
}

/* case close -------------------------------------------------------------- */

static int
run_close (const CwCliCommand  *command,
           const char          *db_path,
           int                  argc,
           char               **argv)
{
  g_autofree char *date_text = NULL, *outcome_text = NULL, *next_text = NULL, *reason = NULL;
  const char *outcome = NULL, *next = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day the case closed"), N_("DATE") },
    { "outcome", 0, 0, G_OPTION_ARG_STRING, &outcome_text, N_("调解成功, 调解不成 or 终止"), N_("OUTCOME") },
    { "next-step", 0, 0, G_OPTION_ARG_STRING, &next_text, N_("For 调解不成: 引导诉讼, 仲裁 or 移交"), N_("STEP") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("For 终止: why the mediation was terminated"), N_("TEXT") },
    { NULL }
  };
  g_auto(Target) target = { NULL };
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_code ("--outcome", "outcome", outcome_text, &outcome)) != CW_CLI_OK ||
      (status = parse_code ("--next-step", "next-step", next_text, &next)) != CW_CLI_OK)
    return status;
  if (outcome == NULL)
    return cw_cli_usage (_("case close needs the outcome: --outcome 调解成功|调解不成|终止"));
  if ((status = open_target (db_path, argc, argv, date_text, TRUE, &target)) != CW_CLI_OK)
    return status;
  cw_mediation_case_set (target.mediation_case, CW_CASE_OUTCOME, outcome);
  cw_mediation_case_set (target.mediation_case, CW_CASE_CLOSED_ON, target.date);
  if (next != NULL)
    cw_mediation_case_set (target.mediation_case, CW_CASE_NEXT_STEP, next);
  if (reason != NULL)
    cw_mediation_case_set (target.mediation_case, CW_CASE_OUTCOME_NOTE, reason);
  return save (&target, cw_mediation_label (outcome));
}

/* case followup ----------------------------------------------------------- */

static int
run_followup (const CwCliCommand  *command,
              const char          *db_path,
              int                  argc,
              char               **argv)
{
  g_autofree char *date_text = NULL, *by = NULL, *performed_text = NULL, *satisfaction_text = NULL;
  g_autofree char *risk = NULL, *measures = NULL;
  gboolean lawsuit = FALSE;
  const char *performed = NULL, *satisfaction = "satisfied";
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day of the visit"), N_("DATE") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who made the follow-up visit"), N_("NAME") },
    { "performed", 0, 0, G_OPTION_ARG_STRING, &performed_text, N_("全部履行, 部分履行 or 未履行"), N_("HOW") },
    { "satisfaction", 0, 0, G_OPTION_ARG_STRING, &satisfaction_text, N_("满意 (default), 基本满意 or 不满意"),
      N_("HOW") },
    { "lawsuit", 0, 0, G_OPTION_ARG_NONE, &lawsuit, N_("A party has gone to court since"), NULL },
    { "risk", 0, 0, G_OPTION_ARG_STRING, &risk, N_("The risk that remains"), N_("TEXT") },
    { "measures", 0, 0, G_OPTION_ARG_STRING, &measures, N_("The measures taken"), N_("TEXT") },
    { NULL }
  };
  static const guint fields[] = {
    CW_FOLLOWUP_VISITED_ON, CW_FOLLOWUP_VISITOR, CW_FOLLOWUP_PERFORMED, CW_FOLLOWUP_SATISFACTION,
    CW_FOLLOWUP_LAWSUIT, CW_FOLLOWUP_RISK, CW_FOLLOWUP_MEASURES,
  };
  g_auto(Target) target = { NULL };
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_code ("--performed", "performed", performed_text, &performed)) != CW_CLI_OK ||
      (status = parse_code ("--satisfaction", "satisfaction", satisfaction_text, &satisfaction)) != CW_CLI_OK)
    return status;
  if (by == NULL || performed == NULL)
    return cw_cli_usage (_("case followup needs the visitor and what was performed: --by NAME --performed 全部履行"));
  if ((status = open_target (db_path, argc, argv, date_text, TRUE, &target)) != CW_CLI_OK)
    return status;
  {
    const char *row[] = { target.date, by, performed, satisfaction, lawsuit ? "1" : "0", risk, measures };

    add_row (target.mediation_case, CW_MEDIATION_FOLLOWUP, fields, row, G_N_ELEMENTS (fields));
  }
  return save (&target, _("follow-up recorded."));
}

/* case confirm ------------------------------------------------------------ */

static int
run_confirm (const CwCliCommand  *command,
             const char          *db_path,
             int                  argc,
             char               **argv)
{
  g_autofree char *date_text = NULL, *court = NULL, *result_text = NULL, *court_number = NULL;
  const char *result = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day the parties applied to the court"), N_("DATE") },
    { "court", 0, 0, G_OPTION_ARG_STRING, &court, N_("The court"), N_("NAME") },
    { "result", 0, 0, G_OPTION_ARG_STRING, &result_text, N_("The court’s decision: 确认有效 or 驳回申请"), N_("RESULT") },
    { "court-number", 0, 0, G_OPTION_ARG_STRING, &court_number, N_("The court’s case number (…调确字…)"), N_("TEXT") },
    { NULL }
  };
  g_auto(Target) target = { NULL };
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_code ("--result", "confirm-result", result_text, &result)) != CW_CLI_OK ||
      (status = open_target (db_path, argc, argv, date_text, TRUE, &target)) != CW_CLI_OK)
    return status;
  cw_mediation_case_set (target.mediation_case, CW_CASE_CONFIRM_APPLIED, target.date);
  if (court != NULL)
    cw_mediation_case_set (target.mediation_case, CW_CASE_CONFIRM_COURT, court);
  if (result != NULL)
    cw_mediation_case_set (target.mediation_case, CW_CASE_CONFIRM_RESULT, result);
  if (court_number != NULL)
    cw_mediation_case_set (target.mediation_case, CW_CASE_CONFIRM_NUMBER, court_number);
  return save (&target, _("judicial confirmation recorded."));
}

/* case extend ------------------------------------------------------------- */

static int
run_extend (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  g_autofree char *date_text = NULL, *until_text = NULL, *until = NULL, *reason = NULL;
  gboolean petition = FALSE;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day the extension was agreed"), N_("DATE") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until_text, N_("The new due date"), N_("DATE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("The parties’ consent, or the petition’s reasons"), N_("TEXT") },
    { "petition", 0, 0, G_OPTION_ARG_NONE, &petition, N_("Extend a petition’s 60 days (once, by 30 days at most)"), NULL },
    { NULL }
  };
  static const guint fields[] = {
    CW_EXTENSION_KIND, CW_EXTENSION_GRANTED_ON, CW_EXTENSION_UNTIL, CW_EXTENSION_REASON,
  };
  g_auto(Target) target = { NULL };
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = parse_date ("--until", until_text, TRUE, &until)) != CW_CLI_OK ||
      (status = open_target (db_path, argc, argv, date_text, TRUE, &target)) != CW_CLI_OK)
    return status;
  {
    const char *row[] = { petition ? "petition" : "mediation", target.date, until, reason };

    add_row (target.mediation_case, CW_MEDIATION_EXTENSION, fields, row, G_N_ELEMENTS (fields));
  }
  return save (&target, _("extended."));
}

/* case accept ------------------------------------------------------------- */

static int
run_accept (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  g_autofree char *date_text = NULL;
  gboolean transfer = FALSE;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day of the decision"), N_("DATE") },
    { "transfer", 0, 0, G_OPTION_ARG_NONE, &transfer, N_("Transferred elsewhere instead of accepted"), NULL },
    { NULL }
  };
  g_auto(Target) target = { NULL };
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = open_target (db_path, argc, argv, date_text, TRUE, &target)) != CW_CLI_OK)
    return status;
  cw_mediation_case_set (target.mediation_case, CW_CASE_PETITION_DECISION, transfer ? "transferred" : "accepted");
  cw_mediation_case_set (target.mediation_case, CW_CASE_PETITION_DECIDED, target.date);
  return save (&target, cw_mediation_label (transfer ? "transferred" : "accepted"));
}

/* case show --------------------------------------------------------------- */

static void
print_field (const char *label,
             const char *value)
{
  if (value != NULL && value[0] != '\0')
    printf ("%s: %s\n", label, value);
}

static int
run_show (const CwCliCommand  *command,
          const char          *db_path,
          int                  argc,
          char               **argv)
{
  const GOptionEntry entries[] = { { NULL } };
  g_auto(Target) target = { NULL };
  CwMediationCase *c;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((status = open_target (db_path, argc, argv, NULL, FALSE, &target)) != CW_CLI_OK)
    return status;
  c = target.mediation_case;
  printf ("%s\n", cw_mediation_case_get (c, CW_CASE_NUMBER));
  print_field (_("Intake date"), cw_mediation_case_get (c, CW_CASE_INTAKE_DATE));
  print_field (_("Source"), cw_mediation_label (cw_mediation_case_get (c, CW_CASE_SOURCE)));
  print_field (_("Type"), cw_mediation_case_get (c, CW_CASE_TYPE));
  print_field (_("Dispute"), cw_mediation_case_get (c, CW_CASE_SUMMARY));
  for (guint i = 0; i < cw_mediation_case_get_rows (c, CW_MEDIATION_PARTY)->len; i++)
    {
      CwMediationRow *party = g_ptr_array_index (cw_mediation_case_get_rows (c, CW_MEDIATION_PARTY), i);

      print_field (cw_mediation_label (cw_mediation_row_get (party, CW_PARTY_SIDE)),
                   cw_mediation_row_get (party, CW_PARTY_NAME));
    }
  print_field (_("Mediators"), cw_mediation_case_get (c, CW_CASE_MEDIATORS));
  print_field (_("Settle by"), cw_mediation_case_get (c, CW_CASE_SETTLE_BY));
  print_field (_("Agreement"), cw_mediation_label (cw_mediation_case_get (c, CW_CASE_AGREEMENT)));
  for (guint i = 0; i < cw_mediation_case_get_rows (c, CW_MEDIATION_TERM)->len; i++)
    {
      CwMediationRow *term = g_ptr_array_index (cw_mediation_case_get_rows (c, CW_MEDIATION_TERM), i);
      g_autofree char *label = g_strdup_printf (_("Term %u"), i + 1);
      g_autofree char *line = g_strdup_printf ("%s%s%s", cw_mediation_row_get (term, CW_TERM_CONTENT),
                                               cw_mediation_row_get (term, CW_TERM_DEADLINE)[0] != '\0' ? " — " : "",
                                               cw_mediation_row_get (term, CW_TERM_DEADLINE));

      print_field (label, line);
    }
  print_field (_("Outcome"), cw_mediation_label (cw_mediation_case_is_open (c) ? "open"
                                                 : cw_mediation_case_get (c, CW_CASE_OUTCOME)));
  print_field (_("Closed on"), cw_mediation_case_get (c, CW_CASE_CLOSED_ON));
  return CW_CLI_OK;
}

/* cases due, cases list ----------------------------------------------------- */

static int
run_due (const CwCliCommand  *command,
         const char          *db_path,
         int                  argc,
         char               **argv)
{
  g_autofree char *on_text = NULL, *on = NULL;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("The day the board is read on (today if not given)"), N_("DATE") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc > 1)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[1]);
  if ((status = parse_date ("--on", on_text, FALSE, &on)) != CW_CLI_OK)
    return status;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  lines = cw_mediation_due_list (db, on, &error);
  if (lines == NULL)
    return cw_cli_fail (error);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CwMediationDue) due = g_list_model_get_item (lines, i);

      printf ("%s\t%s\t%s\t%d\n", cw_mediation_due_get_number (due), cw_mediation_due_get_what (due),
              cw_mediation_due_get_due (due), cw_mediation_due_get_days_left (due));
    }
  return CW_CLI_OK;
}

static int
run_list (const CwCliCommand  *command,
          const char          *db_path,
          int                  argc,
          char               **argv)
{
  g_autofree char *year_text = NULL;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_text, N_("Only the cases of this year"), N_("YEAR") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GError) error = NULL;
  gint64 year = 0;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc > 1)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[1]);
  if (year_text != NULL && !cw_cli_parse_number ("--year", year_text, 1990, 2999, &year))
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  cases = cw_mediation_case_list (db, (int) year, NULL, &error);
  if (cases == NULL)
    return cw_cli_fail (error);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(CwMediationCase) c = g_list_model_get_item (cases, i);

      printf ("%s\t%s\t%s\t%s\t%s\n", cw_mediation_case_get (c, CW_CASE_NUMBER), cw_mediation_case_get (c, CW_CASE_PARTIES),
              cw_mediation_case_get (c, CW_CASE_TYPE),
              cw_mediation_label (cw_mediation_case_is_open (c) ? "open" : cw_mediation_case_get (c, CW_CASE_OUTCOME)),
              cw_mediation_case_get (c, CW_CASE_NEXT_DUE));
    }
  return CW_CLI_OK;
}

/* print agreement, print case-file --------------------------------------- */

/* The case argv[1] names and the file argv[2], for a print target. */
static int
open_print_target (const CwCliCommand  *command,
                   const char          *db_path,
                   int                 *argc,
                   char              ***argv,
                   Target              *target)
{
  const GOptionEntry entries[] = { { NULL } };

  if (!cw_cli_parse_options (command, entries, argc, argv))
    return CW_CLI_USAGE;
  if (*argc < 3)
    /* Translators: "print agreement needs the case number and the file, e.g. 2026-3 FILE.pdf." */
    return cw_cli_usage (_("%s needs the case number and the file, e.g. 2026-3 FILE.pdf."), command->name);
  if (*argc > 3)
    return cw_cli_usage (_("Unexpected argument “%s”."), (*argv)[3]);
  {
    char *case_argv[] = { (*argv)[0], (*argv)[1], NULL };

    return open_target (db_path, 2, case_argv, NULL, FALSE, target);
  }
}

static void
say_printed (const char *what,
             const char *path,
             int         n_pages)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d page", "%d pages", n_pages), n_pages);

  /* Translators: "Printed “人民调解协议书” (2 pages) to “FILE”." */
  printf (_("Printed “%s” (%s) to “%s”.\n"), what, pages, display);
}

int
cw_cli_mediation_run_print_agreement (const CwCliCommand  *command,
                                      const char          *db_path,
                                      int                  argc,
                                      char               **argv)
{
  g_auto(Target) target = { NULL };
  g_autoptr(CwPrintTable) table = NULL;
  g_autoptr(GError) error = NULL;
  int status, n_pages = 0;

  if ((status = open_print_target (command, db_path, &argc, &argv, &target)) != CW_CLI_OK)
    return status;
  table = cw_mediation_agreement_table (target.db, target.mediation_case, &error);
  if (table == NULL || !cw_print_table_save_pdf (table, argv[2], &n_pages, &error))
    return cw_cli_fail (error);
  say_printed (cw_print_table_get_title (table), argv[2], n_pages);
  return CW_CLI_OK;
}

int
cw_cli_mediation_run_print_case_file (const CwCliCommand  *command,
                                      const char          *db_path,
                                      int                  argc,
                                      char               **argv)
{
  g_auto(Target) target = { NULL };
  g_autoptr(CwMediationCaseFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int status, n_pages = 0;

  if ((status = open_print_target (command, db_path, &argc, &argv, &target)) != CW_CLI_OK)
    return status;
  file = cw_mediation_case_file_new (target.db, target.mediation_case);
  if (!cw_mediation_case_file_save_pdf (file, argv[2], &n_pages, &error))
    return cw_cli_fail (error);
  say_printed (cw_mediation_case_get (target.mediation_case, CW_CASE_NUMBER), argv[2], n_pages);
  return CW_CLI_OK;
}

/* export cases ------------------------------------------------------------ */

int
cw_cli_mediation_run_export (const CwCliCommand  *command,
                             const char          *db_path,
                             int                  argc,
                             char               **argv)
{
  g_autofree char *year_text = NULL;
  gboolean full = FALSE;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_text, N_("The year of the cases (this year if not given)"), N_("YEAR") },
    { "full", 0, 0, G_OPTION_ARG_NONE, &full, N_("ID numbers and phones in full"), NULL },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  gint64 year;
  guint n_cases = 0;
  GDate today;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc < 2)
    return cw_cli_usage (_("export cases needs the file, e.g. LEDGER.xlsx."));
  if (argc > 2)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[2]);
  cw_date_today (&today);
  year = g_date_get_year (&today);
  if (year_text != NULL && !cw_cli_parse_number ("--year", year_text, 1990, 2999, &year))
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_mediation_export_ledger (db, (int) year, full, argv[1], &n_cases, &error))
    return cw_cli_fail (error);
  display = g_filename_display_name (argv[1]);
  /* Translators: "Exported 57 cases of 2026 to “FILE”." */
  printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u case of %d to “%s”.\n", "Exported %u cases of %d to “%s”.\n", n_cases),
          n_cases, (int) year, display);
  return CW_CLI_OK;
}

static const CwCliTarget case_targets[] = {
  { "add", { "case add", N_("--date D --type TYPE [--source SOURCE] --party P [--party P …] [--against P …] "
                            "--summary T [--mediator NAME] [--amount X]"),
             N_("Receive a case; P is 户号:姓名, an ID number, or 姓名,性别,年龄,住址,电话 for an outsider; "
                "prints the new number alone on the last line"),
             run_add } },
  { "session", { "case session", N_("NUMBER --date D [--place T] [--attended T] [--said T] [--result T]"),
                 N_("Record a mediation session (调解记录)"), run_session } },
  { "agree", { "case agree", N_("NUMBER --date D --terms T [--deadline D] … [--effective D] [--oral] [--facts T] "
                                "[--issues T]"),
               N_("Record the agreement and its terms"), run_agree } },
  { "close", { "case close", N_("NUMBER --date D --outcome 调解成功|调解不成|终止 [--next-step S] [--reason T]"),
               N_("Close a case with its outcome"), run_close } },
  { "followup", { "case followup", N_("NUMBER --date D --by NAME --performed 全部履行|部分履行|未履行 "
                                      "[--satisfaction S]"),
                  N_("Record a follow-up visit (回访)"), run_followup } },
  { "confirm", { "case confirm", N_("NUMBER --date D --court NAME [--result R]"),
                 N_("Record the application for judicial confirmation (司法确认)"), run_confirm } },
  { "extend", { "case extend", N_("NUMBER --date D --until D --reason T [--petition]"),
                N_("Extend a mediation with the parties’ consent, or a petition once"), run_extend } },
  { "accept", { "case accept", N_("NUMBER --date D [--transfer]"),
                N_("Accept a petition (or transfer it elsewhere)"), run_accept } },
  { "show", { "case show", N_("NUMBER"), N_("Print a case"), run_show } },
  { NULL }
};

static const CwCliTarget cases_targets[] = {
  { "due", { "cases due", N_("[--on D]"), N_("The deadlines board: what is due, by when, days left"), run_due } },
  { "list", { "cases list", N_("[--year Y]"), N_("The cases, newest first"), run_list } },
  { NULL }
};

static int
run_case (const CwCliCommand  *command,
          const char          *db_path,
          int                  argc,
          char               **argv)
{
  /* Translators: %s lists the choices */
  return cw_cli_dispatch (case_targets, _("case needs what to do first: %s."),
                          _("case does not know “%s”; it does: %s."), db_path, argc, argv);
}

static int
run_cases (const CwCliCommand  *command,
           const char          *db_path,
           int                  argc,
           char               **argv)
{
  return cw_cli_dispatch (cases_targets, _("cases needs what to show first: %s."),
                          _("cases does not know “%s”; it shows: %s."), db_path, argc, argv);
}

const CwCliCommand cw_cli_mediation_commands[] = {
  { "case", N_("add|session|agree|close|followup|confirm|extend|accept|show [OPTION…]"),
    N_("Mediation (人民调解): receive a case, record sessions, the agreement, the outcome, follow-ups; "
       "“case --help” for each"),
    run_case },
  { "cases", N_("due|list [OPTION…]"), N_("Mediation cases: the deadlines board, the list"), run_cases },
  { NULL }
};

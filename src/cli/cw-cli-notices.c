/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli-notices"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-notices.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/notices/cw-decision.h"
#include "core/notices/cw-notice-calendar.h"
#include "core/notices/cw-notice-question.h"
#include "core/notices/cw-notice-source.h"
#include "core/notices/cw-notice.h"
#include "core/village/cw-settings.h"
#include "report/notices/cw-notice-print.h"
#include "report/notices/cw-notices-export.h"

/* A date option as typed, "YYYY-MM-DD"; today when not given and
 * @today_by_default. NULL after saying what is wrong. */
static char *
date_option (const char *option,
             const char *text,
             gboolean    today_by_default)
{
  g_autoptr(GError) error = NULL;
  char *date;

  if (text == NULL)
    {
      if (today_by_default)
        return cw_date_today_text ();
      cw_cli_usage (_("%s needs a date: %s YYYY-MM-DD."), option, option);
      return NULL;
    }
  date = cw_date_normalize (text, &error);
  if (date == NULL)
    cw_cli_usage ("%s: %s", option, error->message);
  return date;
}

/* The one argument after the target (the notice's or decision's number). */
static gboolean
one_argument (int          argc,
              char       **argv,
              const char  *what)
{
  if (argc < 2)
    {
      cw_cli_usage (_("%s needs the number, e.g. 2026-001."), what);
      return FALSE;
    }
  if (argc > 2)
    {
      cw_cli_usage (_("Unexpected argument “%s”."), argv[2]);
      return FALSE;
    }
  return TRUE;
}

static int
run_notice_add (const CwCliCommand  *command,
                const char          *db_path,
                int                  argc,
                char               **argv)
{
  g_autofree char *kind_text = NULL, *title = NULL, *body_file = NULL, *item_name = NULL;
  g_autofree char *from_text = NULL, *to_text = NULL, *period = NULL, *corrects = NULL, *issuer = NULL;
  g_autofree char *table_from = NULL;
  const GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text, N_("党务, 村务 or 财务"), N_("KIND") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The notice’s title"), N_("TITLE") },
    { "body-file", 0, 0, G_OPTION_ARG_FILENAME, &body_file,
      N_("The body: a text file (paragraphs) or a .csv file (a table, its first row the header)"), N_("FILE") },
    { "item", 0, 0, G_OPTION_ARG_STRING, &item_name, N_("The catalogue item it publishes"), N_("ITEM") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period, N_("The item’s period: 2026-03, 2026Q1 or 2026 (default: the start’s)"), N_("PERIOD") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First day of the publicity"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Last day of the publicity"), N_("YYYY-MM-DD") },
    { "corrects", 0, 0, G_OPTION_ARG_STRING, &corrects, N_("The posted notice this one corrects"), N_("NUMBER") },
    { "issuer", 0, 0, G_OPTION_ARG_STRING, &issuer, N_("Who issues it (default: the village committee)"), N_("NAME") },
    { "table-from", 0, 0, G_OPTION_ARG_STRING, &table_from,
      N_("A table read from a register, names only: care:TAG, grids or points:QUARTER"), N_("SOURCE") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL, *to = NULL;
  CwNoticeKind kind;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc > 1)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[1]);
  if (kind_text == NULL || !cw_notice_kind_parse (kind_text, &kind))
    return cw_cli_usage (_("notice add needs the kind: --kind 党务, 村务 or 财务."));
  if (title == NULL)
    return cw_cli_usage (_("notice add needs the title: --title TITLE."));
  if ((from = date_option ("--from", from_text, FALSE)) == NULL || (to = date_option ("--to", to_text, FALSE)) == NULL)
    return CW_CLI_USAGE;

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  notice = cw_notice_new (kind, title, from, to);
  cw_notice_set_period (notice, period);
  cw_notice_set_issuer (notice, issuer);
  if (item_name != NULL)
    {
      g_autoptr(CwNoticeItem) item = cw_notice_item_find (db, item_name, &error);
      if (item == NULL)
        return cw_cli_fail (error);
      cw_notice_set_item_id (notice, cw_notice_item_get_id (item));
    }
  if (corrects != NULL)
    {
      g_autoptr(CwNotice) old = cw_notice_find (db, corrects, &error);
      if (old == NULL)
        return cw_cli_fail (error);
      cw_notice_set_corrects_id (notice, cw_notice_get_id (old));
    }
  if (body_file != NULL && g_str_has_suffix (g_ascii_strdown (body_file, -1), ".csv"))
    {
      GPtrArray *table = cw_notice_table_read_csv (body_file, &error);
      if (table == NULL)
        return cw_cli_fail (error);
      cw_notice_set_table (notice, table);
    }
  else if (body_file != NULL)
    {
      g_autofree char *text = NULL;
      gsize length = 0;

      if (!g_file_get_contents (body_file, &text, &length, &error))
        return cw_cli_fail (error);
      if (!g_utf8_validate (text, (gssize) length, NULL))
        {
          g_autofree char *converted = g_convert (text, (gssize) length, "UTF-8", "GB18030", NULL, NULL, NULL);
          if (converted == NULL)
            {
              g_set_error (&error, CW_ERROR, CW_ERROR_INVALID, _("“%s” is not text in UTF-8 or GB18030."), body_file);
              return cw_cli_fail (error);
            }
          g_free (text);
          text = g_steal_pointer (&converted);
        }
      cw_notice_set_body (notice, text);
    }
  if (table_from != NULL)
    {
      g_autofree char *what = NULL;
      CwNoticeSource source;

      if (!cw_notice_source_parse (table_from, &source, &what, &error) ||
          !cw_notice_fill_from_source (db, notice, source, what, &error))
        return cw_cli_fail (error);
    }
  if (cw_notice_add (db, notice, &error) == 0)
    return cw_cli_fail (error);
  /* Translators: before the new notice's number, which follows alone on the next line */
  printf ("%s\n%s\n", _("Drafted the notice:"), cw_notice_get_number (notice));
  return CW_CLI_OK;
}

/* review, settle, post and withdraw: one run for the four. */
typedef enum { WAY_REVIEW, WAY_SETTLE, WAY_POST, WAY_WITHDRAW } Way;

static int
run_notice_way (const CwCliCommand  *command,
                const char          *db_path,
                int                  argc,
                char               **argv,
                Way                  way)
{
  g_autofree char *date_text = NULL, *by = NULL, *opinion = NULL, *reason = NULL, *place = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day of the step"), N_("YYYY-MM-DD") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("The supervisory committee member who reviews (review)"), N_("NAME") },
    { "opinion", 0, 0, G_OPTION_ARG_STRING, &opinion, N_("The reviewer’s opinion (review)"), N_("TEXT") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &place, N_("Where it is posted (post)"), N_("PLACE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why it is withdrawn (withdraw)"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gboolean ok = FALSE;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (!one_argument (argc, argv, command->name))
    return CW_CLI_USAGE;
  if ((date = date_option ("--date", date_text, FALSE)) == NULL)
    return CW_CLI_USAGE;
  if (way == WAY_REVIEW && by == NULL)
    return cw_cli_usage (_("notice review needs the reviewer: --by NAME, a supervisory committee member."));
  if (way == WAY_WITHDRAW && reason == NULL)
    return cw_cli_usage (_("notice withdraw needs the reason: --reason TEXT."));

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((notice = cw_notice_find (db, argv[1], &error)) == NULL)
    return cw_cli_fail (error);
  switch (way)
    {
    case WAY_REVIEW:
      ok = cw_notice_review (db, cw_notice_get_id (notice), by, date, opinion, &error);
      break;
    case WAY_SETTLE:
      ok = cw_notice_settle (db, cw_notice_get_id (notice), date, &error);
      break;
    case WAY_POST:
      ok = cw_notice_post (db, cw_notice_get_id (notice), date, place, &error);
      break;
    case WAY_WITHDRAW:
    default:
      ok = cw_notice_withdraw (db, cw_notice_get_id (notice), date, reason, &error);
      break;
    }
  if (!ok)
    return cw_cli_fail (error);
  /* Reviewed all the same (the committee may say so in its opinion), but
   * it will not be posted like this. */
  if (way == WAY_REVIEW && !cw_notice_says_something (notice, &error))
    {
      /* Translators: a warning after a review; %s says what is missing */
      g_printerr (_("Warning: %s It cannot be posted until it does.\n"), error->message);
      g_clear_error (&error);
    }
  g_clear_object (&notice);
  notice = cw_notice_find (db, argv[1], NULL);
  /* Translators: "Notice 2026-001: Reviewed (2026-03-02)." */
  printf (_("Notice %s: %s (%s).\n"), cw_notice_get_number (notice),
          cw_notice_state_name (cw_notice_get_state (notice)), date);
  return CW_CLI_OK;
}

static int
run_notice_review (const CwCliCommand *command, const char *db_path, int argc, char **argv)
{
  return run_notice_way (command, db_path, argc, argv, WAY_REVIEW);
}

static int
run_notice_settle (const CwCliCommand *command, const char *db_path, int argc, char **argv)
{
  return run_notice_way (command, db_path, argc, argv, WAY_SETTLE);
}

static int
run_notice_post (const CwCliCommand *command, const char *db_path, int argc, char **argv)
{
  return run_notice_way (command, db_path, argc, argv, WAY_POST);
}

static int
run_notice_withdraw (const CwCliCommand *command, const char *db_path, int argc, char **argv)
{
  return run_notice_way (command, db_path, argc, argv, WAY_WITHDRAW);
}

static int
run_notice_show (const CwCliCommand  *command,
                 const char          *db_path,
                 int                  argc,
                 char               **argv)
{
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = cw_date_today_text ();
  GPtrArray *table;

  if (!cw_cli_parse_options (command, (GOptionEntry[]) { { NULL } }, &argc, &argv))
    return CW_CLI_USAGE;
  if (!one_argument (argc, argv, command->name))
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((notice = cw_notice_find (db, argv[1], &error)) == NULL ||
      (reviews = cw_notice_list_reviews (db, cw_notice_get_id (notice), &error)) == NULL)
    return cw_cli_fail (error);

  printf ("%s  %s\n", cw_notice_get_number (notice), cw_notice_get_title (notice));
  /* A field with nothing in it is left out, not printed as a bare label. */
  if (cw_notice_get_item_name (notice)[0] != '\0')
    {
      g_autofree char *item = g_strstrip (g_strdup_printf ("%s %s", cw_notice_get_item_name (notice),
                                                           cw_notice_get_period (notice)));

      /* Translators: "Kind: 村务; item: 低保对象名单 2026-12" */
      printf (_("Kind: %s; item: %s\n"), cw_notice_kind_name (cw_notice_get_kind (notice)), item);
    }
  else
    printf (_("Kind: %s\n"), cw_notice_kind_name (cw_notice_get_kind (notice)));
  printf (_("Publicity: %s to %s\n"), cw_notice_get_from (notice), cw_notice_get_to (notice));
  printf (_("State: %s\n"), cw_notice_state_name (cw_notice_get_state_on (notice, today)));
  for (guint i = 0; i < reviews->len; i++)
    {
      CwNoticeReview *review = g_ptr_array_index (reviews, i);
      /* Translators: "Reviewed by 王五 on 2026-03-02: 同意" */
      if (review->opinion[0] != '\0')
        printf (_("Reviewed by %s on %s: %s\n"), review->reviewer, review->date, review->opinion);
      else
        printf (_("Reviewed by %s on %s\n"), review->reviewer, review->date);
    }
  if (cw_notice_get_settled_date (notice) != NULL)
    printf (_("Settled by the joint meeting on %s\n"), cw_notice_get_settled_date (notice));
  if (cw_notice_get_posted_date (notice) != NULL)
    {
      if (cw_notice_get_posted_place (notice)[0] != '\0')
        printf (_("Posted on %s at %s\n"), cw_notice_get_posted_date (notice), cw_notice_get_posted_place (notice));
      else
        printf (_("Posted on %s\n"), cw_notice_get_posted_date (notice));
    }
  if (cw_notice_get_withdrawn_date (notice) != NULL)
    printf (_("Withdrawn on %s: %s\n"), cw_notice_get_withdrawn_date (notice), cw_notice_get_withdrawn_reason (notice));
  if (cw_notice_get_body (notice)[0] != '\0')
    printf ("\n%s\n", cw_notice_get_body (notice));
  if ((table = cw_notice_get_table (notice)) != NULL)
    printf (g_dngettext (GETTEXT_PACKAGE, "\nA table of %u row under the header\n",
                         "\nA table of %u rows under the header\n", table->len - 1), table->len - 1);
  return CW_CLI_OK;
}

static int
run_notice_ask (const CwCliCommand  *command,
                const char          *db_path,
                int                  argc,
                char               **argv)
{
  g_autofree char *date_text = NULL, *asker = NULL, *question = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day the question was raised"), N_("YYYY-MM-DD") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &asker, N_("Who asks"), N_("NAME") },
    { "question", 0, 0, G_OPTION_ARG_STRING, &question, N_("The question"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL, *answer_by = NULL;
  gint64 id;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (!one_argument (argc, argv, command->name) || (date = date_option ("--date", date_text, TRUE)) == NULL)
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((notice = cw_notice_find (db, argv[1], &error)) == NULL ||
      (id = cw_notice_question_add (db, cw_notice_get_id (notice), asker, date, question, &error)) == 0)
    return cw_cli_fail (error);
  answer_by = cw_notice_date_add_days (date, CW_NOTICE_ANSWER_DAYS);
  /* Translators: the question's number follows alone on the next line */
  printf (_("Question recorded; it is answered by %s:\n%lld\n"), answer_by, (long long) id);
  return CW_CLI_OK;
}

static int
run_notice_answer (const CwCliCommand  *command,
                   const char          *db_path,
                   int                  argc,
                   char               **argv)
{
  g_autofree char *date_text = NULL, *answer = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day it was answered"), N_("YYYY-MM-DD") },
    { "answer", 0, 0, G_OPTION_ARG_STRING, &answer, N_("The answer"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 id = 0;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc != 2)
    return cw_cli_usage (_("notice answer needs the question’s number."));
  if (!cw_cli_parse_number ("QUESTION", argv[1], 1, G_MAXINT64, &id) ||
      (date = date_option ("--date", date_text, TRUE)) == NULL)
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_notice_question_answer (db, id, date, answer, &error))
    return cw_cli_fail (error);
  printf (_("Question %lld answered on %s.\n"), (long long) id, date);
  return CW_CLI_OK;
}

static const CwCliTarget notice_targets[] = {
  { "add", { "notice add", N_("--kind 党务|村务|财务 --title T --from D --to D [--body-file F] [--item ITEM] "
                              "[--period P] [--corrects NUMBER] [--table-from SOURCE]"),
             N_("Draft a notice; its number alone on the last line"), run_notice_add } },
  { "review", { "notice review", N_("NUMBER --date D --by NAME [--opinion T]"),
                N_("A supervisory committee member reviews the notice"), run_notice_review } },
  { "settle", { "notice settle", N_("NUMBER --date D"), N_("The two committees’ joint meeting settles it"),
                run_notice_settle } },
  { "post", { "notice post", N_("NUMBER --date D [--place PLACE]"), N_("Post it on the board (after review and settling)"),
              run_notice_post } },
  { "withdraw", { "notice withdraw", N_("NUMBER --date D --reason T"), N_("Withdraw it"), run_notice_withdraw } },
  { "show", { "notice show", N_("NUMBER"), N_("The notice, its reviews and where it stands"), run_notice_show } },
  { "ask", { "notice ask", N_("NUMBER --by NAME --question T [--date D]"),
             N_("A villager’s question about a posted notice (answered within 10 days)"), run_notice_ask } },
  { "answer", { "notice answer", N_("QUESTION --answer T [--date D]"), N_("Answer a question"), run_notice_answer } },
  { NULL }
};

static int
run_notice (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  return cw_cli_dispatch (notice_targets, _("notice needs what to do first: %s."),
                          _("notice does not know “%s”; it can: %s."), db_path, argc, argv);
}

static int
run_notices_due (const CwCliCommand  *command,
                 const char          *db_path,
                 int                  argc,
                 char               **argv)
{
  g_autofree char *on_text = NULL;
  int days = 7;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("The day (default today)"), N_("YYYY-MM-DD") },
    { "days", 0, 0, G_OPTION_ARG_INT, &days, N_("How far ahead to look (default 7)"), N_("N") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *on = NULL;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc > 1)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[1]);
  if (days < 0 || days > 366)
    return cw_cli_usage (_("--days takes a number from 0 to 366."));
  if ((on = date_option ("--on", on_text, TRUE)) == NULL)
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((due = cw_notice_calendar_attention (db, on, (guint) days, &error)) == NULL ||
      (questions = cw_notice_question_list_open (db, on, &error)) == NULL)
    return cw_cli_fail (error);
  for (guint i = 0; i < due->len; i++)
    {
      CwCalendarEntry *entry = g_ptr_array_index (due, i);
      printf ("%s\t%s\t%s\t%s\n", cw_due_state_name (entry->state), entry->due,
              cw_notice_item_get_name (entry->item), entry->period);
    }
  for (guint i = 0; i < questions->len; i++)
    {
      CwNoticeQuestion *question = g_ptr_array_index (questions, i);
      /* Translators: an open question, "Question 3 on notice 2026-004 by 李四, answer by 2026-05-12" */
      printf (_("Question %lld on notice %s by %s, answer by %s%s\n"), (long long) question->id,
              question->notice_number, question->asker, question->answer_by,
              g_strcmp0 (on, question->answer_by) > 0 ? _(" (late)") : "");
    }
  if (due->len == 0 && questions->len == 0)
    printf ("%s\n", _("Nothing is due and nothing is late."));
  return CW_CLI_OK;
}

static int
run_notices_list (const CwCliCommand  *command,
                  const char          *db_path,
                  int                  argc,
                  char               **argv)
{
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Notices whose publicity starts in that year"), N_("YYYY") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GListModel) notices = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = cw_date_today_text ();

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc > 1)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[1]);
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((notices = cw_notice_list (db, year, &error)) == NULL)
    return cw_cli_fail (error);
  for (guint i = 0; i < g_list_model_get_n_items (notices); i++)
    {
      g_autoptr(CwNotice) notice = g_list_model_get_item (notices, i);
      printf ("%s\t%s\t%s\t%s\t%s\t%s\n", cw_notice_get_number (notice),
              cw_notice_kind_name (cw_notice_get_kind (notice)), cw_notice_get_from (notice),
              cw_notice_get_to (notice), cw_notice_state_name (cw_notice_get_state_on (notice, today)),
              cw_notice_get_title (notice));
    }
  return CW_CLI_OK;
}

static int
run_notices_day (const CwCliCommand  *command,
                 const char          *db_path,
                 int                  argc,
                 char               **argv)
{
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 day = 0;

  if (!cw_cli_parse_options (command, (GOptionEntry[]) { { NULL } }, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc > 2)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[2]);
  if (argc == 2 && !cw_cli_parse_number ("DAY", argv[1], 1, 28, &day))
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (day > 0 && !cw_settings_set_notice_day (db, (guint) day, &error))
    return cw_cli_fail (error);
  /* Translators: the setting, "Notices are due by day 20 of a period's first month." */
  printf (_("Notices are due by day %u of a period’s first month.\n"), cw_settings_get_notice_day (db));
  return CW_CLI_OK;
}

static const CwCliTarget notices_targets[] = {
  { "due", { "notices due", N_("[--on D] [--days N]"),
             N_("What the catalogue has due within the days, what is late or missing, questions waiting"),
             run_notices_due } },
  { "list", { "notices list", N_("[--year Y]"), N_("The notices, newest first"), run_notices_list } },
  { "posting-day", { "notices posting-day", N_("[DAY]"),
                     N_("The day (1–28) of a period’s first month its notice is due by; without DAY, the one set"),
                     run_notices_day } },
  { NULL }
};

static int
run_notices (const CwCliCommand  *command,
             const char          *db_path,
             int                  argc,
             char               **argv)
{
  return cw_cli_dispatch (notices_targets, _("notices needs what to show first: %s."),
                          _("notices does not know “%s”; it can: %s."), db_path, argc, argv);
}

static int
run_decision_add (const CwCliCommand  *command,
                  const char          *db_path,
                  int                  argc,
                  char               **argv)
{
  g_autofree char *title = NULL, *date_text = NULL;
  const GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The matter to decide"), N_("TITLE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day it was raised"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 id;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc > 1)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[1]);
  if (title == NULL)
    return cw_cli_usage (_("decision add needs the matter: --title TITLE."));
  if ((date = date_option ("--date", date_text, FALSE)) == NULL)
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((id = cw_decision_add (db, title, date, &error)) == 0 || (decision = cw_decision_load (db, id, &error)) == NULL)
    return cw_cli_fail (error);
  printf ("%s\n%s\n", _("Recorded the decision:"), cw_decision_get_number (decision));
  return CW_CLI_OK;
}

static void
print_step (const CwDecisionStep *step)
{
  /* Translators: "Step 3 (Party members’ meeting) on 2026-05-10" */
  printf (_("Step %u (%s) on %s"), step->step, cw_decision_step_name (step->step), step->date);
  if (step->meeting != CW_MEETING_NONE)
    printf (" · %s", cw_meeting_name (step->meeting));
  if (step->present >= 0)
    printf (_(": %lld of %lld due present"), (long long) step->present, (long long) step->due);
  if (step->households_present >= 0)
    printf (_(", %lld of %lld households represented"), (long long) step->households_present,
            (long long) step->households_due);
  if (step->in_favour >= 0)
    printf (_(", %lld for, %lld against"), (long long) step->in_favour, (long long) MAX (step->against, 0));
  printf ("%s%s\n", _(": "), !step->valid ? _("no quorum, not valid") : step->passed ? _("valid, passed")
                                                                        : _("valid, not passed"));
  if (step->notice_number != NULL && step->notice_number[0] != '\0')
    printf (_("  Notice %s drafted; it goes to review and posting.\n"), step->notice_number);
}

static int
run_decision_step (const CwCliCommand  *command,
                   const char          *db_path,
                   int                  argc,
                   char               **argv)
{
  g_autofree char *date_text = NULL, *meeting_text = NULL, *minutes = NULL;
  g_autofree char *step_text = NULL, *due = NULL, *present = NULL, *in_favour = NULL, *against = NULL;
  g_autofree char *households = NULL, *households_present = NULL;
  gboolean rejected = FALSE;
  const GOptionEntry entries[] = {
    { "step", 0, 0, G_OPTION_ARG_STRING, &step_text, N_("1 proposal … 6 results published"), N_("1..6") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day of the meeting"), N_("YYYY-MM-DD") },
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting_text, N_("Step 4: 村民会议 or 村民代表会议"), N_("MEETING") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due, N_("How many were due (default: the register on that day)"), N_("N") },
    { "present", 0, 0, G_OPTION_ARG_STRING, &present, N_("How many attended"), N_("N") },
    { "for", 0, 0, G_OPTION_ARG_STRING, &in_favour, N_("How many voted for"), N_("N") },
    { "against", 0, 0, G_OPTION_ARG_STRING, &against, N_("How many voted against"), N_("N") },
    { "households", 0, 0, G_OPTION_ARG_STRING, &households, N_("Households in the village (default: the register)"), N_("N") },
    { "households-present", 0, 0, G_OPTION_ARG_STRING, &households_present,
      N_("Households represented at a villagers’ meeting"), N_("N") },
    { "rejected", 0, 0, G_OPTION_ARG_NONE, &rejected, N_("Steps 1 and 2: the proposal was turned down"), NULL },
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &minutes, N_("The minutes, in short"), N_("TEXT") },
    { NULL }
  };
  struct { const char *option; const char *text; gint64 *value; } numbers[] = {
    { "--due", NULL, NULL }, { "--present", NULL, NULL }, { "--for", NULL, NULL }, { "--against", NULL, NULL },
    { "--households", NULL, NULL }, { "--households-present", NULL, NULL },
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwDecision) decision = NULL;
  g_autoptr(CwDecisionStep) step = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  CwStepInput input;
  gint64 step_number = 0;

  cw_step_input_init (&input);
  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (!one_argument (argc, argv, command->name))
    return CW_CLI_USAGE;
  if (step_text == NULL)
    return cw_cli_usage (_("decision step needs the step: --step 1..6."));
  if (!cw_cli_parse_number ("--step", step_text, 1, CW_DECISION_STEPS, &step_number) ||
      (date = date_option ("--date", date_text, FALSE)) == NULL)
    return CW_CLI_USAGE;
  numbers[0].text = due, numbers[0].value = &input.due;
  numbers[1].text = present, numbers[1].value = &input.present;
  numbers[2].text = in_favour, numbers[2].value = &input.in_favour;
  numbers[3].text = against, numbers[3].value = &input.against;
  numbers[4].text = households, numbers[4].value = &input.households_due;
  numbers[5].text = households_present, numbers[5].value = &input.households_present;
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    if (numbers[i].text != NULL && !cw_cli_parse_number (numbers[i].option, numbers[i].text, 0, 10000000, numbers[i].value))
      return CW_CLI_USAGE;
  if (meeting_text != NULL && !cw_meeting_parse (meeting_text, &input.meeting))
    return cw_cli_usage (_("--meeting is 村民会议 or 村民代表会议."));
  input.step = (guint) step_number;
  input.date = date;
  input.rejected = rejected;
  input.minutes = minutes;

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((decision = cw_decision_find (db, argv[1], &error)) == NULL ||
      (step = cw_decision_record_step (db, cw_decision_get_id (decision), &input, &error)) == NULL)
    return cw_cli_fail (error);
  print_step (step);
  return CW_CLI_OK;
}

static int
run_decision_show (const CwCliCommand  *command,
                   const char          *db_path,
                   int                  argc,
                   char               **argv)
{
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  GPtrArray *records;

  if (!cw_cli_parse_options (command, (GOptionEntry[]) { { NULL } }, &argc, &argv))
    return CW_CLI_USAGE;
  if (!one_argument (argc, argv, command->name))
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((decision = cw_decision_find (db, argv[1], &error)) == NULL)
    return cw_cli_fail (error);
  state = cw_decision_describe (decision);
  printf ("%s  %s (%s)\n%s\n", cw_decision_get_number (decision), cw_decision_get_title (decision),
          cw_decision_get_date (decision), state);
  records = cw_decision_get_records (decision);
  for (guint i = 0; i < records->len; i++)
    print_step (g_ptr_array_index (records, i));
  return CW_CLI_OK;
}

static const CwCliTarget decision_targets[] = {
  { "add", { "decision add", N_("--title T --date D"), N_("A matter for the four deliberations; its number alone on the last line"),
             run_decision_add } },
  { "step", { "decision step", N_("NUMBER --step 1..6 --date D [--due N] [--present N] [--for N] [--against N] "
                                  "[--meeting 村民会议|村民代表会议] [--households-present N]"),
              N_("Record a step’s meeting: says whether it was valid and passed; a step out of order is refused"),
              run_decision_step } },
  { "show", { "decision show", N_("NUMBER"), N_("The decision’s steps"), run_decision_show } },
  { NULL }
};

static int
run_decision (const CwCliCommand  *command,
              const char          *db_path,
              int                  argc,
              char               **argv)
{
  return cw_cli_dispatch (decision_targets, _("decision needs what to do first: %s."),
                          _("decision does not know “%s”; it can: %s."), db_path, argc, argv);
}

/* The target's file: argv[1], the one argument left after the options. */
static const char *
file_argument (int          argc,
               char       **argv,
               int          wanted,
               const char  *what)
{
  if (argc < wanted + 1)
    {
      cw_cli_usage ("%s", what);
      return NULL;
    }
  if (argc > wanted + 1)
    {
      cw_cli_usage (_("Unexpected argument “%s”."), argv[wanted + 1]);
      return NULL;
    }
  return argv[wanted];
}

int
cw_cli_notices_run_print_notice (const CwCliCommand  *command,
                                 const char          *db_path,
                                 int                  argc,
                                 char               **argv)
{
  g_autofree char *paper = NULL;
  const GOptionEntry entries[] = {
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("A4 (default) or A3"), N_("SIZE") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;
  gboolean a3;
  int pages = 0;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((path = file_argument (argc, argv, 2, _("print notice needs the notice’s number and the file: "
                                              "print notice 2026-001 FILE.pdf."))) == NULL)
    return CW_CLI_USAGE;
  if (paper != NULL && g_ascii_strcasecmp (paper, "A3") != 0 && g_ascii_strcasecmp (paper, "A4") != 0)
    return cw_cli_usage (_("--paper is A4 or A3."));
  a3 = paper != NULL && g_ascii_strcasecmp (paper, "A3") == 0;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((notice = cw_notice_find (db, argv[1], &error)) == NULL ||
      !cw_notice_print_pdf (db, notice, a3, path, &pages, &error))
    return cw_cli_fail (error);
  printf (g_dngettext (GETTEXT_PACKAGE, "Printed notice %s to “%s” (%d page).\n",
                       "Printed notice %s to “%s” (%d pages).\n", (gulong) pages),
          cw_notice_get_number (notice), path, pages);
  return CW_CLI_OK;
}

int
cw_cli_notices_run_print_decision (const CwCliCommand  *command,
                                   const char          *db_path,
                                   int                  argc,
                                   char               **argv)
{
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;
  int pages = 0;

  if (!cw_cli_parse_options (command, (GOptionEntry[]) { { NULL } }, &argc, &argv))
    return CW_CLI_USAGE;
  if ((path = file_argument (argc, argv, 2, _("print decision needs the decision’s number and the file: "
                                              "print decision 2026-01 FILE.pdf."))) == NULL)
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if ((decision = cw_decision_find (db, argv[1], &error)) == NULL ||
      !cw_decision_print_pdf (db, decision, path, &pages, &error))
    return cw_cli_fail (error);
  printf (g_dngettext (GETTEXT_PACKAGE, "Printed decision %s to “%s” (%d page).\n",
                       "Printed decision %s to “%s” (%d pages).\n", (gulong) pages),
          cw_decision_get_number (decision), path, pages);
  return CW_CLI_OK;
}

int
cw_cli_notices_run_export (const CwCliCommand  *command,
                           const char          *db_path,
                           int                  argc,
                           char               **argv)
{
  g_autofree char *on_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year of the ledger"), N_("YYYY") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("The day the states are told for (default today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *on = NULL;
  const char *path;

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if ((path = file_argument (argc, argv, 1, _("export notices needs the file: export notices FILE.xlsx --year Y."))) == NULL)
    return CW_CLI_USAGE;
  if (year < 1900 || year > 2999)
    return cw_cli_usage (_("export notices needs the year: --year 2026."));
  if ((on = date_option ("--on", on_text, TRUE)) == NULL)
    return CW_CLI_USAGE;
  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;
  if (!cw_notices_export_ledger (db, year, on, path, &error))
    return cw_cli_fail (error);
  printf (_("Wrote the notices ledger of %d to “%s”.\n"), year, path);
  return CW_CLI_OK;
}

const CwCliCommand cw_cli_notices_commands[] = {
  { "notice", N_("add|review|settle|post|withdraw|show|ask|answer [OPTION…]"),
    N_("Notices (三务公开) and their way: draft, review by the supervisory committee, joint meeting, posting"),
    run_notice },
  { "notices", N_("due|list [OPTION…]"), N_("The disclosure calendar: what is due and what is late"), run_notices },
  { "decision", N_("add|step|show [OPTION…]"), N_("Decisions by the four deliberations and two publications (四议两公开)"),
    run_decision },
  { NULL }
};

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mediation"

#include "config.h"

#include <string.h>

#include "core/common/cw-audit.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-person.h"
#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-due.h"
#include "core/mediation/cw-mediation-stats.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-summary.h"
#include "core/village/cw-village-group.h"

#include "cw-test-core.h"

/* A village of two households (张三 of 0001, 李四 of 0002) and no case;
 * the committee's short name is 青山. Every date below is computed by
 * hand in its comment. */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  gint64      zhang, li;   /* the heads' person ids */
} Fixture;

static gint64
household (Fixture    *f,
           const char *number,
           gint64      group,
           const char *head_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwHousehold) h = cw_household_new ();
  g_autoptr(CwPerson) head = cw_person_new ();

  cw_household_set_text (h, "number", number);
  cw_household_set_text (h, "address", "青山村一组");
  cw_household_set_group_id (h, group);
  cw_person_set_text (head, "name", head_name);
  cw_person_set_text (head, "relation", "户主");
  cw_person_set_text (head, "sex", "M");
  cw_person_set_text (head, "birth_date", "1970-05-01");
  g_assert_true (cw_household_add (f->db, h, head, &error));
  g_assert_no_error (error);
  return cw_person_get_id (head);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) one = NULL;

  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, FALSE);
  one = cw_village_group_add (f->db, "一组", &error);
  g_assert_no_error (error);
  f->zhang = household (f, "0001", cw_village_group_get_id (one), "张三");
  f->li = household (f, "0002", cw_village_group_get_id (one), "李四");
  g_assert_true (cw_settings_set_mediation_short_name (f->db, "青山", &error));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->dir, cw_test_dir_free);
}

static CwMediationRow *
outsider (const char *side,
          const char *name)
{
  CwMediationRow *party = cw_mediation_row_new (CW_MEDIATION_PARTY);

  cw_mediation_row_set (party, CW_PARTY_SIDE, side);
  cw_mediation_row_set (party, CW_PARTY_NAME, name);
  return party;
}

/* A case received on @intake from @source, one outsider on each side. */
static CwMediationCase *
new_case (const char *intake,
          const char *source,
          const char *type)
{
  CwMediationCase *c = cw_mediation_case_new ();
  g_autoptr(CwMediationRow) a = outsider ("applicant", "王五");
  g_autoptr(CwMediationRow) b = outsider ("respondent", "赵六");

  cw_mediation_case_set (c, CW_CASE_INTAKE_DATE, intake);
  cw_mediation_case_set (c, CW_CASE_SOURCE, source);
  cw_mediation_case_set (c, CW_CASE_TYPE, type);
  cw_mediation_case_set (c, CW_CASE_SUMMARY, "宅基地边界争议");
  cw_mediation_case_add_row (c, a);
  cw_mediation_case_add_row (c, b);
  return c;
}

static CwMediationCase *
saved_case (Fixture    *f,
            const char *intake,
            const char *source,
            const char *type)
{
  g_autoptr(GError) error = NULL;
  CwMediationCase *c = new_case (intake, source, type);

  g_assert_true (cw_mediation_case_save (f->db, c, &error));
  g_assert_no_error (error);
  return c;
}

static void
add_term (CwMediationCase *c,
          const char      *content,
          const char      *deadline)
{
  g_autoptr(CwMediationRow) term = cw_mediation_row_new (CW_MEDIATION_TERM);

  cw_mediation_row_set (term, CW_TERM_CONTENT, content);
  cw_mediation_row_set (term, CW_TERM_MANNER, "现金");
  cw_mediation_row_set (term, CW_TERM_DEADLINE, deadline);
  cw_mediation_case_add_row (c, term);
}

static void
agree (CwMediationCase *c,
       const char      *effective)
{
  cw_mediation_case_set (c, CW_CASE_AGREEMENT, "written");
  cw_mediation_case_set (c, CW_CASE_FACTS, "双方因界址发生争执");
  cw_mediation_case_set (c, CW_CASE_ISSUES, "界址走向");
  cw_mediation_case_set (c, CW_CASE_EFFECTIVE_DATE, effective);
}

static void
save_ok (Fixture         *f,
         CwMediationCase *c)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_mediation_case_save (f->db, c, &error));
  g_assert_no_error (error);
}

static void
save_refused (Fixture         *f,
              CwMediationCase *c,
              int              code,
              const char      *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cw_mediation_case_save (f->db, c, &error));
  g_assert_error (error, CW_ERROR, code);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

/* The board's lines on @on for the case @c, as "kind due days". */
static char *
board (Fixture         *f,
       const char      *on,
       CwMediationCase *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lines = cw_mediation_due_list (f->db, on, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CwMediationDue) due = g_list_model_get_item (lines, i);

      if (cw_mediation_due_get_case_id (due) != cw_mediation_case_get_id (c))
        continue;
      g_assert_cmpstr (cw_mediation_due_get_number (due), ==, cw_mediation_case_get (c, CW_CASE_NUMBER));
      g_string_append_printf (out, "%s%s %s %d", out->len > 0 ? "; " : "", cw_mediation_due_get_kind (due),
                              cw_mediation_due_get_due (due), cw_mediation_due_get_days_left (due));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define assert_board(f, on, c, expected) \
  G_STMT_START { g_autofree char *_got = board (f, on, c); g_assert_cmpstr (_got, ==, expected); } G_STMT_END

static void
test_numbers (void)
{
  int year = 0, seq = 0;
  g_autofree char *number = cw_mediation_format_number ("青山", 2026, 12);
  g_autoptr(GError) error = NULL;
  gint64 fen = -1;
  g_autofree char *yuan = NULL;

  g_assert_cmpstr (number, ==, "（2026）青山人调字第12号");
  g_assert_true (cw_mediation_parse_number (number, &year, &seq, &error));
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (seq, ==, 12);
  g_assert_true (cw_mediation_parse_number (" 2027-3 ", &year, &seq, &error));
  g_assert_cmpint (year, ==, 2027);
  g_assert_cmpint (seq, ==, 3);
  g_assert_false (cw_mediation_parse_number ("第3号", &year, &seq, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);

  g_assert_true (cw_mediation_parse_yuan ("1,200.5元", &fen));
  g_assert_cmpint (fen, ==, 120050);
  yuan = cw_mediation_format_yuan (fen);
  g_assert_cmpstr (yuan, ==, "1200.50");
  g_assert_false (cw_mediation_parse_yuan ("12.345", &fen));
  g_assert_false (cw_mediation_parse_yuan ("-5", &fen));

  g_assert_cmpstr (cw_mediation_code_from_text ("outcome", "调解成功"), ==, "success");
  g_assert_cmpstr (cw_mediation_code_from_text ("performed", "部分履行"), ==, "partial");
  g_assert_cmpstr (cw_mediation_code_from_text ("source", "failure"), ==, NULL);
}

/* Numbers per year, no gap: the year's last case can be undone (its number
 * is then given again, so none is missing), an earlier one cannot. */
static void
test_numbering (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CwMediationCase) a = saved_case (f, "2026-01-05", "application", "邻里");
  g_autoptr(CwMediationCase) b = saved_case (f, "2026-12-31", "application", "邻里");
  gint64 b_change = cw_database_get_last_change (f->db);
  g_autoptr(CwMediationCase) c = saved_case (f, "2027-01-01", "application", "合同");
  g_autoptr(CwMediationCase) d = saved_case (f, "2026-06-01", "initiative", "邻里");
  gint64 d_change = cw_database_get_last_change (f->db);
  g_autoptr(CwMediationCase) e = NULL;
  g_autoptr(CwMediationCase) found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (cw_mediation_case_get (a, CW_CASE_NUMBER), ==, "（2026）青山人调字第1号");
  g_assert_cmpstr (cw_mediation_case_get (b, CW_CASE_NUMBER), ==, "（2026）青山人调字第2号");
  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_NUMBER), ==, "（2027）青山人调字第1号");
  g_assert_cmpstr (cw_mediation_case_get (d, CW_CASE_NUMBER), ==, "（2026）青山人调字第3号");

  /* Case 2 is inside the sequence now. */
  g_assert_false (cw_audit_undo (f->db, b_change, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  found = cw_mediation_case_find (f->db, "2026-2", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cw_mediation_case_get (found, CW_CASE_SUMMARY), ==, "宅基地边界争议");

  /* Case 3 is the last: undoing it leaves 1, 2, and the next is 3. */
  g_assert_true (cw_audit_undo (f->db, d_change, &error));
  g_assert_no_error (error);
  e = saved_case (f, "2026-07-01", "application", "邻里");
  g_assert_cmpint (cw_mediation_case_get_seq (e), ==, 3);

  /* A case keeps its year's number: its intake date stays in the year. */
  cw_mediation_case_set (e, CW_CASE_INTAKE_DATE, "2027-01-02");
  save_refused (f, e, CW_ERROR_REFUSED, "2026");
}

typedef struct
{
  char  *path;
  guint  n;
  GArray *seqs;
} Writer;

static gpointer
write_cases (gpointer data)
{
  Writer *w = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = cw_database_open (w->path, &error);

  g_assert_no_error (error);
  cw_database_set_wait (db, CW_DATABASE_WAIT_COMMAND);
  for (guint i = 0; i < w->n; i++)
    {
      g_autoptr(CwMediationCase) c = new_case ("2026-03-01", "application", "邻里");
      int seq;

      g_assert_true (cw_mediation_case_save (db, c, &error));
      g_assert_no_error (error);
      seq = cw_mediation_case_get_seq (c);
      g_array_append_val (w->seqs, seq);
    }
  return NULL;
}

/* Two windows adding at once, on two connections: every number from 1 to
 * 60 once. */
static void
test_two_writers (Fixture       *f,
                  gconstpointer  data)
{
  Writer w[2];
  GThread *threads[2];
  g_autofree gboolean *seen = g_new0 (gboolean, 61);

  for (guint i = 0; i < 2; i++)
    {
      w[i].path = g_strdup (cw_database_get_path (f->db));
      w[i].n = 30;
      w[i].seqs = g_array_new (FALSE, FALSE, sizeof (int));
      threads[i] = g_thread_new ("writer", write_cases, &w[i]);
    }
  for (guint i = 0; i < 2; i++)
    {
      g_thread_join (threads[i]);
      for (guint j = 0; j < w[i].seqs->len; j++)
        {
          int seq = g_array_index (w[i].seqs, int, j);

          g_assert_cmpint (seq, >=, 1);
          g_assert_cmpint (seq, <=, 60);
          g_assert_false (seen[seq]);
          seen[seq] = TRUE;
        }
      g_array_unref (w[i].seqs);
      g_free (w[i].path);
    }
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM mediation_case WHERE year = 2026", -1), ==, 60);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT max(seq) FROM mediation_case WHERE year = 2026", -1), ==, 60);
}

/* A person of the register is taken by id, with the register's
 * particulars; outsiders keep theirs; any number on each side. */
static void
test_parties (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CwMediationCase) c = new_case ("2026-03-01", "application", "邻里");
  g_autoptr(CwMediationCase) loaded = NULL;
  g_autoptr(CwMediationRow) zhang = cw_mediation_row_new (CW_MEDIATION_PARTY);
  g_autoptr(CwMediationRow) li = cw_mediation_row_new (CW_MEDIATION_PARTY);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) applicants = NULL;
  g_autoptr(GPtrArray) respondents = NULL;
  g_autoptr(CwMediationCase) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *zhang_id = g_strdup_printf ("%" G_GINT64_FORMAT, f->zhang);
  g_autofree char *li_id = g_strdup_printf ("%" G_GINT64_FORMAT, f->li);
  CwMediationRow *outside;

  cw_mediation_row_set (zhang, CW_PARTY_SIDE, "applicant");
  cw_mediation_row_set (zhang, CW_PARTY_PERSON_ID, zhang_id);
  cw_mediation_row_set (zhang, CW_PARTY_NAME, "typed over");   /* never kept */
  cw_mediation_row_set (zhang, CW_PARTY_AGENT, "张小三");
  cw_mediation_case_add_row (c, zhang);
  cw_mediation_row_set (li, CW_PARTY_SIDE, "respondent");
  cw_mediation_row_set (li, CW_PARTY_PERSON_ID, li_id);
  cw_mediation_case_add_row (c, li);
  outside = g_ptr_array_index (cw_mediation_case_get_rows (c, CW_MEDIATION_PARTY), 0);
  cw_mediation_row_set (outside, CW_PARTY_AGE, "45");
  cw_mediation_row_set (outside, CW_PARTY_PHONE, "13800001234");
  save_ok (f, c);

  loaded = cw_mediation_case_load (f->db, cw_mediation_case_get_id (c), &error);
  g_assert_no_error (error);
  applicants = cw_mediation_case_get_parties (loaded, "applicant");
  respondents = cw_mediation_case_get_parties (loaded, "respondent");
  g_assert_cmpuint (applicants->len, ==, 2);
  g_assert_cmpuint (respondents->len, ==, 2);
  g_assert_cmpstr (cw_mediation_row_get (applicants->pdata[0], CW_PARTY_NAME), ==, "王五");
  g_assert_cmpstr (cw_mediation_row_get (applicants->pdata[0], CW_PARTY_AGE), ==, "45");
  g_assert_cmpstr (cw_mediation_row_get (applicants->pdata[1], CW_PARTY_NAME), ==, "张三");
  /* Born 1970-05-01: 55 on 2026-03-01. */
  g_assert_cmpstr (cw_mediation_row_get (applicants->pdata[1], CW_PARTY_AGE), ==, "55");
  g_assert_cmpstr (cw_mediation_row_get (applicants->pdata[1], CW_PARTY_HOUSEHOLD_NUMBER), ==, "0001");
  g_assert_cmpstr (cw_mediation_row_get (applicants->pdata[1], CW_PARTY_ADDRESS), ==, "青山村一组");
  g_assert_cmpstr (cw_mediation_row_get (applicants->pdata[1], CW_PARTY_AGENT), ==, "张小三");
  g_assert_cmpstr (cw_mediation_row_get (respondents->pdata[1], CW_PARTY_NAME), ==, "李四");
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM mediation_party WHERE name = 'typed over'", -1),
                   ==, 0);
  g_assert_cmpint (cw_database_query_int (f->db, "SELECT count(*) FROM mediation_party "
                                                 "WHERE person_id IS NOT NULL AND age IS NOT NULL", -1), ==, 0);

  list = cw_mediation_case_list (f->db, 2026, "2026-03-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  listed = g_list_model_get_item (list, 0);
  g_assert_cmpstr (cw_mediation_case_get (listed, CW_CASE_PARTIES), ==, "王五、张三 — 赵六、李四");
  g_assert_nonnull (strstr (cw_mediation_case_get (listed, CW_CASE_SEARCH_KEY), "zhangsan zs"));
  g_assert_nonnull (strstr (cw_mediation_case_get (listed, CW_CASE_SEARCH_KEY), "wangwu"));
  g_assert_nonnull (strstr (cw_mediation_case_get (listed, CW_CASE_SEARCH_KEY), "0002"));
  /* Intake 2026-03-01 + 30 days = 2026-03-31. */
  g_assert_cmpstr (cw_mediation_case_get (listed, CW_CASE_NEXT_DUE), ==, "2026-03-31");
  g_assert_cmpstr (cw_mediation_case_get (listed, CW_CASE_NEXT_DUE_KIND), ==, "settle");

  g_clear_object (&list);
  list = cw_mediation_case_list_for_household (f->db, cw_database_query_int (f->db, "SELECT id FROM household WHERE number = '0002'", 0), &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  /* A case needs an applicant. */
  g_ptr_array_set_size (cw_mediation_case_get_rows (loaded, CW_MEDIATION_PARTY), 0);
  save_refused (f, loaded, CW_ERROR_INVALID, "applicant");
}

/* A case cannot close without an outcome, nor succeed without agreement
 * terms; an unsettled case says where it goes, a terminated one why. */
static void
test_outcomes (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CwMediationCase) c = saved_case (f, "2026-04-01", "application", "合同");

  cw_mediation_case_set (c, CW_CASE_CLOSED_ON, "2026-04-10");
  save_refused (f, c, CW_ERROR_REFUSED, "without an outcome");
  cw_mediation_case_set (c, CW_CASE_OUTCOME, "success");
  save_refused (f, c, CW_ERROR_REFUSED, "agreement");
  agree (c, "2026-04-10");
  save_refused (f, c, CW_ERROR_REFUSED, "term");
  add_term (c, "王五赔偿赵六损失 800 元", "2026-04-05");
  save_refused (f, c, CW_ERROR_INVALID, "before the agreement takes effect");
  g_ptr_array_set_size (cw_mediation_case_get_rows (c, CW_MEDIATION_TERM), 0);
  add_term (c, "王五赔偿赵六损失 800 元", "2026年4月20日");
  cw_mediation_case_set (c, CW_CASE_AGREED, "800");
  save_ok (f, c);
  g_assert_cmpstr (cw_mediation_row_get (g_ptr_array_index (cw_mediation_case_get_rows (c, CW_MEDIATION_TERM), 0),
                                         CW_TERM_DEADLINE), ==, "2026-04-20");
  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_AGREED), ==, "800.00");

  {
    g_autoptr(CwMediationCase) fail = saved_case (f, "2026-04-02", "application", "合同");

    cw_mediation_case_set (fail, CW_CASE_OUTCOME, "failure");
    cw_mediation_case_set (fail, CW_CASE_CLOSED_ON, "2026-04-20");
    save_refused (f, fail, CW_ERROR_INVALID, "Next step");
    cw_mediation_case_set (fail, CW_CASE_NEXT_STEP, "lawsuit");
    save_ok (f, fail);

    cw_mediation_case_set (fail, CW_CASE_OUTCOME, "terminated");
    cw_mediation_case_set (fail, CW_CASE_NEXT_STEP, "");
    save_refused (f, fail, CW_ERROR_INVALID, "terminated");
    cw_mediation_case_set (fail, CW_CASE_OUTCOME_NOTE, "申请人撤回申请");
    save_ok (f, fail);

    cw_mediation_case_set (fail, CW_CASE_CLOSED_ON, "2026-03-01");
    save_refused (f, fail, CW_ERROR_INVALID, "before it was received");
  }
}

/* The month a mediation has, and its extension with the parties' consent. */
static void
test_settle_deadline (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CwMediationCase) c = saved_case (f, "2026-03-01", "application", "邻里");
  g_autoptr(CwMediationRow) extension = cw_mediation_row_new (CW_MEDIATION_EXTENSION);

  /* Due 2026-03-31: on the board from 03-24 (7 days before). */
  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_SETTLE_BY), ==, "2026-03-31");
  assert_board (f, "2026-03-23", c, "");
  assert_board (f, "2026-03-24", c, "settle 2026-03-31 7");
  assert_board (f, "2026-04-02", c, "settle 2026-03-31 -2");

  cw_mediation_row_set (extension, CW_EXTENSION_KIND, "mediation");
  cw_mediation_row_set (extension, CW_EXTENSION_GRANTED_ON, "2026-03-28");
  cw_mediation_row_set (extension, CW_EXTENSION_UNTIL, "2026-03-30");
  cw_mediation_row_set (extension, CW_EXTENSION_REASON, "双方同意延长");
  cw_mediation_case_add_row (c, extension);
  save_refused (f, c, CW_ERROR_REFUSED, "2026-03-31");
  cw_mediation_row_set (extension, CW_EXTENSION_UNTIL, "2026-04-30");
  cw_mediation_row_set (extension, CW_EXTENSION_REASON, "");
  save_refused (f, c, CW_ERROR_INVALID, "consent");
  cw_mediation_row_set (extension, CW_EXTENSION_REASON, "双方同意延长");
  save_ok (f, c);

  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_SETTLE_BY), ==, "2026-04-30");
  assert_board (f, "2026-04-02", c, "");
  assert_board (f, "2026-04-23", c, "settle 2026-04-30 7");

  /* Closed: nothing owed but the follow-up and the court's window. */
  cw_mediation_case_set (c, CW_CASE_OUTCOME, "failure");
  cw_mediation_case_set (c, CW_CASE_NEXT_STEP, "arbitration");
  cw_mediation_case_set (c, CW_CASE_CLOSED_ON, "2026-04-20");
  save_ok (f, c);
  assert_board (f, "2026-05-10", c, "");
}

/* A petition received 2026-05-04: accept or transfer by 05-19; accepted
 * 05-10, finished by 05-10 + 60 = 07-09; extended once, to 08-08 at most. */
static void
test_petition_deadlines (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CwMediationCase) c = saved_case (f, "2026-05-04", "petition", "征地拆迁");
  g_autoptr(CwMediationCase) plain = saved_case (f, "2026-05-04", "application", "邻里");
  g_autoptr(CwMediationRow) extension = cw_mediation_row_new (CW_MEDIATION_EXTENSION);
  g_autoptr(CwMediationRow) again = NULL;

  assert_board (f, "2026-05-11", c, "");
  assert_board (f, "2026-05-12", c, "petition-decide 2026-05-19 7");
  assert_board (f, "2026-05-21", c, "petition-decide 2026-05-19 -2");

  cw_mediation_case_set (plain, CW_CASE_PETITION_DECISION, "accepted");
  cw_mediation_case_set (plain, CW_CASE_PETITION_DECIDED, "2026-05-10");
  save_refused (f, plain, CW_ERROR_REFUSED, "petition");

  cw_mediation_case_set (c, CW_CASE_PETITION_DECISION, "accepted");
  cw_mediation_case_set (c, CW_CASE_PETITION_DECIDED, "2026-05-10");
  save_ok (f, c);
  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_PETITION_DUE), ==, "2026-07-09");
  assert_board (f, "2026-05-21", c, "");
  assert_board (f, "2026-07-02", c, "petition-finish 2026-07-09 7");

  cw_mediation_row_set (extension, CW_EXTENSION_KIND, "petition");
  cw_mediation_row_set (extension, CW_EXTENSION_GRANTED_ON, "2026-07-05");
  cw_mediation_row_set (extension, CW_EXTENSION_UNTIL, "2026-08-09");
  cw_mediation_row_set (extension, CW_EXTENSION_REASON, "需补充调查");
  cw_mediation_case_add_row (c, extension);
  save_refused (f, c, CW_ERROR_REFUSED, "2026-08-08");
  cw_mediation_row_set (extension, CW_EXTENSION_UNTIL, "2026-08-08");
  save_ok (f, c);
  g_assert_cmpstr (cw_mediation_case_get (c, CW_CASE_PETITION_DUE), ==, "2026-08-08");
  assert_board (f, "2026-07-10", c, "");
  assert_board (f, "2026-08-10", c, "petition-finish 2026-08-08 -2");

  again = cw_mediation_row_copy (extension);
  cw_mediation_row_set_id (again, 0);
  cw_mediation_row_set (again, CW_EXTENSION_UNTIL, "2026-08-07");
  cw_mediation_case_add_row (c, again);
  save_refused (f, c, CW_ERROR_REFUSED, "once");
}

/* An agreement effective 2026-06-10: 司法确认 by 06-10 + 30 = 07-10 (on the
 * board 07-03 to 07-10, then gone); the follow-up on the last term's
 * deadline, 07-15, or 06-25 (15 days) when no term has one. */
static void
test_agreement_deadlines (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CwMediationCase) c = saved_case (f, "2026-06-01", "application", "损害赔偿");
  g_autoptr(CwMediationCase) oral = saved_case (f, "2026-06-01", "application", "邻里");
  g_autoptr(CwMediationRow) followup = cw_mediation_row_new (CW_MEDIATION_FOLLOWUP);

  agree (c, "2026-06-10");
  add_term (c, "赔偿医药费", "2026-06-20");
  add_term (c, "赔礼道歉", "2026-07-15");
  add_term (c, "今后互不干扰", "");
  cw_mediation_case_set (c, CW_CASE_OUTCOME, "success");
  cw_mediation_case_set (c, CW_CASE_CLOSED_ON, "2026-06-10");
  save_ok (f, c);

  assert_board (f, "2026-07-02", c, "");
  assert_board (f, "2026-07-03", c, "confirm 2026-07-10 7");
  assert_board (f, "2026-07-10", c, "confirm 2026-07-10 0; followup 2026-07-15 5");
  assert_board (f, "2026-07-11", c, "followup 2026-07-15 4");
  assert_board (f, "2026-07-20", c, "followup 2026-07-15 -5");

  /* Day 31 is too late for the court. */
  cw_mediation_case_set (c, CW_CASE_CONFIRM_APPLIED, "2026-07-11");
  cw_mediation_case_set (c, CW_CASE_CONFIRM_COURT, "青山县人民法院");
  save_refused (f, c, CW_ERROR_REFUSED, "2026-07-10");
  cw_mediation_case_set (c, CW_CASE_CONFIRM_APPLIED, "2026-07-10");
  save_ok (f, c);
  assert_board (f, "2026-07-10", c, "followup 2026-07-15 5");

  cw_mediation_row_set (followup, CW_FOLLOWUP_VISITED_ON, "2026-07-16");
  cw_mediation_row_set (followup, CW_FOLLOWUP_VISITOR, "李调解");
  cw_mediation_row_set (followup, CW_FOLLOWUP_PERFORMED, "full");
  cw_mediation_row_set (followup, CW_FOLLOWUP_SATISFACTION, "satisfied");
  cw_mediation_case_add_row (c, followup);
  save_ok (f, c);
  assert_board (f, "2026-07-20", c, "");

  /* An oral agreement: no court window; follow-up 15 days after 06-05. */
  cw_mediation_case_set (oral, CW_CASE_AGREEMENT, "oral");
  cw_mediation_case_set (oral, CW_CASE_EFFECTIVE_DATE, "2026-06-05");
  add_term (oral, "李四当日归还借用的农具", "");
  cw_mediation_case_set (oral, CW_CASE_OUTCOME, "success");
  cw_mediation_case_set (oral, CW_CASE_CLOSED_ON, "2026-06-05");
  save_ok (f, oral);
  assert_board (f, "2026-06-18", oral, "followup 2026-06-20 2");
  cw_mediation_case_set (oral, CW_CASE_CONFIRM_APPLIED, "2026-06-10");
  cw_mediation_case_set (oral, CW_CASE_CONFIRM_COURT, "青山县人民法院");
  save_refused (f, oral, CW_ERROR_REFUSED, "written");
}

static void
close_case (Fixture    *f,
            const char *intake,
            const char *type,
            const char *outcome,
            const char *agreed)
{
  g_autoptr(CwMediationCase) c = saved_case (f, intake, "application", type);

  if (g_str_equal (outcome, "success"))
    {
      agree (c, intake);
      add_term (c, "按约履行", "");
      cw_mediation_case_set (c, CW_CASE_AGREED, agreed);
    }
  else if (g_str_equal (outcome, "failure"))
    cw_mediation_case_set (c, CW_CASE_NEXT_STEP, "lawsuit");
  else if (g_str_equal (outcome, "terminated"))
    cw_mediation_case_set (c, CW_CASE_OUTCOME_NOTE, "当事人撤回");
  if (outcome[0] != '\0')
    {
      cw_mediation_case_set (c, CW_CASE_OUTCOME, outcome);
      cw_mediation_case_set (c, CW_CASE_CLOSED_ON, intake);
    }
  if (g_str_equal (type, "劳动争议"))
    cw_mediation_case_set (c, CW_CASE_RISK_CRIMINAL, "1");
  save_ok (f, c);
}

/* 2026 Q1: 邻里 success 1000 + success 500.50 (民转刑 risk on a 劳动争议
 * success, 2 persons), 合同 failure, 邻里 terminated, 婚姻家庭 open; Q2: 劳动争议
 * success 200 (the risky one). Year: 4 successes, 1 failure → 80 %;
 * Q1 alone: 2 ÷ 3 = 66.7 %. */
static void
test_statistics (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CwMediationStats) year = NULL;
  g_autoptr(CwMediationStats) q1 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rate = NULL;

  close_case (f, "2026-01-10", "邻里", "success", "1000");
  close_case (f, "2026-02-10", "邻里", "success", "500.50");
  close_case (f, "2026-02-11", "合同", "failure", "");
  close_case (f, "2026-03-11", "邻里", "terminated", "");
  close_case (f, "2026-03-31", "婚姻家庭", "", "");
  close_case (f, "2026-04-01", "劳动争议", "success", "200");
  close_case (f, "2026-05-01", "损害赔偿", "success", "0");
  close_case (f, "2027-01-01", "邻里", "failure", "");

  year = cw_mediation_stats_for (f->db, 2026, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (year->received, ==, 7);
  g_assert_cmpuint (year->success, ==, 4);
  g_assert_cmpuint (year->failure, ==, 1);
  g_assert_cmpuint (year->terminated, ==, 1);
  g_assert_cmpuint (year->open, ==, 1);
  g_assert_cmpint (year->agreed_fen, ==, 170050);
  g_assert_cmpuint (year->criminal_cases, ==, 1);
  g_assert_cmpuint (year->criminal_persons, ==, 2);
  rate = cw_mediation_format_rate (cw_mediation_stats_success_rate (year));
  g_assert_cmpstr (rate, ==, "80.0%");

  /* By type, in the list's order: 婚姻家庭 1, 邻里 3, 合同 1, … 损害赔偿 1,
   * 劳动争议 1, the other ten 0. */
  g_assert_cmpuint (year->by_type->len, ==, 15);
  g_assert_cmpstr (g_array_index (year->by_type, CwMediationCount, 0).name, ==, "婚姻家庭");
  g_assert_cmpuint (g_array_index (year->by_type, CwMediationCount, 0).cases, ==, 1);
  g_assert_cmpuint (g_array_index (year->by_type, CwMediationCount, 1).cases, ==, 3);
  g_assert_cmpuint (g_array_index (year->by_type, CwMediationCount, 3).cases, ==, 1);
  g_assert_cmpuint (g_array_index (year->by_type, CwMediationCount, 5).cases, ==, 1);
  g_assert_cmpuint (g_array_index (year->by_type, CwMediationCount, 9).cases, ==, 1);
  g_assert_cmpuint (g_array_index (year->by_type, CwMediationCount, 2).cases, ==, 0);
  g_assert_cmpstr (g_array_index (year->by_source, CwMediationCount, 0).name, ==, "application");
  g_assert_cmpuint (g_array_index (year->by_source, CwMediationCount, 0).cases, ==, 7);

  q1 = cw_mediation_stats_for (f->db, 2026, 1, &error);
  g_assert_cmpuint (q1->received, ==, 5);
  g_clear_pointer (&rate, g_free);
  rate = cw_mediation_format_rate (cw_mediation_stats_success_rate (q1));
  g_assert_cmpstr (rate, ==, "66.7%");

  /* A retired type stays on its cases and in the figures that have it. */
  g_assert_true (cw_mediation_type_retire (f->db, "劳动争议", &error));
  cw_mediation_stats_free (g_steal_pointer (&year));
  year = cw_mediation_stats_for (f->db, 2026, 0, &error);
  g_assert_cmpuint (year->by_type->len, ==, 15);
  g_assert_cmpstr (g_array_index (year->by_type, CwMediationCount, 14).name, ==, "劳动争议");
  g_assert_true (cw_mediation_type_add (f->db, "土地流转", &error));
  {
    g_auto(GStrv) types = cw_mediation_types (f->db, FALSE, &error);

    g_assert_cmpuint (g_strv_length (types), ==, 15);
    g_assert_cmpstr (types[14], ==, "土地流转");
  }
}

/* Saving a case is one change: Undo puts the case and its rows back. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CwMediationCase) c = saved_case (f, "2026-08-01", "application", "邻里");
  g_autoptr(CwMediationCase) back = NULL;
  g_autoptr(CwMediationRow) session = cw_mediation_row_new (CW_MEDIATION_SESSION);
  g_autoptr(GError) error = NULL;

  cw_mediation_row_set (session, CW_SESSION_HELD_ON, "2026-08-03");
  cw_mediation_row_set (session, CW_SESSION_PLACE, "村调解室");
  cw_mediation_case_add_row (c, session);
  cw_mediation_case_set (c, CW_CASE_SUMMARY, "改过的摘要");
  save_ok (f, c);
  g_assert_true (cw_audit_undo (f->db, cw_database_get_last_change (f->db), &error));
  g_assert_no_error (error);
  back = cw_mediation_case_load (f->db, cw_mediation_case_get_id (c), &error);
  g_assert_cmpstr (cw_mediation_case_get (back, CW_CASE_SUMMARY), ==, "宅基地边界争议");
  g_assert_cmpuint (cw_mediation_case_get_rows (back, CW_MEDIATION_SESSION)->len, ==, 0);
}

/* The demo village: two years of cases in every state, numbered without a
 * gap in each year, with agreements, follow-ups, a petition, an extension
 * and a 司法确认. */
static void
test_demo (void)
{
  g_auto(CwTestDir) dir = cw_test_dir_new ();
  g_autoptr(CwDatabase) db = cw_test_database_new (dir, TRUE);

  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM mediation_case", 0), >=, 50);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(DISTINCT year) FROM mediation_case", 0), ==, 2);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM (SELECT year FROM mediation_case GROUP BY year "
                                              "HAVING max(seq) <> count(*))", -1), ==, 0);
  for (guint i = 0; i < 4; i++)
    {
      static const char * const states[] = {
        "outcome IS NULL", "outcome = 'success'", "outcome = 'failure'", "outcome = 'terminated'",
      };
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM mediation_case WHERE %s", states[i]);

      g_assert_cmpint (cw_database_query_int (db, sql, 0), >, 0);
    }
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM mediation_case WHERE agreement = 'oral'", 0), >, 0);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM mediation_followup", 0), >, 0);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM mediation_case WHERE source = 'petition'", 0), >, 0);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM mediation_extension", 0), >, 0);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM mediation_case WHERE confirm_applied IS NOT NULL", 0),
                   >, 0);
  g_assert_cmpint (cw_database_query_int (db, "SELECT count(*) FROM mediation_party WHERE person_id IS NOT NULL", 0), >, 0);

  /* The Overview: the open cases, and the board's late lines (the demo
   * has cases left open for months). */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CwSummary) summary = cw_summary_load (db, &error);
    GPtrArray *counts = cw_summary_get_counts (summary);
    GPtrArray *attention = cw_summary_get_attention (summary);
    gboolean counted = FALSE, warned = FALSE;

    g_assert_no_error (error);
    for (guint i = 0; i < counts->len; i++)
      {
        CwSummaryCount *count = counts->pdata[i];

        if (g_strcmp0 (count->page, "mediation") == 0)
          {
            g_assert_cmpint (count->value, ==,
                             cw_database_query_int (db, "SELECT count(*) FROM mediation_case WHERE outcome IS NULL", -1));
            counted = TRUE;
          }
      }
    for (guint i = 0; i < attention->len; i++)
      {
        CwSummaryAttention *item = attention->pdata[i];

        if (g_strcmp0 (item->page, "mediation") == 0 && item->severity == CW_SUMMARY_WARNING)
          {
            g_assert_nonnull (strstr (item->detail, "人调字第"));
            warned = TRUE;
          }
      }
    g_assert_true (counted);
    g_assert_true (warned);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add ("/mediation/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  g_test_add_func ("/mediation/numbers", test_numbers);
  ADD ("numbering", test_numbering);
  ADD ("two-writers", test_two_writers);
  ADD ("parties", test_parties);
  ADD ("outcomes", test_outcomes);
  ADD ("settle-deadline", test_settle_deadline);
  ADD ("petition-deadlines", test_petition_deadlines);
  ADD ("agreement-deadlines", test_agreement_deadlines);
  ADD ("statistics", test_statistics);
  ADD ("undo", test_undo);
  g_test_add_func ("/mediation/demo", test_demo);
#undef ADD

  return g_test_run ();
}

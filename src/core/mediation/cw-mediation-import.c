/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-import"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/common/cw-import-problems.h"
#include "core/common/cw-text.h"
#include "core/mediation/cw-mediation-import.h"
#include "core/mediation/cw-mediation-private.h"

enum {
  COL_NO,
  COL_NUMBER,
  COL_INTAKE,
  COL_SOURCE,
  COL_TYPE,
  COL_RISK,
  COL_CRIMINAL,
  COL_GROUP,
  COL_APPLICANTS,
  COL_APPLICANT_IDS,
  COL_APPLICANT_PHONES,
  COL_RESPONDENTS,
  COL_RESPONDENT_IDS,
  COL_RESPONDENT_PHONES,
  COL_SUMMARY,
  COL_REQUEST,
  COL_MEDIATORS,
  COL_RECORDER,
  COL_AMOUNT,
  COL_OUTCOME,
  COL_CLOSED_ON,
  COL_AGREEMENT,
  COL_EFFECTIVE,
  COL_TERMS,
  COL_DEADLINE,
  COL_AGREED,
  COL_NEXT_STEP,
  COL_NOTE,
  COL_FOLLOWED_UP,
  COL_VISITOR,
  COL_PERFORMED,
  COL_SATISFACTION,
  COL_CONFIRM_APPLIED,
  COL_CONFIRM_COURT,
  COL_CONFIRM_RESULT,
  N_COLUMNS
};

/* As the ledger export (cw-mediation-export.c) heads its columns in
 * Chinese; its English headers are aliases, so that a ledger exported in
 * either language comes back as the same cases. */
static const char * const column_names[] = {
  "序号", "案号", "受理日期", "案件来源", "纠纷类型", "风险等级", "民转刑风险", "群体性上访风险", "申请人", "申请人身份证号",
  "申请人联系电话", "被申请人", "被申请人身份证号", "被申请人联系电话", "纠纷简要情况", "申请事项", "调解员", "记录人", "涉及金额",
  "调解结果", "结案日期", "协议形式", "协议生效日期", "协议内容", "履行期限", "协议金额", "后续处理", "备注", "回访日期", "回访人",
  "履行情况", "满意度", "申请司法确认日期", "确认法院", "确认结果",
  NULL
};

/* Earlier exports headed some columns otherwise (编号, 纠纷简况, 回访日期,
 * 司法确认材料, and 身份证号 and 联系电话 after each side): those are aliases
 * too, the first 身份证号 and 联系电话 the applicants'. */
static const CwImportColumn column_table[N_COLUMNS] = {
  [COL_NO] = { CW_IMPORT_COLUMN_FORM, CW_IMPORT_ALIASES ("No.") },
  [COL_NUMBER] = { CW_IMPORT_COLUMN_KEY, CW_IMPORT_ALIASES ("编号", "案件编号", "调解案号", "卷号", "Number") },
  [COL_INTAKE] = { CW_IMPORT_COLUMN_REQUIRED,
                   CW_IMPORT_ALIASES ("受理时间", "登记日期", "收案日期", "申请日期", "受理", "Received") },
  [COL_SOURCE] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("来源", "纠纷来源", "受理方式", "Source") },
  [COL_TYPE] = { CW_IMPORT_COLUMN_REQUIRED | CW_IMPORT_COLUMN_REPEATS | CW_IMPORT_COLUMN_KEY,
                 CW_IMPORT_ALIASES ("类型", "案件类型", "纠纷类别", "纠纷种类", "Type") },
  [COL_RISK] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("风险", "风险程度", "Risk") },
  [COL_CRIMINAL] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("民转刑", "防止民转刑", "可能民转刑", "Could turn criminal") },
  [COL_GROUP] = { CW_IMPORT_COLUMN_REPEATS,
                  CW_IMPORT_ALIASES ("群体性上访", "防止群体性上访", "可能群体性上访", "Could become a group petition") },
  [COL_APPLICANTS] = { CW_IMPORT_COLUMN_REQUIRED,
                       CW_IMPORT_ALIASES ("申请人姓名", "当事人", "当事人（申请人）", "Applicants") },
  [COL_APPLICANT_IDS] = { 0, CW_IMPORT_ALIASES ("申请人身份证号码", "身份证号", "身份证号码", "Applicants’ ID numbers") },
  [COL_APPLICANT_PHONES] = { 0, CW_IMPORT_ALIASES ("申请人电话", "联系电话", "电话", "Applicants’ phones") },
  [COL_RESPONDENTS] = { 0, CW_IMPORT_ALIASES ("被申请人姓名", "对方当事人", "当事人（被申请人）", "Respondents") },
  [COL_RESPONDENT_IDS] = { 0, CW_IMPORT_ALIASES ("被申请人身份证号码", "Respondents’ ID numbers") },
  [COL_RESPONDENT_PHONES] = { 0, CW_IMPORT_ALIASES ("被申请人电话", "Respondents’ phones") },
  [COL_SUMMARY] = { CW_IMPORT_COLUMN_REQUIRED,
                    CW_IMPORT_ALIASES ("纠纷简况", "简要案情", "纠纷概要", "纠纷摘要", "案情摘要", "纠纷事由", "纠纷情况", "主要事实",
                                       "纠纷", "Dispute") },
  [COL_REQUEST] = { 0, CW_IMPORT_ALIASES ("请求事项", "当事人请求", "争议焦点", "Request") },
  [COL_MEDIATORS] = { 0, CW_IMPORT_ALIASES ("调解人员", "调解人", "主持人", "Mediators") },
  [COL_RECORDER] = { 0, CW_IMPORT_ALIASES ("记录员", "Recorder") },
  [COL_AMOUNT] = { 0, CW_IMPORT_ALIASES ("涉案金额", "标的额", "争议金额", "Amount involved") },
  [COL_OUTCOME] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("结果", "调解情况", "处理结果", "Outcome") },
  [COL_CLOSED_ON] = { 0, CW_IMPORT_ALIASES ("办结日期", "调结日期", "结案时间", "Closed on") },
  [COL_AGREEMENT] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("协议类型", "协议方式", "Agreement") },
  [COL_EFFECTIVE] = { 0, CW_IMPORT_ALIASES ("生效日期", "协议生效时间", "Agreement takes effect") },
  [COL_TERMS] = { 0, CW_IMPORT_ALIASES ("协议条款", "协议主要内容", "调解协议", "Terms") },
  [COL_DEADLINE] = { 0, CW_IMPORT_ALIASES ("履行期", "履行日期", "Perform by") },
  [COL_AGREED] = { 0, CW_IMPORT_ALIASES ("协议涉及金额", "调解金额", "Amount agreed") },
  [COL_NEXT_STEP] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("下一步", "去向", "未调结去向", "Next step") },
  [COL_NOTE] = { 0, CW_IMPORT_ALIASES ("终止原因", "说明", "Note") },
  [COL_FOLLOWED_UP] = { 0, CW_IMPORT_ALIASES ("回访时间", "Followed up") },
  [COL_VISITOR] = { 0, CW_IMPORT_ALIASES ("回访人员", "Visitor") },
  [COL_PERFORMED] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("协议履行情况", "Performed") },
  [COL_SATISFACTION] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("当事人满意度", "是否满意", "Satisfaction") },
  [COL_CONFIRM_APPLIED] = { 0, CW_IMPORT_ALIASES ("司法确认申请日期", "司法确认日期", "司法确认材料", "司法确认",
                                                  "Confirmation applied") },
  [COL_CONFIRM_COURT] = { 0, CW_IMPORT_ALIASES ("司法确认法院", "受理法院", "Court") },
  [COL_CONFIRM_RESULT] = { CW_IMPORT_COLUMN_REPEATS, CW_IMPORT_ALIASES ("司法确认结果", "Court’s decision") },
};

/* The words ledgers use beside the register's own terms. */
typedef struct
{
  const char *what;
  const char *word;
  const char *code;
} Word;

static const Word ledger_words[] = {
  { "source", "申请", "application" },
  { "source", "当事人申请调解", "application" },
  { "source", "主动", "initiative" },
  { "source", "排查", "initiative" },
  { "source", "公安", "police" },
  { "source", "派出所移交", "police" },
  { "source", "法院", "court" },
  { "source", "政府", "government" },
  { "source", "部门指定", "government" },
  { "source", "信访", "petition" },
  { "outcome", "成功", "success" },
  { "outcome", "调结", "success" },
  { "outcome", "已调结", "success" },
  { "outcome", "不成功", "failure" },
  { "outcome", "调解不成功", "failure" },
  { "outcome", "未成功", "failure" },
  { "outcome", "失败", "failure" },
  { "outcome", "调解失败", "failure" },
  { "outcome", "终止调解", "terminated" },
  { "agreement", "口头", "oral" },
  { "agreement", "书面", "written" },
  { "agreement", "协议书", "written" },
  { "next-step", "诉讼", "lawsuit" },
  { "next-step", "起诉", "lawsuit" },
  { "next-step", "申请仲裁", "arbitration" },
  { "next-step", "转交", "transfer" },
  { "next-step", "移送", "transfer" },
};

/* A flag's cell: yes, no (or empty). */
static const char * const yes_words[] = { "是", "有", "√", "✓", "1", "Y", "Yes", NULL };
static const char * const no_words[] = { "否", "无", "没有", "×", "0", "N", "No", NULL };

/* Words that leave a case open. */
static const char * const open_words[] = { "调解中", "在调", "正在调解", "未结", "未调结", "Open", NULL };

/* The code @text names, or NULL (with @problem set). "" is @empty. */
static const char *
code_of (const char  *what,
         const char  *text,
         const char  *empty,
         guint        column,
         char       **problem)
{
  g_autofree char *clean = cw_text_clean_line (text);
  const char *code;

  if (clean[0] == '\0')
    return empty;
  code = cw_mediation_code_from_text (what, clean);
  for (guint i = 0; code == NULL && i < G_N_ELEMENTS (ledger_words); i++)
    if (g_str_equal (ledger_words[i].what, what) && g_str_equal (ledger_words[i].word, clean))
      code = ledger_words[i].code;
  if (code == NULL)
    *problem = g_strdup_printf (_("%s: “%s” is not one of the choices."), column_names[column], clean);
  return code;
}

/* A date cell as "YYYY-MM-DD", "" when empty; NULL with @problem set. */
static char *
cell_date (const char  *text,
           guint        column,
           char       **problem)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = cw_text_clean_line (text);
  GDate date;

  if (clean[0] == '\0')
    return g_strdup ("");
  if (!cw_date_parse_cell (clean, &date, &error))
    {
      *problem = g_strdup_printf (_("%s: %s"), column_names[column], error->message);
      return NULL;
    }
  return cw_date_format (&date);
}

/* A list cell's items, the empty ones left out: parted by @separators (a
 * regex class). Names are cleaned as keys are; free text (an agreement's
 * terms) only trimmed, its full-width punctuation kept. */
static GStrv
cell_items (const char *text,
            const char *separators,
            gboolean    names)
{
  g_auto(GStrv) parts = g_regex_split_simple (separators, text, 0, 0);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *clean = names ? cw_text_clean_line (parts[i]) : g_strstrip (g_strdup (parts[i]));

      if (clean[0] != '\0')
        g_strv_builder_add (kept, clean);
    }
  return g_strv_builder_end (kept);
}

/* Names: parted by 、 ; ； or a line break. */
static GStrv
cell_list (const char *text)
{
  return cell_items (text, "[、;；\\n]", TRUE);
}

/* A flag's cell as "1" or "0"; NULL with @problem set. */
static const char *
cell_flag (const char  *text,
           guint        column,
           char       **problem)
{
  g_autofree char *clean = cw_text_clean_line (text);

  if (clean[0] == '\0')
    return "0";
  for (guint i = 0; yes_words[i] != NULL; i++)
    if (g_ascii_strcasecmp (clean, yes_words[i]) == 0)
      return "1";
  for (guint i = 0; no_words[i] != NULL; i++)
    if (g_ascii_strcasecmp (clean, no_words[i]) == 0)
      return "0";
  *problem = g_strdup_printf (_("%s: write 是 or 否, not “%s”."), column_names[column], clean);
  return NULL;
}

/* A number the ledger printed masked (4301**********1234, 138****5678):
 * what is left of it names nobody, and is never stored as if it did. */
static gboolean
is_masked (const char *number)
{
  return strchr (number, '*') != NULL || strstr (number, "＊") != NULL;
}

/* A side's ID numbers or phones, one per party in the parties' order,
 * parted as the names are; an empty item is a party without one. NULL
 * with @problem set when they do not match the parties one for one. */
static GStrv
cell_numbers (const char  *text,
              guint        n_parties,
              guint        column,
              char       **problem)
{
  g_autofree char *clean = cw_text_clean_line (text);
  g_auto(GStrv) items = NULL;

  if (clean[0] == '\0')
    return g_new0 (char *, 1);
  items = g_regex_split_simple ("[、;；\\n]", clean, 0, 0);
  if (g_strv_length (items) != n_parties)
    {
      *problem = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%s: %u numbers for %u party; write one for each party, in the order of "
                                               "the names, parted by 、 (an empty place for a party without one).",
                                               "%s: %u numbers for %u parties; write one for each party, in the order "
                                               "of the names, parted by 、 (an empty place for a party without one).",
                                               n_parties),
                                  column_names[column], g_strv_length (items), n_parties);
      return NULL;
    }
  for (guint i = 0; items[i] != NULL; i++)
    g_strstrip (items[i]);
  return g_steal_pointer (&items);
}

/* FALSE, with @local's message as the row's problem when it is about
 * the row; otherwise the register could not be read, which is no row's
 * fault: @local becomes @error, and the import stops. */
static gboolean
row_problem (GError **local,
             char   **problem,
             GError **error)
{
  if (cw_error_is_about_input (*local))
    *problem = g_strdup ((*local)->message);
  else
    g_propagate_error (error, g_steal_pointer (local));
  return FALSE;
}

/* The ID number of a side's party, unless masked (then *@masked counts
 * it): a person of the register has that number, and an outsider of the
 * same name given one becomes that person. FALSE with @problem set, or
 * with @error when the register cannot be read. */
static gboolean
party_id_number (CwDatabase      *db,
                 CwMediationRow  *party,
                 const char      *typed,
                 const char      *on,
                 guint            column,
                 guint           *masked,
                 char           **problem,
                 GError         **fatal)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id_number = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *name = cw_mediation_row_get (party, CW_PARTY_NAME);
  int rc;

  if (typed[0] == '\0')
    return TRUE;
  if (is_masked (typed))
    {
      (*masked)++;
      return TRUE;
    }
  if (!cw_id_number_normalize (typed, &id_number, &error))
    {
      *problem = g_strdup_printf (_("%s: %s"), column_names[column], error->message);
      return FALSE;
    }
  if (cw_mediation_row_get (party, CW_PARTY_PERSON_ID)[0] != '\0')
    {
      if (g_str_equal (cw_mediation_row_get (party, CW_PARTY_ID_NUMBER), id_number))
        return TRUE;
      *problem = g_strdup_printf (_("%s: the register has another ID number for %s."), column_names[column], name);
      return FALSE;
    }
  stmt = cw_database_prepare (db, "SELECT id, name FROM person WHERE id_number = ?1", fatal);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id_number, -1, SQLITE_STATIC);
  /* A register that cannot be read stops the import, never "no one has
   * the number". */
  if ((rc = cw_database_step_one (db, stmt, fatal)) == SQLITE_ERROR)
    return FALSE;
  if (rc == SQLITE_DONE)
    {
      *problem = g_strdup_printf (_("%s: no one in the register has the ID number %s. The register keeps the ID numbers "
                                    "of its own persons only: import their household first, or leave the number out."),
                                  column_names[column], id_number);
      return FALSE;
    }
  if (!g_str_equal ((const char *) sqlite3_column_text (stmt, 1), name))
    {
      *problem = g_strdup_printf (_("%s: the ID number %s is %s’s in the register, not %s’s."), column_names[column],
                                  id_number, (const char *) sqlite3_column_text (stmt, 1), name);
      return FALSE;
    }
  if (!cw_mediation_party_fill_from_person (db, party, sqlite3_column_int64 (stmt, 0), on, &error))
    return row_problem (&error, problem, fatal);
  return TRUE;
}

/* The phone of a side's party, unless masked: an outsider's is stored, a
 * person of the register keeps the register's. */
static gboolean
party_phone (CwMediationRow  *party,
             const char      *typed,
             guint            column,
             guint           *masked,
             char           **problem)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *phone = NULL;
  const char *held = cw_mediation_row_get (party, CW_PARTY_PHONE);

  if (typed[0] == '\0')
    return TRUE;
  if (is_masked (typed))
    {
      (*masked)++;
      return TRUE;
    }
  if (!cw_phone_normalize (typed, &phone, &error))
    {
      *problem = g_strdup_printf (_("%s: %s"), column_names[column], error->message);
      return FALSE;
    }
  if (g_str_equal (held, phone))
    return TRUE;
  if (cw_mediation_row_get (party, CW_PARTY_PERSON_ID)[0] != '\0')
    {
      *problem = g_strdup_printf (_("%s: the register has %s’s phone as “%s”; a person of the register keeps the "
                                    "register’s phone: change it there, or write it here as the register has it."),
                                  column_names[column], cw_mediation_row_get (party, CW_PARTY_NAME), held);
      return FALSE;
    }
  if (held[0] != '\0')
    {
      *problem = g_strdup_printf (_("%s: %s has the phone %s beside the name already."), column_names[column],
                                  cw_mediation_row_get (party, CW_PARTY_NAME), held);
      return FALSE;
    }
  cw_mediation_row_set (party, CW_PARTY_PHONE, phone);
  return TRUE;
}

/* A side's parties, with their ID numbers and phones. FALSE with
 * @problem set, or with @fatal when the register cannot be read. */
static gboolean
add_parties (CwDatabase        *db,
             CwMediationCase   *mediation_case,
             const char        *side,
             const char * const *fields,
             guint              names_column,
             guint             *masked,
             char             **problem,
             GError           **fatal)
{
  g_auto(GStrv) names = cell_list (fields[names_column]);
  guint n = g_strv_length (names);
  const char *on = cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE);
  g_auto(GStrv) ids = cell_numbers (fields[names_column + 1], n, names_column + 1, problem);
  g_auto(GStrv) phones = ids != NULL ? cell_numbers (fields[names_column + 2], n, names_column + 2, problem) : NULL;

  if (phones == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CwMediationRow) party = cw_mediation_party_from_text (db, side, names[i], on, &error);

      if (party == NULL)
        return row_problem (&error, problem, fatal);
      if ((ids[0] != NULL && !party_id_number (db, party, ids[i], on, names_column + 1, masked, problem, fatal)) ||
          (phones[0] != NULL && !party_phone (party, phones[i], names_column + 2, masked, problem)))
        return FALSE;
      cw_mediation_case_add_row (mediation_case, party);
    }
  return TRUE;
}

/* The agreement of a settled case: its terms, form and effective date. */
static gboolean
add_agreement (CwMediationCase    *mediation_case,
               const CwImportRow  *row,
               char              **problem)
{
  const char * const *fields = row->fields;
  /* A term may enumerate with 、: only ； and line breaks part terms. */
  g_auto(GStrv) terms = cell_items (fields[COL_TERMS], "[;；\\n]", FALSE);
  g_autofree char *deadline = NULL;
  g_autofree char *effective = NULL;
  const char *form;

  if (terms[0] == NULL)
    {
      *problem = g_strdup_printf (_("A settled case needs its agreement: write its terms in the column “%s”."),
                                  column_names[COL_TERMS]);
      return FALSE;
    }
  if ((form = code_of ("agreement", fields[COL_AGREEMENT], "oral", COL_AGREEMENT, problem)) == NULL ||
      (deadline = cell_date (fields[COL_DEADLINE], COL_DEADLINE, problem)) == NULL ||
      (effective = cell_date (fields[COL_EFFECTIVE], COL_EFFECTIVE, problem)) == NULL)
    return FALSE;
  cw_mediation_case_set (mediation_case, CW_CASE_AGREEMENT, form);
  cw_mediation_case_set (mediation_case, CW_CASE_EFFECTIVE_DATE,
                         effective[0] != '\0' ? effective : cw_mediation_case_get (mediation_case, CW_CASE_CLOSED_ON));
  cw_mediation_case_set (mediation_case, CW_CASE_AGREED, fields[COL_AGREED]);
  if (g_str_equal (form, "written"))
    {
      cw_mediation_case_set (mediation_case, CW_CASE_FACTS, cw_mediation_case_get (mediation_case, CW_CASE_SUMMARY));
      cw_mediation_case_set (mediation_case, CW_CASE_ISSUES, cw_mediation_case_get (mediation_case, CW_CASE_REQUEST));
    }
  for (guint i = 0; terms[i] != NULL; i++)
    {
      g_autoptr(CwMediationRow) term = cw_mediation_row_new (CW_MEDIATION_TERM);

      cw_mediation_row_set (term, CW_TERM_CONTENT, terms[i]);
      cw_mediation_row_set (term, CW_TERM_DEADLINE, deadline);
      cw_mediation_case_add_row (mediation_case, term);
    }
  return TRUE;
}

/* The follow-up a ledger row records (the last one made): on its date, by
 * its visitor, with what was performed and how satisfied the parties
 * were; none of it made up when the ledger leaves it out. */
static gboolean
add_followup (CwMediationCase    *mediation_case,
              const CwImportRow  *row,
              char              **problem)
{
  const char * const *fields = row->fields;
  g_autofree char *visited = cell_date (fields[COL_FOLLOWED_UP], COL_FOLLOWED_UP, problem);
  g_autoptr(CwMediationRow) followup = NULL;
  const char *performed, *satisfaction;

  if (visited == NULL)
    return FALSE;
  if (visited[0] == '\0')
    {
      for (guint column = COL_VISITOR; column <= COL_SATISFACTION; column++)
        if (fields[column][0] != '\0')
          {
            *problem = g_strdup_printf (_("%s: give the date of the follow-up the column “%s” tells of."),
                                        column_names[COL_FOLLOWED_UP], column_names[column]);
            return FALSE;
          }
      return TRUE;
    }
  for (guint column = COL_VISITOR; column <= COL_SATISFACTION; column++)
    if (fields[column][0] == '\0')
      {
        *problem = g_strdup_printf (_("%s: a follow-up is recorded with its visitor, what was performed and how "
                                      "satisfied the parties were; the column “%s” is empty."),
                                    column_names[COL_FOLLOWED_UP], column_names[column]);
        return FALSE;
      }
  if ((performed = code_of ("performed", fields[COL_PERFORMED], "", COL_PERFORMED, problem)) == NULL ||
      (satisfaction = code_of ("satisfaction", fields[COL_SATISFACTION], "", COL_SATISFACTION, problem)) == NULL)
    return FALSE;
  followup = cw_mediation_row_new (CW_MEDIATION_FOLLOWUP);
  cw_mediation_row_set (followup, CW_FOLLOWUP_VISITED_ON, visited);
  cw_mediation_row_set (followup, CW_FOLLOWUP_VISITOR, fields[COL_VISITOR]);
  cw_mediation_row_set (followup, CW_FOLLOWUP_PERFORMED, performed);
  cw_mediation_row_set (followup, CW_FOLLOWUP_SATISFACTION, satisfaction);
  cw_mediation_case_add_row (mediation_case, followup);
  return TRUE;
}

/* Words a ledger writes under 司法确认 for a case that had none. */
static const char * const no_confirmation[] = { "无", "否", "未申请", "不申请", "—", "-", NULL };

/* 司法确认: applied on a date, to a court, and what the court decided. */
static gboolean
set_confirmation (CwMediationCase    *mediation_case,
                  const CwImportRow  *row,
                  char              **problem)
{
  const char * const *fields = row->fields;
  g_autofree char *typed = cw_text_clean_line (fields[COL_CONFIRM_APPLIED]);
  g_autofree char *applied = NULL;
  const char *result;

  if (g_strv_contains (no_confirmation, typed))
    applied = g_strdup ("");
  else if ((applied = cell_date (typed, COL_CONFIRM_APPLIED, problem)) == NULL)
    return FALSE;
  if ((result = code_of ("confirm-result", fields[COL_CONFIRM_RESULT], "", COL_CONFIRM_RESULT, problem)) == NULL)
    return FALSE;
  if (applied[0] == '\0' && fields[COL_CONFIRM_COURT][0] != '\0')
    {
      *problem = g_strdup_printf (_("%s: give the date the parties applied to %s."), column_names[COL_CONFIRM_APPLIED],
                                  fields[COL_CONFIRM_COURT]);
      return FALSE;
    }
  cw_mediation_case_set (mediation_case, CW_CASE_CONFIRM_APPLIED, applied);
  cw_mediation_case_set (mediation_case, CW_CASE_CONFIRM_COURT, fields[COL_CONFIRM_COURT]);
  cw_mediation_case_set (mediation_case, CW_CASE_CONFIRM_RESULT, result);
  return TRUE;
}

/* The case a row describes, checked by every rule of the register; NULL
 * with @problem set, or with @fatal when the register cannot be read.
 * Masked numbers, read and not stored, are counted in @masked. */
static CwMediationCase *
case_from_row (CwDatabase         *db,
               const CwImportRow  *row,
               guint              *masked,
               char              **problem,
               GError           **fatal)
{
  const char * const *fields = row->fields;
  g_autoptr(CwMediationCase) mediation_case = cw_mediation_case_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *intake = NULL;
  g_autofree char *closed = NULL;
  g_autofree char *outcome_text = cw_text_clean_line (fields[COL_OUTCOME]);
  g_auto(GStrv) mediators = cell_list (fields[COL_MEDIATORS]);
  g_autofree char *mediator_list = g_strjoinv ("、", mediators);
  g_autofree char *summary = g_strdup (fields[COL_SUMMARY]);
  g_autofree char *request = g_strdup (fields[COL_REQUEST]);
  const char *source, *outcome, *risk, *criminal, *group, *next_step = "";
  gboolean agreed;
  int year, seq;

  if ((intake = cell_date (fields[COL_INTAKE], COL_INTAKE, problem)) == NULL ||
      (closed = cell_date (fields[COL_CLOSED_ON], COL_CLOSED_ON, problem)) == NULL ||
      (source = code_of ("source", fields[COL_SOURCE], "application", COL_SOURCE, problem)) == NULL ||
      (risk = code_of ("risk-level", fields[COL_RISK], "ordinary", COL_RISK, problem)) == NULL ||
      (criminal = cell_flag (fields[COL_CRIMINAL], COL_CRIMINAL, problem)) == NULL ||
      (group = cell_flag (fields[COL_GROUP], COL_GROUP, problem)) == NULL)
    return NULL;
  outcome = g_strv_contains (open_words, outcome_text) ? ""
            : code_of ("outcome", outcome_text, "", COL_OUTCOME, problem);
  if (outcome == NULL ||
      (g_str_equal (outcome, "failure") &&
       (next_step = code_of ("next-step", fields[COL_NEXT_STEP], "", COL_NEXT_STEP, problem)) == NULL))
    return NULL;
  if (fields[COL_NUMBER][0] != '\0')
    {
      if (!cw_mediation_parse_number (fields[COL_NUMBER], &year, &seq, &error))
        {
          *problem = g_strdup (error->message);
          return NULL;
        }
      cw_mediation_case_set_number (mediation_case, 0, year, seq);
    }

  cw_mediation_case_set (mediation_case, CW_CASE_INTAKE_DATE, intake);
  cw_mediation_case_set (mediation_case, CW_CASE_SOURCE, source);
  cw_mediation_case_set (mediation_case, CW_CASE_TYPE, fields[COL_TYPE]);
  cw_mediation_case_set (mediation_case, CW_CASE_RISK_LEVEL, risk);
  cw_mediation_case_set (mediation_case, CW_CASE_RISK_CRIMINAL, criminal);
  cw_mediation_case_set (mediation_case, CW_CASE_RISK_GROUP, group);
  cw_mediation_case_set (mediation_case, CW_CASE_SUMMARY, g_strstrip (summary));
  cw_mediation_case_set (mediation_case, CW_CASE_REQUEST, g_strstrip (request));
  cw_mediation_case_set (mediation_case, CW_CASE_MEDIATORS, mediator_list);
  cw_mediation_case_set (mediation_case, CW_CASE_RECORDER, fields[COL_RECORDER]);
  cw_mediation_case_set (mediation_case, CW_CASE_AMOUNT, fields[COL_AMOUNT]);
  cw_mediation_case_set (mediation_case, CW_CASE_OUTCOME, outcome);
  cw_mediation_case_set (mediation_case, CW_CASE_CLOSED_ON, closed);
  cw_mediation_case_set (mediation_case, CW_CASE_NEXT_STEP, next_step);
  cw_mediation_case_set (mediation_case, CW_CASE_OUTCOME_NOTE, fields[COL_NOTE]);
  /* An agreement is recorded while a case is open or once it settled;
   * beside one that did not settle it would be lost on the way in. */
  agreed = g_str_equal (outcome, "success") || (outcome[0] == '\0' && fields[COL_TERMS][0] != '\0');
  if (!agreed && fields[COL_TERMS][0] != '\0')
    {
      *problem = g_strdup_printf (_("The column “%s” holds an agreement, but the case did not settle (%s)."),
                                  column_names[COL_TERMS], cw_mediation_label (outcome));
      return NULL;
    }
  if (!add_parties (db, mediation_case, "applicant", fields, COL_APPLICANTS, masked, problem, fatal) ||
      !add_parties (db, mediation_case, "respondent", fields, COL_RESPONDENTS, masked, problem, fatal) ||
      (agreed && !add_agreement (mediation_case, row, problem)) ||
      !add_followup (mediation_case, row, problem) ||
      !set_confirmation (mediation_case, row, problem))
    return NULL;
  if (!cw_mediation_case_validate (db, mediation_case, &error))
    {
      row_problem (&error, problem, fatal);
      return NULL;
    }
  return g_steal_pointer (&mediation_case);
}

/* One import: the case of every row (NULL where the row is refused or the
 * case is in the register already), and the problems found before
 * anything is written. */
typedef struct
{
  CwDatabase       *db;
  CwMediationCase **cases;
  gboolean         *unchanged;
  guint            *masked;       /* per row: numbers read masked, not stored */
  guint             n_rows;
  CwImportProblems *problems;
  GHashTable       *numbers;      /* "YEAR-N" → the line that numbers a case so */
  GHashTable       *last_seq;     /* year → the highest number taken, register and file */
} State;

static void
add_problem (State             *self,
             const CwImportRow *row,
             char              *message)
{
  cw_import_problems_add (self->problems, row, message);
}

/* The register's case of the same number, or without a number of the
 * same intake date, type and summary; 0 when none. */
static gint64
stored_case (State            *self,
             CwMediationCase  *mediation_case,
             gboolean          same,
             GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean numbered = cw_mediation_case_get_seq (mediation_case) > 0;
  int rc;

  stmt = cw_database_prepare (self->db, numbered
                              ? "SELECT id FROM mediation_case WHERE year = ?4 AND seq = ?5 AND (?6 = 0 OR "
                                "(intake_date = ?1 AND type = ?2 AND summary = ?3))"
                              : "SELECT id FROM mediation_case WHERE intake_date = ?1 AND type = ?2 AND summary = ?3",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, cw_mediation_case_get (mediation_case, CW_CASE_TYPE), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, cw_mediation_case_get (mediation_case, CW_CASE_SUMMARY), -1, SQLITE_STATIC);
  if (numbered)
    {
      sqlite3_bind_int (stmt, 4, cw_mediation_case_get_year (mediation_case));
      sqlite3_bind_int (stmt, 5, cw_mediation_case_get_seq (mediation_case));
      sqlite3_bind_int (stmt, 6, same);
    }
  if ((rc = cw_database_step_one (self->db, stmt, error)) != SQLITE_ROW)
    return rc == SQLITE_DONE ? 0 : -1;
  return sqlite3_column_int64 (stmt, 0);
}

/* The highest number taken in @year so far, by the register or the file;
 * NULL with @error when the register cannot be read. */
static int *
last_seq_of (State   *self,
             int      year,
             GError **error)
{
  int *last = g_hash_table_lookup (self->last_seq, GINT_TO_POINTER (year));

  if (last == NULL)
    {
      g_autoptr(sqlite3_stmt) stmt =
        cw_database_prepare (self->db, "SELECT coalesce(max(seq), 0) FROM mediation_case WHERE year = ?1", error);

      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int (stmt, 1, year);
      /* max() always has its row: anything else is a failed read. */
      if (cw_database_step_one (self->db, stmt, error) != SQLITE_ROW)
        return NULL;
      last = g_new0 (int, 1);
      *last = sqlite3_column_int (stmt, 0);
      g_hash_table_insert (self->last_seq, GINT_TO_POINTER (year), last);
    }
  return last;
}

/* A numbered row: its number free in the register and once in the file.
 * FALSE with @error when the register cannot be read. */
static gboolean
check_number (State              *self,
              const CwImportRow  *row,
              CwMediationCase    *mediation_case,
              GError            **error)
{
  int year = cw_mediation_case_get_year (mediation_case);
  int seq = cw_mediation_case_get_seq (mediation_case);
  g_autofree char *key = g_strdup_printf ("%d-%d", year, seq);
  guint earlier = GPOINTER_TO_UINT (g_hash_table_lookup (self->numbers, key));
  int *last = last_seq_of (self, year, error);
  gint64 same = 0, other = 0;

  if (last == NULL)
    return FALSE;
  if (earlier == 0 && (same = stored_case (self, mediation_case, TRUE, error)) == 0)
    other = stored_case (self, mediation_case, FALSE, error);
  if (same < 0 || other < 0)
    return FALSE;
  if (earlier != 0)
    add_problem (self, row, g_strdup_printf (_("Line %u has this case number too; a number names one case."),
                                             earlier));
  else if (same != 0)
    self->unchanged[row->index] = TRUE;
  else if (other != 0)
    add_problem (self, row, g_strdup_printf (_("The register already has case %d-%d, with another intake date, type "
                                               "or summary; give this row another number, or none."), year, seq));
  g_hash_table_insert (self->numbers, g_steal_pointer (&key), GUINT_TO_POINTER (row->line));
  *last = MAX (*last, seq);
  return TRUE;
}

static gboolean
begin_cases (CwImport  *import,
             gpointer   state,
             GError   **error)
{
  State *self = state;

  self->db = cw_import_get_database (import);
  self->n_rows = cw_import_get_n_rows (import);
  self->cases = g_new0 (CwMediationCase *, self->n_rows);
  self->unchanged = g_new0 (gboolean, self->n_rows);
  self->masked = g_new0 (guint, self->n_rows);
  self->problems = cw_import_problems_new ();
  self->numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->last_seq = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint i = 0; i < self->n_rows; i++)
    {
      const CwImportRow *row = cw_import_get_row (import, i);
      char *problem = NULL;

      /* The checking is most of the work: the progress bar moves with it. */
      if (!cw_import_checked (import, i, error))
        return FALSE;
      if (cw_import_get_read_problem (import, row) != NULL)
        {
          add_problem (self, row, g_strdup (cw_import_get_read_problem (import, row)));
          continue;
        }
      self->cases[i] = case_from_row (self->db, row, &self->masked[i], &problem, error);
      if (self->cases[i] == NULL && problem == NULL)
        return FALSE;
      if (self->cases[i] == NULL)
        add_problem (self, row, problem);
      else if (cw_mediation_case_get_seq (self->cases[i]) > 0)
        {
          if (!check_number (self, row, self->cases[i], error))
            return FALSE;
        }
      else
        {
          gint64 stored = stored_case (self, self->cases[i], TRUE, error);

          if (stored < 0)
            return FALSE;
          self->unchanged[i] = stored != 0;
        }
    }

  /* The rows without a number are numbered after every number the
   * register and the file hold, in file order: none skipped or taken
   * twice. */
  for (guint i = 0; i < self->n_rows; i++)
    if (self->cases[i] != NULL && !self->unchanged[i] && cw_mediation_case_get_seq (self->cases[i]) == 0)
      {
        int year = (int) g_ascii_strtoll (cw_mediation_case_get (self->cases[i], CW_CASE_INTAKE_DATE), NULL, 10);
        int *last = last_seq_of (self, year, error);

        if (last == NULL)
          return FALSE;
        cw_mediation_case_set_number (self->cases[i], 0, year, ++*last);
      }
  return cw_import_checked (import, self->n_rows, error);
}

static gboolean
write_case (CwImport            *import,
            const CwImportUnit  *unit,
            gpointer             verdict,
            gpointer             state,
            GError             **error)
{
  State *self = state;
  const CwImportRow *row = unit->rows[0];
  CwMediationCase *mediation_case = self->cases[row->index];
  g_autoptr(GError) row_error = NULL;

  if (!cw_import_problems_let_in (self->problems, import, row, NULL))
    return TRUE;
  if (self->unchanged[row->index])
    {
      cw_import_unchanged (import);
      return TRUE;
    }
  /* Checked in begin_cases(), by every rule cw_mediation_case_save()
   * checks; the file's own savepoint holds the case and its rows. */
  if (!cw_mediation_case_write (self->db, mediation_case, &row_error))
    return cw_import_refuse_row_for (import, row, NULL, g_steal_pointer (&row_error), error);
  cw_import_changed (import, "mediation_case");
  if (self->masked[row->index] > 0)
    cw_import_count (import, CW_MEDIATION_IMPORT_MASKED, self->masked[row->index]);
  return TRUE;
}

static void
end_cases (gpointer state)
{
  State *self = state;

  for (guint i = 0; self->cases != NULL && i < self->n_rows; i++)
    g_clear_object (&self->cases[i]);
  g_clear_pointer (&self->cases, g_free);
  g_clear_pointer (&self->unchanged, g_free);
  g_clear_pointer (&self->masked, g_free);
  g_clear_pointer (&self->problems, cw_import_problems_free);
  g_clear_pointer (&self->numbers, g_hash_table_unref);
  g_clear_pointer (&self->last_seq, g_hash_table_unref);
}

const CwImporter cw_mediation_case_importer = {
  .unit = "cases",
  .column_names = column_names,
  .columns = column_table,
  .unit_column = -1,
  .state_size = sizeof (State),
  .begin = begin_cases,
  .write = write_case,
  .end = end_cases,
};

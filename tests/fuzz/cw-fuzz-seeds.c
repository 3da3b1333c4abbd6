/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-fuzz"

#include "config.h"

#include <string.h>

#include "core/common/cw-id-number.h"
#include "core/common/cw-database-private.h"
#include "core/households/cw-roster-rows.h"
#include "core/mediation/cw-mediation-ledger.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-import.h"
#include "core/points/cw-point-rule.h"

#include "cw-fuzz.h"

/* The seeds are files as the office gets them: the register's own export
 * (the demo village's), and files typed by other offices, with other
 * column names and orders, title rows, quoted line breaks and the usual
 * mistakes. Each table is written the ways Excel, WPS, LibreOffice and
 * scripts save a sheet (write_table()). */

/* The demo roster's first households, not all of them: a fuzzer mutates
 * small inputs faster. */
#define DEMO_ROSTER_ROWS 30
#define DEMO_ENTRIES 30
#define DEMO_CASES 20

typedef GPtrArray Table;   /* of GStrv, the first the header */

typedef struct
{
  CwFuzzSeedFunc func;
  gpointer       user_data;
} Seeds;

static Table *
table_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

static void
table_add (Table      *table,
           const char *first,
           ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;

  va_start (args, first);
  for (const char *field = first; field != NULL; field = va_arg (args, const char *))
    g_strv_builder_add (builder, field);
  va_end (args);
  g_ptr_array_add (table, g_strv_builder_end (builder));
}

/* @n fields, or up to a NULL when @n is -1. */
static void
table_add_strv (Table              *table,
                const char * const *fields,
                int                 n)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (int i = 0; n < 0 ? fields[i] != NULL : i < n; i++)
    g_strv_builder_add (builder, fields[i]);
  g_ptr_array_add (table, g_strv_builder_end (builder));
}

/* RFC 4180, as Excel writes it: quoted when a field needs it. */
static void
append_field (GString    *out,
              const char *field,
              char        separator)
{
  if (strpbrk (field, "\"\r\n") == NULL && strchr (field, separator) == NULL)
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
emit (Seeds      *seeds,
      const char *name,
      const char *data,
      gsize       size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  seeds->func (name, bytes, seeds->user_data);
}

/* @text in @charset (NULL: UTF-8), after @bom. */
static void
emit_text (Seeds      *seeds,
           const char *name,
           const char *text,
           const char *charset,
           const char *bom,
           gsize       bom_size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new_len (bom, (gssize) bom_size);
  g_autofree char *converted = NULL;
  gsize length = strlen (text);

  if (charset != NULL)
    {
      converted = g_convert (text, -1, charset, "UTF-8", NULL, &length, &error);
      g_assert_no_error (error);
    }
  g_string_append_len (out, converted != NULL ? converted : text, (gssize) length);
  emit (seeds, name, out->str, out->len);
}

/* One sheet saved as: CSV (LibreOffice, scripts); "CSV UTF-8" (a BOM,
 * CRLF); plain CSV on Chinese Windows (GB18030, with the sheet's title
 * row above the header and an empty row); "Unicode text" (UTF-16LE,
 * tabs); and semicolons, as some European-set machines save. */
static void
write_table (Seeds      *seeds,
             const char *name,
             const char *title,
             Table      *table)
{
  static const struct
  {
    const char *suffix;
    char        separator;
    const char *newline;
    const char *charset;
    const char *bom;
    gsize       bom_size;
    gboolean    title;
  } forms[] = {
    { "utf8.csv", ',', "\n", NULL, "", 0, FALSE },
    { "utf8-bom.csv", ',', "\r\n", NULL, "\357\273\277", 3, FALSE },
    { "gb18030.csv", ',', "\r\n", "GB18030", "", 0, TRUE },
    { "utf16le.txt", '\t', "\r\n", "UTF-16LE", "\377\376", 2, TRUE },
    { "semicolon.csv", ';', "\n", NULL, "", 0, TRUE },
  };

  for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *file = g_strdup_printf ("%s-%s", name, forms[f].suffix);

      if (forms[f].title)
        {
          g_string_append_printf (text, "%s%c%c%s", title, forms[f].separator, forms[f].separator, forms[f].newline);
          g_string_append (text, forms[f].newline);
        }
      for (guint r = 0; r < table->len; r++)
        {
          char **row = g_ptr_array_index (table, r);

          for (guint c = 0; row[c] != NULL; c++)
            {
              if (c > 0)
                g_string_append_c (text, forms[f].separator);
              append_field (text, row[c], forms[f].separator);
            }
          g_string_append (text, forms[f].newline);
        }
      emit_text (seeds, file, text->str, forms[f].charset, forms[f].bom, forms[f].bom_size);
    }
}

/* Every row @sql reads from @db, as text. */
static void
table_add_query (Table      *table,
                 CwDatabase *db,
                 const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_strv_builder_add (builder, sqlite3_column_text (stmt, c) != NULL
                                     ? (const char *) sqlite3_column_text (stmt, c) : "");
      g_ptr_array_add (table, g_strv_builder_end (builder));
    }
}

/* A valid ID number: its check character computed. */
static char *
make_id (const char *area,
         const char *birth,
         const char *sequence)
{
  g_autofree char *digits = g_strconcat (area, birth, sequence, NULL);

  return g_strdup_printf ("%s%c", digits, cw_id_number_check_character (digits));
}

/* Households */

typedef struct
{
  Table *table;
  char  *last_number;
} RosterCopy;

static gboolean
copy_roster_row (const char * const  *row,
                 gpointer             user_data,
                 GError             **error)
{
  RosterCopy *copy = user_data;
  const char *number = row[CW_ROSTER_HOUSEHOLD_NUMBER];

  /* Whole households only. */
  if (copy->table->len > DEMO_ROSTER_ROWS && g_strcmp0 (number, copy->last_number) != 0)
    return TRUE;
  g_free (copy->last_number);
  copy->last_number = g_strdup (number);
  table_add_strv (copy->table, row, CW_ROSTER_N_COLUMNS);
  return TRUE;
}

static void
seed_households (Seeds *seeds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) roster = table_new ();
  g_autoptr(GPtrArray) typed = table_new ();
  g_autofree char *id_head = make_id ("430421", "19491231", "001");
  g_autofree char *id_wife = make_id ("430421", "19520308", "022");
  g_autofree char *id_son = make_id ("430421", "19800101", "013");
  g_autofree char *id_other = make_id ("430421", "19751010", "035");
  g_autofree char *id_lower_x = NULL;
  RosterCopy copy = { roster, NULL };

  /* One whose check character is an X, typed in lower case. */
  for (guint sequence = 100; id_lower_x == NULL || !g_str_has_suffix (id_lower_x, "X"); sequence++)
    {
      g_autofree char *digits = g_strdup_printf ("%03u", sequence);

      g_free (id_lower_x);
      id_lower_x = make_id ("430421", "19680405", digits);
    }
  id_lower_x[17] = 'x';

  /* The register's own export: everything there already. */
  table_add_strv (roster, cw_roster_columns, -1);
  cw_roster_rows_foreach (cw_fuzz_database (), NULL, CW_ROSTER_EVERYONE, copy_roster_row, &copy, &error);
  g_assert_no_error (error);
  g_free (copy.last_number);
  write_table (seeds, "roster-demo", "青山村花名册（2026年）", roster);

  /* Another office's sheet: other names and order, an unknown column,
   * the head not first, words as rosters write them, a quoted address
   * over two lines, a row without 户号, Excel's mangled ID number, a
   * household split over the file. */
  table_add (typed, "与户主的关系", "成员姓名", "小组", "户编号", "身份证号码", "性别", "出生年月",
             "民族", "电话", "政治面貌", "状态", "人员类别", "家庭住址", "备注", NULL);
  table_add (typed, "妻", "李梅", "第一组", "0901", id_wife, "女", "", "汉", "", "", "", "", "", "", NULL);
  table_add (typed, "本人", "张三", "第一组", "0901", id_head, "男", "1949-12-31", "汉族",
             "13812345678", "党员", "在册", "低保、残疾", "青山村一组\n12号", "户主", NULL);
  table_add (typed, "长子", "张小明", "第一组", "0901", id_son, "", "1980.1.1", "汉族", "",
             "群众", "外出务工", "", "", "", NULL);
  table_add (typed, "户主", "王五", "第九组", "0902", id_other, "男", "", "苗族", "0731-88888888",
             "", "", "独居;高龄", "青山村\"二组\"3号", "", NULL);
  table_add (typed, "户主", "赵六", "第一组", "", id_lower_x, "", "", "", "", "", "", "", "", "", NULL);
  table_add (typed, "子", "王小五", "第九组", "0902", "4.30421E+17", "男", "2001年3月", "苗族",
             "", "共青团员", "在册", "", "", "", NULL);
  table_add (typed, "户主", "\u3000钱七\u3000", "第二组", "0903", "43042119700101001", "女",
             "", "汉族", "", "", "死亡", "", "", "", NULL);
  write_table (seeds, "roster-typed", "白沙镇青山村人口花名册", typed);
}

/* Point rules */

/* As the rule book's file writes it, whatever the locale. */
static const char *
scheme_word (const char *scheme)
{
  return g_strcmp0 (scheme, CW_SCHEME_PARTY) == 0 ? "党员积分" : "村民积分";
}

static void
seed_point_rules (Seeds *seeds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rules = cw_point_rule_list (cw_fuzz_database (), NULL, TRUE, &error);
  g_autoptr(GPtrArray) book = table_new ();
  g_autoptr(GPtrArray) typed = table_new ();

  g_assert_no_error (error);

  /* The demo's rule book as the register writes it. */
  table_add_strv (book, cw_point_rule_importer.column_names, -1);
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(CwPointRule) rule = g_list_model_get_item (rules, i);
      g_autofree char *points = g_strdup_printf ("%d", cw_point_rule_get_points (rule));
      g_autofree char *cap = cw_point_rule_get_quarter_cap (rule) > 0
                             ? g_strdup_printf ("%d", cw_point_rule_get_quarter_cap (rule)) : g_strdup ("");

      table_add (book, cw_point_rule_get_code (rule), scheme_word (cw_point_rule_get_scheme (rule)),
                 cw_point_rule_get_category (rule), cw_point_rule_get_description (rule), points,
                 cw_point_rule_get_unit (rule), cap, NULL);
    }
  write_table (seeds, "rules-demo", "青山村积分细则", book);

  /* A township's rule book: other names, signs and units typed in, a
   * code the demo has with other content, an empty scheme, a quoted
   * description over two lines. */
  table_add (typed, "细则编号", "积分种类", "项目类别", "评分内容", "加减分", "计分单位", "季度封顶", NULL);
  table_add (typed, "X01", "村民积分", "环境卫生", "门前三包，\"清洁户\"", "+5", "次", "20", NULL);
  table_add (typed, "X02", "", "移风易俗", "红白喜事\n简办", "－５", "次", "", NULL);
  table_add (typed, "X03", "党员积分", "组织生活", "按时参加三会一课", "3分", "次", "12", NULL);
  table_add (typed, "X04", "其他积分", "公益", "义务劳动", "2", "", "", NULL);
  table_add (typed, "X05", "党员积分", "", "", "abc", "", "-1", NULL);
  if (g_list_model_get_n_items (rules) > 0)
    {
      g_autoptr(CwPointRule) rule = g_list_model_get_item (rules, 0);

      table_add (typed, cw_point_rule_get_code (rule), "村民积分", "改过的类别", "改过的内容", "99", "次", "", NULL);
    }
  write_table (seeds, "rules-typed", "白沙镇积分细则（试行）", typed);
}

/* Point entries */

/* The first person of the roster who is not a party member. */
static gboolean
find_non_member (const char * const  *row,
                 gpointer             user_data,
                 GError             **error)
{
  char **name = user_data;

  if (*name == NULL && g_strcmp0 (row[CW_ROSTER_POLITICAL], "中共党员") != 0)
    *name = g_strdup (row[CW_ROSTER_NAME]);
  return TRUE;
}

static void
seed_point_entries (Seeds *seeds)
{
  CwDatabase *db = cw_fuzz_database ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = cw_point_entry_list (db, NULL, 0, NULL, NULL, &error);
  g_autoptr(GListModel) rules = NULL;
  g_autoptr(GPtrArray) demo = table_new ();
  g_autoptr(GPtrArray) typed = table_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *today_dots = g_date_time_format (now, "%Y.%m.%d");
  g_autofree char *nobody_id = make_id ("430421", "19900101", "777");
  g_autofree char *non_member = NULL;
  const char *household_rule = "";
  const char *party_rule = "";
  const char *household = "";
  const char *member = "";

  g_assert_no_error (error);
  rules = cw_point_rule_list (db, NULL, FALSE, &error);
  g_assert_no_error (error);
  cw_roster_rows_foreach (db, NULL, CW_ROSTER_EVERYONE, find_non_member, &non_member, &error);
  g_assert_no_error (error);

  /* The demo's own entries again, each one a repeat: the newest, and
   * the newest of the party members' too. */
  table_add_strv (demo, cw_point_entry_importer.column_names, -1);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CwPointEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *quantity = g_strdup_printf ("%d", cw_point_entry_get_quantity (entry));
      gboolean party = g_strcmp0 (cw_point_entry_get_scheme (entry), CW_SCHEME_PARTY) == 0;

      if (i >= DEMO_ENTRIES && (!party || member[0] != '\0'))
        continue;
      table_add (demo, party ? "" : cw_point_entry_get_household_number (entry), "",
                 party ? cw_point_entry_get_subject_name (entry) : "",
                 cw_point_entry_get_rule_code (entry), cw_point_entry_get_entry_date (entry),
                 quantity, cw_point_entry_get_note (entry), NULL);
      if (party && member[0] == '\0')
        member = g_intern_string (cw_point_entry_get_subject_name (entry));
      else if (!party && household[0] == '\0')
        household = g_intern_string (cw_point_entry_get_household_number (entry));
    }
  write_table (seeds, "entries-demo", "青山村积分登记", demo);

  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(CwPointRule) rule = g_list_model_get_item (rules, i);

      if (g_strcmp0 (cw_point_rule_get_scheme (rule), CW_SCHEME_PARTY) == 0)
        party_rule = g_intern_string (cw_point_rule_get_code (rule));
      else
        household_rule = g_intern_string (cw_point_rule_get_code (rule));
    }

  /* Today's paper forms typed in: aliases, a member by name and by the
   * 户号 column, dates as people write them, full-width and minus-sign
   * quantities, a future date, a rule nobody has, party points for an
   * ID number nobody has and for a villager who is not a member. */
  table_add (typed, "户编号", "党员姓名", "细则编号", "积分日期", "次数", "说明", NULL);
  table_add (typed, household, "", household_rule, today, "1", "清扫村道", NULL);
  table_add (typed, household, "", household_rule, today_dots, "２", "两次,\n上午和下午", NULL);
  table_add (typed, "", member, party_rule, today, "", "", NULL);
  table_add (typed, member, "", party_rule, today, "1", "\"三会一课\"", NULL);
  table_add (typed, household, "", household_rule, "2999-01-01", "1", "", NULL);
  table_add (typed, household, "", "NOPE", today, "0", "", NULL);
  table_add (typed, "9999", "", household_rule, "2026年1月5日", "−3", "", NULL);
  table_add (typed, nobody_id, "", party_rule, today, "1", "", NULL);
  table_add (typed, "", non_member != NULL ? non_member : "", party_rule, today, "1", "", NULL);
  write_table (seeds, "entries-typed", "积分登记表", typed);
}

/* The committee's ledger of its newest year as the register exports it
 * (each case a repeat; the settled ones without their terms); a past
 * ledger typed by another office, every row good: other column names, a
 * title row, dates as Excel and people write them, a party of the
 * register, an outsider's particulars, a quoted line break; and the
 * mistakes: a day that does not exist, a type nobody has, a member
 * nobody has, a word that is no outcome, a number of another year, one
 * number twice, the largest numbers, a deadline before the agreement. */
static void
seed_cases (Seeds *seeds)
{
  CwDatabase *db = cw_fuzz_database ();
  int year = (int) cw_database_query_int (db, "SELECT max(year) FROM mediation_case", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = cw_mediation_ledger_rows (db, year, &error);
  g_autoptr(GPtrArray) demo = table_new ();
  g_autoptr(GPtrArray) typed = table_new ();
  g_autoptr(GPtrArray) hostile = table_new ();
  g_autoptr(sqlite3_stmt) member = cw_database_prepare (db, "SELECT h.number || ':' || p.name FROM person p "
                                                        "JOIN household h ON h.id = p.household_id "
                                                        "WHERE p.status = 'active' ORDER BY p.id LIMIT 1", NULL);
  g_autofree char *party = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (member), ==, SQLITE_ROW);
  party = g_strdup ((const char *) sqlite3_column_text (member, 0));
  g_clear_pointer (&member, sqlite3_finalize);
  table_add (demo, "案号", "受理日期", "案件来源", "纠纷类型", "申请人", "被申请人", "纠纷简要情况", "调解员", "涉及金额",
             "调解结果", "结案日期", "协议金额", NULL);
  for (guint i = 0; i < rows->len && i < DEMO_CASES; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      table_add (demo, row[CW_LEDGER_NUMBER], row[CW_LEDGER_INTAKE_DATE], row[CW_LEDGER_SOURCE], row[CW_LEDGER_TYPE],
                 row[CW_LEDGER_APPLICANTS], row[CW_LEDGER_RESPONDENTS], row[CW_LEDGER_SUMMARY],
                 row[CW_LEDGER_MEDIATORS], row[CW_LEDGER_AMOUNT], row[CW_LEDGER_OUTCOME], row[CW_LEDGER_CLOSED_ON],
                 row[CW_LEDGER_AGREED], NULL);
    }
  write_table (seeds, "cases-demo", "青山村人民调解案件登记台账", demo);

  table_add (typed, "序号", "案件编号", "受理时间", "来源", "类型", "当事人", "对方当事人", "简要案情", "调解人员", "结果",
             "办结日期", "协议条款", "履行期限", "去向", "备注", NULL);
  table_add (typed, "1", "（2020）青山人调字第5号", "43895", "申请", "邻里", party, "赵六", "宅前排水沟堵塞",
             "孙调解、周调解", "成功", "2020/3/5", "赵六疏通水沟；赔偿200元", "2020-03-20", "", "", NULL);
  table_add (typed, "2", "", "2020/3/5", "主动调解", "婚姻家庭", "钱七、钱八", "孙八", "家庭琐事,\n多次争吵", "孙调解",
             "调解中", "", "", "", "", "", NULL);
  table_add (typed, "3", "", "2020年3月8日", "", "合同", "李九,男,40,青山村二组,13800000000", "吴十", "货款未付",
             "孙调解", "不成功", "2020-03-30", "", "", "诉讼", "", NULL);
  table_add (typed, "4", "2020-9", "２０２０－０３－１０", "信访转办", "房屋宅基地", "郑一", "", "宅基地界址", "周调解",
             "终止", "2020-04-01", "", "", "", "当事人撤回申请", NULL);
  write_table (seeds, "cases-typed", "人民调解案件登记台账", typed);

  table_add (hostile, "受理日期", "纠纷类型", "申请人", "纠纷简要情况", "调解结果", "结案日期", "协议内容", "履行期限", "案号",
             NULL);
  table_add (hostile, "2021-02-30", "邻里", "甲", "吵架", "", "", "", "", "", NULL);
  table_add (hostile, "60", "邻里", "甲", "吵架", "", "", "", "", "", NULL);
  table_add (hostile, "2021-03-01", "打架", "甲", "吵架", "", "", "", "", "", NULL);
  table_add (hostile, "2021-03-01", "邻里", "9999:某人", "吵架", "", "", "", "", "", NULL);
  table_add (hostile, "2021-03-01", "邻里", "甲", "吵架", "还行", "", "", "", "", NULL);
  table_add (hostile, "2021-03-01", "邻里", "甲", "吵架", "", "", "", "", "2020-9", NULL);
  table_add (hostile, "2021-03-01", "邻里", "甲", "吵架", "", "", "", "", "2021-7", NULL);
  table_add (hostile, "2021-03-02", "邻里", "乙", "吵架", "", "", "", "", "2021-7", NULL);
  table_add (hostile, "2999-12-31", "邻里", "甲", "吵架", "", "", "", "", "2999-2147483647", NULL);
  table_add (hostile, "1990-01-01", "邻里", "甲", "吵架", "", "", "", "", "（1990）青山人调字第99999999999号", NULL);
  table_add (hostile, "2021-03-01", "邻里", "甲", "吵架", "成功", "2021-03-01", "赔偿", "1900-01-01", "", NULL);
  table_add (hostile, "2021-03-01", "邻里", "、；;", "   ", "", "2021-02-01", "", "", "", NULL);
  write_table (seeds, "cases-hostile", "人民调解案件登记台账", hostile);
}

/* The cases' follow-ups as the ledger's sheet has them (the demo's, whose
 * cases are in the register), and typed: the case named by its full
 * number, other column names, a visit the register has otherwise, a case
 * nobody has, words that are no answer, a day that does not exist. */
static void
seed_followups (Seeds *seeds)
{
  CwDatabase *db = cw_fuzz_database ();
  g_autoptr(GPtrArray) demo = table_new ();
  g_autoptr(GPtrArray) typed = table_new ();

  table_add (demo, "序号", "案号", "回访日期", "回访人", "履行情况", "满意度", "是否起诉", "遗留风险", "采取措施", NULL);
  table_add_query (demo, db,
                   "SELECT f.id, c.year || '-' || c.seq, f.visited_on, f.visitor, "
                   "  CASE f.performed WHEN 'full' THEN '全部履行' WHEN 'partial' THEN '部分履行' ELSE '未履行' END, "
                   "  CASE f.satisfaction WHEN 'satisfied' THEN '满意' WHEN 'basically' THEN '基本满意' ELSE '不满意' END, "
                   "  CASE f.lawsuit WHEN 1 THEN '是' ELSE '否' END, f.risk, f.measures "
                   "FROM mediation_followup f JOIN mediation_case c ON c.id = f.case_id ORDER BY f.id LIMIT 20");
  write_table (seeds, "followups-demo", "调解回访记录", demo);

  table_add (typed, "调解案号", "回访时间", "回访人员", "协议履行情况", "当事人满意度", "是否诉讼", "措施", NULL);
  table_add_query (typed, db,
                   "SELECT '（' || year || '）青山人调字第' || seq || '号', '2026/3/5', '孙调解', '部分履行', '基本满意', "
                   "  '否', '再次回访' FROM mediation_case WHERE outcome = 'success' ORDER BY id LIMIT 3");
  table_add (typed, "2999-1", "2026-03-05", "孙调解", "全部履行", "满意", "否", "", NULL);
  table_add (typed, "2025-1", "2026-02-30", "孙调解", "履行了", "还行", "也许", "", NULL);
  table_add (typed, "", "2026-03-05", "", "全部履行", "满意", "", "", NULL);
  write_table (seeds, "followups-typed", "回访登记", typed);
}

/* Petitions decided and time extended, as the ledger's sheet has them,
 * and the mistakes: a second decision, an extension without its new day
 * or reason, an end before its start. */
static void
seed_clocks (Seeds *seeds)
{
  CwDatabase *db = cw_fuzz_database ();
  g_autoptr(GPtrArray) demo = table_new ();
  g_autoptr(GPtrArray) typed = table_new ();

  table_add (demo, "序号", "案号", "事项", "日期", "延期至", "理由", NULL);
  table_add_query (demo, db,
                   "SELECT e.id, c.year || '-' || c.seq, "
                   "  CASE e.kind WHEN 'petition' THEN '信访延期' ELSE '调解延期' END, e.granted_on, e.until, e.reason "
                   "FROM mediation_extension e JOIN mediation_case c ON c.id = e.case_id ORDER BY e.id LIMIT 10");
  table_add_query (demo, db,
                   "SELECT '', year || '-' || seq, "
                   "  CASE petition_decision WHEN 'accepted' THEN '信访受理' ELSE '信访转送' END, petition_decided, "
                   "  coalesce(petition_due, ''), '' "
                   "FROM mediation_case WHERE petition_decision <> '' ORDER BY id LIMIT 10");
  write_table (seeds, "clocks-demo", "信访与延期", demo);

  table_add (typed, "编号", "办理事项", "办理日期", "新期限", "理由", NULL);
  table_add_query (typed, db,
                   "SELECT year || '-' || seq, '调解延期', '2026年3月1日', '2026-03-31', '当事人外出务工' "
                   "FROM mediation_case WHERE outcome = '' ORDER BY id LIMIT 2");
  table_add_query (typed, db,
                   "SELECT year || '-' || seq, '信访受理', '2026-03-01', '', '' "
                   "FROM mediation_case WHERE source = 'petition' ORDER BY id LIMIT 2");
  table_add (typed, "2025-1", "调解延期", "2026-03-01", "", "", NULL);
  table_add (typed, "2025-1", "调解延期", "2026-03-01", "2026-02-01", "倒着", NULL);
  table_add (typed, "2025-1", "打电话", "2026-03-01", "", "", NULL);
  write_table (seeds, "clocks-typed", "信访登记", typed);
}

/* The collective ledger as the bookkeeping agency sends it: the demo's
 * entries by account code, then typed by name, amounts as people write
 * them (1,234.50, ¥, full-width), a voucher of several lines, and the
 * mistakes: both sides on a line, neither, an account nobody has, 1,2.3,
 * a day that does not exist, a cent past the fen. */
static void
seed_finance (Seeds *seeds)
{
  CwDatabase *db = cw_fuzz_database ();
  g_autoptr(GPtrArray) demo = table_new ();
  g_autoptr(GPtrArray) typed = table_new ();

  table_add (demo, "日期", "凭证号", "科目", "摘要", "收入", "支出", "经办人", NULL);
  table_add_query (demo, db,
                   "SELECT e.entry_date, 'X' || e.voucher, a.code, e.summary, "
                   "  CASE a.kind WHEN 'income' THEN printf('%.2f', e.amount / 100.0) ELSE '' END, "
                   "  CASE a.kind WHEN 'expense' THEN printf('%.2f', e.amount / 100.0) ELSE '' END, e.handled_by "
                   "FROM finance_entry e JOIN finance_account a ON a.id = e.account_id "
                   "WHERE e.amount > 0 ORDER BY e.id LIMIT 30");
  write_table (seeds, "finance-demo", "收支明细账", demo);

  table_add (typed, "日期", "凭证号", "科目", "摘要", "收入", "支出", NULL);
  table_add (typed, "2026/11/3", "记-101", "经营收入", "鱼塘承包费", "1,234.50", "", NULL);
  table_add (typed, "2026-11-03", "记-101", "管理费用", "办公用品", "", "¥56.00", NULL);
  table_add (typed, "2026年11月4日", "记-102", "其他收入", "废品变卖", "１２３.４", "", NULL);
  table_add (typed, "46330", "记-103", "管理费用", "水电费", "", "99", NULL);
  table_add (typed, "2026-11-05", "记-104", "管理费用", "两边都有", "10", "10", NULL);
  table_add (typed, "2026-11-05", "记-105", "管理费用", "两边都没有", "", "", NULL);
  table_add (typed, "2026-11-05", "记-106", "没有的科目", "未知科目", "10", "", NULL);
  table_add (typed, "2026-11-05", "记-107", "经营收入", "坏金额", "1,2.3", "", NULL);
  table_add (typed, "2026-02-30", "记-108", "经营收入", "坏日期", "10", "", NULL);
  table_add (typed, "2026-11-05", "记-109", "经营收入", "半分", "10.005", "", NULL);
  table_add (typed, "2026-11-05", "记-110", "经营收入", "太大", "99999999999999", "", NULL);
  write_table (seeds, "finance-typed", "会计代理中心收支明细", typed);
}

/* The grid tree as the register exports it (parents before children),
 * then typed: a parent below its child in the file, a worker from
 * outside with a phone, and the mistakes: a code twice, a parent nobody
 * has, two grids each the other's parent, a grid its own parent, no
 * name. */
static void
seed_grids (Seeds *seeds)
{
  CwDatabase *db = cw_fuzz_database ();
  g_autoptr(GPtrArray) demo = table_new ();
  g_autoptr(GPtrArray) typed = table_new ();

  table_add (demo, "网格编号", "网格名称", "上级网格编号", "层级", NULL);
  table_add_query (demo, db,
                   "SELECT 'N' || g.code, g.name, coalesce('N' || p.code, ''), g.level "
                   "FROM grid g LEFT JOIN grid p ON p.id = g.parent_id ORDER BY g.id LIMIT 30");
  write_table (seeds, "grids-demo", "网格设置", demo);

  table_add (typed, "网格编号", "网格名称", "上级网格编号", "层级", "网格长", "网格员", "联系电话", NULL);
  table_add (typed, "T0101", "一组屋场", "T01", "屋场党小组", "", "", "", NULL);
  table_add (typed, "T01", "东片", "", "片区", "", "刘网格", "13800000000", NULL);
  table_add (typed, "T01", "又一个东片", "", "片区", "", "", "", NULL);
  table_add (typed, "T02", "西片", "T99", "片区", "", "", "", NULL);
  table_add (typed, "T03", "甲", "T04", "网格", "", "", "", NULL);
  table_add (typed, "T04", "乙", "T03", "网格", "", "", "", NULL);
  table_add (typed, "T05", "自己", "T05", "网格", "", "", "", NULL);
  table_add (typed, "T06", "", "", "网格", "", "", "138", NULL);
  write_table (seeds, "grids-typed", "网格划分表", typed);
}

/* Households placed in their grids, as the register exports them, and
 * the mistakes: a household nobody has, a grid that is not a leaf or not
 * there, a day that does not exist. */
static void
seed_grid_places (Seeds *seeds)
{
  CwDatabase *db = cw_fuzz_database ();
  g_autoptr(GPtrArray) demo = table_new ();

  table_add (demo, "户号", "网格编号", "日期", NULL);
  table_add_query (demo, db,
                   "SELECT h.number, g.code, gh.from_date FROM grid_household gh "
                   "JOIN household h ON h.id = gh.household_id JOIN grid g ON g.id = gh.grid_id "
                   "WHERE gh.to_date IS NULL ORDER BY gh.id LIMIT 30");
  table_add_query (demo, db,
                   "SELECT h.number, g.code, '2026/12/1' FROM household h, grid g "
                   "WHERE g.id = (SELECT max(grid_id) FROM grid_household) ORDER BY h.id LIMIT 3");
  table_add_query (demo, db,
                   "SELECT h.number, g.code, '2026-12-01' FROM household h, grid g "
                   "WHERE g.parent_id IS NULL ORDER BY h.id LIMIT 1");
  table_add (demo, "9999", "NOPE", "2026-02-30", NULL);
  table_add (demo, "", "", "", NULL);
  write_table (seeds, "grid-places", "网格户数", demo);
}

/* 党员联户 as the register exports them (by name, or by ID number), and
 * the mistakes: a person who is no party member, a household nobody
 * has, a link the register has already. */
static void
seed_party_links (Seeds *seeds)
{
  CwDatabase *db = cw_fuzz_database ();
  g_autoptr(GPtrArray) demo = table_new ();

  table_add (demo, "党员", "户号", "日期", NULL);
  table_add_query (demo, db,
                   "SELECT p.name, h.number, l.from_date FROM party_link l JOIN person p ON p.id = l.person_id "
                   "JOIN household h ON h.id = l.household_id WHERE l.to_date IS NULL ORDER BY l.id LIMIT 20");
  table_add_query (demo, db,
                   "SELECT p.id_number, h.number, '2026年12月1日' FROM person p, household h "
                   "WHERE p.party_join_date IS NOT NULL AND p.id_number IS NOT NULL ORDER BY p.id, h.id LIMIT 3");
  table_add_query (demo, db,
                   "SELECT p.name, h.number, '2026-12-01' FROM person p, household h "
                   "WHERE p.party_join_date IS NULL ORDER BY p.id, h.id LIMIT 1");
  table_add (demo, "无名氏", "9999", "2026-12-01", NULL);
  write_table (seeds, "party-links", "党员联户表", demo);
}

/* Flags on persons (参与土地分配) by name and ID number, and the
 * mistakes: a name with another's ID number, nobody's ID number, no
 * flag, a day that does not exist. */
static void
seed_benefit_flags (Seeds *seeds)
{
  CwDatabase *db = cw_fuzz_database ();
  g_autoptr(GPtrArray) demo = table_new ();

  table_add (demo, "姓名", "身份证号", "标记", "起始日期", NULL);
  table_add_query (demo, db,
                   "SELECT p.name, coalesce(p.id_number, ''), f.flag, f.since FROM benefit_person_flag f "
                   "JOIN person p ON p.id = f.person_id ORDER BY f.id LIMIT 20");
  table_add_query (demo, db,
                   "SELECT name, coalesce(id_number, ''), '参与土地分配', '2026/1/1' FROM person "
                   "WHERE id_number IS NOT NULL ORDER BY id DESC LIMIT 3");
  table_add_query (demo, db,
                   "SELECT a.name, b.id_number, '参与土地分配', '2026-01-01' FROM person a, person b "
                   "WHERE a.id <> b.id AND b.id_number IS NOT NULL ORDER BY a.id, b.id LIMIT 1");
  table_add (demo, "无名氏", "11010519491231002X", "参与土地分配", "2026-01-01", NULL);
  table_add (demo, "无名氏", "", "", "2026-02-30", NULL);
  write_table (seeds, "benefit-flags", "土地分配人员名单", demo);
}

/* What only the reader sees: the corners of the format. */
static void
seed_csv_corners (Seeds *seeds)
{
  static const struct
  {
    const char *name;
    const char *data;
    gsize       size;
  } corners[] = {
#define CORNER(name, data) { name, data, sizeof (data) - 1 }
    CORNER ("empty.csv", ""),
    CORNER ("separators-only.csv", ",,,\r\n;;\r\n\"\",\"\"\r\n"),
    CORNER ("lone-cr.csv", "户号,姓名\r0101,张三\r0102,李四"),
    CORNER ("space-before-quote.csv", "户号, \"姓名\",住址\n0101, \"张三\", \"一组, 12号\"x\n"),
    CORNER ("quote-never-closed.csv", "户号,姓名\n0101,\"张三\n0102,李四\n"),
    CORNER ("quote-inside.csv", "户号,姓名\n01\"01,张\"\"三\n"),
    CORNER ("header-twice.csv", "户号,村民小组,姓名,与户主关系,姓名\n0101,一组,张三,户主,张三\n"),
    CORNER ("alias-and-name.csv", "户号,户编号,村民小组,姓名,与户主关系\n0101,0102,一组,张三,户主\n"),
    CORNER ("xlsx.csv", "PK\003\004\024\000\006\000"),
    CORNER ("xls.csv", "\320\317\021\340\241\261\032\341"),
    CORNER ("zero-byte.csv", "户号,姓名\n0101,\000张三\n"),
    CORNER ("utf16be.txt", "\376\377\000a\000\t\000b\000\n"),
    CORNER ("utf16le-no-bom.txt", "a\000\t\000b\000\r\000\n\000c\000\t\000d\000\r\000\n\000"),
    CORNER ("bad-utf8-bom.csv", "\357\273\277a,b\n\377\n"),
    CORNER ("blanks.csv", "\357\273\277\u3000户号\u00a0,\u200b姓名\ufeff\n\u30000101\u3000,\t张三 \n"),
#undef CORNER
  };

  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    emit (seeds, corners[i].name, corners[i].data, corners[i].size);
}

void
cw_fuzz_seeds_foreach (CwFuzzTarget   target,
                       CwFuzzSeedFunc func,
                       gpointer       user_data)
{
  Seeds seeds = { func, user_data };

  switch (target)
    {
    case CW_FUZZ_CSV_READER:
      seed_csv_corners (&seeds);
      seed_households (&seeds);
      seed_point_rules (&seeds);
      seed_point_entries (&seeds);
      seed_cases (&seeds);
      break;
    case CW_FUZZ_HOUSEHOLDS:
      seed_households (&seeds);
      break;
    case CW_FUZZ_POINT_RULES:
      seed_point_rules (&seeds);
      break;
    case CW_FUZZ_POINT_ENTRIES:
      seed_point_entries (&seeds);
      break;
    case CW_FUZZ_CASES:
      seed_cases (&seeds);
      break;
    case CW_FUZZ_FOLLOWUPS:
      seed_followups (&seeds);
      break;
    case CW_FUZZ_CLOCKS:
      seed_clocks (&seeds);
      break;
    case CW_FUZZ_FINANCE:
      seed_finance (&seeds);
      break;
    case CW_FUZZ_GRIDS:
      seed_grids (&seeds);
      break;
    case CW_FUZZ_GRID_PLACES:
      seed_grid_places (&seeds);
      break;
    case CW_FUZZ_PARTY_LINKS:
      seed_party_links (&seeds);
      break;
    case CW_FUZZ_BENEFIT_FLAGS:
      seed_benefit_flags (&seeds);
      break;
    case CW_FUZZ_N_TARGETS:
    default:
      g_return_if_reached ();
    }
}

/* The dictionary */

static void
add_word (GString    *dict,
          GHashTable *seen,
          const char *word)
{
  g_autofree char *gb = g_convert (word, -1, "GB18030", "UTF-8", NULL, NULL, NULL);
  const char *forms[] = { word, gb };

  for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
    {
      if (forms[f] == NULL || !g_hash_table_add (seen, g_strdup (forms[f])))
        continue;
      g_string_append_c (dict, '"');
      for (const guint8 *p = (const guint8 *) forms[f]; *p != '\0'; p++)
        g_string_append_printf (dict, "\\x%02X", *p);
      g_string_append (dict, "\"\n");
    }
}

char *
cw_fuzz_dictionary (void)
{
  /* What the fields hold besides names and numbers, and the bytes that
   * make the format. */
  static const char * const words[] = {
    ",", "\t", ";", "\"", "\"\"", "\r\n", "\n", "\r", "\357\273\277", "\377\376", "\376\377",
    "\u3000", "\u00a0", "\u200b", "\ufeff", "E+17", "X", "x", "-", "+", "－", "２", "分",
    "户主", "本人", "配偶", "妻", "长子", "子", "女", "男", "汉族", "苗族", "汉",
    "中共党员", "党员", "群众", "共青团员", "在册", "外出务工", "迁出", "死亡",
    "低保", "、", "第一组", "村民积分", "党员积分", "次", "430421", "19491231",
    "2026-01-05", "2026.1.5", "2026年1月5日", "2026/01/05",
  };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *dict = g_string_new ("# Generated by fuzz-seeds (tests/fuzz/cw-fuzz-seeds.c).\n");

  for (CwFuzzTarget t = 0; t < CW_FUZZ_N_TARGETS; t++)
    {
      const CwImporter *importer = cw_fuzz_target_importer (t);

      for (guint c = 0; importer != NULL && importer->column_names[c] != NULL; c++)
        {
          const char * const *aliases = importer->columns[c].aliases;

          add_word (dict, seen, importer->column_names[c]);
          for (guint a = 0; aliases != NULL && aliases[a] != NULL; a++)
            add_word (dict, seen, aliases[a]);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    add_word (dict, seen, words[i]);
  return g_string_free (dict, FALSE);
}

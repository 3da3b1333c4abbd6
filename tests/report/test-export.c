/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-export"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "core/common/cw-database-private.h"
#include "core/village/cw-demo.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-household-import.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-person.h"
#include "core/households/cw-person-query.h"
#include "core/households/cw-roster-rows.h"
#include "core/village/cw-village.h"
#include "core/village/cw-village-group.h"
#include "report/households/cw-care-list-print.h"
#include "report/households/cw-roster-export.h"
#include "report/common/cw-workbook.h"

#include "cw-report-test.h"
#include "cw-test-core.h"
#include "cw-test-run.h"

/* Exports are read back by programs nobody here wrote: LibreOffice turns
 * the workbooks into CSV (then our CSV reader splits the lines), poppler
 * reads the PDFs. */

/* The test village, as a table: the fixture is built from it and the
 * expected exports are derived from it. */
typedef struct
{
  const char *number;
  const char *group;
  const char *address;
  const char *household_phone;
  const char *household_tags;
  const char *name;
  const char *relation;
  const char *birth;        /* YYYY-MM-DD */
  const char *sequence;     /* ID number digits 15–17; NULL: no ID number */
  const char *ethnicity;
  const char *phone;
  const char *political;
  const char *party_since;
  const char *tags;
  const char *status;       /* NULL: active */
} Member;

static const Member village[] = {
  /* 张三 turns 60 on 2026-10-29, 李四 turns 55 the day after. */
  { "001", "第一组", "青山村一组12号", "0731-88886666", "", "张三", "户主", "1966-10-29", "011", "汉族",
    "13812345678", "中共党员", "1990-07-01", "", NULL },
  { "001", "第一组", "", "", "", "李四", "配偶", "1971-10-30", "022", "汉族", "", "群众", NULL, "", "migrant" },
  { "001", "第一组", "", "", "", "张小明", "子", "2005-03-01", NULL, "汉族", "", "共青团员", NULL, "留守儿童", NULL },
  /* A name long enough to wrap in its cell on paper. */
  { "010", "第一组", "青山村一组30号", "", "", "欧阳娜仁花·阿卜杜拉·买买提", "户主", "1950-02-02", "082", "维吾尔族",
    "15500003333", "群众", NULL, "独居、空巢", NULL },
  /* 王五 turns 60 the day after 2026-10-29, 赵六 turns 55 on the day. */
  { "002", "第二组", "青山村二组3号", "13900001111", "低保", "王五", "户主", "1966-10-30", "031", "土家族",
    "", "群众", NULL, "残疾", NULL },
  { "002", "第二组", "", "", "", "赵六", "配偶", "1971-10-29", "042", "汉族", "13700002222", "群众", NULL, "", NULL },
  { "002", "第二组", "", "", "", "王奶奶", "母亲", "1940-01-01", "062", "汉族", "", "群众", NULL, "高龄", NULL },
  { "002", "第二组", "", "", "", "王爷爷", "父亲", "1938-05-05", "071", "汉族", "", "群众", NULL, "", "deceased" },
};

/* The roster's order: 第一组 (001 then 010), then 第二组; heads first. */
static const guint roster_order[] = { 0, 1, 2, 3, 4, 5, 6 };

typedef struct
{
  CwTestDir   dir;
  char       *db_path;
  CwDatabase *db;
} Fixture;

/* An ID number with its real check character (GB 11643-1999). */
static char *
make_id (const char *birth,
         const char *sequence)
{
  static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char checks[] = "10X98765432";
  g_autofree char *digits = g_strdup (birth);
  g_autofree char *body = NULL;
  int sum = 0;

  g_strdelimit (digits, "-", ' ');
  {
    g_auto(GStrv) parts = g_strsplit (digits, " ", 3);
    body = g_strconcat ("430421", parts[0], parts[1], parts[2], sequence, NULL);
  }
  g_assert_cmpuint (strlen (body), ==, 17);
  for (int i = 0; i < 17; i++)
    sum += (body[i] - '0') * weights[i];
  return g_strdup_printf ("%s%c", body, checks[sum % 11]);
}

static char *
member_id (const Member *member)
{
  return member->sequence != NULL ? make_id (member->birth, member->sequence) : g_strdup ("");
}

static CwDatabase *
new_database (Fixture    *fixture,
              const char *name,
              gboolean    with_village)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  CwDatabase *db = cw_database_open (path, &error);

  g_assert_no_error (error);
  if (with_village)
    {
      g_autoptr(CwVillage) v = cw_village_new ("青山村", "白沙镇", "临江县");

      g_assert_true (cw_village_create (db, v, &error));
      g_assert_no_error (error);
    }
  return db;
}

static void
fill_village (CwDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwVillageGroup) first = cw_village_group_add (db, "第一组", &error);
  g_autoptr(CwVillageGroup) second = cw_village_group_add (db, "第二组", &error);
  CwHousehold *household = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (village); i++)
    {
      const Member *m = &village[i];
      g_autoptr(CwPerson) person = cw_person_new ();
      g_autofree char *id = member_id (m);

      cw_person_set_text (person, "name", m->name);
      cw_person_set_text (person, "relation", m->relation);
      cw_person_set_text (person, "birth-date", m->birth);
      cw_person_set_text (person, "id-number", id);
      cw_person_set_text (person, "ethnicity", m->ethnicity);
      cw_person_set_text (person, "phone", m->phone);
      cw_person_set_text (person, "political", m->political);
      if (m->party_since != NULL)
        cw_person_set_text (person, "party-join-date", m->party_since);
      cw_person_set_text (person, "tags", m->tags);
      /* The ID's 17th digit says the sex; without an ID number, male. */
      cw_person_set_text (person, "sex", m->sequence == NULL || (m->sequence[2] - '0') % 2 ? "M" : "F");

      if (g_str_equal (m->relation, "户主"))
        {
          g_clear_object (&household);
          household = cw_household_new ();
          cw_household_set_text (household, "number", m->number);
          cw_household_set_group_id (household, cw_village_group_get_id (g_str_equal (m->group, "第一组") ? first : second));
          cw_household_set_text (household, "address", m->address);
          cw_household_set_text (household, "phone", m->household_phone);
          cw_household_set_text (household, "tags", m->household_tags);
          cw_household_add (db, household, person, &error);
          g_assert_no_error (error);
        }
      else
        {
          cw_person_set_household_id (person, cw_household_get_id (household));
          cw_person_add (db, person, &error);
          g_assert_no_error (error);
        }
      if (m->status != NULL)
        {
          cw_household_set_person_status (db, cw_person_get_id (person), m->status,
                                          "2025-01-01", "", 0, &error);
          g_assert_no_error (error);
        }
    }
  g_clear_object (&household);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = cw_test_dir_new ();
  fixture->db = new_database (fixture, "village.db", TRUE);
  fixture->db_path = g_strdup (cw_database_get_path (fixture->db));
  fill_village (fixture->db);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->db);
  g_clear_pointer (&fixture->dir, cw_test_dir_free);
  g_clear_pointer (&fixture->db_path, g_free);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* The CSV LibreOffice makes of @xlsx (UTF-8, comma, quoted text), as a
 * list of records, each a GStrv. The title row comes first. */
static GPtrArray *
read_back (Fixture    *fixture,
           const char *xlsx)
{
  g_autofree char *outdir = path_in (fixture, "csv");
  g_autofree char *base = g_path_get_basename (xlsx);
  g_autofree char *stem = g_strndup (base, strlen (base) - strlen (".xlsx"));
  g_autofree char *csv_name = g_strconcat (stem, ".csv", NULL);
  g_autofree char *csv = g_build_filename (outdir, csv_name, NULL);
  g_auto(CwTestRun) run = { 0 };

  g_unlink (csv);
  cw_test_soffice_convert (&run, xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1", outdir);
  if (!g_file_test (csv, G_FILE_TEST_EXISTS))
    g_error ("soffice did not convert %s: %s %s", xlsx, run.out, run.err);

  return cw_test_read_csv (csv);
}

static const char *
field (GPtrArray *records,
       guint      row,
       guint      column)
{
  GStrv fields = g_ptr_array_index (records, row);

  g_assert_cmpuint (column, <, g_strv_length (fields));
  return fields[column];
}

static void
assert_roster_header (GPtrArray *records)
{
  g_assert_cmpuint (records->len, >=, 2);
  /* The title row, then exactly the importer's columns in its order. */
  g_assert_nonnull (strstr (field (records, 0, 0), "青山村"));
  for (guint i = 0; i < CW_ROSTER_N_COLUMNS; i++)
    g_assert_cmpstr (field (records, 1, i), ==, cw_roster_columns[i]);
  g_assert_null (cw_roster_columns[CW_ROSTER_N_COLUMNS]);
}

/* The roster's row @r (from 0) for @m; *index and *id are made for it. */
static void
expected_roster_row (const Member *m,
                     guint         r,
                     const char  **row,
                     char        **index,
                     char        **id)
{
  const Member *head = m;

  while (!g_str_equal (head->relation, "户主"))
    head--;
  for (guint c = 0; c < CW_ROSTER_N_COLUMNS; c++)
    row[c] = "";
  *index = g_strdup_printf ("%u", r + 1);
  *id = member_id (m);
  row[CW_ROSTER_INDEX] = *index;
  row[CW_ROSTER_HOUSEHOLD_NUMBER] = m->number;
  row[CW_ROSTER_GROUP] = m->group;
  row[CW_ROSTER_HEAD_NAME] = head->name;
  row[CW_ROSTER_NAME] = m->name;
  row[CW_ROSTER_RELATION] = m->relation;
  row[CW_ROSTER_SEX] = m->sequence == NULL ? "男" : (m->sequence[2] - '0') % 2 ? "男" : "女";
  row[CW_ROSTER_ID_NUMBER] = *id;
  row[CW_ROSTER_BIRTH_DATE] = m->birth;
  row[CW_ROSTER_ETHNICITY] = m->ethnicity;
  row[CW_ROSTER_PHONE] = m->phone;
  row[CW_ROSTER_POLITICAL] = m->political;
  row[CW_ROSTER_PARTY_JOIN_DATE] = m->party_since != NULL ? m->party_since : "";
  row[CW_ROSTER_STATUS] = m->status == NULL ? "在册" : g_str_equal (m->status, "migrant") ? "外出务工" : m->status;
  row[CW_ROSTER_STATUS_DATE] = m->status != NULL ? "2025-01-01" : "";
  row[CW_ROSTER_TAGS] = m->tags;
  row[CW_ROSTER_ADDRESS] = head->address;
  row[CW_ROSTER_HOUSEHOLD_PHONE] = head->household_phone;
  row[CW_ROSTER_HOUSEHOLD_TAGS] = head->household_tags;
  row[CW_ROSTER_HOUSEHOLD_STATUS] = "在册";
}

/* Below the data, the township's form: the totals, then the line for
 * signatures with the day of the export. */
static void
assert_roster_end (GPtrArray  *records,
                   const char *total)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "日期：%Y年%-m月%-d日");

  g_assert_cmpstr (field (records, records->len - 2, 0), ==, total);
  g_assert_true (g_str_has_prefix (field (records, records->len - 1, 0), "制表人："));
  g_assert_nonnull (strstr (field (records, records->len - 1, 0), "审核人："));
  g_assert_true (g_str_has_suffix (field (records, records->len - 1, 0), date));
}

static void
test_roster (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = path_in (fixture, "roster.xlsx");
  g_autoptr(GPtrArray) records = NULL;

  if (!cw_test_have_program ("soffice"))
    return;

  g_assert_true (cw_roster_export_households (fixture->db, xlsx, NULL, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  records = read_back (fixture, xlsx);
  assert_roster_header (records);
  /* The county and township in the title, as the township's form has it. */
  g_assert_true (g_str_has_prefix (field (records, 0, 0), "临江县白沙镇青山村"));
  /* The deceased 王爷爷 is not on the roster of the present population. */
  g_assert_cmpuint (records->len, ==, 2 + G_N_ELEMENTS (roster_order) + 2);
  assert_roster_end (records, "合计：3户，7人");

  for (guint r = 0; r < G_N_ELEMENTS (roster_order); r++)
    {
      const char *expected[CW_ROSTER_N_COLUMNS];
      g_autofree char *index = NULL;
      g_autofree char *id = NULL;

      expected_roster_row (&village[roster_order[r]], r, expected, &index, &id);
      for (guint c = 0; c < CW_ROSTER_N_COLUMNS; c++)
        g_assert_cmpstr (field (records, 2 + r, c), ==, expected[c]);
      /* Full 18-character IDs as text, not 4.30421E+17. */
      if (id[0] != '\0')
        g_assert_cmpuint (strlen (field (records, 2 + r, CW_ROSTER_ID_NUMBER)), ==, 18);
    }
  /* 户号 kept its zeros, so it was text. */
  g_assert_cmpstr (field (records, 2, CW_ROSTER_HOUSEHOLD_NUMBER), ==, "001");

  /* One group only. */
  {
    g_autoptr(GPtrArray) group_records = NULL;
    g_autofree char *group_xlsx = path_in (fixture, "group.xlsx");

    g_assert_true (cw_roster_export_households (fixture->db, group_xlsx, "第二组", FALSE,
                                                NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    group_records = read_back (fixture, group_xlsx);
    g_assert_cmpuint (group_records->len, ==, 2 + 3 + 2);
    assert_roster_end (group_records, "合计：1户，3人");
    for (guint r = 2; r < group_records->len - 2; r++)
      g_assert_cmpstr (field (group_records, r, CW_ROSTER_GROUP), ==, "第二组");
    g_assert_nonnull (strstr (field (group_records, 0, 0), "第二组"));
  }
}

static void
record_progress (guint    done,
                 guint    total,
                 gpointer user_data)
{
  guint *last = user_data;

  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >=, last[0]);
  last[0] = done;
  last[1] = total;
}

/* The roster read back by LibreOffice, imported into an empty village by
 * our importer and exported again gives the very same cells. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first_xlsx = path_in (fixture, "first.xlsx");
  g_autofree char *second_xlsx = path_in (fixture, "second.xlsx");
  g_autofree char *csv = path_in (fixture, "csv/first.csv");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(CwDatabase) other = NULL;
  g_autoptr(CwImportReport) report = NULL;
  guint last[2] = { 0, 0 };

  if (!cw_test_have_program ("soffice"))
    return;

  g_assert_true (cw_roster_export_households (fixture->db, first_xlsx, NULL, FALSE,
                                              record_progress, last, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (last[0], ==, G_N_ELEMENTS (roster_order));
  g_assert_cmpuint (last[1], ==, G_N_ELEMENTS (roster_order));
  first = read_back (fixture, first_xlsx);

  other = new_database (fixture, "other.db", TRUE);
  report = cw_importer_import_file (&cw_household_importer, other, csv, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (cw_import_report_is_complete (report));
  g_assert_cmpuint (cw_import_report_get_count (report, CW_HOUSEHOLD_IMPORT_PERSONS), ==, G_N_ELEMENTS (roster_order));

  g_assert_true (cw_roster_export_households (other, second_xlsx, NULL, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  second = read_back (fixture, second_xlsx);

  g_assert_cmpuint (first->len, ==, second->len);
  for (guint r = 0; r < first->len; r++)
    {
      GStrv a = g_ptr_array_index (first, r);
      GStrv b = g_ptr_array_index (second, r);

      g_assert_cmpstrv (a, b);
    }
}

static gboolean
is_masked_id (const char *text)
{
  return g_regex_match_simple ("^[0-9]{6}\\*{8}[0-9]{3}[0-9X]$", text, 0, 0);
}

static void
test_masked (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = path_in (fixture, "masked.xlsx");
  g_autofree char *csv = path_in (fixture, "csv/masked.csv");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) records = NULL;

  if (!cw_test_have_program ("soffice"))
    return;

  g_assert_true (cw_roster_export_households (fixture->db, xlsx, NULL, TRUE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  records = read_back (fixture, xlsx);
  assert_roster_header (records);

  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (village); i++)
    {
      g_autofree char *id = member_id (&village[i]);

      if (id[0] != '\0')
        g_assert_null (strstr (text, id));
      if (village[i].phone[0] != '\0')
        g_assert_null (strstr (text, village[i].phone));
      if (village[i].household_phone[0] != '\0')
        g_assert_null (strstr (text, village[i].household_phone));
    }
  g_assert_cmpuint (records->len, ==, 2 + G_N_ELEMENTS (roster_order) + 2);
  for (guint r = 0; r < G_N_ELEMENTS (roster_order); r++)
    {
      const char *expected[CW_ROSTER_N_COLUMNS];
      g_autofree char *index = NULL;
      g_autofree char *full_id = NULL;
      g_autofree char *masked_phone = NULL;
      g_autofree char *masked_household_phone = NULL;
      const char *id = field (records, 2 + r, CW_ROSTER_ID_NUMBER);

      expected_roster_row (&village[roster_order[r]], r, expected, &index, &full_id);
      masked_phone = expected[CW_ROSTER_PHONE][0] != '\0' ? cw_phone_mask (expected[CW_ROSTER_PHONE]) : g_strdup ("");
      masked_household_phone = expected[CW_ROSTER_HOUSEHOLD_PHONE][0] != '\0'
                               ? cw_phone_mask (expected[CW_ROSTER_HOUSEHOLD_PHONE]) : g_strdup ("");
      g_assert_true (full_id[0] == '\0' ? id[0] == '\0' : is_masked_id (id));
      if (full_id[0] != '\0')
        {
          g_autofree char *masked_id = cw_id_number_mask (full_id);
          g_assert_cmpstr (id, ==, masked_id);
        }
      g_assert_cmpstr (field (records, 2 + r, CW_ROSTER_PHONE), ==, masked_phone);
      g_assert_cmpstr (field (records, 2 + r, CW_ROSTER_HOUSEHOLD_PHONE), ==, masked_household_phone);
      /* No birth date beside the masked ID: it would give the number
       * back. Everything else as in the full roster. */
      g_assert_cmpstr (field (records, 2 + r, CW_ROSTER_BIRTH_DATE), ==, "");
      g_assert_cmpstr (field (records, 2 + r, CW_ROSTER_NAME), ==, expected[CW_ROSTER_NAME]);
      g_assert_cmpstr (field (records, 2 + r, CW_ROSTER_ETHNICITY), ==, expected[CW_ROSTER_ETHNICITY]);
      g_assert_cmpstr (field (records, 2 + r, CW_ROSTER_ADDRESS), ==, expected[CW_ROSTER_ADDRESS]);
    }
  g_assert_cmpstr (field (records, 2, CW_ROSTER_PHONE), ==, "138****5678");
}

static void
test_repair_text (void)
{
  g_autofree char *invalid = cw_workbook_repair_text ("张\xff三");
  g_autofree char *controls = cw_workbook_repair_text ("a\x01" "b\r\nc\td\x1f");
  g_autofree char *nonchar = cw_workbook_repair_text ("x\xef\xbf\xbey");
  g_autofree char *long_text = NULL;
  g_autoptr(GString) huge = g_string_new (NULL);

  g_assert_null (cw_workbook_repair_text (NULL));
  g_assert_null (cw_workbook_repair_text (""));
  g_assert_null (cw_workbook_repair_text ("青山村 Qingshan 430421199001011234\n第二行\t"));
  g_assert_cmpstr (invalid, ==, "张\xef\xbf\xbd三");
  g_assert_true (g_utf8_validate (invalid, -1, NULL));
  g_assert_cmpstr (controls, ==, "a b\nc\td ");
  g_assert_cmpstr (nonchar, ==, "x y");

  for (guint i = 0; i < 40000; i++)
    g_string_append (huge, "村");
  long_text = cw_workbook_repair_text (huge->str);
  g_assert_nonnull (long_text);
  g_assert_cmpint (g_utf8_strlen (long_text, -1), ==, 32767);
}

/* A name with bytes that are not UTF-8 (as an old import or another
 * program might leave) is repaired in the workbook and the printout; the
 * rest of the file is intact. */
static void
test_invalid_utf8 (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = path_in (fixture, "broken.xlsx");
  g_autofree char *care = path_in (fixture, "broken-care.xlsx");
  g_autofree char *pdf = path_in (fixture, "broken.pdf");
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) care_records = NULL;
  CwPersonQuery query = CW_PERSON_QUERY_INIT;

  if (!cw_test_have_program ("soffice"))
    return;

  /* 张 followed by a lone 0xFF, and a control character in an address. */
  /* Inside a transaction: the audit log numbers each change. */
  cw_database_begin (fixture->db, &error);
  g_assert_no_error (error);
  cw_database_exec (fixture->db,
                    "UPDATE person SET name = CAST(X'E5BCA0FF' AS TEXT) WHERE name = '张三';"
                    "UPDATE household SET address = '一组' || char(1) || '12号' WHERE number = '001';",
                    &error);
  g_assert_no_error (error);
  cw_database_commit (fixture->db, &error);
  g_assert_no_error (error);

  g_assert_true (cw_roster_export_households (fixture->db, xlsx, NULL, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  query.on = "2026-10-29";
  g_assert_true (cw_roster_export_persons (fixture->db, care, &query, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* Pango would warn (a fatal warning here) if the text reached it. */
  g_assert_true (cw_care_list_print_pdf (fixture->db, &query, TRUE, pdf, NULL, &error));
  g_assert_no_error (error);

  records = read_back (fixture, xlsx);
  assert_roster_header (records);
  g_assert_cmpuint (records->len, ==, 2 + G_N_ELEMENTS (roster_order) + 2);
  g_assert_cmpstr (field (records, 2, CW_ROSTER_NAME), ==, "张\xef\xbf\xbd");
  g_assert_cmpstr (field (records, 2, CW_ROSTER_ADDRESS), ==, "一组 12号");
  /* Every row after it arrived whole. */
  g_assert_cmpstr (field (records, 3, CW_ROSTER_NAME), ==, "李四");
  g_assert_cmpstr (field (records, records->len - 3, CW_ROSTER_NAME), ==, "王奶奶");
  g_assert_cmpstr (field (records, records->len - 3, CW_ROSTER_ADDRESS), ==, "青山村二组3号");

  care_records = read_back (fixture, care);
  g_assert_cmpstr (field (care_records, 2, 1), ==, "张\xef\xbf\xbd");
  g_assert_cmpuint (care_records->len, ==, 2 + G_N_ELEMENTS (roster_order) + 1);
}

/* Names on a care list read back from its workbook, and its total line. */
static GPtrArray *
care_list_names (Fixture             *fixture,
                 const char          *name,
                 const CwPersonQuery *query,
                 char               **title,
                 char               **total,
                 GPtrArray          **records_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = path_in (fixture, name);
  g_autoptr(GPtrArray) records = NULL;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (cw_roster_export_persons (fixture->db, xlsx, query, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  records = read_back (fixture, xlsx);
  g_assert_cmpuint (records->len, >=, 3);
  *title = g_strdup (field (records, 0, 0));
  g_assert_cmpstr (field (records, 1, 0), ==, "No.");
  g_assert_cmpstr (field (records, 1, 1), ==, "Name");
  for (guint r = 2; r + 1 < records->len; r++)
    {
      g_autofree char *index = g_strdup_printf ("%u", r - 1);

      g_assert_cmpstr (field (records, r, 0), ==, index);
      g_ptr_array_add (names, g_strdup (field (records, r, 1)));
    }
  *total = g_strdup (field (records, records->len - 1, 0));
  if (records_out != NULL)
    *records_out = g_steal_pointer (&records);
  return names;
}

static void
assert_names (GPtrArray          *names,
              const char * const *expected)
{
  g_ptr_array_add (names, NULL);
  g_assert_cmpstrv ((char **) names->pdata, expected);
  g_ptr_array_remove_index (names, names->len - 1);
}

static void
test_care_lists (Fixture       *fixture,
                 gconstpointer  data)
{
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *title = NULL, *total = NULL;

  if (!cw_test_have_program ("soffice"))
    return;

  /* The Double-Ninth list on 2026-10-29: 张三 turns 60 that day and
   * 赵六 55, so both are in; 王五 and 李四 have their birthdays the day
   * after and are not. */
  query.min_age_male = 60;
  query.min_age_female = 55;
  query.on = "2026-10-29";
  names = care_list_names (fixture, "dn.xlsx", &query, &title, &total, &records);
  assert_names (names, (const char * const[]) { "张三", "欧阳娜仁花·阿卜杜拉·买买提", "赵六", "王奶奶", NULL });
  g_assert_nonnull (strstr (title, "青山村"));
  g_assert_nonnull (strstr (title, "2026-10-29"));
  g_assert_nonnull (strstr (title, "60"));
  g_assert_nonnull (strstr (title, "55"));
  g_assert_cmpstr (total, ==, "Total: 4 persons");
  /* 年龄 on the day, 性别, 出生日期, the full ID, 户号, 联系电话 (the
   * household's when the person has none), 标签 (with the household's). */
  g_assert_cmpstr (field (records, 2, 2), ==, "Male");
  g_assert_cmpstr (field (records, 2, 3), ==, "60");
  g_assert_cmpstr (field (records, 2, 4), ==, "1966-10-29");
  {
    g_autofree char *id = member_id (&village[0]);
    g_assert_cmpstr (field (records, 2, 5), ==, id);
  }
  g_assert_cmpstr (field (records, 2, 6), ==, "001");
  g_assert_cmpstr (field (records, 4, 3), ==, "55");
  g_assert_cmpstr (field (records, 5, 9), ==, "13900001111");
  g_assert_cmpstr (field (records, 5, 10), ==, "低保、高龄");
  g_clear_pointer (&names, g_ptr_array_unref);
  g_clear_pointer (&records, g_ptr_array_unref);
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&total, g_free);

  /* The day before: 张三 is 59 and 赵六 54. The day after: all four. */
  query.on = "2026-10-28";
  names = care_list_names (fixture, "dn-before.xlsx", &query, &title, &total, NULL);
  assert_names (names, (const char * const[]) { "欧阳娜仁花·阿卜杜拉·买买提", "王奶奶", NULL });
  g_clear_pointer (&names, g_ptr_array_unref);
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&total, g_free);
  query.on = "2026-10-30";
  names = care_list_names (fixture, "dn-after.xlsx", &query, &title, &total, NULL);
  assert_names (names, (const char * const[]) { "张三", "李四", "欧阳娜仁花·阿卜杜拉·买买提", "王五", "赵六", "王奶奶", NULL });
  g_clear_pointer (&names, g_ptr_array_unref);
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&total, g_free);

  /* 高龄: 80 and over. */
  query = (CwPersonQuery) CW_PERSON_QUERY_INIT;
  query.min_age = 80;
  query.on = "2026-10-29";
  names = care_list_names (fixture, "old.xlsx", &query, &title, &total, NULL);
  assert_names (names, (const char * const[]) { "王奶奶", NULL });
  g_assert_cmpstr (total, ==, "Total: 1 person");
  g_clear_pointer (&names, g_ptr_array_unref);
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&total, g_free);

  /* A care tag, the person's or the household's. */
  query = (CwPersonQuery) CW_PERSON_QUERY_INIT;
  query.tag = "低保";
  names = care_list_names (fixture, "dibao.xlsx", &query, &title, &total, NULL);
  assert_names (names, (const char * const[]) { "王五", "赵六", "王奶奶", NULL });
  g_assert_nonnull (strstr (title, "低保"));
  g_clear_pointer (&names, g_ptr_array_unref);
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&total, g_free);

  /* Party members, with the date they joined. */
  query = (CwPersonQuery) CW_PERSON_QUERY_INIT;
  query.party_members = TRUE;
  names = care_list_names (fixture, "party.xlsx", &query, &title, &total, &records);
  assert_names (names, (const char * const[]) { "张三", NULL });
  g_assert_cmpstr (field (records, 1, 11), ==, "Joined the party");
  g_assert_cmpstr (field (records, 2, 11), ==, "1990-07-01");
  g_clear_pointer (&records, g_ptr_array_unref);

  /* Masked: the ID masked, and no birth date beside it to give it back. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *xlsx = path_in (fixture, "party-masked.xlsx");
    g_autofree char *id = member_id (&village[0]);
    g_autofree char *mask = cw_id_number_mask (id);

    g_assert_true (cw_roster_export_persons (fixture->db, xlsx, &query, TRUE, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    records = read_back (fixture, xlsx);
    for (guint c = 0; c < g_strv_length (g_ptr_array_index (records, 1)); c++)
      {
        g_assert_cmpstr (field (records, 1, c), !=, "Date of birth");
        g_assert_cmpstr (field (records, 2, c), !=, village[0].birth);
      }
    g_assert_cmpstr (field (records, 1, 4), ==, "ID number");
    g_assert_cmpstr (field (records, 2, 4), ==, mask);
    g_assert_cmpstr (field (records, 1, 10), ==, "Joined the party");
  }
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *full = path_in (fixture, "full.pdf");
  g_autofree char *masked = path_in (fixture, "masked.pdf");
  g_autofree char *full_text = NULL, *masked_text = NULL;
  g_autofree char *flat = NULL;
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  int n_pages = 0;

  if (!cw_test_have_program ("pdftotext") || !cw_test_have_program ("pdffonts"))
    return;

  query.min_age_male = 60;
  query.min_age_female = 55;
  query.on = "2026-10-30";
  g_assert_true (cw_care_list_print_pdf (fixture->db, &query, FALSE, full, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_pages, ==, 1);
  g_assert_true (cw_care_list_print_pdf (fixture->db, &query, TRUE, masked, NULL, &error));
  g_assert_no_error (error);

  full_text = cw_test_capture ((const char * const[]) { "pdftotext", "-layout", full, "-", NULL });
  masked_text = cw_test_capture ((const char * const[]) { "pdftotext", "-layout", masked, "-", NULL });
  /* The long name wraps inside its cell, and in reading order the sex
   * in the next cell comes between its two lines: compare without white
   * space and the sexes. */
  {
    g_autofree char *reading = cw_test_capture ((const char * const[]) { "pdftotext", full, "-", NULL });
    g_autoptr(GRegex) noise = g_regex_new ("\\s+|Female|Male", 0, 0, NULL);

    flat = g_regex_replace_literal (noise, reading, -1, 0, "", 0, NULL);
  }
  for (guint i = 0; i < G_N_ELEMENTS (village); i++)
    {
      const Member *m = &village[i];
      g_autofree char *id = member_id (m);
      gboolean listed = m->status == NULL || !g_str_equal (m->status, "deceased");

      if (g_str_equal (m->name, "张小明"))
        listed = FALSE;
      if (listed)
        g_assert_nonnull (strstr (flat, m->name));
      else
        g_assert_null (strstr (flat, m->name));
      if (listed && id[0] != '\0')
        {
          g_autofree char *mask = cw_id_number_mask (id);

          g_assert_nonnull (strstr (full_text, id));
          g_assert_null (strstr (masked_text, id));
          g_assert_nonnull (strstr (masked_text, mask));
          /* The birth date beside the masked ID would give it back. */
          g_assert_nonnull (strstr (full_text, m->birth));
          g_assert_null (strstr (masked_text, m->birth));
        }
    }
  g_assert_nonnull (strstr (full_text, "Page 1 of 1"));
  g_assert_nonnull (strstr (full_text, "Total: 6 persons"));
  g_assert_null (strstr (masked_text, "13812345678"));
  g_assert_nonnull (strstr (masked_text, "138****5678"));
  cw_report_test_assert_cjk_embedded (full);

  /* Nobody on the list: still a page with the title, header and total. */
  {
    g_autofree char *empty = path_in (fixture, "empty.pdf");
    g_autofree char *empty_text = NULL;
    CwPersonQuery nobody = CW_PERSON_QUERY_INIT;

    nobody.tag = "军属";
    g_assert_true (cw_care_list_print_pdf (fixture->db, &nobody, TRUE, empty, &n_pages, &error));
    g_assert_no_error (error);
    g_assert_cmpint (n_pages, ==, 1);
    empty_text = cw_test_capture ((const char * const[]) { "pdftotext", empty, "-", NULL });
    g_assert_nonnull (strstr (empty_text, "Total: 0 persons"));
    g_assert_nonnull (strstr (empty_text, "ID number"));
  }
}

/* The demo village (450 households): the roster read back by LibreOffice
 * holds, cell by cell, what the households register says, and a printed
 * list of hundreds has every person and its header on every page. */
static void
test_demo_village (void)
{
  g_autoptr(GError) error = NULL;
  Fixture fixture = { 0 };
  CwDemoOptions options = { 0 };
  CwPersonQuery present = CW_PERSON_QUERY_INIT;
  CwPersonQuery gift = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) persons = NULL;
  g_autoptr(GListModel) households = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  int n_pages = 0;
  guint n;

  if (!cw_test_have_program ("soffice") || !cw_test_have_program ("pdftotext"))
    return;

  fixture.dir = cw_test_dir_new ();
  fixture.db = new_database (&fixture, "demo.db", FALSE);
  g_assert_true (cw_demo_fill (fixture.db, &options, &error));
  g_assert_no_error (error);

  xlsx = path_in (&fixture, "demo.xlsx");
  g_assert_true (cw_roster_export_households (fixture.db, xlsx, NULL, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  records = read_back (&fixture, xlsx);
  assert_roster_header (records);

  persons = cw_person_query_run (fixture.db, &present, &error);
  g_assert_no_error (error);
  households = cw_household_list (fixture.db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (households); i++)
    {
      CwHousehold *household = g_list_model_get_item (households, i);
      gint64 *id = g_new (gint64, 1);

      *id = cw_household_get_id (household);
      g_hash_table_insert (by_id, id, household);
    }

  n = g_list_model_get_n_items (persons);
  g_assert_cmpuint (n, >, 1000);
  g_assert_cmpuint (records->len, ==, 2 + n + 2);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPerson) p = g_list_model_get_item (persons, i);
      gint64 household_id = cw_person_get_household_id (p);
      CwHousehold *h = g_hash_table_lookup (by_id, &household_id);
      const char *sex = g_str_equal (cw_person_get_sex (p), "M") ? "男" : g_str_equal (cw_person_get_sex (p), "F") ? "女" : "";
      const char *status = g_str_equal (cw_person_get_status (p), "active") ? "在册" : "外出务工";
      guint r = 2 + i;

      g_assert_cmpstr (field (records, r, CW_ROSTER_HOUSEHOLD_NUMBER), ==, cw_person_get_household_number (p));
      g_assert_cmpstr (field (records, r, CW_ROSTER_GROUP), ==, cw_person_get_group_name (p));
      g_assert_cmpstr (field (records, r, CW_ROSTER_NAME), ==, cw_person_get_name (p));
      g_assert_cmpstr (field (records, r, CW_ROSTER_RELATION), ==, cw_person_get_relation (p));
      g_assert_cmpstr (field (records, r, CW_ROSTER_SEX), ==, sex);
      g_assert_cmpstr (field (records, r, CW_ROSTER_ID_NUMBER), ==, cw_person_get_id_number (p));
      g_assert_cmpstr (field (records, r, CW_ROSTER_BIRTH_DATE), ==, cw_person_get_birth_date (p));
      g_assert_cmpstr (field (records, r, CW_ROSTER_ETHNICITY), ==, cw_person_get_ethnicity (p));
      g_assert_cmpstr (field (records, r, CW_ROSTER_PHONE), ==, cw_person_get_phone (p));
      g_assert_cmpstr (field (records, r, CW_ROSTER_HOUSEHOLD_PHONE), ==, cw_household_get_phone (h));
      g_assert_cmpstr (field (records, r, CW_ROSTER_POLITICAL), ==, cw_person_get_political (p));
      g_assert_cmpstr (field (records, r, CW_ROSTER_STATUS), ==, status);
      g_assert_cmpstr (field (records, r, CW_ROSTER_TAGS), ==, cw_person_get_tags (p));
      g_assert_cmpstr (field (records, r, CW_ROSTER_ADDRESS), ==, cw_household_get_address (h));
    }

  /* The Double-Ninth list of the demo village on paper. */
  gift.min_age_male = 60;
  gift.min_age_female = 55;
  gift.on = "2026-10-29";
  g_clear_object (&persons);
  persons = cw_person_query_run (fixture.db, &gift, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (persons);
  pdf = path_in (&fixture, "gift.pdf");
  g_assert_true (cw_care_list_print_pdf (fixture.db, &gift, TRUE, pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_pages, >, 3);
  text = cw_test_capture ((const char * const[]) { "pdftotext", "-layout", pdf, "-", NULL });
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPerson) p = g_list_model_get_item (persons, i);
      g_autofree char *index = g_strdup_printf ("\n *%u +%s ", i + 1, cw_person_get_name (p));
      g_autoptr(GRegex) row = g_regex_new (index, 0, 0, NULL);

      /* Each person on a line of its own with its number. */
      g_assert_true (g_regex_match (row, text, 0, NULL));
    }
  for (int page = 1; page <= n_pages; page++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", page, n_pages);

      g_assert_nonnull (strstr (text, footer));
    }
  /* The header on every page. */
  {
    guint headers = 0;

    for (const char *p = text; (p = strstr (p, "ID number")) != NULL; p++)
      headers++;
    g_assert_cmpuint (headers, ==, (guint) n_pages);
  }
  cw_report_test_assert_cjk_embedded (pdf);

  fixture_tear_down (&fixture, NULL);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
cancel_at_once (guint    done,
                guint    total,
                gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = path_in (fixture, "no-such-folder/roster.xlsx");
  g_autofree char *folder = path_in (fixture, "out");
  g_autofree char *inside = path_in (fixture, "out/roster.xlsx");
  g_autofree char *pdf = path_in (fixture, "out/list.pdf");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CwPersonQuery query = CW_PERSON_QUERY_INIT;

  /* A folder that does not exist, named in the message. */
  g_assert_false (cw_roster_export_households (fixture->db, missing, NULL, FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);
  g_assert_false (cw_care_list_print_pdf (fixture->db, &query, TRUE, missing, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);

  /* A folder where a file is meant. */
  g_assert_false (cw_roster_export_households (fixture->db, folder, NULL, FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);

  /* An unknown group: reported before any file is made. */
  g_assert_false (cw_roster_export_households (fixture->db, inside, "第九组", FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_clear_error (&error);
  query.group_name = "第九组";
  g_assert_false (cw_roster_export_persons (fixture->db, inside, &query, FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_NOT_FOUND);
  g_clear_error (&error);
  query.group_name = NULL;
  query.tag = "不存在";
  g_assert_false (cw_roster_export_persons (fixture->db, inside, &query, FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  query.tag = NULL;
  query.on = "2026-02-30";
  g_assert_false (cw_care_list_print_pdf (fixture->db, &query, TRUE, pdf, NULL, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_clear_error (&error);
  query.on = NULL;

  /* Cancelled: an error, and nothing left behind. */
  g_assert_false (cw_roster_export_households (fixture->db, inside, NULL, FALSE, cancel_at_once, cancellable,
                                               cancellable, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (count_files (folder), ==, 0);

  /* A read-only file, as when it is open elsewhere; root may write
   * anything, so only an ordinary user can see this refused. */
  g_assert_true (cw_roster_export_households (fixture->db, inside, NULL, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (folder), ==, 1);
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (inside, 0444), ==, 0);
      g_assert_false (cw_roster_export_households (fixture->db, inside, NULL, FALSE, NULL, NULL, NULL, &error));
      g_assert_error (error, CW_ERROR, CW_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, inside));
      g_clear_error (&error);
      g_assert_cmpint (g_chmod (inside, 0644), ==, 0);

      g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
      g_assert_false (cw_roster_export_households (fixture->db, pdf, NULL, FALSE, NULL, NULL, NULL, &error));
      g_assert_error (error, CW_ERROR, CW_ERROR_READ_ONLY);
      g_clear_error (&error);
      g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
    }
  /* Nothing but the one good export, no temporary files. */
  g_assert_cmpuint (count_files (folder), ==, 1);
}

/* The real program on @db in the C locale, as a script runs it. */
#define run_cunwu(run, db, ...) cw_test_run_cunwu (run, "C.UTF-8", "--db", db, __VA_ARGS__)

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (; *text != '\0'; text++)
    n += *text == '\n';
  return n;
}

static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  g_auto(CwTestRun) r = { 0 };
  g_autofree char *xlsx = path_in (fixture, "cli.xlsx");
  g_autofree char *list = path_in (fixture, "cli-list.xlsx");
  g_autofree char *pdf = path_in (fixture, "cli.pdf");
  const char *db = fixture->db_path;

  if (g_getenv ("CUNWU_BINARY") == NULL)
    {
      g_test_skip ("CUNWU_BINARY is not set");
      return;
    }
  /* The database is opened by another process from here on. */
  g_clear_object (&fixture->db);

  run_cunwu (&r, db, "export", "--help", NULL);
  if (r.status == 2 && strstr (r.err, "export") != NULL)
    {
      g_test_skip ("cw-cli.c does not list cw_cli_export_commands yet");
      return;
    }
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "export households"));
  g_assert_nonnull (strstr (r.out, "export persons"));

  run_cunwu (&r, db, "export", "households", xlsx, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (r.out, "7 persons"));

  run_cunwu (&r, db, "export", "households", xlsx, "--group", "第二组", "--masked", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "3 persons"));

  run_cunwu (&r, db, "export", "persons", list, "--min-age-male", "60", "--min-age-female", "55",
             "--on", "2026-10-29", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "4 persons"));

  run_cunwu (&r, db, "export", "persons", list, "--status", "死亡", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "1 person"));
  run_cunwu (&r, db, "export", "persons", list, "--status", "migrant", "--tag", "低保户", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "0 persons"));
  run_cunwu (&r, db, "export", "persons", list, "--status", "all", "--party", NULL);
  g_assert_cmpint (r.status, ==, 0);

  run_cunwu (&r, db, "print", "persons", pdf, "--min-age", "80", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (r.out, "1 page"));
  run_cunwu (&r, db, "print", "persons", pdf, "--party", "--full", NULL);
  g_assert_cmpint (r.status, ==, 0);

  /* Failures: one line saying why, exit 1. */
  run_cunwu (&r, db, "export", "persons", list, "--tag", "不存在", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "不存在"));
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  run_cunwu (&r, db, "export", "households", xlsx, "--group", "第九组", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "第九组"));
  g_assert_cmpuint (count_lines (r.err), ==, 1);
  run_cunwu (&r, db, "print", "persons", pdf, "--status", "休眠", NULL);
  g_assert_cmpint (r.status, ==, 1);
  run_cunwu (&r, db, "export", "households", "/no/such/folder/x.xlsx", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "/no/such/folder/x.xlsx"));
  g_assert_cmpuint (count_lines (r.err), ==, 1);

  /* Usage errors: exit 2. */
  run_cunwu (&r, db, "export", "persons", list, "--on", "2026-02-30", NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_cunwu (&r, db, "export", "persons", list, "--min-age", "abc", NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_cunwu (&r, db, "export", "persons", list, "--min-age", "-3", NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_cunwu (&r, db, "export", "bogus", list, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "households"));
  run_cunwu (&r, db, "export", NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_cunwu (&r, db, "export", "households", NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_cunwu (&r, db, "export", "households", xlsx, "extra", NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_cunwu (&r, db, "print", "persons", pdf, "--full", "--masked", NULL);
  g_assert_cmpint (r.status, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/repair-text", test_repair_text);
  g_test_add ("/export/errors", Fixture, NULL, fixture_set_up, test_errors, fixture_tear_down);
  g_test_add ("/export/roster", Fixture, NULL, fixture_set_up, test_roster, fixture_tear_down);
  g_test_add ("/export/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/export/masked", Fixture, NULL, fixture_set_up, test_masked, fixture_tear_down);
  g_test_add ("/export/invalid-utf8", Fixture, NULL, fixture_set_up, test_invalid_utf8, fixture_tear_down);
  g_test_add ("/export/care-lists", Fixture, NULL, fixture_set_up, test_care_lists, fixture_tear_down);
  g_test_add ("/export/pdf", Fixture, NULL, fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add_func ("/export/demo-village", test_demo_village);
  g_test_add ("/export/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);

  return g_test_run ();
}

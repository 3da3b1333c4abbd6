/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-messages"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-database-private.h"
#include "core/common/cw-error.h"
#include "core/village/cw-village-group.h"
#include "core/village/cw-settings.h"

#include "reliability-util.h"

/* What SQLite says goes to the debug log; the clerk reads, in their own
 * language, what happened and what to do. */

static const char * const sqlite_words[] = {
  "constraint failed", "database is locked", "malformed", "btreeInitPage", "disk is full",
  "readonly database", "SQLITE", "error code",
};

static void
assert_plain (const GError *error)
{
  g_assert_nonnull (error);
  for (guint i = 0; i < G_N_ELEMENTS (sqlite_words); i++)
    if (strstr (error->message, sqlite_words[i]) != NULL)
      g_error ("SQLite's words reach the clerk: %s", error->message);
}

typedef struct
{
  RelVillage  village;
  const char *path;
  CwDatabase *db;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->village = rel_village_new ();
  f->path = f->village.path;
  f->db = cw_database_open (f->path, &error);
  g_assert_no_error (error);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->db);
  rel_village_clear (&f->village);
}

/* One change in a transaction, as core functions make them. */
static GError *
change (CwDatabase *db,
        const char *sql)
{
  GError *error = NULL;

  g_assert_true (cw_database_begin (db, NULL));
  if (cw_database_exec (db, sql, &error))
    {
      cw_database_rollback (db);
      g_error ("“%s” was not refused", sql);
    }
  cw_database_rollback (db);
  assert_plain (error);
  return error;
}

/* Each rule of the schema, broken: the message names the field and the
 * rule in words. English words here; the Chinese run checks the field
 * names are translated. */
static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  const struct { const char *sql; CwError code; const char *english; const char *chinese; } cases[] = {
    { "INSERT INTO shop_redemption (household_id, redeemed_on, points, operator) "
      "VALUES ((SELECT min(id) FROM household), '2026-01-01', 0, 'x')",
      CW_ERROR_INVALID, "Points: a redemption takes at least 1 point.", "积分" },
    { "UPDATE shop_goods SET stock = -1", CW_ERROR_INVALID, "Stock: ", "库存" },
    { "UPDATE shop_goods SET price = 0", CW_ERROR_INVALID, "Points: the price is at least 1 point.", "分值" },
    { "UPDATE point_rule SET points = 0", CW_ERROR_INVALID, "Points: a rule gives or takes points", "分值" },
    { "UPDATE person SET birth_date = '1960/03/15'", CW_ERROR_INVALID, "Birth date: write the date as YYYY-MM-DD", "出生日期" },
    { "UPDATE person SET id_number = '123'", CW_ERROR_INVALID, "ID number: an ID number has 18 characters.", "身份证号" },
    { "UPDATE person SET sex = 'X'", CW_ERROR_INVALID, "Sex: ", "性别" },
    { "UPDATE person SET status = 'deceased', status_date = NULL", CW_ERROR_INVALID, "Status date: ", "日期" },
    { "UPDATE household SET number = ' '", CW_ERROR_INVALID, "Household number: ", "户号" },
    { "UPDATE household SET number = (SELECT max(number) FROM household)", CW_ERROR_EXISTS,
      "Household number: another household already has this number.", "户号" },
    { "UPDATE village_group SET name = (SELECT max(name) FROM village_group)", CW_ERROR_EXISTS,
      "Name: there is already a village group of that name.", "名称" },
    { "UPDATE person SET name = NULL", CW_ERROR_INVALID, "Name: this must be filled in.", "必须填写" },
    { "UPDATE household SET group_id = 999", CW_ERROR_REFUSED, "refers to", "台账" },
    { "DELETE FROM point_quarter", CW_ERROR_REFUSED, "A published quarter cannot be withdrawn.", "公示" },
    { "UPDATE point_entry SET note = 'x' WHERE state = 'reviewed'", CW_ERROR_REFUSED,
      "A reviewed or rejected point entry cannot be changed", "审核" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = change (f->db, cases[i].sql);

      g_test_message ("%s → %s", cases[i].sql, error->message);
      g_assert_error (error, CW_ERROR, (int) cases[i].code);
      g_assert_nonnull (strstr (error->message, rel_is_chinese () ? cases[i].chinese : cases[i].english));
    }
}

static void
test_busy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RelLock *lock;

  cw_database_set_wait (f->db, 100);
  lock = rel_lock_hold (f->path, 1000, FALSE);
  g_assert_false (cw_settings_set_operator (f->db, "李秀英", &error));
  rel_lock_release (lock);
  g_assert_error (error, CW_ERROR, CW_ERROR_BUSY);
  assert_plain (error);
  g_assert_nonnull (strstr (error->message, rel_is_chinese () ? "正在" : "busy"));
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *big = g_strnfill (200 * 1024, 'x');
  gint64 pages = cw_database_query_int (f->db, "PRAGMA page_count", 0);
  g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages);

  /* The file may not grow: as good as a full disk. */
  g_assert_true (cw_database_exec (f->db, limit, NULL));
  g_assert_false (cw_settings_set_objection_place (f->db, big, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_DISK_FULL);
  assert_plain (error);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_nonnull (strstr (error->message, rel_is_chinese () ? "磁盘" : "disk"));
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cw_database_exec (f->db, "PRAGMA query_only = ON", NULL));
  g_assert_false (cw_settings_set_operator (f->db, "李秀英", &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_READ_ONLY);
  assert_plain (error);
  g_assert_nonnull (strstr (error->message, f->path));
}

/* Damage found while working names the newest good backup and the way to
 * restore it. */
static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GDateTime) made = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *when = NULL;

  g_clear_object (&f->db);
  backup = cw_backup_rotate (f->path, &error);
  g_assert_no_error (error);
  made = cw_backup_get_date (backup);
  when = g_date_time_format (made, "%Y-%m-%d %H:%M");
  rel_damage_table (f->path, "village_group");

  f->db = cw_database_open (f->path, &error);
  g_assert_no_error (error);
  groups = cw_village_group_list (f->db, TRUE, &error);
  g_assert_null (groups);
  g_assert_error (error, CW_ERROR, CW_ERROR_CORRUPT);
  assert_plain (error);
  g_assert_nonnull (strstr (error->message, backup));
  g_assert_nonnull (strstr (error->message, when));
  g_assert_nonnull (strstr (error->message, "cunwu restore"));
  g_assert_nonnull (strstr (error->message, rel_is_chinese () ? "损坏" : "damaged"));
}

/* A damaged file is refused as soon as it is opened, with advice, and left
 * exactly as it was, also one in rollback-journal mode (a backup copy)
 * that opening for work would otherwise switch to WAL. */
static void
test_damaged_on_open (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *copy = g_build_filename (f->village.dir, "copy.db", NULL);
  g_autofree char *made = NULL;

  made = cw_backup_copy (f->path, copy, &error);
  g_assert_no_error (error);
  rel_damage_table (copy, "sqlite_schema");
  before = rel_read (copy);

  db = cw_database_open (copy, &error);
  g_assert_null (db);
  g_assert_error (error, CW_ERROR, CW_ERROR_CORRUPT);
  assert_plain (error);
  after = rel_read (copy);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (rel_side_files (copy));
}

int
main (int    argc,
      char **argv)
{
  rel_init_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/reliability/messages/rules", Fixture, NULL, setup, test_rules, teardown);
  g_test_add ("/reliability/messages/busy", Fixture, NULL, setup, test_busy, teardown);
  g_test_add ("/reliability/messages/disk-full", Fixture, NULL, setup, test_disk_full, teardown);
  g_test_add ("/reliability/messages/read-only", Fixture, NULL, setup, test_read_only, teardown);
  g_test_add ("/reliability/messages/damaged", Fixture, NULL, setup, test_damaged, teardown);
  g_test_add ("/reliability/messages/damaged-on-open", Fixture, NULL, setup, test_damaged_on_open, teardown);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"
#include "core/households/cw-household.h"

G_BEGIN_DECLS

/* What every test shares, without GTK: temporary folders that leave
 * nothing behind when the tests pass, databases in them, and reading
 * files back.
 *
 * A test program's folders are all made in one folder of its own,
 * $TMPDIR/cunwu-<program>-XXXXXX, which is removed when the program exits.
 * A failing assertion aborts the program (the GLib default, and the
 * G_DEBUG=fatal-warnings the tests run with makes a critical one): then
 * nothing is removed, and the program says on standard error where the
 * failing test's files are. A test killed for its timeout says so too. */

/* A folder's path; free it with cw_test_dir_free() (g_auto does). */
typedef char *CwTestDir;

/* A new empty folder named after the test that is running ("main" outside
 * one). */
CwTestDir   cw_test_dir_new       (void);
/* Removes @dir and everything in it. */
void        cw_test_dir_free      (CwTestDir    dir);
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (CwTestDir, cw_test_dir_free, NULL)

/* Removes @path, a file or a folder with everything in it; FALSE (and a
 * message saying what stayed) when something could not be removed. */
gboolean    cw_test_remove_tree   (const char  *path);

/* "village.db" in @dir, made at the newest schema, with the operator
 * 测试员 and, when @demo, the demo village 青山村 (cw_demo_fill() with its
 * defaults). */
CwDatabase *cw_test_database_new  (const char  *dir,
                                   gboolean     demo);

/* A registered household of @db with no point entry of the rule @code
 * in the current quarter, so that one is not refused by the rule's cap
 * (which households have which entries follows from the demo's
 * families, not something a test should count on). */
CwHousehold *cw_test_household_free_for_rule (CwDatabase *db,
                                              const char *code);

/* How many point entries of the rule @code the household has, in any
 * state and quarter. */
guint        cw_test_count_rule_entries (CwDatabase *db,
                                         gint64      household_id,
                                         const char *code);
/* cw_shop_balance() and cw_point_quarter_get_publication() of a file
 * that reads (asserted): the balance, and whether @quarter is published
 * (@from and @to may be NULL). */
gint64       cw_test_shop_balance       (CwDatabase  *db,
                                         gint64       household_id);
gboolean     cw_test_quarter_published  (CwDatabase  *db,
                                         const char  *quarter,
                                         char       **from,
                                         char       **to);
/* The registered households of @db's largest village group (transfer
 * full), and in @name (freed first) its name. */
GPtrArray   *cw_test_largest_group      (CwDatabase  *db,
                                         char       **name);

/* The whole of @path, which must be readable; the data is followed by a
 * NUL byte that the size does not count, so text can be read as a
 * string. */
GBytes     *cw_test_read_file     (const char  *path);
/* @utf8 written to @path in @charset ("GB18030" as Excel saves on Chinese
 * Windows), or as it is when @charset is NULL. */
void        cw_test_write_file    (const char  *path,
                                   const char  *utf8,
                                   const char  *charset);
/* The records of a CSV file, each a NULL-terminated GStrv. */
GPtrArray  *cw_test_read_csv      (const char  *path);

G_END_DECLS

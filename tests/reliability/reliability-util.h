/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the reliability tests share: a small village on disk, a file
 * damaged the way disks damage them, another connection holding the lock,
 * and the program run as a script would run it. */

/* The locale and translations as the program has them; "zh_CN" or "en". */
const char *rel_init_locale    (void);
gboolean    rel_is_chinese     (void);

char       *rel_temp_dir       (void);
void        rel_remove_tree    (const char  *path);
GBytes     *rel_read           (const char  *path);
gboolean    rel_side_files     (const char  *path);

/* A village (`cunwu demo` with a few households: groups, households, point
 * rules, entries, goods) in village.db of a new temporary folder, removed
 * with the folder when the test is done with it. */
typedef struct
{
  char *dir;
  char *path;
} RelVillage;

RelVillage  rel_village_new    (void);
void        rel_village_clear  (RelVillage  *village);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RelVillage, rel_village_clear)

/* Overwrites the header of the first page of @table's B-tree, as a bad
 * sector or a torn write would: the file still opens, reading the table
 * fails. @table "sqlite_schema" damages the table of contents. */
void        rel_damage_table   (const char  *path,
                                const char  *table);

/* Runs the program with @lang ("C.UTF-8" or "zh_CN.UTF-8"); NULL-ended. */
typedef struct
{
  int     status;
  char   *out;
  char   *err;
  gint64  elapsed_ms;
} RelResult;

void        rel_result_clear   (RelResult   *result);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RelResult, rel_result_clear)
void        rel_run            (RelResult   *result,
                                const char  *lang,
                                const char  *first,
                                ...) G_GNUC_NULL_TERMINATED;

/* Another connection (in a thread of its own) that takes the write lock,
 * or with @exclusive the whole file as a closing connection does for its
 * checkpoint, and keeps it @hold_ms. Returns once the lock is held. */
typedef struct _RelLock RelLock;

RelLock    *rel_lock_hold      (const char  *path,
                                guint        hold_ms,
                                gboolean     exclusive);
void        rel_lock_release   (RelLock     *lock);

G_END_DECLS

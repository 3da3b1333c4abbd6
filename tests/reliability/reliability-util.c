/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "reliability-util"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "reliability-util.h"

static gboolean chinese;

const char *
rel_init_locale (void)
{
  const char *messages;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  messages = setlocale (LC_MESSAGES, NULL);
  chinese = messages != NULL && g_str_has_prefix (messages, "zh");
  return chinese ? "zh_CN" : "en";
}

gboolean
rel_is_chinese (void)
{
  return chinese;
}

char *
rel_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("cunwu-reliability-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
rel_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          rel_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

GBytes *
rel_read (const char *path)
{
  char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (data, length);
}

gboolean
rel_side_files (const char *path)
{
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);
      if (g_file_test (side, G_FILE_TEST_EXISTS))
        return TRUE;
    }
  return FALSE;
}

void
rel_result_clear (RelResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

void
rel_run (RelResult  *result,
         const char *lang,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *arg;
  va_list args;
  gint64 start;
  int wait_status;

  rel_result_clear (result);
  g_ptr_array_add (argv, (char *) g_getenv ("CUNWU_BINARY"));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "LANG", lang, TRUE);
  env = g_environ_setenv (env, "LC_ALL", lang, TRUE);
  env = g_environ_setenv (env, "LANGUAGE", g_str_has_prefix (lang, "zh") ? "zh_CN" : "", TRUE);

  start = g_get_monotonic_time ();
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  result->elapsed_ms = (g_get_monotonic_time () - start) / 1000;
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
}

RelVillage
rel_village_new (void)
{
  RelVillage village = { rel_temp_dir (), NULL };
  g_auto(RelResult) r = { 0 };

  village.path = g_build_filename (village.dir, "village.db", NULL);
  rel_run (&r, "C.UTF-8", "--db", village.path, "demo", "--households", "12", "--entries", "200", NULL);
  g_assert_cmpint (r.status, ==, 0);
  return village;
}

void
rel_village_clear (RelVillage *village)
{
  if (village->dir != NULL)
    rel_remove_tree (village->dir);
  g_clear_pointer (&village->dir, g_free);
  g_clear_pointer (&village->path, g_free);
}

void
rel_damage_table (const char *path,
                  const char *table)
{
  g_autofree char *uri = g_strconcat ("file:", path, "?immutable=1", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 page_size, root = 1;
  guchar garbage[64];
  FILE *file;


  /* A clean close left everything in the file itself; reading it as
   * immutable leaves nothing beside it either. */
  g_assert_false (rel_side_files (path));
  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  page_size = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (!g_str_equal (table, "sqlite_schema"))
    {
      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rootpage FROM sqlite_schema WHERE name = ?",
                                           -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      root = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  memset (garbage, 0xa5, sizeof garbage);
  file = fopen (path, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, (long) ((root - 1) * page_size + (root == 1 ? 100 : 0)), SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (garbage, 1, sizeof garbage, file), ==, sizeof garbage);
  fclose (file);
}

struct _RelLock
{
  char     *path;
  guint     hold_ms;
  gboolean  exclusive;
  GThread  *thread;
  GMutex    mutex;
  GCond     cond;
  gboolean  held;
};

static gpointer
hold_thread (gpointer data)
{
  RelLock *lock = data;
  sqlite3 *db = NULL;
  const char *take = lock->exclusive
    /* A write, so that a WAL is there while the file is held. */
    ? "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; "
      "INSERT INTO cache_point_total VALUES ('household', -1, '2000Q1', 0); "
      "DELETE FROM cache_point_total WHERE subject_id = -1;"
    : "BEGIN IMMEDIATE;";

  g_assert_cmpint (sqlite3_open_v2 (lock->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, take, NULL, NULL, NULL), ==, SQLITE_OK);

  g_mutex_lock (&lock->mutex);
  lock->held = TRUE;
  g_cond_signal (&lock->cond);
  g_mutex_unlock (&lock->mutex);

  g_usleep (lock->hold_ms * 1000);
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return NULL;
}

RelLock *
rel_lock_hold (const char *path,
               guint       hold_ms,
               gboolean    exclusive)
{
  RelLock *lock = g_new0 (RelLock, 1);

  lock->path = g_strdup (path);
  lock->hold_ms = hold_ms;
  lock->exclusive = exclusive;
  g_mutex_init (&lock->mutex);
  g_cond_init (&lock->cond);
  lock->thread = g_thread_new ("lock-holder", hold_thread, lock);

  g_mutex_lock (&lock->mutex);
  while (!lock->held)
    g_cond_wait (&lock->cond, &lock->mutex);
  g_mutex_unlock (&lock->mutex);
  return lock;
}

void
rel_lock_release (RelLock *lock)
{
  g_thread_join (lock->thread);
  g_mutex_clear (&lock->mutex);
  g_cond_clear (&lock->cond);
  g_free (lock->path);
  g_free (lock);
}

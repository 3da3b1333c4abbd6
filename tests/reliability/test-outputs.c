/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-outputs"

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "core/common/cw-backup.h"
#include "core/common/cw-database.h"
#include "core/common/cw-error.h"
#include "core/common/cw-output.h"

#include "reliability-util.h"

/* Issue 8, outputs: no export, printout or backup is ever written over a
 * village's database (however its name is spelled), its side files or its
 * backups; an output appears whole or not at all, whatever happens to the
 * program writing it (a full disk, a kill), and what a killed program
 * leaves is cleared away later. The window's side is test-outputs-window. */

/* Every command that writes a file a person names, with its options. */
static const char * const writers[][4] = {
  { "export", "households", NULL },
  { "export", "persons", NULL },
  { "export", "points", "--quarter", "2020Q1" },
  { "print", "persons", "--full", NULL },
  { "print", "points", "--quarter", "2020Q1" },
};

static const char *
program_lang (void)
{
  return rel_is_chinese () ? "zh_CN.UTF-8" : "C.UTF-8";
}

typedef struct
{
  const char *cwd;
  const char *data_home;   /* XDG_DATA_HOME, for the default database */
  rlim_t      max_size;    /* RLIMIT_FSIZE; 0 for none */
} Where;

/* A disk that fills up after @max_size bytes of any one file: the write
 * fails with EFBIG, as it fails with ENOSPC on a full disk, instead of the
 * signal that would kill the program. */
static void
limit_file_size (gpointer data)
{
  const Where *where = data;
  struct rlimit limit = { where->max_size, where->max_size };

  if (where->max_size == 0)
    return;
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static char **
program_environ (const Where *where)
{
  const char *lang = program_lang ();
  char **env = g_get_environ ();

  env = g_environ_setenv (env, "LANG", lang, TRUE);
  env = g_environ_setenv (env, "LC_ALL", lang, TRUE);
  env = g_environ_setenv (env, "LANGUAGE", rel_is_chinese () ? "zh_CN" : "", TRUE);
  if (where->data_home != NULL)
    env = g_environ_setenv (env, "XDG_DATA_HOME", where->data_home, TRUE);
  return env;
}

static GPtrArray *
program_argv (const char * const *args)
{
  GPtrArray *argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (char *) g_getenv ("CUNWU_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  return argv;
}

static void
run (RelResult          *result,
     const Where        *where,
     const char * const *args)
{
  g_autoptr(GPtrArray) argv = program_argv (args);
  g_auto(GStrv) env = program_environ (where);
  g_autoptr(GError) error = NULL;
  int wait_status;

  rel_result_clear (result);
  g_spawn_sync (where->cwd, (char **) argv->pdata, env, G_SPAWN_DEFAULT, limit_file_size, (gpointer) where,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
}

/* `cunwu [--db DB] VERB TARGET FILE OPTIONS…` */
static void
run_writer (RelResult   *result,
            const Where *where,
            const char  *db,
            guint        writer,
            const char  *file)
{
  const char *args[12];
  guint n = 0;

  if (db != NULL)
    {
      args[n++] = "--db";
      args[n++] = db;
    }
  args[n++] = writers[writer][0];
  args[n++] = writers[writer][1];
  args[n++] = file;
  for (guint i = 2; i < G_N_ELEMENTS (writers[writer]) && writers[writer][i] != NULL; i++)
    args[n++] = writers[writer][i];
  args[n] = NULL;
  run (result, where, args);
}

static void
demo (const char *path,
      const char *households)
{
  g_auto(RelResult) r = { 0 };

  rel_run (&r, "C.UTF-8", "--db", path, "demo", "--households", households, "--entries", "20", NULL);
  g_assert_cmpint (r.status, ==, 0);
}

static void
write_text (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
assert_same_bytes (const char *path,
                   GBytes     *before)
{
  g_autoptr(GBytes) now = rel_read (path);

  g_assert_true (g_bytes_equal (now, before));
}

/* A Cunwu database that `cunwu check` finds healthy. */
static void
assert_healthy (const char *path)
{
  g_auto(RelResult) r = { 0 };

  rel_run (&r, "C.UTF-8", "--db", path, "check", NULL);
  if (r.status != 0)
    g_printerr ("%s%s", r.out, r.err);
  g_assert_cmpint (r.status, ==, 0);
}

/* What is in @dir besides the names in @expected (NULL-ended) and the side
 * files of databases, whose names start with one of them: a hidden name
 * is always a stranger (no temporary file may stay). */
static GPtrArray *
strangers (const char         *dir,
           const char * const *expected)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      gboolean known = FALSE;

      for (guint i = 0; expected[i] != NULL && !known; i++)
        known = g_str_has_prefix (name, expected[i]) && name[0] != '.';
      if (!known)
        g_ptr_array_add (found, g_build_filename (dir, name, NULL));
    }
  return found;
}

static void
assert_only (const char         *dir,
             const char * const *expected)
{
  g_autoptr(GPtrArray) found = strangers (dir, expected);

  if (found->len > 0)
    g_error ("“%s” was left behind", (const char *) found->pdata[0]);
}

static void
assert_refused (const RelResult *r,
                const char      *message)
{
  if (r->status != 1 || strstr (r->err, message) == NULL)
    g_error ("expected “%s”, got status %d:\n%s%s", message, r->status, r->out, r->err);
}

static char *
database_message (const char *file)
{
  return g_strdup_printf (_("“%s” is a village database; choose another file name."), file);
}

/* 1. The database, however its name is spelled */

static void
test_refuse_database (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  g_autofree char *other = g_build_filename (village.dir, "other.db", NULL);
  g_autofree char *usb = g_build_filename (village.dir, "usb", NULL);
  g_autofree char *copy = g_build_filename (usb, "copy.db", NULL);
  g_autofree char *sub = g_build_filename (village.dir, "sub", NULL);
  g_autofree char *symbolic = g_build_filename (village.dir, "link.xlsx", NULL);
  g_autofree char *hard = g_build_filename (village.dir, "hard.xlsx", NULL);
  g_autofree char *rotation = cw_backup_folder (village.path);
  g_autofree char *rotated = NULL;
  g_autofree char *rotated_new = NULL;
  g_autoptr(GBytes) other_bytes = NULL;
  g_autoptr(GBytes) copy_bytes = NULL;
  g_autoptr(GBytes) rotated_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(RelResult) r = { 0 };
  Where here = { village.dir, NULL, 0 };

  demo (other, "2");
  g_assert_cmpint (g_mkdir (usb, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  rel_run (&r, "C.UTF-8", "--db", village.path, "backup", copy, NULL);
  g_assert_cmpint (r.status, ==, 0);
  rotated = cw_backup_rotate (village.path, &error);
  g_assert_no_error (error);
  rotated_new = g_build_filename (rotation, "roster.xlsx", NULL);
  g_assert_cmpint (symlink ("village.db", symbolic), ==, 0);
  g_assert_cmpint (link (village.path, hard), ==, 0);
  other_bytes = rel_read (other);
  copy_bytes = rel_read (copy);
  rotated_bytes = rel_read (rotated);

  for (guint w = 0; w < G_N_ELEMENTS (writers); w++)
    {
      const char *databases[] = {
        "village.db", "./village.db", "sub/../village.db", "../" , village.path, "link.xlsx",
        "hard.xlsx", "other.db", "usb/copy.db", rotated,
      };

      for (guint i = 0; i < G_N_ELEMENTS (databases); i++)
        {
          g_autofree char *spelled = NULL;
          g_autofree char *message = NULL;

          /* The folder's own name, from inside it. */
          if (g_str_equal (databases[i], "../"))
            {
              g_autofree char *base = g_path_get_basename (village.dir);
              spelled = g_build_filename ("..", base, "village.db", NULL);
            }
          else
            spelled = g_strdup (databases[i]);

          message = database_message (spelled);
          run_writer (&r, &here, village.path, w, spelled);
          assert_refused (&r, message);
        }

      for (guint i = 0; i < 3; i++)
        {
          const char *sides[] = { "village.db-wal", "village.db-shm", "village.db-journal" };
          g_autofree char *message =
            g_strdup_printf (_("“%1$s” belongs to the village database “%2$s”; choose another file name."),
                             sides[i], village.path);

          run_writer (&r, &here, village.path, w, sides[i]);
          assert_refused (&r, message);
        }

      {
        g_autofree char *message =
          g_strdup_printf (_("“%1$s” is in the backup folder of the village database “%2$s”; choose another folder."),
                           rotated_new, village.path);

        run_writer (&r, &here, village.path, w, rotated_new);
        assert_refused (&r, message);
      }
    }

  /* Everything is as it was: the record, its hard link and symbolic link,
   * the other village, the backups, and nothing new beside them. */
  assert_healthy (village.path);
  g_assert_true (g_file_test (symbolic, G_FILE_TEST_IS_SYMLINK));
  assert_healthy (hard);
  assert_same_bytes (other, other_bytes);
  assert_same_bytes (copy, copy_bytes);
  assert_same_bytes (rotated, rotated_bytes);
  assert_only (village.dir, (const char *[]) { "village.db", "other.db", "usb", "sub", "link.xlsx", "hard.xlsx",
                                               "village-backups", NULL });
  assert_only (usb, (const char *[]) { "copy.db", NULL });
  {
    g_autofree char *name = g_path_get_basename (rotated);

    assert_only (rotation, (const char *[]) { name, NULL });
  }
}

/* The default database (no --db), by its full name and from its folder. */
static void
test_refuse_default_database (void)
{
  g_autofree char *dir = rel_temp_dir ();
  g_autofree char *home = g_build_filename (dir, "data", NULL);
  g_autofree char *folder = g_build_filename (home, "cunwu", NULL);
  g_autofree char *path = g_build_filename (folder, "cunwu.db", NULL);
  g_auto(RelResult) r = { 0 };
  Where anywhere = { dir, home, 0 };
  Where beside = { folder, home, 0 };

  run (&r, &anywhere, (const char *[]) { "demo", "--households", "3", "--entries", "0", NULL });
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  for (guint w = 0; w < G_N_ELEMENTS (writers); w++)
    {
      g_autofree char *full = database_message (path);
      g_autofree char *near = database_message ("cunwu.db");

      run_writer (&r, &anywhere, NULL, w, path);
      assert_refused (&r, full);
      run_writer (&r, &beside, NULL, w, "cunwu.db");
      assert_refused (&r, near);
    }
  assert_healthy (path);
  assert_only (folder, (const char *[]) { "cunwu.db", NULL });
  rel_remove_tree (dir);
}

/* A hard link to the WAL of a database in use: known by its inode, in
 * this process and in the program. */
static void
test_refuse_wal_link (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  g_autofree char *wal = g_strconcat (village.path, "-wal", NULL);
  g_autofree char *linked = g_build_filename (village.dir, "wal.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = cw_database_open (village.path, &error);
  g_auto(RelResult) r = { 0 };
  Where here = { village.dir, NULL, 0 };

  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (link (wal, linked), ==, 0);

  g_assert_false (cw_output_check_destination (NULL, linked, CW_OUTPUT_DEFAULT, &error));
  g_assert_error (error, CW_ERROR, CW_ERROR_REFUSED);
  g_clear_error (&error);

  for (guint w = 0; w < G_N_ELEMENTS (writers); w++)
    {
      g_autofree char *side =
        g_strdup_printf (_("“%1$s” belongs to the village database “%2$s”; choose another file name."),
                         linked, village.path);

      run_writer (&r, &here, village.path, w, linked);
      assert_refused (&r, side);
    }

  /* Once closed and gone, its name is free again. */
  g_clear_object (&db);
  g_unlink (linked);
  rel_remove_tree (village.path);
  g_assert_true (cw_output_check_destination (NULL, village.path, CW_OUTPUT_DEFAULT, &error));
  g_assert_no_error (error);
}

/* 2. Backups: never over the record, its side files or another
 * village's backups; into its own backup folder as ever. */
static void
test_refuse_backup (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  g_autofree char *other = g_build_filename (village.dir, "other.db", NULL);
  g_autofree char *other_folder = cw_backup_folder (other);
  g_autofree char *own_folder = cw_backup_folder (village.path);
  g_autofree char *other_backup = NULL;
  g_autofree char *other_backup_name = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) own = NULL;
  g_auto(RelResult) r = { 0 };
  Where here = { village.dir, NULL, 0 };
  const char *sides[] = { "village.db-wal", "village.db-shm", "village.db-journal" };

  demo (other, "2");
  other_backup = cw_backup_rotate (other, &error);
  g_assert_no_error (error);
  other_backup_name = g_path_get_basename (other_backup);

  /* The WAL and its index are there while the backup reads the record:
   * those are refused as existing files, which a backup never replaces. */
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%1$s” belongs to the village database “%2$s”; choose another file name."),
                         sides[i], "village.db");

      run (&r, &here, (const char *[]) { "--db", "village.db", "backup", sides[i], NULL });
      g_assert_cmpint (r.status, ==, 1);
      if (g_str_has_suffix (sides[i], "-journal"))
        assert_refused (&r, message);
    }

  {
    g_autofree char *into = g_build_filename (other_folder, "village.db", NULL);
    g_autofree char *message =
      g_strdup_printf (_("“%1$s” is in the backup folder of the village database “%2$s”; choose another folder."),
                       into, other);

    run (&r, &here, (const char *[]) { "--db", "village.db", "backup", into, NULL });
    assert_refused (&r, message);
    run (&r, &here, (const char *[]) { "--db", "village.db", "backup", other_folder, NULL });
    g_assert_cmpint (r.status, ==, 1);
  }

  /* Its own rotation takes it. */
  g_assert_cmpint (g_mkdir (own_folder, 0700), ==, 0);
  run (&r, &here, (const char *[]) { "--db", "village.db", "backup", own_folder, NULL });
  g_assert_cmpint (r.status, ==, 0);
  own = cw_backup_list (village.path);
  g_assert_cmpuint (own->len, ==, 1);

  assert_healthy (village.path);
  assert_only (village.dir, (const char *[]) { "village.db", "other.db", "village-backups", "other-backups", NULL });
  assert_only (other_folder, (const char *[]) { other_backup_name, NULL });
}

/* The names the program once used for its temporary files (X.part,
 * X.restoring, X.new) were removed before use: a file a clerk had there
 * was lost. Whatever sits beside the destination stays. */
static void
test_names_beside (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  g_autofree char *other = g_build_filename (village.dir, "other.db", NULL);
  g_autofree char *backup = g_build_filename (village.dir, "backup.db", NULL);
  const char *beside[] = { "copy.db.part", "village.db.restoring", "new.db.new" };
  g_autoptr(GBytes) bytes = NULL;
  g_auto(RelResult) r = { 0 };
  Where here = { village.dir, NULL, 0 };

  demo (other, "2");
  bytes = rel_read (other);
  for (guint i = 0; i < G_N_ELEMENTS (beside); i++)
    {
      g_autofree char *path = g_build_filename (village.dir, beside[i], NULL);

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
    }

  run (&r, &here, (const char *[]) { "--db", "village.db", "backup", "copy.db", NULL });
  g_assert_cmpint (r.status, ==, 0);
  run (&r, &here, (const char *[]) { "--db", "village.db", "backup", "backup.db", NULL });
  g_assert_cmpint (r.status, ==, 0);
  run (&r, &here, (const char *[]) { "--db", "village.db", "restore", "backup.db", "--yes", NULL });
  g_assert_cmpint (r.status, ==, 0);
  run (&r, &here, (const char *[]) { "--db", "new.db", "demo", "--households", "2", NULL });
  g_assert_cmpint (r.status, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (beside); i++)
    {
      g_autofree char *path = g_build_filename (village.dir, beside[i], NULL);

      assert_same_bytes (path, bytes);
    }
  assert_healthy (backup);
  assert_only (village.dir, (const char *[]) { "village.db", "village-before-restore-", "other.db", "copy.db",
                                               "backup.db", "new.db", NULL });
}

/* 3. A full disk: the old file stays as it was, whole, and nothing is
 * left beside it. The PDF's old file has a second name (a hard link): a
 * writer that falls back to writing in place would cut it short. */
static void
test_full_disk (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  g_autofree char *out = g_build_filename (village.dir, "out", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CwDatabase) db = NULL;
  g_auto(RelResult) r = { 0 };
  /* Less than any of the files; the database's shared-memory file (32 KiB)
   * is made by the connection below, before the limit. */
  Where here = { village.dir, NULL, 4096 };

  db = cw_database_open (village.path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (out, 0755), ==, 0);

  for (guint w = 0; w < G_N_ELEMENTS (writers); w++)
    {
      g_autofree char *file = g_strdup_printf ("out/%u.%s", w, g_str_equal (writers[w][0], "print") ? "pdf" : "xlsx");
      g_autofree char *path = g_build_filename (village.dir, file, NULL);
      g_autofree char *second = g_strconcat (path, ".link", NULL);
      g_autofree char *message = NULL;
      g_autoptr(GBytes) before = NULL;

      write_text (path, "the last good printout\n");
      g_assert_cmpint (link (path, second), ==, 0);
      before = rel_read (path);

      run_writer (&r, &here, "village.db", w, file);
      g_assert_cmpint (r.status, ==, 1);
      message = g_strdup_printf (_("Cannot save “%s”: the disk is full. Nothing was written under that name; "
                                   "free some space or choose another disk."), file);
      if (strstr (r.err, message) == NULL)
        g_error ("expected “%s”, got:\n%s", message, r.err);
      assert_same_bytes (path, before);
      assert_same_bytes (second, before);
    }
  assert_only (out, (const char *[]) { "0.", "1.", "2.", "3.", "4.", NULL });

  /* A backup on a full disk leaves no file that looks like one. */
  run (&r, &here, (const char *[]) { "--db", "village.db", "backup", "out/backup.db", NULL });
  g_assert_cmpint (r.status, ==, 1);
  assert_only (out, (const char *[]) { "0.", "1.", "2.", "3.", "4.", NULL });

  g_clear_object (&db);
  assert_healthy (village.path);
}

/* 4. A killed program: the destination keeps its old contents; what it
 * left beside it goes the next time a file is written in that folder,
 * once it is a day old. */
static char *big_db;

static void
make_big_village (void)
{
  g_autofree char *dir = NULL;
  g_auto(RelResult) r = { 0 };

  if (big_db != NULL)
    return;
  dir = rel_temp_dir ();
  big_db = g_build_filename (dir, "big.db", NULL);
  /* Long enough to write that a kill lands while it is being written. */
  rel_run (&r, "C.UTF-8", "--db", big_db, "demo", "--households", "5000", "--entries", "0", NULL);
  g_assert_cmpint (r.status, ==, 0);
}

static gboolean
has_stranger (const char         *dir,
              const char * const *expected)
{
  g_autoptr(GPtrArray) found = strangers (dir, expected);

  return found->len > 0;
}

/* Everything in @dir but @expected, a few days old. */
static void
age_strangers (const char         *dir,
               const char * const *expected)
{
  g_autoptr(GPtrArray) found = strangers (dir, expected);
  gint64 then = g_get_real_time () / G_USEC_PER_SEC - 3 * 24 * 60 * 60;
  struct utimbuf times = { then, then };

  g_assert_cmpuint (found->len, >, 0);
  for (guint i = 0; i < found->len; i++)
    g_assert_cmpint (g_utime (found->pdata[i], &times), ==, 0);
}

static void
test_killed (void)
{
  g_autofree char *dir = rel_temp_dir ();
  g_autofree char *points = g_build_filename (dir, "points.xlsx", NULL);
  g_auto(GStrv) env = NULL;
  g_auto(RelResult) r = { 0 };
  Where here = { dir, NULL, 0 };

  make_big_village ();
  env = program_environ (&here);

  for (guint w = 0; w < G_N_ELEMENTS (writers); w += 3)
    {
      const char *file = w == 0 ? "roster.xlsx" : "care.pdf";
      const char * const expected[] = { "roster.xlsx", "care.pdf", NULL };
      g_autofree char *path = g_build_filename (dir, file, NULL);
      g_autofree char *twin = g_build_filename (dir, w == 0 ? "care.pdf" : "roster.xlsx", NULL);
      const char *args[] = { g_getenv ("CUNWU_BINARY"), "--db", big_db, writers[w][0], writers[w][1], path,
                             writers[w][2], NULL };
      g_autoptr(GBytes) before = NULL;
      g_autoptr(GError) error = NULL;
      gint64 deadline;
      GPid pid;
      int wait_status;

      write_text (path, "yesterday’s file\n");
      if (!g_file_test (twin, G_FILE_TEST_EXISTS))
        write_text (twin, "yesterday’s file\n");
      before = rel_read (path);

      g_spawn_async (NULL, (char **) args, env, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, &pid, &error);
      g_assert_no_error (error);
      /* Killed the moment it has begun to write. */
      deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
      while (!has_stranger (dir, expected))
        {
          g_assert_cmpint (waitpid (pid, &wait_status, WNOHANG), ==, 0);
          g_assert_cmpint (g_get_monotonic_time (), <, deadline);
          g_usleep (500);
        }
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (wait_status));
      g_spawn_close_pid (pid);

      assert_same_bytes (path, before);

      /* Left today, it stays: another program may be writing it. A day
       * later the next file written there clears it away. */
      run_writer (&r, &here, big_db, 2, "points.xlsx");
      g_assert_cmpint (r.status, ==, 0);
      g_unlink (points);
      age_strangers (dir, expected);
      run_writer (&r, &here, big_db, 2, "points.xlsx");
      g_assert_cmpint (r.status, ==, 0);
      g_unlink (points);
      assert_only (dir, expected);
      assert_same_bytes (path, before);
    }
  rel_remove_tree (dir);
}

/* An output that succeeds replaces the old file whole and leaves nothing
 * beside it. */
static void
test_replaces_whole (void)
{
  g_auto(RelVillage) village = rel_village_new ();
  g_auto(RelResult) r = { 0 };
  Where here = { village.dir, NULL, 0 };

  for (guint w = 0; w < G_N_ELEMENTS (writers); w++)
    {
      g_autofree char *file = g_strdup_printf ("%u.%s", w, g_str_equal (writers[w][0], "print") ? "pdf" : "xlsx");
      g_autofree char *path = g_build_filename (village.dir, file, NULL);
      g_autoptr(GBytes) written = NULL;

      write_text (path, "old\n");
      run_writer (&r, &here, village.path, w, file);
      g_assert_cmpint (r.status, ==, 0);
      written = rel_read (path);
      g_assert_cmpuint (g_bytes_get_size (written), >, 1000);
      g_assert_true (memcmp (g_bytes_get_data (written, NULL), g_str_equal (writers[w][0], "print") ? "%PDF" : "PK",
                             g_str_equal (writers[w][0], "print") ? 4 : 2) == 0);
    }
  assert_only (village.dir, (const char *[]) { "village.db", "0.xlsx", "1.xlsx", "2.xlsx", "3.pdf", "4.pdf", NULL });
}

/* A window closed while a job still writes ends the process with the
 * worker thread mid-file and its output never freed (the daily backup of
 * a township's file takes a minute): what it was writing goes with it. An
 * output committed before the end stays. */
static void
test_exit_while_writing (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *unfinished = NULL;
  const char * const expected[] = { "kept.txt", NULL };

  /* The child writes in the parent's folder, found through the environment
   * it inherits. */
  if (!g_test_subprocess ())
    g_setenv ("CW_TEST_EXIT_DIR", (dir = rel_temp_dir ()), TRUE);
  else
    dir = g_strdup (g_getenv ("CW_TEST_EXIT_DIR"));
  kept = g_build_filename (dir, "kept.txt", NULL);
  unfinished = g_build_filename (dir, "unfinished.txt", NULL);

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CwOutput) done = cw_output_new (NULL, kept, 0, &error);
      CwOutput *writing;

      g_assert_no_error (error);
      g_assert_true (cw_output_write (done, "whole\n", 6, &error));
      g_assert_true (cw_output_commit (done, &error));
      writing = cw_output_new (NULL, unfinished, 0, &error);
      g_assert_no_error (error);
      g_assert_true (cw_output_write (writing, "half", 4, &error));
      g_assert_true (g_file_test (cw_output_get_temp_path (writing), G_FILE_TEST_EXISTS));
      {
        /* SQLite's journal beside a backup being written. */
        g_autofree char *journal = g_strconcat (cw_output_get_temp_path (writing), "-journal", NULL);

        g_assert_true (g_file_set_contents (journal, "j", 1, NULL));
      }
      {
        /* libxlsxwriter's scratch file in the output's scratch folder. */
        const char *scratch = cw_output_get_scratch_folder (writing, &error);
        g_autofree char *spill = NULL;

        g_assert_no_error (error);
        spill = g_build_filename (scratch, "tmp.spill", NULL);
        g_assert_true (g_file_set_contents (spill, "s", 1, NULL));
      }
      exit (0);
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  assert_only (dir, expected);

  /* A scratch folder a killed program left is swept a day later. */
  {
    g_autofree char *left = g_build_filename (dir, CW_OUTPUT_TEMP_PREFIX "KILLED", NULL);
    g_autofree char *spill = g_build_filename (left, "tmp.spill", NULL);
    g_autofree char *next = g_build_filename (dir, "next.txt", NULL);
    const char * const after[] = { "kept.txt", "next.txt", NULL };
    struct utimbuf day_before = { .actime = time (NULL) - 2 * 24 * 3600, .modtime = time (NULL) - 2 * 24 * 3600 };
    g_autoptr(GError) error = NULL;
    g_autoptr(CwOutput) output = NULL;

    g_assert_cmpint (g_mkdir (left, 0700), ==, 0);
    g_assert_true (g_file_set_contents (spill, "s", 1, NULL));
    g_assert_cmpint (utime (left, &day_before), ==, 0);
    output = cw_output_new (NULL, next, 0, &error);
    g_assert_no_error (error);
    g_assert_true (cw_output_commit (output, &error));
    assert_only (dir, after);
  }
  rel_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  rel_init_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reliability/outputs/refuse-database", test_refuse_database);
  g_test_add_func ("/reliability/outputs/refuse-default-database", test_refuse_default_database);
  g_test_add_func ("/reliability/outputs/refuse-wal-link", test_refuse_wal_link);
  g_test_add_func ("/reliability/outputs/refuse-backup", test_refuse_backup);
  g_test_add_func ("/reliability/outputs/names-beside", test_names_beside);
  g_test_add_func ("/reliability/outputs/replaces-whole", test_replaces_whole);
  g_test_add_func ("/reliability/outputs/full-disk", test_full_disk);
  g_test_add_func ("/reliability/outputs/killed", test_killed);
  g_test_add_func ("/reliability/outputs/exit-while-writing", test_exit_while_writing);

  status = g_test_run ();
  if (big_db != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (big_db);
      rel_remove_tree (dir);
    }
  return status;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-test-run"

#include "config.h"

#include <sys/wait.h>

#include "cw-test-core-private.h"
#include "cw-test-run.h"

static void
spawn (CwTestRun          *run,
       const char * const *argv,
       char              **env)
{
  g_autoptr(GError) error = NULL;
  int wait_status;

  cw_test_run_clear (run);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (wait_status))
    {
      g_autofree char *line = g_strjoinv (" ", (char **) argv);

      g_error ("%s died: %s", line, run->err);
    }
  run->status = WEXITSTATUS (wait_status);
  g_test_message ("%s: exit %d\nstdout:\n%s\nstderr:\n%s", argv[0], run->status, run->out, run->err);
}

void
cw_test_run_clear (CwTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  run->status = 0;
}

void
cw_test_run_cunwu (CwTestRun  *run,
                   const char *lang,
                   const char *first_arg,
                   ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list list;

  va_start (list, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (list, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (list);
  g_ptr_array_add (args, NULL);

  cw_test_run_cunwuv (run, lang, (const char * const *) args->pdata);
}

void
cw_test_run_cunwuv (CwTestRun          *run,
                    const char         *lang,
                    const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  const char *binary = g_getenv ("CUNWU_BINARY");

  /* Set by tests/meson.build. */
  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "LANG", lang, TRUE);
  env = g_environ_setenv (env, "LC_ALL", lang, TRUE);
  env = g_environ_setenv (env, "LANGUAGE", g_str_has_prefix (lang, "zh") ? "zh_CN" : "", TRUE);

  spawn (run, (const char * const *) argv->pdata, env);
}

gboolean
cw_test_have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s is not installed", name);

      g_test_skip (message);
      return FALSE;
    }

  return TRUE;
}

char *
cw_test_capture (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

void
cw_test_soffice_convert (CwTestRun  *run,
                         const char *file,
                         const char *filter,
                         const char *outdir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *office = g_build_filename (cw_test_get_root (), "libreoffice", NULL);
  g_autofree char *profile = g_build_filename (office, "profile", NULL);
  g_autofree char *home = g_build_filename (office, "home", NULL);
  g_autofree char *cache = g_build_filename (home, ".cache", NULL);
  g_autofree char *config = g_build_filename (home, ".config", NULL);
  g_autofree char *tmp = g_build_filename (office, "tmp", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, &error);
  g_autofree char *profile_option = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = {
    "soffice", profile_option, "--headless", "--norestore",
    "--convert-to", filter, "--outdir", outdir, file, NULL
  };

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (tmp, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (home, 0700), ==, 0);
  /* Without these LibreOffice would still write dconf's cache in the
   * real home and its temporary files in the real /tmp. */
  env = g_environ_setenv (env, "HOME", home, TRUE);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  env = g_environ_setenv (env, "TMPDIR", tmp, TRUE);

  spawn (run, argv, env);
}

GPtrArray *
cw_test_soffice_read_sheet (const char *xlsx,
                            int         sheet)
{
  g_autofree char *dir = g_path_get_dirname (xlsx);
  g_autofree char *outdir = g_strdup_printf ("%s/sheet%d", dir, sheet);
  g_autofree char *filter = g_strdup_printf ("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,%d",
                                             sheet);
  g_auto(CwTestRun) run = { 0 };
  g_autoptr(GDir) folder = NULL;
  const char *name;

  g_assert_cmpint (g_mkdir_with_parents (outdir, 0700), ==, 0);
  cw_test_soffice_convert (&run, xlsx, filter, outdir);
  /* LibreOffice names the file after the sheet, or not, by version. */
  folder = g_dir_open (outdir, 0, NULL);
  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".csv"))
      {
        g_autofree char *csv = g_build_filename (outdir, name, NULL);

        return cw_test_read_csv (csv);
      }
  g_error ("LibreOffice made no CSV of %s: %s %s", xlsx, run.out, run.err);
  return NULL;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-fuzz"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>

#include <glib/gstdio.h>

#include "cw-fuzz.h"

/* fuzz-seeds DIR: writes DIR/<target>/<seed> for every target and
 * DIR/cunwu.dict, for tests/fuzz/run.sh. */

static void
write_seed (const char *name,
            GBytes     *bytes,
            gpointer    user_data)
{
  const char *dir = user_data;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  g_file_set_contents (path, data != NULL ? data : "", (gssize) size, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dictionary = NULL;
  g_autofree char *dictionary_path = NULL;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      fprintf (stderr, "Usage: %s DIR\n", argv[0]);
      return 2;
    }

  for (CwFuzzTarget target = 0; target < CW_FUZZ_N_TARGETS; target++)
    {
      g_autofree char *dir = g_build_filename (argv[1], cw_fuzz_target_name (target), NULL);

      if (g_mkdir_with_parents (dir, 0755) != 0)
        g_error ("Cannot make %s: %s", dir, g_strerror (errno));
      cw_fuzz_seeds_foreach (target, write_seed, dir);
    }

  dictionary = cw_fuzz_dictionary ();
  dictionary_path = g_build_filename (argv[1], "cunwu.dict", NULL);
  g_file_set_contents (dictionary_path, dictionary, -1, &error);
  g_assert_no_error (error);
  return 0;
}

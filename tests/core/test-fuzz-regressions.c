/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-test"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "cw-fuzz.h"
#include "cw-test-core.h"

/* The fuzzers' entry points (tests/fuzz/cw-fuzz.h) in the normal build:
 * every input a fuzzer once crashed on, kept in
 * tests/fuzz/regressions/<target>/, and every seed must go through
 * without a crash, a critical or a broken promise. */

typedef struct
{
  CwFuzzTarget  target;
  char         *path;
} Input;

static void
input_free (gpointer data)
{
  Input *input = data;

  g_free (input->path);
  g_free (input);
}

static void
test_regression (gconstpointer data)
{
  const Input *input = data;
  g_autoptr(GBytes) bytes = cw_test_read_file (input->path);
  gsize size = 0;
  const guint8 *contents = g_bytes_get_data (bytes, &size);

  cw_fuzz_one (input->target, contents, size);
}

static void
run_seed (const char *name,
          GBytes     *bytes,
          gpointer    user_data)
{
  CwFuzzTarget target = GPOINTER_TO_UINT (user_data);
  gsize size = 0;
  const guint8 *contents = g_bytes_get_data (bytes, &size);

  g_test_message ("%s", name);
  cw_fuzz_one (target, contents, size);
}

static void
test_seeds (gconstpointer data)
{
  CwFuzzTarget target = GPOINTER_TO_UINT (data);

  cw_fuzz_seeds_foreach (target, run_seed, GUINT_TO_POINTER (target));
}

/* The dictionary is well formed: a quoted, escaped word a line. */
static void
test_dictionary (void)
{
  g_autofree char *dictionary = cw_fuzz_dictionary ();
  g_auto(GStrv) lines = g_strsplit (dictionary, "\n", -1);
  g_autoptr(GRegex) entry = g_regex_new ("^\"(\\\\x[0-9A-F]{2})+\"$", 0, 0, NULL);
  guint words = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      g_assert_true (g_regex_match (entry, lines[i], 0, NULL));
      words++;
    }
  /* 户号 in UTF-8 and GB18030. */
  g_assert_nonnull (strstr (dictionary, "\"\\xE6\\x88\\xB7\\xE5\\x8F\\xB7\""));
  g_assert_nonnull (strstr (dictionary, "\"\\xBB\\xA7\\xBA\\xC5\""));
  g_assert_cmpuint (words, >, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (input_free);

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  for (CwFuzzTarget target = 0; target < CW_FUZZ_N_TARGETS; target++)
    {
      const char *name = cw_fuzz_target_name (target);
      g_autofree char *dir = g_build_filename (FUZZ_REGRESSIONS_DIR, name, NULL);
      g_autoptr(GDir) files = g_dir_open (dir, 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *seeds_path = g_strdup_printf ("/fuzz/%s/seeds", name);
      const char *file;

      g_test_add_data_func (seeds_path, GUINT_TO_POINTER (target), test_seeds);

      while (files != NULL && (file = g_dir_read_name (files)) != NULL)
        g_ptr_array_add (names, g_strdup (file));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
      for (guint i = 0; i < names->len; i++)
        {
          Input *input = g_new0 (Input, 1);
          g_autofree char *path = g_strdup_printf ("/fuzz/%s/regression/%s", name, (char *) names->pdata[i]);

          input->target = target;
          input->path = g_build_filename (dir, names->pdata[i], NULL);
          g_ptr_array_add (inputs, input);
          g_test_add_data_func (path, input, test_regression);
        }
    }
  g_test_add_func ("/fuzz/dictionary", test_dictionary);

  return g_test_run ();
}

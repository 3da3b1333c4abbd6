/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-fuzz"

#include "config.h"

#include <locale.h>
#include <stdint.h>

#include "cw-fuzz.h"

/* One libFuzzer program per target, CW_FUZZ_TARGET set by
 * tests/fuzz/meson.build. */

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* As the tests run (tests/meson.build): the messages in English, and
   * a critical or a warning is a failure the fuzzer must keep. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "", TRUE);
  setlocale (LC_ALL, "");
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  /* Made now, not while the first input runs (whose allocations the
   * leak check counts). */
  if (cw_fuzz_target_importer (CW_FUZZ_TARGET) != NULL)
    cw_fuzz_database ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  cw_fuzz_one (CW_FUZZ_TARGET, data, size);
  return 0;
}

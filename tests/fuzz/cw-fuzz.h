/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"
#include "core/common/cw-importer.h"

G_BEGIN_DECLS

/* What the fuzzers feed (README "Fuzzing"): one target per kind of file
 * the clerk can hand the program. The same entry point runs under
 * libFuzzer (fuzz-target.c, a clang build with ASan and UBSan) and in the
 * normal suite (tests/core/test-fuzz-regressions.c), which replays every
 * input a fuzzer once crashed on and the seeds below.
 *
 * An input that breaks a promise of the reader or the importer (a report
 * line out of order, a field with blanks around it, text that is not
 * UTF-8, a transaction left open) aborts through g_assert, so the fuzzer
 * counts it as a crash like any sanitizer report. */
typedef enum
{
  CW_FUZZ_CSV_READER,       /* cw-csv-reader.h alone */
  CW_FUZZ_HOUSEHOLDS,       /* cw_household_importer */
  CW_FUZZ_POINT_RULES,      /* cw_point_rule_importer */
  CW_FUZZ_POINT_ENTRIES,    /* cw_point_entry_importer */
  CW_FUZZ_CASES,            /* cw_mediation_case_importer */
  CW_FUZZ_FOLLOWUPS,        /* cw_mediation_followup_importer */
  CW_FUZZ_CLOCKS,           /* cw_mediation_clock_importer */
  CW_FUZZ_FINANCE,          /* cw_finance_importer */
  CW_FUZZ_GRIDS,            /* cw_grid_importer */
  CW_FUZZ_GRID_PLACES,      /* cw_grid_household_importer */
  CW_FUZZ_PARTY_LINKS,      /* cw_party_link_importer */
  CW_FUZZ_BENEFIT_FLAGS,    /* cw_benefit_flag_importer */
  CW_FUZZ_N_TARGETS
} CwFuzzTarget;

/* "csv-reader", "households", "point-rules", "point-entries", "cases",
 * "followups", "clocks", "finance", "grids", "grid-places", "party-links",
 * "benefit-flags": the program's name after "fuzz-" and the folder of its
 * inputs. */
const char       *cw_fuzz_target_name    (CwFuzzTarget   target);
/* The register's importer; NULL for the CSV reader. */
const CwImporter *cw_fuzz_target_importer (CwFuzzTarget  target);

/* Runs one input. The CSV reader reads it from the top and again below
 * the roster's header. An importer imports it as a dry run, then for
 * real in a transaction of the harness's own that is rolled back, into
 * one demo village made on first use (a small one: each input is
 * imported in full), so every input meets the same register; the two
 * reports must be the same. */
void              cw_fuzz_one            (CwFuzzTarget   target,
                                          const guint8  *data,
                                          gsize          size);

/* The demo village the importers import into, made on first use. */
CwDatabase       *cw_fuzz_database       (void);

/* Seed inputs for @target (cw-fuzz-seeds.c): files as offices have them,
 * in their encodings, with title rows, quoted line breaks, the demo
 * village's own roster, rule book, entries, mediation ledger, follow-ups
 * and petition clocks, collective ledger, grid tree, grid places, party
 * links and benefit flags. */
typedef void (*CwFuzzSeedFunc) (const char *name,
                                GBytes     *bytes,
                                gpointer    user_data);
void              cw_fuzz_seeds_foreach  (CwFuzzTarget   target,
                                          CwFuzzSeedFunc func,
                                          gpointer       user_data);

/* A libFuzzer dictionary: every importer's header words and aliases,
 * in UTF-8 and GB18030, the words their fields hold, separators and
 * byte order marks. */
char             *cw_fuzz_dictionary     (void);

G_END_DECLS

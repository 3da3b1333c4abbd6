/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Running programs from a test: the cunwu program itself, as a clerk's
 * script runs it, and the programs that read our files back (poppler,
 * LibreOffice). */

typedef struct
{
  int   status;   /* the exit status */
  char *out;      /* standard output */
  char *err;      /* standard error */
} CwTestRun;

void     cw_test_run_clear       (CwTestRun          *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CwTestRun, cw_test_run_clear)

/* Runs $CUNWU_BINARY with the arguments up to NULL under @lang
 * ("C.UTF-8", "zh_CN.UTF-8"): LANG and LC_ALL are @lang, LANGUAGE is
 * zh_CN under a Chinese @lang and empty otherwise. @run is cleared first.
 * The test fails when the program does not exit by itself (a crash); its
 * output goes to the test's log. */
void     cw_test_run_cunwu       (CwTestRun          *run,
                                  const char         *lang,
                                  const char         *first_arg,
                                  ...) G_GNUC_NULL_TERMINATED;
void     cw_test_run_cunwuv      (CwTestRun          *run,
                                  const char         *lang,
                                  const char * const *args);

/* Whether @name is on PATH; when it is not, the test is skipped with a
 * message saying so. */
gboolean cw_test_have_program    (const char         *name);
/* The standard output of @argv (looked up on PATH), which must exit with
 * status 0; its standard error is dropped. */
char    *cw_test_capture         (const char * const *argv);

/* LibreOffice (soffice, headless) converts @file with @filter
 * ("csv:Text - txt - csv (StarCalc):…") into @outdir; @run gets its
 * output, for the message when no file came out. A test program has a
 * LibreOffice profile of its own, so programs running side by side do not
 * wait for each other's lock; LibreOffice's home and temporary folders
 * are the program's too, so it writes nothing in the real home or /tmp.
 * All of it goes with the program's folder. */
void     cw_test_soffice_convert (CwTestRun          *run,
                                  const char         *file,
                                  const char         *filter,
                                  const char         *outdir);
/* Sheet @sheet (from 1) of the workbook @xlsx as LibreOffice reads it:
 * its rows, each a GStrv of cells, converted in a folder "sheetN" beside
 * it. The test fails when LibreOffice makes nothing of it. */
GPtrArray *cw_test_soffice_read_sheet (const char        *xlsx,
                                       int                sheet);

G_END_DECLS

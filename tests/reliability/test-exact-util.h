/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"
#include "cw-test-core.h"
#include "cw-test-run.h"

G_BEGIN_DECLS

/* What the test-exact-* programs (issue 8, wrong results) share, on top of
 * tests/lib (cw-test-core.h, cw-test-run.h) and reliability-util.h: a
 * village in a test folder with one group and two households, rules and
 * reviewed entries made through core as the window makes them. */

/* The program's locale and translations (rel_init_locale()), then
 * g_test_init(): each test runs in English and in Chinese. */
void         exact_init               (int           *argc,
                                       char        ***argv);
/* The locale to run the program in (cw_test_run_cunwu()): the test's own. */
const char  *exact_lang               (void);

typedef struct
{
  CwDatabase *db;
  CwTestDir   dir;
  char       *path;
  gint64      group;
  gint64      a, b;   /* households 0001 (张三) and 0002 (李四) */
} ExactVillage;

void    exact_village_set_up      (ExactVillage  *v);
void    exact_village_tear_down   (ExactVillage  *v);

gint64  exact_household           (ExactVillage  *v,
                                   const char    *number,
                                   const char    *head_name);
void    exact_rule                (ExactVillage  *v,
                                   const char    *code,
                                   int            points);
/* An entry of @quantity uses of @code on @date, reviewed. */
gint64  exact_enter_reviewed      (ExactVillage  *v,
                                   gint64         household,
                                   const char    *code,
                                   const char    *date,
                                   int            quantity);
/* Publishes a quarter that has ended, with a week of publicity. */
void    exact_publish             (ExactVillage  *v,
                                   const char    *quarter,
                                   const char    *from,
                                   const char    *to);

/* @error is @code and its message begins with the field it is about, as
 * the editors find it ("Points: …", "分值：…"): @english or, in the
 * Chinese run, @chinese. */
void    exact_assert_field        (const GError  *error,
                                   int            code,
                                   const char    *english,
                                   const char    *chinese);

G_END_DECLS

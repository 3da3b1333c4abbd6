/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* What the test-exact-* programs (issue 8, wrong results) share: a village
 * in a temporary folder with one group and two households, rules and
 * reviewed entries made through core as the window makes them, and the
 * real program run as a clerk's script runs it. */
typedef struct
{
  CwDatabase *db;
  char       *dir;
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

typedef struct
{
  int   status;
  char *out;
  char *err;
} ExactRun;

void    exact_run_clear           (ExactRun      *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExactRun, exact_run_clear)

/* `cunwu --db PATH ARG…` in C.UTF-8; NULL-terminated. */
void    exact_run_cli             (ExactRun      *run,
                                   const char    *db_path,
                                   ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS

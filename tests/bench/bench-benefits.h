/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* What the benefits rows of bench-township.c set up on the township, and
 * their bare work. The caller holds a transaction it rolls back, so the
 * kept township stays as built. */

#define BENCH_BENEFITS_DAY      "2026-10-18"
#define BENCH_BENEFITS_REVIEWED "2026-10-10"

/* A draft of the Double-Ninth rule (men 60, women 55 on
 * BENCH_BENEFITS_DAY, ¥100) under a name of its own, so that the demo's
 * 重阳节慰问 of the year, approved and paid, keeps nobody off it. */
gint64  bench_benefits_programme   (CwDatabase  *db);
/* The same persons bare: present on the day, men born 60 years before it
 * or earlier, women 55, in group and household order, the columns the
 * list shows read, no objects made. Returns how many. */
guint   bench_benefits_bare_list   (CwDatabase  *db);

/* 参与土地分配 for nine in ten present persons, as most of a township's
 * villagers hold it (the demo gives it to a few new students only).
 * Returns the flags held. */
guint   bench_benefits_flags       (CwDatabase  *db);
/* The flags page's rows read bare: the same columns and order. */
void    bench_benefits_bare_flags  (CwDatabase  *db);

/* The bare signature sheet of @rows (CwBeneficiary): the same rows' text
 * in the same font, one line after another, as tall as the sheet's rows,
 * without table, header or totals. Returns the milliseconds it took. */
double  bench_benefits_bare_sheet  (GListModel  *rows,
                                    const char  *path,
                                    int         *n_pages);

/* The awards of @year in force with their households' reviewed points of
 * the year, bare: one GROUP BY over the year's entries. Returns how many. */
guint   bench_benefits_bare_awards (CwDatabase  *db,
                                    int          year);

G_END_DECLS

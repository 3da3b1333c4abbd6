/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Called now and then while the demo is made, in the thread making it:
 * @done of @total steps are written. */
typedef void (*CwDemoProgressFunc) (guint    done,
                                    guint    total,
                                    gpointer user_data);

typedef struct
{
  /* Households to generate; 0 for the register's default demo size. */
  guint               households;
  /* Point entries over the two demo years; 0 for about 24 a household. */
  guint               point_entries;
  /* Both may be NULL. A cancel rolls everything back (CW_ERROR_CANCELLED). */
  CwDemoProgressFunc  progress;
  gpointer            progress_data;
  GCancellable       *cancellable;
} CwDemoOptions;

/* Fills an empty database with the fictional village 青山村: its groups,
 * households and people (families as they can be: spouses of marrying
 * age, parents at least 20 years older than their children, ID numbers
 * that agree with birth date and sex), a points rule book with two years of entries
 * (2025Q1 to 2026Q4, 2026Q3 published), and a points shop with goods and
 * redemptions. Always the same for the same options, so tests and
 * screenshots can count on it. Refuses (CW_ERROR_EXISTS) a database that holds a village. */
gboolean cw_demo_fill (CwDatabase           *db,
                       const CwDemoOptions  *options,
                       GError              **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "cw-database.h"

G_BEGIN_DECLS

typedef struct
{
  /* Households to generate; 0 for the register's default demo size. */
  guint households;
} CwDemoOptions;

/* Fills an empty database with the fictional village 青山村 and its eight
 * groups, always the same for the same options, so tests and screenshots can
 * count on it. Refuses (CW_ERROR_EXISTS) a database that holds a village. */
gboolean cw_demo_fill (CwDatabase           *db,
                       const CwDemoOptions  *options,
                       GError              **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_OVERVIEW_PAGE (cw_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (CwOverviewPage, cw_overview_page, CW, OVERVIEW_PAGE, AdwBin)

/* The village at a glance: its counts and what needs attention, from
 * cw_summary_load(). Follows the database's "changed" signal. */
GtkWidget *cw_overview_page_new (CwDatabase *db);

G_END_DECLS

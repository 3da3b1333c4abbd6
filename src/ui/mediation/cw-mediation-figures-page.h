/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_MEDIATION_FIGURES_PAGE (cw_mediation_figures_page_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationFiguresPage, cw_mediation_figures_page, CW, MEDIATION_FIGURES_PAGE, AdwBin)

/* The register's figures of a year and its quarters, the lines of the
 * township ledger's statistics sheet (cw_mediation_figures()), read again
 * when the cases change while the page is shown. */
GtkWidget *cw_mediation_figures_page_new      (CwDatabase             *db);
void       cw_mediation_figures_page_set_year (CwMediationFiguresPage *self,
                                               int                     year);
/* The text shown at @row (0 = the header) and @column, for the tests. */
const char *cw_mediation_figures_page_get_cell (CwMediationFiguresPage *self,
                                                guint                   row,
                                                guint                   column);

G_END_DECLS

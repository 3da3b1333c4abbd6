/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_MEDIATION_FIGURES_PAGE (cw_mediation_figures_page_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationFiguresPage, cw_mediation_figures_page, CW, MEDIATION_FIGURES_PAGE, AdwBin)

/* The register's figures of a year and its quarters, the lines of the
 * township ledger's statistics sheet (cw_mediation_figures()), read again
 * when the cases change while the page is shown; and that ledger's export. */
GtkWidget *cw_mediation_figures_page_new      (CwDatabase             *db);
void       cw_mediation_figures_page_set_year (CwMediationFiguresPage *self,
                                               int                     year);
/* The text shown at @row (0 = the header) and @column, for the tests. */
const char *cw_mediation_figures_page_get_cell (CwMediationFiguresPage *self,
                                                guint                   row,
                                                guint                   column);

/* The year's ledger (台账 .xlsx, cw_mediation_export_ledger_full()) to
 * @path as a job on the page's bar, with progress and Cancel; ID and
 * phone numbers masked unless @full. The figures.export-ledger actions
 * ask where first. */
void       cw_mediation_figures_page_export_ledger (CwMediationFiguresPage *self,
                                                    const char             *path,
                                                    gboolean                full);
/* Whether an export is being chosen or written. */
gboolean   cw_mediation_figures_page_get_exporting (CwMediationFiguresPage *self);

G_END_DECLS

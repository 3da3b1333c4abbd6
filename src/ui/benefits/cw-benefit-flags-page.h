/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ui/common/cw-import-dialog.h"
#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_BENEFIT_FLAGS_PAGE (cw_benefit_flags_page_get_type ())
G_DECLARE_FINAL_TYPE (CwBenefitFlagsPage, cw_benefit_flags_page, CW, BENEFIT_FLAGS_PAGE, CwListPage)

/* The person flags a programme's rule may ask for (参与土地分配 …): who
 * holds which since when; with "Show ended" also those ended, with the
 * day and the reason. Actions: flags.new (a flag for a person found by
 * typing), flags.end (the selected flag ends on a day, for a reason; the
 * row stays), flags.import (a CSV file through the import dialog). */
GtkWidget      *cw_benefit_flags_page_new    (CwDatabase         *db);
/* The import dialog, shown, before a file is chosen. */
CwImportDialog *cw_benefit_flags_page_import (CwBenefitFlagsPage *self);

G_END_DECLS

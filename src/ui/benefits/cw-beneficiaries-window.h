/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_BENEFICIARIES_WINDOW (cw_beneficiaries_window_get_type ())
G_DECLARE_FINAL_TYPE (CwBeneficiariesWindow, cw_beneficiaries_window, CW, BENEFICIARIES_WINDOW, AdwWindow)

/* One programme's list of persons in a window of its own over @owner's:
 * the list computed on the programme's date while it is a draft, frozen
 * once approved; searched, sorted, and changed person by person (add,
 * pay, not collected, take off), each change with Undo. */
CwBeneficiariesWindow *cw_beneficiaries_window_new  (GtkWidget  *owner,
                                                     CwDatabase *db,
                                                     gint64      programme_id);
/* The list page inside (transfer none). */
GtkWidget             *cw_beneficiaries_window_get_page (CwBeneficiariesWindow *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* One person flag as the flags page lists it: who holds it (name, group,
 * 户号), the word, since when and, once ended, until when and why. The
 * properties are read-only: a flag changes through cw-benefit-flag.h. */

#define CW_TYPE_BENEFIT_FLAG_ROW (cw_benefit_flag_row_get_type ())
G_DECLARE_FINAL_TYPE (CwBenefitFlagRow, cw_benefit_flag_row, CW, BENEFIT_FLAG_ROW, GObject)

gint64      cw_benefit_flag_row_get_id               (CwBenefitFlagRow *self);
gint64      cw_benefit_flag_row_get_person_id        (CwBenefitFlagRow *self);
const char *cw_benefit_flag_row_get_name             (CwBenefitFlagRow *self);
const char *cw_benefit_flag_row_get_group_name       (CwBenefitFlagRow *self);
const char *cw_benefit_flag_row_get_household_number (CwBenefitFlagRow *self);
const char *cw_benefit_flag_row_get_flag             (CwBenefitFlagRow *self);
const char *cw_benefit_flag_row_get_since            (CwBenefitFlagRow *self);
/* "" while the flag is held. */
const char *cw_benefit_flag_row_get_until            (CwBenefitFlagRow *self);
const char *cw_benefit_flag_row_get_reason           (CwBenefitFlagRow *self);

/* The flags held now (no end recorded), or with @ended every flag ever
 * recorded; by group, household, name, flag and start. */
GListModel *cw_benefit_flag_rows (CwDatabase  *db,
                                  gboolean     ended,
                                  GError     **error);

G_END_DECLS

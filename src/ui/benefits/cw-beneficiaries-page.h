/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/benefits/cw-benefit-programme.h"
#include "ui/common/cw-list-page.h"

G_BEGIN_DECLS

#define CW_TYPE_BENEFICIARIES_PAGE (cw_beneficiaries_page_get_type ())
G_DECLARE_FINAL_TYPE (CwBeneficiariesPage, cw_beneficiaries_page, CW, BENEFICIARIES_PAGE, CwListPage)

/* A programme's list of persons. Actions: persons.new (put a person on
 * it), persons.approve, persons.pay (the selected person), persons.pay-all,
 * persons.not-collected, persons.remove, persons.print (the signature
 * sheet), persons.export. The "programme" property is the programme as
 * last read (NULL before). */
GtkWidget          *cw_beneficiaries_page_new           (CwDatabase          *db,
                                                         gint64               programme_id);
CwBenefitProgramme *cw_beneficiaries_page_get_programme (CwBeneficiariesPage *self);

G_END_DECLS

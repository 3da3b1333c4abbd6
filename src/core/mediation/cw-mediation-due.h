/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_MEDIATION_DUE (cw_mediation_due_get_type ())
G_DECLARE_FINAL_TYPE (CwMediationDue, cw_mediation_due, CW, MEDIATION_DUE, GObject)

/* One line of the deadlines board: a case, what it owes and by when.
 * Properties: case-id, number, parties, kind ("settle", "petition-decide",
 * "petition-finish", "confirm", "followup"), what (the kind in the clerk's
 * words), due (YYYY-MM-DD), days-left (negative when late). */
gint64      cw_mediation_due_get_case_id   (CwMediationDue *self);
const char *cw_mediation_due_get_number    (CwMediationDue *self);
const char *cw_mediation_due_get_parties   (CwMediationDue *self);
const char *cw_mediation_due_get_kind      (CwMediationDue *self);
const char *cw_mediation_due_get_what      (CwMediationDue *self);
const char *cw_mediation_due_get_due       (CwMediationDue *self);
int         cw_mediation_due_get_days_left (CwMediationDue *self);

/* How many days before its due date a line comes onto the board. */
#define CW_MEDIATION_DUE_NOTICE_DAYS 7

/* The board on @on (YYYY-MM-DD; NULL: today), the most urgent first:
 * every obligation of the view mediation_due (0007-mediation.sql) from
 * CW_MEDIATION_DUE_NOTICE_DAYS days before its date — and, once late,
 * until it is done; except a 司法确认 window, which is gone once closed. */
GListModel *cw_mediation_due_list          (CwDatabase     *db,
                                            const char     *on,
                                            GError        **error);

G_END_DECLS

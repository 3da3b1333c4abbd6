/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Where a row of a list came from, and its states. */
#define CW_BENEFICIARY_ORIGIN_RULE "rule"   /* computed from the programme's rule */
#define CW_BENEFICIARY_ORIGIN_HAND "hand"   /* nominated before approval */
#define CW_BENEFICIARY_ORIGIN_LATE "late"   /* added after approval, with a reason */
#define CW_BENEFICIARY_LISTED        "listed"
#define CW_BENEFICIARY_PAID          "paid"
#define CW_BENEFICIARY_NOT_COLLECTED "not_collected"
#define CW_BENEFICIARY_REMOVED       "removed"

const char *cw_beneficiary_state_label  (const char *state);
const char *cw_beneficiary_origin_label (const char *origin);

#define CW_TYPE_BENEFICIARY (cw_beneficiary_get_type ())
G_DECLARE_FINAL_TYPE (CwBeneficiary, cw_beneficiary, CW, BENEFICIARY, GObject)

/* One row of a programme's list. Properties (read-only): id (0 while the
 * row is only computed), key (the person's id as text), person-id,
 * household-id, name, sex ("M"/"F"/""), age (on the programme's date, -1
 * unknown), household-number, group-name, group-position, amount (fen),
 * origin, reason, state, state-date, state-by, state-reason. */
gint64      cw_beneficiary_get_id               (CwBeneficiary *self);
gint64      cw_beneficiary_get_person_id        (CwBeneficiary *self);
gint64      cw_beneficiary_get_household_id     (CwBeneficiary *self);
const char *cw_beneficiary_get_name             (CwBeneficiary *self);
const char *cw_beneficiary_get_sex              (CwBeneficiary *self);
int         cw_beneficiary_get_age              (CwBeneficiary *self);
const char *cw_beneficiary_get_household_number (CwBeneficiary *self);
const char *cw_beneficiary_get_group_name       (CwBeneficiary *self);
gint64      cw_beneficiary_get_amount           (CwBeneficiary *self);
const char *cw_beneficiary_get_origin           (CwBeneficiary *self);
const char *cw_beneficiary_get_reason           (CwBeneficiary *self);
const char *cw_beneficiary_get_state            (CwBeneficiary *self);
const char *cw_beneficiary_get_state_date       (CwBeneficiary *self);
const char *cw_beneficiary_get_state_by         (CwBeneficiary *self);
const char *cw_beneficiary_get_state_reason     (CwBeneficiary *self);

/* The programme's list in group, household and member order: while it is
 * a draft, the persons its rule finds on its date and those nominated by
 * hand; once approved, the frozen list, removed rows included (their
 * state says so). Persons not present on the date (died or moved out on
 * or before it), not yet born, or already on a programme of the same
 * name that year are not found. */
GListModel *cw_beneficiary_list      (CwDatabase   *db,
                                      gint64        programme_id,
                                      GError      **error);
/* The row of the list for a person given by ID number or name (a name two
 * persons share is refused, saying so); NULL with CW_ERROR_NOT_FOUND when
 * the person is not on it. */
CwBeneficiary *cw_beneficiary_find   (CwDatabase   *db,
                                      gint64        programme_id,
                                      const char   *who,
                                      GError      **error);
/* Puts a person on the list: before approval a nomination (a programme
 * nominated by hand still holds its rule: a flag, an age …); after it a
 * late addition, which needs @reason. @amount is in fen, -1 for the
 * programme's. The person must be present on the programme's date and
 * not yet on a programme of that name that year. */
gboolean    cw_beneficiary_add       (CwDatabase   *db,
                                      gint64        programme_id,
                                      gint64        person_id,
                                      gint64        amount,
                                      const char   *reason,
                                      GError      **error);
/* Takes a row off the list (a death before payment …): its state becomes
 * removed, with the date and reason; a paid row cannot be removed. */
gboolean    cw_beneficiary_remove    (CwDatabase   *db,
                                      gint64        beneficiary_id,
                                      const char   *date,
                                      const char   *reason,
                                      GError      **error);
/* What one payment did: how many were paid, how much (fen), and the
 * collective ledger's entry the money went to. */
typedef struct
{
  guint  persons;
  gint64 amount;
  gint64 ledger_entry;
} CwBenefitPayment;

/* Pays an approved programme's row (@beneficiary_id), or every row still
 * listed (@beneficiary_id 0), on @date, handed out by @paid_by; a row
 * paid already is refused. The money paid enters the collective ledger
 * as an expense (see cw-benefit-ledger.h) in the same change: refused as
 * the ledger refuses it (a day in the future or in a closed month, an
 * account not in that year's chart). @payment (may be NULL) gets what
 * was done. */
gboolean    cw_beneficiary_pay       (CwDatabase       *db,
                                      gint64            programme_id,
                                      gint64            beneficiary_id,
                                      const char       *date,
                                      const char       *paid_by,
                                      CwBenefitPayment *payment,
                                      GError          **error);
/* A listed row whose person did not come for it (未领取). */
gboolean    cw_beneficiary_set_not_collected (CwDatabase *db,
                                              gint64      beneficiary_id,
                                              const char *date,
                                              const char *reason,
                                              GError    **error);

/* Persons on approved lists still waiting for their money (listed, not
 * paid, not marked not collected), for the Overview. */
guint       cw_beneficiary_count_waiting (CwDatabase *db);

G_END_DECLS

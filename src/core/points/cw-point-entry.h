/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_POINT_ENTRY (cw_point_entry_get_type ())
G_DECLARE_FINAL_TYPE (CwPointEntry, cw_point_entry, CW, POINT_ENTRY, GObject)

/* The states of an entry, as stored: recorded and waiting for review
 * (待审核), reviewed (已审核, it counts), rejected (驳回). */
#define CW_POINT_STATE_PENDING  "pending"
#define CW_POINT_STATE_REVIEWED "reviewed"
#define CW_POINT_STATE_REJECTED "rejected"

/* One point entry: a household (scheme "household") or a party member
 * (scheme "party") earned or lost points by a rule. Read-only record;
 * properties: id, scheme, subject-id, subject-name (household head or
 * member), household-number, group-name, rule-code, rule-description,
 * category, entry-date, quarter, quantity, points, note, evidence,
 * recorded-by, state, reviewed-by, reject-reason, reverses-id,
 * corrects-quarter. */
gint64       cw_point_entry_get_id               (CwPointEntry *self);
const char  *cw_point_entry_get_scheme           (CwPointEntry *self);
gint64       cw_point_entry_get_subject_id       (CwPointEntry *self);
const char  *cw_point_entry_get_subject_name     (CwPointEntry *self);
const char  *cw_point_entry_get_household_number (CwPointEntry *self);
const char  *cw_point_entry_get_group_name       (CwPointEntry *self);
const char  *cw_point_entry_get_rule_code        (CwPointEntry *self);
const char  *cw_point_entry_get_rule_description (CwPointEntry *self);
const char  *cw_point_entry_get_category         (CwPointEntry *self);
const char  *cw_point_entry_get_entry_date       (CwPointEntry *self);
const char  *cw_point_entry_get_quarter          (CwPointEntry *self);
int          cw_point_entry_get_quantity         (CwPointEntry *self);
gint64       cw_point_entry_get_points           (CwPointEntry *self);
const char  *cw_point_entry_get_note             (CwPointEntry *self);
const char  *cw_point_entry_get_state            (CwPointEntry *self);
const char  *cw_point_entry_get_reject_reason    (CwPointEntry *self);
gint64       cw_point_entry_get_reverses_id      (CwPointEntry *self);
const char  *cw_point_entry_state_label          (const char   *state);

/* Records an entry: points = the rule's points × quantity, fixed now. The
 * subject is a household id (scheme household) or a person id (party, who
 * must be a party member). Refused: a retired rule, a rule of the other
 * scheme, a date in a published quarter, a date in the future, and going
 * past the rule's quarter cap (the message says how much is left).
 * Returns the new entry's id, 0 on error. */
gint64       cw_point_entry_add                  (CwDatabase   *db,
                                                  const char   *scheme,
                                                  gint64        subject_id,
                                                  const char   *rule_code,
                                                  const char   *date,
                                                  gint64        quantity,
                                                  const char   *note,
                                                  const char   *evidence,
                                                  GError      **error);
/* The same rule for many subjects at once (a group clean-up day): all or
 * nothing; the error names every subject that was refused and why. */
gboolean     cw_point_entry_add_many             (CwDatabase   *db,
                                                  const char   *scheme,
                                                  const gint64 *subject_ids,
                                                  guint         n_subjects,
                                                  const char   *rule_code,
                                                  const char   *date,
                                                  gint64        quantity,
                                                  const char   *note,
                                                  GError      **error);
/* A subject cw_point_entry_add_each() left out, and why: a sentence that
 * names it ("0012: rule HJ02 is capped …", "Household 0031 has left the
 * register …"). */
typedef struct
{
  gint64  subject_id;
  char   *reason;
} CwPointSkipped;

void         cw_point_skipped_free               (CwPointSkipped *skipped);

/* The same rule for many subjects, each on its own: those the rules refuse
 * (past the quarter cap, moved out, no longer a party member …) are
 * skipped, the others saved, all in one change (one Undo). Returns the
 * skipped, in the order given (an empty array when none; transfer full),
 * and in @n_saved how many were saved; when none was, nothing is written.
 * NULL with @error when the batch as a whole is refused (the rule, the
 * date, the database) and nothing is written. */
GPtrArray   *cw_point_entry_add_each             (CwDatabase   *db,
                                                  const char   *scheme,
                                                  const gint64 *subject_ids,
                                                  guint         n_subjects,
                                                  const char   *rule_code,
                                                  const char   *date,
                                                  int           quantity,
                                                  const char   *note,
                                                  guint        *n_saved,
                                                  GError      **error);
/* Review (审核) pending entries: reviewed by the operator, now. Entries in
 * a published quarter or not pending are refused. */
gboolean     cw_point_entry_review               (CwDatabase   *db,
                                                  const gint64 *ids,
                                                  guint         n_ids,
                                                  GError      **error);
/* Every pending entry of a quarter (and scheme, NULL = both); *n_reviewed
 * says how many. */
gboolean     cw_point_entry_review_quarter       (CwDatabase   *db,
                                                  const char   *quarter,
                                                  const char   *scheme,
                                                  guint        *n_reviewed,
                                                  GError      **error);
gboolean     cw_point_entry_reject               (CwDatabase   *db,
                                                  gint64        id,
                                                  const char   *reason,
                                                  GError      **error);
/* Corrects a reviewed entry by a reversing entry (the negated points,
 * reviewed at once) dated @date with a reason. When the original lies in
 * a published quarter, @date must lie in an open one and the reversal
 * names the old quarter. Returns the reversal's id. */
gint64       cw_point_entry_reverse              (CwDatabase   *db,
                                                  gint64        id,
                                                  const char   *date,
                                                  const char   *reason,
                                                  GError      **error);
/* Entries of a quarter (NULL = all) in a state (NULL = all) and scheme
 * (NULL = both), newest first; @subject_id 0 = everybody. */
GListModel  *cw_point_entry_list                 (CwDatabase   *db,
                                                  const char   *scheme,
                                                  gint64        subject_id,
                                                  const char   *quarter,
                                                  const char   *state,
                                                  GError      **error);

/* How many entries wait for review, without loading them. */
guint        cw_point_entry_count_pending        (CwDatabase   *db);
/* The same for one quarter and scheme (NULL = both); -1 with @error set
 * when the register cannot be read. */
gint64       cw_point_entry_count_pending_in     (CwDatabase   *db,
                                                  const char   *quarter,
                                                  const char   *scheme,
                                                  GError      **error);

G_END_DECLS

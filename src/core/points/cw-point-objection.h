/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_POINT_OBJECTION (cw_point_objection_get_type ())
G_DECLARE_FINAL_TYPE (CwPointObjection, cw_point_objection, CW, POINT_OBJECTION, GObject)

/* 异议: an objection raised against a subject's total of a published
 * quarter, and what became of it. Read-only record; properties: id,
 * quarter, scheme ("household" or "party"), subject-id, subject-name (the
 * household head or the party member), household-number, raised-on,
 * raised-by, content, outcome ("open", "upheld", "dismissed"),
 * outcome-note, decided-on ("" while open). Recorded and decided with
 * cw_point_quarter_add_objection() and cw_point_quarter_decide_objection(). */
gint64      cw_point_objection_get_id               (CwPointObjection *self);
const char *cw_point_objection_get_quarter          (CwPointObjection *self);
const char *cw_point_objection_get_scheme           (CwPointObjection *self);
gint64      cw_point_objection_get_subject_id       (CwPointObjection *self);
const char *cw_point_objection_get_subject_name     (CwPointObjection *self);
const char *cw_point_objection_get_household_number (CwPointObjection *self);
const char *cw_point_objection_get_raised_on        (CwPointObjection *self);
const char *cw_point_objection_get_raised_by        (CwPointObjection *self);
const char *cw_point_objection_get_content          (CwPointObjection *self);
const char *cw_point_objection_get_outcome          (CwPointObjection *self);
const char *cw_point_objection_get_outcome_note     (CwPointObjection *self);
const char *cw_point_objection_get_decided_on       (CwPointObjection *self);
gboolean    cw_point_objection_is_open              (CwPointObjection *self);

/* The objections of a quarter (NULL = every quarter), open ones first,
 * then in the order they were raised. */
GListModel *cw_point_objection_list                 (CwDatabase       *db,
                                                     const char       *quarter,
                                                     GError          **error);

G_END_DECLS

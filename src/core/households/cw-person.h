/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"
#include "core/households/cw-vocabulary.h"

G_BEGIN_DECLS

#define CW_TYPE_PERSON (cw_person_get_type ())
G_DECLARE_FINAL_TYPE (CwPerson, cw_person, CW, PERSON, GObject)

/* A member of a household. Editors work on a cw_person_copy() and save it
 * with cw_person_add()/cw_person_update(). Dates are "YYYY-MM-DD" or "";
 * sex is "M", "F" or ""; statuses are the codes of cw-vocabulary.h.
 * All string properties are never NULL. Properties (for binding):
 * id, household-id, position, name, relation, sex, birth-date, id-number,
 * ethnicity, phone, education, political, party-join-date, tags,
 * disability, notes, status, status-date, status-reason, and the read-only
 * household-number and group-name (filled by list queries). */
CwPerson   *cw_person_new                 (void);
CwPerson   *cw_person_copy                (CwPerson    *self);

gint64      cw_person_get_id              (CwPerson    *self);
gint64      cw_person_get_household_id    (CwPerson    *self);
void        cw_person_set_household_id    (CwPerson    *self,
                                           gint64       household_id);
const char *cw_person_get_name            (CwPerson    *self);
const char *cw_person_get_relation        (CwPerson    *self);
const char *cw_person_get_sex             (CwPerson    *self);
const char *cw_person_get_birth_date      (CwPerson    *self);
const char *cw_person_get_id_number       (CwPerson    *self);
const char *cw_person_get_ethnicity       (CwPerson    *self);
const char *cw_person_get_phone           (CwPerson    *self);
const char *cw_person_get_education       (CwPerson    *self);
const char *cw_person_get_political       (CwPerson    *self);
const char *cw_person_get_party_join_date (CwPerson    *self);
const char *cw_person_get_tags            (CwPerson    *self);
const char *cw_person_get_disability      (CwPerson    *self);
const char *cw_person_get_notes           (CwPerson    *self);
const char *cw_person_get_status          (CwPerson    *self);
const char *cw_person_get_status_date     (CwPerson    *self);
const char *cw_person_get_status_reason   (CwPerson    *self);
const char *cw_person_get_household_number (CwPerson   *self);
const char *cw_person_get_group_name      (CwPerson    *self);
/* Age in whole years on a day; -1 when the birth date is unknown. */
int         cw_person_get_age_on          (CwPerson    *self,
                                           const GDate *on);
/* Present: still a member of the household (in the register or working
 * away), not moved out or deceased. */
gboolean    cw_person_is_present          (CwPerson    *self);
/* The head of the household: relation 户主 and present. */
gboolean    cw_person_is_head             (CwPerson    *self);
gboolean    cw_person_is_party_member     (CwPerson    *self);
/* Whether the person matches what a clerk typed in a search field, by the
 * rules of cw_household_matches(): each word of @query (case-folded) is
 * in the 户号 of the person's household, the name, the ID number, the
 * phone, or the pinyin or pinyin initials of the name ("zs" for 张三).
 * NULL or "" matches everybody. */
gboolean    cw_person_matches             (CwPerson    *self,
                                           const char  *query);

/* Setters take what a person typed; cw_person_validate() judges it. */
void        cw_person_set_text            (CwPerson    *self,
                                           const char  *property,
                                           const char  *value);

/* Checks and normalises a record as typed: name present, relation known,
 * ID number valid (GB 11643) — then birth date and sex are filled from it,
 * and must agree with it when both are given — dates real, phone valid.
 * The first problem is the error; error->code is CW_ERROR_INVALID and the
 * GError message names the field. */
gboolean    cw_person_validate            (CwPerson    *self,
                                           GError     **error);

CwPerson   *cw_person_load                (CwDatabase  *db,
                                           gint64       id,
                                           GError     **error);
/* The members of a household in their order, heads first. */
GListModel *cw_person_list_for_household  (CwDatabase  *db,
                                           gint64       household_id,
                                           GError     **error);
/* Validates, refuses an ID number already in the village (naming who has
 * it) and a second head, and saves. Sets the new id on @person. */
gboolean    cw_person_add                 (CwDatabase  *db,
                                           CwPerson    *person,
                                           GError     **error);
gboolean    cw_person_update              (CwDatabase  *db,
                                           CwPerson    *person,
                                           GError     **error);
/* Moves a member into another household with a new relation there. */
gboolean    cw_person_move                (CwDatabase  *db,
                                           gint64       person_id,
                                           gint64       to_household_id,
                                           const char  *relation,
                                           GError     **error);

G_END_DECLS

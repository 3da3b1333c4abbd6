/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"
#include "core/notices/cw-notice-item.h"

G_BEGIN_DECLS

/* The way of a notice. EXPIRED is never stored: a posted notice whose
 * publicity period has ended (cw_notice_get_state_on()). */
typedef enum
{
  CW_NOTICE_DRAFT,
  CW_NOTICE_REVIEWED,
  CW_NOTICE_SETTLED,
  CW_NOTICE_POSTED,
  CW_NOTICE_EXPIRED,
  CW_NOTICE_WITHDRAWN,
  CW_N_NOTICE_STATES
} CwNoticeState;

const char *cw_notice_state_name (CwNoticeState state);

/* Days a villager's question waits for its answer (质询, DOMAIN.md). */
#define CW_NOTICE_ANSWER_DAYS 10

#define CW_TYPE_NOTICE (cw_notice_get_type ())
G_DECLARE_FINAL_TYPE (CwNotice, cw_notice, CW, NOTICE, GObject)

/* A new draft: kind, title and publicity period; the rest by setters. */
CwNotice     *cw_notice_new               (CwNoticeKind   kind,
                                           const char    *title,
                                           const char    *from,
                                           const char    *to);
CwNotice     *cw_notice_copy              (CwNotice      *self);
/* A new village-affairs draft publicised from @from for the office's
 * usual days (cw_settings_get_notice_days()): what a new notice starts as. */
CwNotice     *cw_notice_new_draft         (CwDatabase    *db,
                                           const char    *from);

gint64        cw_notice_get_id            (CwNotice      *self);
/* "2026-001"; "" before it is added. */
const char   *cw_notice_get_number        (CwNotice      *self);
CwNoticeKind  cw_notice_get_kind          (CwNotice      *self);
void          cw_notice_set_kind          (CwNotice      *self,
                                           CwNoticeKind   kind);
/* 0 when the notice belongs to no catalogue item. */
gint64        cw_notice_get_item_id       (CwNotice      *self);
void          cw_notice_set_item_id       (CwNotice      *self,
                                           gint64         item_id);
/* The catalogue item's name, "" for none (as loaded). */
const char   *cw_notice_get_item_name     (CwNotice      *self);
/* The period it publishes for its item: "2026-03", "2026Q1", "2026";
 * filled from the publicity start when left empty. */
const char   *cw_notice_get_period        (CwNotice      *self);
void          cw_notice_set_period        (CwNotice      *self,
                                           const char    *period);
const char   *cw_notice_get_title         (CwNotice      *self);
void          cw_notice_set_title         (CwNotice      *self,
                                           const char    *title);
/* Paragraphs, one a line. */
const char   *cw_notice_get_body          (CwNotice      *self);
void          cw_notice_set_body          (CwNotice      *self,
                                           const char    *body);
/* The table under the body: rows, each a NULL-terminated array of
 * cells; the first row is the header. NULL when there is none. */
GPtrArray    *cw_notice_get_table         (CwNotice      *self);
/* Takes @rows (GPtrArray of GStrv, may be NULL); cells are cleaned. */
void          cw_notice_set_table         (CwNotice      *self,
                                           GPtrArray     *rows);
const char   *cw_notice_get_from          (CwNotice      *self);
void          cw_notice_set_from          (CwNotice      *self,
                                           const char    *from);
const char   *cw_notice_get_to            (CwNotice      *self);
void          cw_notice_set_to            (CwNotice      *self,
                                           const char    *to);
/* The issuing body printed under the notice; "" means the village committee. */
const char   *cw_notice_get_issuer        (CwNotice      *self);
void          cw_notice_set_issuer        (CwNotice      *self,
                                           const char    *issuer);
/* The notice this one corrects, 0 for none. */
gint64        cw_notice_get_corrects_id   (CwNotice      *self);
void          cw_notice_set_corrects_id   (CwNotice      *self,
                                           gint64         id);
gint64        cw_notice_get_decision_id   (CwNotice      *self);
void          cw_notice_set_decision_id   (CwNotice      *self,
                                           gint64         id);
/* The stored state (never EXPIRED). */
CwNoticeState cw_notice_get_state         (CwNotice      *self);
/* The state as on @date: a posted notice past its period is EXPIRED. */
CwNoticeState cw_notice_get_state_on      (CwNotice      *self,
                                           const char    *date);
const char   *cw_notice_get_created_date  (CwNotice      *self);
const char   *cw_notice_get_settled_date  (CwNotice      *self);
const char   *cw_notice_get_posted_date   (CwNotice      *self);
const char   *cw_notice_get_posted_place  (CwNotice      *self);
const char   *cw_notice_get_withdrawn_date (CwNotice     *self);
const char   *cw_notice_get_withdrawn_reason (CwNotice   *self);
/* The 监委会 reviewers of the current text, "、"-joined names in order. */
const char   *cw_notice_get_reviewers     (CwNotice      *self);

/* The reviews of the current text: name, date, opinion. */
typedef struct
{
  char *reviewer;
  char *date;
  char *opinion;
} CwNoticeReview;

void          cw_notice_review_free       (CwNoticeReview *review);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwNoticeReview, cw_notice_review_free)
/* A GPtrArray of CwNoticeReview, oldest first. */
GPtrArray    *cw_notice_list_reviews      (CwDatabase    *db,
                                           gint64         notice_id,
                                           GError       **error);

/* Checks a draft and makes it ready to save: a title, real dates that
 * do not run backwards, a period that suits the item's cadence (filled
 * from the start when empty), a publicity of at least the item's days. */
gboolean      cw_notice_validate          (CwDatabase    *db,
                                           CwNotice      *self,
                                           GError       **error);
/* Adds a draft with the next number of its start's year. Returns the
 * new id, 0 on error. */
gint64        cw_notice_add               (CwDatabase    *db,
                                           CwNotice      *notice,
                                           GError       **error);
/* Saves an edited draft; refused once reviewed (return it to draft first). */
gboolean      cw_notice_update            (CwDatabase    *db,
                                           CwNotice      *notice,
                                           GError       **error);
CwNotice     *cw_notice_load              (CwDatabase    *db,
                                           gint64         id,
                                           GError       **error);
CwNotice     *cw_notice_find              (CwDatabase    *db,
                                           const char    *number,
                                           GError       **error);
/* Every notice whose publicity starts in @year (0: all), newest first. */
GListModel   *cw_notice_list              (CwDatabase    *db,
                                           int            year,
                                           GError       **error);

/* FALSE, with a translated reason, when @self makes nothing public: no
 * body text and no table row under its header, so that printed it is a
 * title and signature lines alone. Posting refuses such a notice; review
 * and the window warn of it. */
gboolean      cw_notice_says_something    (CwNotice      *self,
                                           GError       **error);

/* The way: each step refuses to be skipped or taken twice.
 * review: @reviewer must be on the 村务监督委员会 on @date; a draft becomes
 * reviewed, and more members may add their review until it is settled.
 * settle: the 两委 joint meeting on @date, not before the last review.
 * post: on @date (not before it was settled), at @place (empty: the
 *   office's usual board, cw_settings_get_notice_place()); refused for a
 *   notice that says nothing (cw_notice_says_something()).
 * withdraw: at any point before the end, with a reason; posted or not.
 * return_to_draft: a reviewed or settled notice goes back to be amended;
 * its reviews are kept but no longer count. */
gboolean      cw_notice_review            (CwDatabase    *db,
                                           gint64         id,
                                           const char    *reviewer,
                                           const char    *date,
                                           const char    *opinion,
                                           GError       **error);
gboolean      cw_notice_settle            (CwDatabase    *db,
                                           gint64         id,
                                           const char    *date,
                                           GError       **error);
gboolean      cw_notice_post              (CwDatabase    *db,
                                           gint64         id,
                                           const char    *date,
                                           const char    *place,
                                           GError       **error);
gboolean      cw_notice_withdraw          (CwDatabase    *db,
                                           gint64         id,
                                           const char    *date,
                                           const char    *reason,
                                           GError       **error);
gboolean      cw_notice_return_to_draft   (CwDatabase    *db,
                                           gint64         id,
                                           GError       **error);

/* A .csv file as a notice's table (its first record the header), in
 * every encoding the imports read. */
GPtrArray    *cw_notice_table_read_csv    (const char    *path,
                                           GError       **error);

G_END_DECLS

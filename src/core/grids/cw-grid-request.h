/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_GRID_REQUEST (cw_grid_request_get_type ())
G_DECLARE_FINAL_TYPE (CwGridRequest, cw_grid_request, CW, GRID_REQUEST, GObject)

/* A resident's request (群众诉求) or small wish (微心愿), in a closed loop:
 * received → assigned → resolved → evaluated (满意 / 基本满意 close it;
 * 不满意 reopens it). Its deadline is fixed when it is received (the
 * urgency's time limit, cw_grid_settings_get_limit_days); days on hold
 * are added to it, nothing else moves it.
 *
 * Properties (an editor may set the texts and wish; cw_grid_request_save()
 * takes what may change): number (read-only), household-number, head-name, grid-code,
 * grid-name, wish, source, category,
 * body, urgency ("red", "yellow", "blue"), received-date, due-date,
 * state ("received", "assigned", "resolved", "closed"), assigned-to,
 * assigned-date, resolved-date, resolution, evaluation ("satisfied",
 * "basic", "dissatisfied" or ""), evaluated-date, claimed-by,
 * held-days, hold-since, hold-reason; number-text (the number as text,
 * a list's key). */

/* Urgency and evaluation as the office writes them: 红/red, 黄/yellow,
 * 蓝/blue; 满意/satisfied, 基本满意/basic, 不满意/dissatisfied. NULL when
 * @text is none of them. Labels are the Chinese words. */
const char    *cw_grid_urgency_for            (const char    *text);
const char    *cw_grid_urgency_label          (const char    *urgency);
const char    *cw_grid_evaluation_for         (const char    *text);
const char    *cw_grid_evaluation_label       (const char    *evaluation);
/* The state in the clerk's words. */
const char    *cw_grid_request_state_label    (const char    *state);

CwGridRequest *cw_grid_request_new            (void);
CwGridRequest *cw_grid_request_copy           (CwGridRequest *self);
gint64         cw_grid_request_get_number     (CwGridRequest *self);
gboolean       cw_grid_request_get_wish       (CwGridRequest *self);
const char    *cw_grid_request_get_text       (CwGridRequest *self,
                                               const char    *property);
guint          cw_grid_request_get_held_days  (CwGridRequest *self);
/* The deadline with the days on hold up to @on added, "YYYY-MM-DD". */
char          *cw_grid_request_due_on         (CwGridRequest *self,
                                               const char    *on);
/* Where the request stands on @on for the board: "closed", "resolved",
 * "hold", "overdue", "soon" (due within two days) or "open". */
const char    *cw_grid_request_board_state    (CwGridRequest *self,
                                               const char    *on);

/* Receives a request from a household; *@number gets its number. */
gboolean       cw_grid_request_add            (CwDatabase    *db,
                                               gint64         household_id,
                                               const char    *date,
                                               const char    *source,
                                               const char    *category,
                                               const char    *body,
                                               const char    *urgency,
                                               gboolean       wish,
                                               gint64        *number,
                                               GError       **error);
/* The steps, each dated (a step before the request was received is
 * refused): assign to @who; claim a wish (a party member, @who); resolve
 * with what was done (@note); evaluate (@evaluation as above);
 * hold with a reason; resume. */
gboolean       cw_grid_request_assign         (CwDatabase    *db,
                                               gint64         number,
                                               const char    *date,
                                               const char    *who,
                                               GError       **error);
gboolean       cw_grid_request_claim          (CwDatabase    *db,
                                               gint64         number,
                                               const char    *date,
                                               const char    *who,
                                               GError       **error);
gboolean       cw_grid_request_resolve        (CwDatabase    *db,
                                               gint64         number,
                                               const char    *date,
                                               const char    *note,
                                               GError       **error);
gboolean       cw_grid_request_evaluate       (CwDatabase    *db,
                                               gint64         number,
                                               const char    *date,
                                               const char    *evaluation,
                                               const char    *note,
                                               GError       **error);
gboolean       cw_grid_request_hold           (CwDatabase    *db,
                                               gint64         number,
                                               const char    *date,
                                               const char    *reason,
                                               GError       **error);
gboolean       cw_grid_request_resume         (CwDatabase    *db,
                                               gint64         number,
                                               const char    *date,
                                               GError       **error);

/* An editor's copy: a new one (number 0) is received from its
 * household-number, received-date, source, category, body, urgency and
 * wish, and gets its number; a received one keeps its household, dates,
 * urgency and deadline, and only its source, category and body change. */
gboolean       cw_grid_request_save           (CwDatabase    *db,
                                               CwGridRequest *request,
                                               GError       **error);
CwGridRequest *cw_grid_request_find           (CwDatabase    *db,
                                               gint64         number,
                                               GError       **error);
/* Requests received from @from to @to (either NULL: open-ended), by
 * number. */
GListModel    *cw_grid_request_list           (CwDatabase    *db,
                                               const char    *from,
                                               const char    *to,
                                               GError       **error);

G_END_DECLS

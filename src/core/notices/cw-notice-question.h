/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* 质询: a villager's question about a posted notice, answered (or the
 * notice corrected) within CW_NOTICE_ANSWER_DAYS. */
typedef struct
{
  gint64  id;
  gint64  notice_id;
  char   *notice_number;
  char   *asker;
  char   *asked;
  char   *question;
  char   *answer;
  char   *answered;    /* NULL while it waits */
  char   *answer_by;   /* the last day for the answer */
} CwNoticeQuestion;

void       cw_notice_question_free      (CwNoticeQuestion *question);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwNoticeQuestion, cw_notice_question_free)

/* Records a question on a posted notice, asked on or after its posting.
 * Returns its id, 0 on error. */
gint64     cw_notice_question_add       (CwDatabase  *db,
                                         gint64       notice_id,
                                         const char  *asker,
                                         const char  *date,
                                         const char  *question,
                                         GError     **error);
/* Answers it on @date (not before it was asked; a late answer is still
 * taken, and stays late). */
gboolean   cw_notice_question_answer    (CwDatabase  *db,
                                         gint64       id,
                                         const char  *date,
                                         const char  *answer,
                                         GError     **error);
/* A notice's questions, oldest first (CwNoticeQuestion). */
GPtrArray *cw_notice_question_list      (CwDatabase  *db,
                                         gint64       notice_id,
                                         GError     **error);
/* Every question without an answer on @on, the most urgent first. */
GPtrArray *cw_notice_question_list_open (CwDatabase  *db,
                                         const char  *on,
                                         GError     **error);
/* Whether @question was, or is on @on, past its ten days. */
gboolean   cw_notice_question_is_late   (const CwNoticeQuestion *question,
                                         const char             *on);

G_END_DECLS

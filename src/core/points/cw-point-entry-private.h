/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Entries added one after another inside the caller's transaction (an
 * import, a clean-up day), each checked as cw_point_entry_add() checks it,
 * with its words: statements are prepared once, and the rules, the
 * published quarters and the subjects are looked up once, since nothing
 * else changes them while the transaction holds the write lock. */
typedef struct _CwPointEntryWriter CwPointEntryWriter;

CwPointEntryWriter *cw_point_entry_writer_new  (CwDatabase          *db);
/* The new entry's id, 0 with @error when it is refused. */
gint64              cw_point_entry_writer_add  (CwPointEntryWriter  *writer,
                                                const char          *scheme,
                                                gint64               subject_id,
                                                const char          *rule_code,
                                                const char          *date,
                                                gint64               quantity,
                                                const char          *note,
                                                const char          *evidence,
                                                GError             **error);
/* Entries added from now on go in reviewed by the operator at
 * @reviewed_at (NULL: pending again), as cw_point_entry_review() would
 * leave them: an import's --reviewed. */
void                cw_point_entry_writer_set_reviewed (CwPointEntryWriter *writer,
                                                        const char         *reviewed_at);
void                cw_point_entry_writer_free (CwPointEntryWriter  *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwPointEntryWriter, cw_point_entry_writer_free)

G_END_DECLS

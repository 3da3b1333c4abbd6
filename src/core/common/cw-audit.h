/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Reverts one change (all rows of one transaction, see
 * cw_database_get_last_change()) from what the audit log recorded of it:
 * inserted rows go, updated rows get their old values back, deleted rows
 * return. The revert is itself a change, audited like any other. Refused
 * (CW_ERROR_REFUSED) when a later change touched the same rows. */
gboolean cw_audit_undo (CwDatabase  *db,
                        gint64       change_id,
                        GError     **error);

G_END_DECLS

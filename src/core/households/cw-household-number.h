/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"
#include "core/households/cw-household.h"

G_BEGIN_DECLS

/* 户号 as the office numbers them, over a list of households already read
 * (CwHousehold items), so that an editor can tell while the clerk types. */

/* The next free 户号 of a group: the highest number used in the group plus
 * one, with the same width ("020031" after "020030"); a group without
 * households starts at its position × 10000 + 1 ("030001"). */
char        *cw_household_number_suggest (GListModel *households,
                                          gint64      group_id,
                                          int         group_position);
/* The household in @households numbered @number (spaces around it do not
 * count) other than @except_id, or NULL (transfer none). */
CwHousehold *cw_household_number_find    (GListModel *households,
                                          const char *number,
                                          gint64      except_id);

/* Sets @error (CW_ERROR_NOT_FOUND) to say that the register has no
 * household @number (cleaned). When @number is all digits and the
 * register has it with leading zeros (10001 for 010001), the message asks
 * whether that one was meant and says why: Excel drops a number's leading
 * zeros. The other household is never taken silently. */
void         cw_household_number_not_found (CwDatabase  *db,
                                            const char  *number,
                                            GError     **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Double Ninth (重阳节, the 9th day of the 9th lunar month), the day the
 * village gives its elders their gift: the care list is drawn up for it. */

/* The next Double Ninth on or after @from; FALSE past the years the table
 * knows (2020–2050). */
gboolean cw_double_ninth_next (const GDate *from,
                               GDate       *out);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The cells of a table of point entries (CwPointEntry), for the
 * CwColumnInfo tables of the entry page's waiting list and the review
 * page: each returns a new string for @item. */
char *cw_points_entry_date_text        (gpointer item);
char *cw_points_entry_number_text      (gpointer item);
char *cw_points_entry_name_text        (gpointer item);
/* "Household Points" or "Party Member Points". */
char *cw_points_entry_scheme_text      (gpointer item);
char *cw_points_entry_group_text       (gpointer item);
char *cw_points_entry_rule_text        (gpointer item);
char *cw_points_entry_description_text (gpointer item);
char *cw_points_entry_quantity_text    (gpointer item);
/* Signed, for a CW_COLUMN_SIGNED column. */
char *cw_points_entry_points_text      (gpointer item);
char *cw_points_entry_note_text        (gpointer item);
/* Why it was rejected. */
char *cw_points_entry_reason_text      (gpointer item);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CW_TYPE_SEARCH_PICKER (cw_search_picker_get_type ())
G_DECLARE_FINAL_TYPE (CwSearchPicker, cw_search_picker, CW, SEARCH_PICKER, GtkWidget)

/* An entry that finds a record as the clerk types and offers the matches
 * in a list under it: Up and Down move in the list, Enter or a click picks
 * ("picked" with the record), Escape closes the list. Enter with nothing
 * to pick emits "activate" instead, so a form can move on. The records
 * are any GObjects; the owner says how to match and show them. */

/* How well @item matches what was typed (@query, stripped, not empty):
 * 0 not at all; better matches (say, the exact 户号) score higher and
 * come first, equal ones keep the records' order. */
typedef int      (*CwSearchPickerMatchFunc)    (gpointer     item,
                                                const char  *query,
                                                gpointer     user_data);
/* The two lines of @item in the list. */
typedef void     (*CwSearchPickerDescribeFunc) (gpointer     item,
                                                char       **title,
                                                char       **subtitle,
                                                gpointer     user_data);

GtkWidget  *cw_search_picker_new             (void);
void        cw_search_picker_set_funcs       (CwSearchPicker             *self,
                                              CwSearchPickerMatchFunc     match,
                                              CwSearchPickerDescribeFunc  describe,
                                              gpointer                    user_data);
/* The records to search (a GListModel of GObjects); may change any time. */
void        cw_search_picker_set_items       (CwSearchPicker             *self,
                                              GListModel                 *items);
void        cw_search_picker_set_placeholder (CwSearchPicker             *self,
                                              const char                 *text);
const char *cw_search_picker_get_text        (CwSearchPicker             *self);
/* Sets the text without opening the list. */
void        cw_search_picker_set_text        (CwSearchPicker             *self,
                                              const char                 *text);
/* The record Enter would pick now, or NULL (transfer none). */
gpointer    cw_search_picker_get_best        (CwSearchPicker             *self);
/* Picks what Enter would pick; FALSE when nothing matches. */
gboolean    cw_search_picker_pick_best       (CwSearchPicker             *self);
GtkWidget  *cw_search_picker_get_entry       (CwSearchPicker             *self);

G_END_DECLS

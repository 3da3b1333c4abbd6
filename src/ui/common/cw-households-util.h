/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "core/households/cw-household.h"

G_BEGIN_DECLS

/* Small helpers shared by the households view, its editors and dialogs. */

/* A model for a drop-down or combo row: @first (if not NULL) as item 0,
 * then @words. */
GtkStringList *cw_ui_words_model              (const char * const *words,
                                               const char         *first);
/* The position of @word in such a model; 0 (the @first item) or
 * GTK_INVALID_LIST_POSITION when it is not in @words. */
guint          cw_ui_words_position           (const char * const *words,
                                               gboolean            has_first,
                                               const char         *word);
/* The word at @position of such a model; "" for the @first item. */
const char    *cw_ui_words_at                 (const char * const *words,
                                               gboolean            has_first,
                                               guint               position);

/* "男"/"女" in Chinese, "Male"/"Female" in English; "" for unknown. */
const char    *cw_ui_sex_label                (const char         *sex);

/* The next free 户号 of a group, as the office numbers them: the highest
 * number used in the group plus one, with the same width ("020031" after
 * "020030"); a group without households starts at its position × 10000 + 1
 * ("030001"). */
char          *cw_ui_suggest_household_number (GListModel         *households,
                                               gint64              group_id,
                                               int                 group_position);
/* The household in @households numbered @number other than @except_id,
 * or NULL (transfer none). */
CwHousehold   *cw_ui_find_household_number    (GListModel         *households,
                                               const char         *number,
                                               gint64              except_id);

/* Core errors start with the field they are about ("ID number: …", in
 * the same translation as the field's title). TRUE when @error is about
 * the field titled @field. */
gboolean       cw_ui_error_names_field        (const GError       *error,
                                               const char         *field);

/* A row holding one line of error text, to be placed right under the row
 * it is about with cw_ui_field_error_show(). */
GtkWidget     *cw_ui_field_error_row_new      (void);
/* Moves @error_row under @row (in the same boxed list) showing @message;
 * with @row NULL, takes it out of the list. */
void           cw_ui_field_error_show         (GtkWidget          *error_row,
                                               GtkWidget          *row,
                                               const char         *message);

/* Moves the keyboard focus to the next field, as Tab does. */
void           cw_ui_focus_next               (GtkWidget          *widget);

/* A file name without characters that file systems refuse. */
char          *cw_ui_file_name                (const char         *stem,
                                               const char         *extension);

/* Shows a toast in the window @widget is in; @toast is consumed. */
void           cw_ui_show_toast               (GtkWidget          *widget,
                                               AdwToast           *toast);

/* The next Double Ninth (重阳节, 9th day of the 9th lunar month) on or
 * after @from; FALSE past the years the table knows. */
gboolean       cw_ui_next_double_ninth        (const GDate        *from,
                                               GDate              *out);

G_END_DECLS

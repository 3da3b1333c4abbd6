/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The parts of a form: rows that hold words from a fixed list, entry
 * rows, the error shown under the field it is about, keyboard focus. */

/* A model for a drop-down or combo row: @first (if not NULL) as item 0,
 * then @words. */
GtkStringList *cw_ui_words_model         (const char * const *words,
                                          const char         *first);
/* The position of @word in such a model; 0 (the @first item) or
 * GTK_INVALID_LIST_POSITION when it is not in @words. */
guint          cw_ui_words_position      (const char * const *words,
                                          gboolean            has_first,
                                          const char         *word);
/* The word at @position of such a model; "" for the @first item. */
const char    *cw_ui_words_at            (const char * const *words,
                                          gboolean            has_first,
                                          guint               position);

/* "男"/"女" in Chinese, "Male"/"Female" in English; "" for unknown. */
const char    *cw_ui_sex_label           (const char         *sex);

/* A boxed list row with an entry: used inside dialogs. */
GtkWidget     *cw_ui_entry_row_new       (const char         *title,
                                          const char         *text);
/* The text of an entry row (any GtkEditable), spaces around it removed. */
char          *cw_ui_row_text            (GtkWidget          *entry_row);

/* Core errors start with the field they are about ("ID number: …", in
 * the same translation as the field's title). TRUE when @error is about
 * the field titled @field. */
gboolean       cw_ui_error_names_field   (const GError       *error,
                                          const char         *field);

/* A row holding one line of error text, to be placed right under the row
 * it is about with cw_ui_field_error_show(). */
GtkWidget     *cw_ui_field_error_row_new (void);
/* Moves @error_row under @row (in the same boxed list) showing @message;
 * with @row NULL, takes it out of the list. */
void           cw_ui_field_error_show    (GtkWidget          *error_row,
                                          GtkWidget          *row,
                                          const char         *message);

/* Moves the keyboard focus to the next field, as Tab does. */
void           cw_ui_focus_next          (GtkWidget          *widget);
/* Moves the keyboard focus into @row with the cursor after its text and
 * nothing selected, so that a stray key adds to what it holds rather
 * than replacing it (a focus given by Tab selects it all). */
void           cw_ui_focus_quietly       (GtkWidget          *row);
/* Whether the keyboard focus is in @row (or is @row; any widget), whether
 * or not its window is the active one. */
gboolean       cw_ui_row_has_focus       (GtkWidget          *row);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Asking and telling: message dialogs over the window a widget is in, and
 * toasts. */

/* An AdwMessageDialog transient for @owner's window with Cancel and
 * @confirm_label ("confirm"); the caller adds an extra child and
 * connects "response". */
AdwMessageDialog *cw_ui_dialog_new (GtkWidget      *owner,
                                    const char     *heading,
                                    const char     *body,
                                    const char     *confirm_label,
                                    gboolean        destructive);

/* A message dialog's form refuses what was typed into @row: with
 * @problem, the row takes the error style and the dialog's body says
 * @problem; with NULL (the text is right again) the style goes and the
 * body is what it was. Checked as the clerk types, with the dialog's
 * answer disabled meanwhile: a dialog that closed on a bad value would
 * lose everything typed into it. Returns whether @problem is NULL. */
gboolean          cw_ui_dialog_mark_row (AdwMessageDialog *dialog,
                                         GtkWidget        *row,
                                         const char       *problem);
/* The same for a date row (an entry row headed @field): empty, or a day
 * that exists, is right. */
gboolean          cw_ui_dialog_check_date_row (AdwMessageDialog *dialog,
                                               GtkWidget        *row,
                                               const char       *field);

/* Confirmation before a step that cannot be undone (review, publish):
 * calls @func (@owner, @data) only when @confirm_label is chosen. */
typedef void (*CwConfirmFunc) (GtkWidget  *owner,
                               gpointer    data);
void              cw_ui_confirm    (GtkWidget      *owner,
                                    const char     *heading,
                                    const char     *body,
                                    const char     *confirm_label,
                                    gboolean        destructive,
                                    CwConfirmFunc   func,
                                    gpointer        data,
                                    GDestroyNotify  destroy);

/* Asks for one line of text (a reason): @func gets the text, stripped,
 * never empty — the confirm button stays insensitive until something is
 * typed. */
typedef void (*CwTextFunc) (GtkWidget  *owner,
                            const char *text,
                            gpointer    data);
void              cw_ui_ask_text   (GtkWidget      *owner,
                                    const char     *heading,
                                    const char     *body,
                                    const char     *entry_title,
                                    const char     *confirm_label,
                                    gboolean        destructive,
                                    CwTextFunc      func,
                                    gpointer        data,
                                    GDestroyNotify  destroy);

/* A window of its own opened from @owner: transient for @owner's window,
 * and *@owner_slot set to @owner until @owner is finalized (NULL then),
 * for the toast of what the window saves. The window's dispose calls
 * cw_ui_window_forget_owner(). */
void              cw_ui_window_set_owner    (GtkWindow   *window,
                                             GtkWidget   *owner,
                                             GtkWidget  **owner_slot);
void              cw_ui_window_forget_owner (GtkWidget  **owner_slot);

/* Shows a toast in the main window @widget is in (or the one its dialog
 * belongs to); @toast is consumed. */
void              cw_ui_show_toast (GtkWidget      *widget,
                                    AdwToast       *toast);

G_END_DECLS

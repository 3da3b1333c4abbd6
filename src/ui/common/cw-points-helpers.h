/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Small helpers shared by the points view's sub-pages and dialogs. */

typedef enum
{
  CW_COLUMN_TEXT    = 0,
  CW_COLUMN_NUMERIC = 1 << 0,   /* right-aligned, tabular figures */
  CW_COLUMN_SIGNED  = 1 << 1,   /* negative figures in the error colour */
  CW_COLUMN_EXPAND  = 1 << 2,   /* takes the spare width, ellipsizes */
  CW_COLUMN_DIM     = 1 << 3,   /* secondary information */
} CwColumnFlags;

/* The text of one cell: a new string for @item (a row of the model). */
typedef char *(*CwColumnTextFunc) (gpointer item);

/* A GtkColumnView column of labels; @sorter (consumed, may be NULL) makes
 * its header sort the view. */
GtkColumnViewColumn *cw_points_column_new      (const char        *title,
                                                CwColumnTextFunc   text,
                                                CwColumnFlags      flags,
                                                GtkSorter         *sorter);
/* A numeric sorter on an int property of @type. */
GtkSorter           *cw_points_int_sorter      (GType              type,
                                                const char        *property);
/* A string sorter on a string property of @type. */
GtkSorter           *cw_points_string_sorter   (GType              type,
                                                const char        *property);

/* "+5" and "−3" (a real minus sign), "0". */
char                *cw_points_format_signed   (int                points);
/* Today as YYYY-MM-DD. */
char                *cw_points_today           (void);
/* A date as typed (2026/3/5, 2026年3月5日 …) as YYYY-MM-DD, or NULL with
 * @error set. */
char                *cw_points_parse_date      (const char        *text,
                                                GError           **error);
/* The current calendar quarter, "2026Q3". */
char                *cw_points_current_quarter (void);

/* A toast saying @title with an Undo button that reverts the database's
 * last change (taken now) through the audit log. For changes the
 * database lets be undone: entries, rules, goods, redemptions. */
void                 cw_points_show_undo_toast (GtkWidget         *widget,
                                                CwDatabase        *db,
                                                const char        *title);
/* The same for @change (0: no Undo), made on another connection (an
 * import in a worker). */
void                 cw_points_show_change_toast (GtkWidget       *widget,
                                                  CwDatabase      *db,
                                                  gint64           change,
                                                  const char      *title);

/* Confirmation before a step that cannot be undone (review, publish):
 * calls @func (@owner, @data) only when @confirm_label is chosen. */
typedef void (*CwConfirmFunc) (GtkWidget  *owner,
                               gpointer    data);
void                 cw_points_confirm         (GtkWidget         *owner,
                                                const char        *heading,
                                                const char        *body,
                                                const char        *confirm_label,
                                                gboolean           destructive,
                                                CwConfirmFunc      func,
                                                gpointer           data,
                                                GDestroyNotify     destroy);

/* Asks for one line of text (a reason): @func gets the text, stripped,
 * never empty — the confirm button stays insensitive until something is
 * typed. */
typedef void (*CwTextFunc) (GtkWidget  *owner,
                            const char *text,
                            gpointer    data);
void                 cw_points_ask_text        (GtkWidget         *owner,
                                                const char        *heading,
                                                const char        *body,
                                                const char        *entry_title,
                                                const char        *confirm_label,
                                                gboolean           destructive,
                                                CwTextFunc         func,
                                                gpointer           data,
                                                GDestroyNotify     destroy);

/* An AdwMessageDialog transient for @owner's window with Cancel and
 * @confirm_label ("confirm"); the caller adds an extra child and
 * connects "response". */
AdwMessageDialog    *cw_points_dialog_new      (GtkWidget         *owner,
                                                const char        *heading,
                                                const char        *body,
                                                const char        *confirm_label,
                                                gboolean           destructive);

/* A boxed list row with an entry: used inside dialogs. */
GtkWidget           *cw_points_entry_row_new   (const char        *title,
                                                const char        *text);
char                *cw_points_row_text        (GtkWidget         *entry_row);

G_END_DECLS

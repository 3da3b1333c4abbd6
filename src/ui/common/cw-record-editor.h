/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_RECORD_EDITOR (cw_record_editor_get_type ())
G_DECLARE_DERIVABLE_TYPE (CwRecordEditor, cw_record_editor, CW, RECORD_EDITOR, AdwWindow)

/* A record in a window of its own: a header bar with Cancel and Save, the
 * subclass's fields below it. The editor works on a copy of the record
 * (a GObject, copied when the window opens) and saves it through core;
 * when core refuses, the reason is shown under the field it names and
 * that field gets the focus. Closing with changes not saved (Cancel,
 * Escape, the window's close) asks first. After a save it emits "saved"
 * and closes.
 *
 * The subclass's template (parent="CwRecordEditor") gives the window's
 * size and its fields as a <child> (an AdwPreferencesPage, say); entry
 * rows with activates-default save on Enter. It fills in the class
 * functions, registers its rows with cw_record_editor_add_field() and is
 * made with the construct-only properties "database", "owner" (the
 * widget that opened it: the window it is in shows the toast) and
 * "record" (NULL for a new one).
 *
 * A subclass that judges the fields as the clerk moves through them
 * shows what it finds with cw_record_editor_show_problem() and holds
 * Save back with cw_record_editor_set_waiting(). */

struct _CwRecordEditorClass
{
  AdwWindowClass parent_class;

  /* A copy of @record to edit, or a new record when @record is NULL. */
  GObject   *(*copy_record) (CwRecordEditor  *self,
                             GObject         *record);
  /* Record → fields; and the window's title. */
  void       (*fill)        (CwRecordEditor  *self,
                             GObject         *record);
  /* Fields → record. */
  void       (*read)        (CwRecordEditor  *self,
                             GObject         *record);
  /* Saves @record through core: added when new, else updated. */
  gboolean   (*save)        (CwRecordEditor  *self,
                             GObject         *record,
                             GError         **error);
  /* The row @error is about, or NULL; by default the registered field
   * whose name the error starts with. */
  GtkWidget *(*error_row)   (CwRecordEditor  *self,
                             const GError    *error);

  /* What the toast says after a save, with Undo for the change (@record:
   * the saved copy; cw_record_editor_get_is_new() tells added from
   * changed); NULL, or no function, for no toast. */
  char      *(*saved_message) (CwRecordEditor *self,
                               GObject        *record);

  /* TRUE when the fields differ from the record as it was opened; by
   * default, when they read into a copy of it that is not equal to it
   * property by property. A subclass that edits more than the record
   * (the household's head) adds its own; one whose record is not all
   * properties compares with cw_record_editor_get_baseline(). */
  gboolean   (*modified)    (CwRecordEditor  *self);

  /* Signal: the record was saved (@record: the saved copy). By default
   * the toast in the owner's window. */
  void       (*saved)       (CwRecordEditor  *self,
                             GObject         *record);

  /*< private >*/
  gpointer padding[2];
};

/* @row shows the field that core's errors call @field ("Content: …"),
 * in the same translation; with @field NULL, the row's own title. */
void        cw_record_editor_add_field    (CwRecordEditor *self,
                                           GtkWidget      *row,
                                           const char     *field);

CwDatabase *cw_record_editor_get_database (CwRecordEditor *self);
GtkWidget  *cw_record_editor_get_owner    (CwRecordEditor *self);
/* The copy being edited (transfer none). */
gpointer    cw_record_editor_get_record   (CwRecordEditor *self);
/* The copy as the fields first showed it (transfer none): what a
 * subclass's own "modified" compares the fields with, so that what a new
 * record's fields start with (today's date, a suggested number) is no
 * change. */
gpointer    cw_record_editor_get_baseline (CwRecordEditor *self);
/* TRUE for a record not saved before. */
gboolean    cw_record_editor_get_is_new   (CwRecordEditor *self);
/* A new record's editor starting from @template's values instead of the
 * blank ones (a notice for the period a calendar row names): still new,
 * saved as a new record, and nothing typed yet. */
void        cw_record_editor_start_from   (CwRecordEditor *self,
                                           gpointer        template);
/* TRUE when the fields differ from the record as it was opened. */
gboolean    cw_record_editor_get_modified (CwRecordEditor *self);

/* Saves as the Save button does; FALSE (and the reason shown under its
 * field) when core refuses. */
gboolean    cw_record_editor_save         (CwRecordEditor *self);
/* Shows @error under the field it is about (or above the fields when it
 * names none) and moves the focus there; NULL clears it. */
void        cw_record_editor_show_error   (CwRecordEditor *self,
                                           const GError   *error);
/* Shows @message under @row (any row of the fields, or above them when
 * @row is NULL) without moving the focus: a problem found while the
 * clerk moves on through the fields. NULL clears it. */
void        cw_record_editor_show_problem (CwRecordEditor *self,
                                           GtkWidget      *row,
                                           const char     *message);

/* Save waits while the fields cannot be saved: with @why not NULL the
 * Save button (and Ctrl+S, Enter) is insensitive, and @why's message is
 * shown below the fields — unless the field it is about shows a problem
 * already or is being typed in (it is told when left). NULL lets Save go
 * again. */
void        cw_record_editor_set_waiting  (CwRecordEditor *self,
                                           const GError   *why);
/* A second line under the window's title (what the record belongs to). */
void        cw_record_editor_set_subtitle (CwRecordEditor *self,
                                           const char     *subtitle);
/* What the discard question says was being edited ("The changes to this
 * household have not been saved."); by default, the changes in this
 * window. */
void        cw_record_editor_set_discard_body (CwRecordEditor *self,
                                               const char     *body);

G_END_DECLS

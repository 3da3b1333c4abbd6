/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/households/cw-person.h"

G_BEGIN_DECLS

#define CW_TYPE_PERSON_FORM (cw_person_form_get_type ())
G_DECLARE_FINAL_TYPE (CwPersonForm, cw_person_form, CW, PERSON_FORM, AdwBin)

/* A person's fields as rows, for the person editor and for the head in
 * the household editor. It edits a copy: nothing is saved here.
 *
 * "changed" is emitted when the person types or chooses something;
 * "activate-last" when Enter is pressed in the last field (Enter in the
 * others moves on to the next field). */
GtkWidget *cw_person_form_new            (void);
/* Copies @person into the form (which keeps its own copy). */
void       cw_person_form_set_person     (CwPersonForm *self,
                                          CwPerson     *person);
/* A head's relation is 户主 and is not chosen here. */
void       cw_person_form_set_head       (CwPersonForm *self,
                                          gboolean      head);
void       cw_person_form_set_title      (CwPersonForm *self,
                                          const char   *title);
/* A new copy of the person with what was typed, not yet validated. */
CwPerson  *cw_person_form_dup_person     (CwPersonForm *self);
/* Validates what was typed: fills birth date and sex from a valid ID
 * number, and shows the first problem under the row it is about once
 * that row has been typed in (or always, with @show_all). Returns FALSE
 * with @error (the first problem) when the person cannot be saved. */
gboolean   cw_person_form_check          (CwPersonForm *self,
                                          gboolean      show_all,
                                          GError      **error);
/* Shows an error (e.g. from saving) under the row it names; FALSE when it
 * names none of the form's rows. */
gboolean   cw_person_form_show_error     (CwPersonForm *self,
                                          const GError *error);
/* The problem shown under a row, or NULL. */
const char *cw_person_form_get_shown_error (CwPersonForm *self);
/* TRUE once anything was typed or chosen. */
gboolean   cw_person_form_get_dirty      (CwPersonForm *self);
void       cw_person_form_focus_first    (CwPersonForm *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/households/cw-person.h"

G_BEGIN_DECLS

#define CW_TYPE_PERSON_FORM (cw_person_form_get_type ())
G_DECLARE_FINAL_TYPE (CwPersonForm, cw_person_form, CW, PERSON_FORM, AdwBin)

/* A person's fields as rows, for the person editor and for the head in
 * the household editor. It edits a copy: nothing is saved here, and it
 * shows no problem itself — cw_person_form_check() says which to show
 * and under which row, the editor shows it.
 *
 * "changed" is emitted when the person types or chooses something;
 * "activate-last" when Enter is pressed in the last field (Enter in the
 * others moves on to the next field). */
GtkWidget *cw_person_form_new            (void);
/* A new person as the office usually has them (汉族, 群众). */
CwPerson  *cw_person_form_new_person     (void);
/* Copies @person into the form (which keeps its own copy). */
void       cw_person_form_set_person     (CwPersonForm *self,
                                          CwPerson     *person);
/* A head's relation is 户主 and is not chosen here. */
void       cw_person_form_set_head       (CwPersonForm *self,
                                          gboolean      head);
void       cw_person_form_set_title      (CwPersonForm *self,
                                          const char   *title);
/* What was typed, into @person's fields (not yet validated). */
void       cw_person_form_read           (CwPersonForm *self,
                                          CwPerson     *person);
/* A new copy of the person with what was typed, not yet validated. */
CwPerson  *cw_person_form_dup_person     (CwPersonForm *self);
/* Validates what was typed, after filling birth date and sex from a valid
 * ID number. Returns FALSE with @error (the first problem) when the
 * person cannot be saved.
 *
 * *@problem_row and @problem: the problem to show now and the row it goes
 * under, or NULL — the first field, in the form's order, that is wrong on
 * its own and that the clerk has typed in and left (or is putting right);
 * every field with @show_all. A field is judged on its own, so a wrong ID
 * number is told when it is left, whatever is missing further on. */
gboolean   cw_person_form_check          (CwPersonForm *self,
                                          gboolean      show_all,
                                          GtkWidget   **problem_row,
                                          GError      **problem,
                                          GError      **error);
/* The row an error (e.g. from saving) names, or NULL. */
GtkWidget *cw_person_form_row_for_error  (CwPersonForm *self,
                                          const GError *error);
/* TRUE once anything was typed or chosen. */
gboolean   cw_person_form_get_dirty      (CwPersonForm *self);
/* The first field (the name), for a new person. */
void       cw_person_form_focus_first    (CwPersonForm *self);
/* The field a clerk usually changes on a person already registered (the
 * phone), its text not selected: a stray key cannot replace it. */
void       cw_person_form_focus_usual    (CwPersonForm *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ui/shell/cw-application.h"
#include "ui/shell/cw-window.h"

#include "cw-test-core.h"
#include "cw-test-run.h"

G_BEGIN_DECLS

/* What the window tests under Xvfb share, on top of cw-test-core.h: the
 * program's set-up, a window on a test database, the main loop, and
 * finding widgets as a person would find them on screen. */

/* Locale and gettext as the program has them, g_test_init(), GTK and
 * libadwaita, animations off (screenshots are taken the moment something
 * is shown). */
void           cw_test_init           (int          *argc,
                                       char       ***argv);
/* A home folder of the test program's own ($HOME and the XDG config
 * folder set to it), with a documents folder named as a Chinese desktop
 * names it, 文档, in *@documents: where "Print to File" and the file
 * choosers offer to write. Called before cw_test_init(), before GLib has
 * read the folders; remove it with cw_test_remove_tree() at the end. */
char          *cw_test_home_new       (char        **documents);
/* "zh_CN" under a Chinese locale, else "en": the screenshots' suffix. */
const char    *cw_test_get_lang       (void);
/* Registered and held; @db_path may be NULL. */
CwApplication *cw_test_application_new (const char  *db_path);
/* Runs the tests added (g_test_run()), then lets *@app go (released,
 * unreferenced, NULL): the end of a window test's main(). */
int            cw_test_application_run (CwApplication **app);

/* Destroys every window, so that nothing still reads the database, then
 * closes it and removes its folder (cw_test_dir_new(),
 * cw_test_database_new()): a window test's teardown. */
void           cw_test_database_free  (CwDatabase  **db,
                                       CwTestDir    *dir);

/* Presented at 1100×760, the main loop settled. */
CwWindow      *cw_test_window_new     (CwApplication *app,
                                       CwDatabase    *db);
/* The same, first laid out at @width × @height. */
CwWindow      *cw_test_window_new_sized (CwApplication *app,
                                         CwDatabase    *db,
                                         int            width,
                                         int            height);
/* Switches the window's page as the sidebar and <Control>digit do. */
void           cw_test_show_page      (CwWindow     *window,
                                       const char   *id);

/* Runs the main loop for a while, long enough for a frame or two and for
 * the pages' idle refreshes, then until nothing is pending. */
void           cw_test_settle         (void);
/* Runs the main loop until @busy says the worker is done (at most a
 * minute), then settles. */
void           cw_test_wait_while     (gboolean    (*busy) (gpointer),
                                       gpointer      object);

/* @widget as drawn now, in SCREENSHOT_DIR/@name-<lang>.png. */
void           cw_test_screenshot     (GtkWidget    *widget,
                                       const char   *name);

/* The first widget below @root (itself included) of @type and, unless
 * @title is NULL, an AdwPreferencesRow of that title. */
GtkWidget     *cw_test_find_widget    (GtkWidget    *root,
                                       GType         type,
                                       const char   *title);
/* The same, mapped ones only. */
GtkWidget     *cw_test_find_mapped    (GtkWidget    *root,
                                       GType         type);
/* A mapped widget of that gtk_widget_get_name(). */
GtkWidget     *cw_test_find_named     (GtkWidget    *root,
                                       const char   *name);
/* A drawn button of that label. */
GtkWidget     *cw_test_find_button    (GtkWidget    *root,
                                       const char   *label);
GtkWidget     *cw_test_find_actionable (GtkWidget   *root,
                                       const char   *action_name);
/* A drawn cell of a list below @root (a GtkInscription) that reads @text. */
GtkWidget     *cw_test_find_cell      (GtkWidget    *root,
                                       const char   *text);
/* Whether a drawn label below @root reads @text. */
gboolean       cw_test_has_label      (GtkWidget    *root,
                                       const char   *text);
/* Adds every widget of @type below @root (itself included) to @found. */
void           cw_test_collect        (GtkWidget    *root,
                                       GType         type,
                                       GPtrArray    *found);
/* The mapped drop-down below @root whose tooltip (the name it is known
 * by) is @tooltip. */
GtkWidget     *cw_test_find_dropdown  (GtkWidget    *root,
                                       const char   *tooltip);
/* Whether the keyboard focus of @root's window is @widget or inside it. */
gboolean       cw_test_focus_is_in    (GtkWidget    *root,
                                       GtkWidget    *widget);
/* A visible toplevel of @type. */
GtkWindow     *cw_test_find_toplevel  (GType         type);
/* Types @text into @field (a GtkText or GtkTextView with the focus) as
 * the keyboard does: the window's capture-phase key controllers see each
 * key, then the character goes in. */
void           cw_test_type           (GtkWidget    *field,
                                       const char   *text);
/* Presses @accel ("<Control>z") in @window as far as the application's
 * accelerators go: what it is bound to runs, as the window's application
 * shortcuts run it, before the focused widget sees the key. FALSE when it
 * is bound to nothing enabled. */
gboolean       cw_test_press_accel    (GtkWindow    *window,
                                       const char   *accel);
/* Types nothing: sets the text of the entry row titled @title below
 * @root, as a paste would. */
void           cw_test_set_row        (GtkWidget    *root,
                                       const char   *title,
                                       const char   *text);
/* Chooses @word in the combo row titled @title below @root; fails the
 * test when the row does not offer it. */
void           cw_test_choose_word    (GtkWidget    *root,
                                       const char   *title,
                                       const char   *word);
/* Answers the message dialog on screen as the clerk would. */
void           cw_test_respond        (const char   *response);

G_END_DECLS

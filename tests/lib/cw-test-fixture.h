/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ui/shell/cw-application.h"
#include "ui/shell/cw-window.h"

#include "cw-test-core.h"

G_BEGIN_DECLS

/* The window tests' fixture: a folder of the test's own, a database in
 * it, a window on the database and the register view it shows. A test
 * program whose cases need nothing more says `typedef CwTestFixture
 * Fixture;`, opens it in its fixture_setup and passes
 * cw_test_fixture_teardown to g_test_add() as the teardown. */
typedef struct
{
  CwTestDir   dir;
  CwDatabase *db;
  CwWindow   *window;
  gpointer    view;     /* the register view shown (CwPointsView …), or NULL */
} CwTestFixture;

/* The folder and the database in it, with the demo village when @demo
 * (an empty database else); no window yet. */
void       cw_test_fixture_open_database (CwTestFixture *f,
                                          gboolean       demo);
/* A window on f->db (cw_test_window_new()), and, unless @page is NULL,
 * its page @page shown as the sidebar shows it, with the view of
 * @view_type on it in f->view (G_TYPE_NONE: none looked for). */
void       cw_test_fixture_open_window   (CwTestFixture *f,
                                          CwApplication *app,
                                          const char    *page,
                                          GType          view_type);
/* Both: the demo village in a window showing @page. */
void       cw_test_fixture_open          (CwTestFixture *f,
                                          CwApplication *app,
                                          const char    *page,
                                          GType          view_type);
/* Every window destroyed, the database closed, the folder removed
 * (cw_test_database_free()); g_test_add()'s teardown. */
void       cw_test_fixture_teardown      (CwTestFixture *f,
                                          gconstpointer  data);

/* Shows @window's page @page and returns the view of @view_type on it,
 * drawn. */
gpointer   cw_test_show_view             (CwWindow      *window,
                                          const char    *page,
                                          GType          view_type);
/* Shows the sub-page @name of @view (a CwRegisterView) as its switcher
 * and Alt+digit do, through its "<register>.show-subpage" action, and
 * returns the page, drawn. */
GtkWidget *cw_test_show_subpage          (gpointer       view,
                                          const char    *name);

G_END_DECLS

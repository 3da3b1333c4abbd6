/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-test-fixture"

#include "config.h"

#include "ui/common/cw-register-view.h"

#include "cw-test-fixture.h"
#include "cw-test-util.h"

void
cw_test_fixture_open_database (CwTestFixture *f,
                               gboolean       demo)
{
  f->dir = cw_test_dir_new ();
  f->db = cw_test_database_new (f->dir, demo);
}

void
cw_test_fixture_open_window (CwTestFixture *f,
                             CwApplication *app,
                             const char    *page,
                             GType          view_type)
{
  f->window = cw_test_window_new (app, f->db);
  if (page == NULL)
    return;
  if (view_type == G_TYPE_NONE)
    cw_test_show_page (f->window, page);
  else
    f->view = cw_test_show_view (f->window, page, view_type);
}

void
cw_test_fixture_open (CwTestFixture *f,
                      CwApplication *app,
                      const char    *page,
                      GType          view_type)
{
  cw_test_fixture_open_database (f, TRUE);
  cw_test_fixture_open_window (f, app, page, view_type);
}

void
cw_test_fixture_teardown (CwTestFixture *f,
                          gconstpointer  data)
{
  f->window = NULL;
  f->view = NULL;
  cw_test_database_free (&f->db, &f->dir);
}

gpointer
cw_test_show_view (CwWindow   *window,
                   const char *page,
                   GType       view_type)
{
  GtkWidget *view;

  /* The page is reached as the sidebar and <Control>digit reach it. */
  cw_test_show_page (window, page);
  view = cw_test_find_widget (GTK_WIDGET (window), view_type, NULL);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (view));
  return view;
}

/* "points.show-subpage" for a CwPointsView: the class installs it with
 * the prefix it gave cw_register_view_class_set_subpages(). */
static const char *
show_subpage_action (GtkWidget *view)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (view);
  const GVariantType *parameter;
  const char *name, *property;
  GType owner;

  /* GTK 4.8 writes every out argument: none may be NULL. */
  for (guint i = 0;
       gtk_widget_class_query_action (klass, i, &owner, &name, &parameter, &property);
       i++)
    if (g_str_has_suffix (name, ".show-subpage"))
      return name;
  g_assert_not_reached ();
  return NULL;
}

GtkWidget *
cw_test_show_subpage (gpointer    view,
                      const char *name)
{
  GtkWidget *page;

  g_assert_true (CW_IS_REGISTER_VIEW (view));
  g_assert_true (gtk_widget_activate_action (view, show_subpage_action (view), "s", name));
  cw_test_settle ();
  g_assert_cmpstr (cw_register_view_get_subpage (view), ==, name);

  page = cw_register_view_get_page (view, name);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  return page;
}

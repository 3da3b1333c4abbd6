/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-test-wait"

#include "config.h"

#include "ui/common/cw-import-dialog.h"
#include "ui/households/cw-households-view.h"
#include "ui/shell/cw-welcome-page.h"

#include "cw-test-util.h"
#include "cw-test-wait.h"

gboolean
cw_test_import_busy (gpointer dialog)
{
  return cw_import_dialog_get_busy (dialog);
}

gboolean
cw_test_welcome_busy (gpointer welcome)
{
  return cw_welcome_page_get_busy (welcome);
}

gboolean
cw_test_households_exporting (gpointer view)
{
  return cw_households_view_get_exporting (view);
}

gboolean
cw_test_no_file (gpointer path)
{
  return !g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

CwImportReport *
cw_test_import_check (gpointer  dialog,
                      GFile    *file)
{
  CwImportReport *report;

  cw_import_dialog_open_file (dialog, file);
  cw_test_wait_while (cw_test_import_busy, dialog);
  report = cw_import_dialog_get_report (dialog);
  g_assert_nonnull (report);
  g_assert_true (cw_import_report_get_dry_run (report));
  return report;
}

CwImportReport *
cw_test_import_run (gpointer dialog)
{
  g_assert_true (gtk_widget_activate_action (dialog, "dialog.import", NULL));
  cw_test_wait_while (cw_test_import_busy, dialog);
  return cw_import_dialog_get_report (dialog);
}

static gboolean
not_drawn (gpointer widget)
{
  return !gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0;
}

GtkWidget *
cw_test_wait_drawn (gpointer widget)
{
  g_assert_nonnull (widget);
  cw_test_wait_while (not_drawn, widget);
  return widget;
}

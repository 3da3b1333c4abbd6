/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-review-page-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/points/cw-point-entry.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-dialogs.h"
#include "ui/points/cw-points-reverse-dialog.h"
#include "ui/points/cw-points-review-page-private.h"
#include "ui/shell/cw-window.h"

/* Review, reject, reverse: what the review page's buttons do. Reviewing
 * and rejecting ask first in the shared dialogs; reversing has a dialog of
 * its own. */

static void
select_all_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CwPointsReviewPage *self = CW_POINTS_REVIEW_PAGE (widget);

  gtk_selection_model_select_all (GTK_SELECTION_MODEL (self->selection));
}

static void
review_confirmed (GtkWidget *owner,
                  gpointer   data)
{
  CwPointsReviewPage *self = CW_POINTS_REVIEW_PAGE (owner);
  GArray *ids = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!cw_point_entry_review (self->db, (const gint64 *) ids->data, ids->len, &error))
    {
      cw_window_show_message (owner, error->message);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry reviewed", "%u entries reviewed", ids->len),
                             ids->len);
  cw_window_show_message (owner, message);
}

static void
review_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwPointsReviewPage *self = CW_POINTS_REVIEW_PAGE (widget);
  g_autoptr(GArray) selected = _cw_points_review_page_get_selected (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *points = NULL;
  GArray *ids;
  gint64 sum = 0;

  if (selected->len == 0)
    return;

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), selected->len);
  for (guint i = 0; i < selected->len; i++)
    {
      CwPointEntry *entry = g_array_index (selected, CwPointEntry *, i);
      gint64 id = cw_point_entry_get_id (entry);

      g_array_append_val (ids, id);
      sum += cw_point_entry_get_points (entry);
    }

  points = cw_ui_format_signed (sum);
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Review %u Entry?", "Review %u Entries?", ids->len),
                             ids->len);
  body = g_strdup_printf (_("Together %s points. Reviewed entries count towards the households' points and balances, "
                            "and they can no longer be changed or undone: a mistake is then put right by a reversing entry."),
                          points);
  cw_ui_confirm (widget, heading, body, _("_Review"), FALSE,
                     review_confirmed, ids, (GDestroyNotify) g_array_unref);
}

static char *
describe_entry (CwPointEntry *entry)
{
  g_autofree char *points = cw_ui_format_signed (cw_point_entry_get_points (entry));

  /* Translators: head of household (户号), date: rule code description, points */
  return g_strdup_printf (_("%s (%s), %s: %s %s, %s points"),
                          cw_point_entry_get_subject_name (entry),
                          cw_point_entry_get_household_number (entry),
                          cw_point_entry_get_entry_date (entry),
                          cw_point_entry_get_rule_code (entry),
                          cw_point_entry_get_rule_description (entry),
                          points);
}

static void
reject_confirmed (GtkWidget  *owner,
                  const char *reason,
                  gpointer    data)
{
  CwPointsReviewPage *self = CW_POINTS_REVIEW_PAGE (owner);
  gint64 id = *(gint64 *) data;
  g_autoptr(GError) error = NULL;

  if (!cw_point_entry_reject (self->db, id, reason, &error))
    {
      cw_window_show_message (owner, error->message);
      return;
    }

  cw_window_show_message (owner, _("Entry rejected"));
}

static void
reject_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwPointsReviewPage *self = CW_POINTS_REVIEW_PAGE (widget);
  g_autoptr(GArray) selected = _cw_points_review_page_get_selected (self);
  g_autofree char *body = NULL;
  gint64 *id;

  if (selected->len != 1)
    return;

  id = g_new (gint64, 1);
  *id = cw_point_entry_get_id (g_array_index (selected, CwPointEntry *, 0));
  body = describe_entry (g_array_index (selected, CwPointEntry *, 0));
  cw_ui_ask_text (widget, _("Reject the Entry?"), body, _("Reason"), _("Re_ject"), TRUE,
                      reject_confirmed, id, g_free);
}

static void
reverse_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CwPointsReviewPage *self = CW_POINTS_REVIEW_PAGE (widget);
  g_autoptr(GArray) selected = _cw_points_review_page_get_selected (self);
  g_autofree char *described = NULL;

  if (selected->len != 1)
    return;

  described = describe_entry (g_array_index (selected, CwPointEntry *, 0));
  gtk_window_present (GTK_WINDOW (cw_points_reverse_dialog_new (widget, self->db,
                                                                 g_array_index (selected, CwPointEntry *, 0),
                                                                 described)));
}

void
_cw_points_review_page_class_actions_init (CwPointsReviewPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "review.select-all", NULL, select_all_activated);
  gtk_widget_class_install_action (widget_class, "review.review", NULL, review_activated);
  gtk_widget_class_install_action (widget_class, "review.reject", NULL, reject_activated);
  gtk_widget_class_install_action (widget_class, "review.reverse", NULL, reverse_activated);
}

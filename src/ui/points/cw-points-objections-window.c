/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-objections-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-quarter.h"
#include "core/points/cw-point-objection.h"
#include "core/points/cw-point-quarter.h"
#include "ui/common/cw-dialogs.h"
#include "ui/points/cw-points-decide-dialog.h"
#include "ui/points/cw-points-objection-row.h"
#include "ui/points/cw-points-objections-window.h"
#include "ui/cw-ui-resources.h"

struct _CwPointsObjectionsWindow
{
  AdwWindow      parent_instance;

  CwDatabase    *db;
  char          *quarter;
  GListModel    *objections;   /* CwPointObjection, as listed */

  /* Template widgets */
  GtkStack      *stack;
  GtkLabel      *intro_label;
  GtkListBox    *list;
  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (CwPointsObjectionsWindow, cw_points_objections_window, ADW_TYPE_WINDOW)

enum {
  DECIDE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
refresh (CwPointsObjectionsWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  g_clear_object (&self->objections);
  self->objections = cw_point_objection_list (self->db, self->quarter, &error);
  if (self->objections == NULL)
    {
      cw_ui_show_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }

  n = g_list_model_get_n_items (self->objections);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointObjection) objection = g_list_model_get_item (self->objections, i);

      gtk_list_box_append (self->list, cw_points_objection_row_new (objection));
    }

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
database_changed_cb (CwPointsObjectionsWindow *self,
                     const char               *table,
                     CwDatabase               *db)
{
  if (table == NULL || g_str_equal (table, "point_objection"))
    refresh (self);
}

static void
decided_cb (CwPointsObjectionsWindow *self,
            const char               *outcome,
            const char               *note,
            const char               *decided_on,
            CwPointsDecideDialog     *dialog)
{
  g_signal_emit (self, signals[DECIDE], 0,
                 cw_points_decide_dialog_get_objection (dialog), outcome, note, decided_on);
}

static void
decide_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwPointsObjectionsWindow *self = CW_POINTS_OBJECTIONS_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  guint n = self->objections != NULL ? g_list_model_get_n_items (self->objections) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointObjection) objection = g_list_model_get_item (self->objections, i);
      GtkWidget *dialog;

      if (cw_point_objection_get_id (objection) != id)
        continue;

      dialog = cw_points_decide_dialog_new (GTK_WINDOW (self), objection);
      g_signal_connect_object (dialog, "decided", G_CALLBACK (decided_cb), self, G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
}

GtkWidget *
cw_points_objections_window_new (GtkWindow  *parent,
                                 CwDatabase *db,
                                 const char *quarter)
{
  CwPointsObjectionsWindow *self;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  g_autofree char *period = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autoptr(GError) error = NULL;
  gboolean published;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (quarter != NULL, NULL);

  label = cw_quarter_label (quarter);
  /* Translators: a quarter, e.g. 2026年第三季度 */
  title = g_strdup_printf (_("Objections — %s"), label);
  self = g_object_new (CW_TYPE_POINTS_OBJECTIONS_WINDOW,
                       "transient-for", parent,
                       "title", title,
                       NULL);
  self->db = g_object_ref (db);
  self->quarter = g_strdup (quarter);

  if (!cw_point_quarter_get_publication (db, quarter, &published, &from, &to, &error))
    period = g_strdup (error->message);
  else if (published)
    /* Translators: the publicity period's first and last day */
    period = g_strdup_printf (_("Objections are raised during the publicity period, %s to %s, with Objection… on "
                                "the selected total, and may be decided later. An upheld objection is corrected "
                                "in the open quarter."),
                              from, to);
  gtk_label_set_text (self->intro_label, period);
  gtk_widget_set_visible (GTK_WIDGET (self->intro_label), period != NULL);
  adw_status_page_set_description (self->status_page, period);

  g_signal_connect_object (db, "changed", G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);

  return GTK_WIDGET (self);
}

static void
cw_points_objections_window_dispose (GObject *object)
{
  CwPointsObjectionsWindow *self = CW_POINTS_OBJECTIONS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINTS_OBJECTIONS_WINDOW);

  g_clear_object (&self->objections);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_points_objections_window_parent_class)->dispose (object);
}

static void
cw_points_objections_window_finalize (GObject *object)
{
  CwPointsObjectionsWindow *self = CW_POINTS_OBJECTIONS_WINDOW (object);

  g_free (self->quarter);

  G_OBJECT_CLASS (cw_points_objections_window_parent_class)->finalize (object);
}

static void
cw_points_objections_window_class_init (CwPointsObjectionsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_points_objections_window_dispose;
  object_class->finalize = cw_points_objections_window_finalize;

  signals[DECIDE] =
    g_signal_new ("decide",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, CW_TYPE_POINT_OBJECTION, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-objections-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsObjectionsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CwPointsObjectionsWindow, intro_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsObjectionsWindow, list);
  gtk_widget_class_bind_template_child (widget_class, CwPointsObjectionsWindow, status_page);

  gtk_widget_class_install_action (widget_class, "objections.decide", "x", decide_activated);
}

static void
cw_points_objections_window_init (CwPointsObjectionsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

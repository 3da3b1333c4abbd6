/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-decide-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "ui/common/cw-form.h"
#include "ui/points/cw-points-decide-dialog.h"
#include "ui/cw-ui-resources.h"

struct _CwPointsDecideDialog
{
  AdwMessageDialog  parent_instance;

  CwPointObjection *objection;

  /* Template widgets */
  AdwComboRow      *outcome_row;
  AdwEntryRow      *note_row;
  AdwEntryRow      *date_row;
};

G_DEFINE_FINAL_TYPE (CwPointsDecideDialog, cw_points_decide_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  DECIDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The outcome drop-down's items, in order. */
static const char * const outcome_codes[] = { "upheld", "dismissed" };

static void
cw_points_decide_dialog_response (AdwMessageDialog *dialog,
                                  const char       *response)
{
  CwPointsDecideDialog *self = CW_POINTS_DECIDE_DIALOG (dialog);
  g_autofree char *note = NULL;
  g_autofree char *date = NULL;
  guint outcome;

  if (!g_str_equal (response, "confirm"))
    return;

  note = cw_ui_row_text (GTK_WIDGET (self->note_row));
  date = cw_ui_row_text (GTK_WIDGET (self->date_row));
  outcome = MIN (adw_combo_row_get_selected (self->outcome_row), G_N_ELEMENTS (outcome_codes) - 1);
  g_signal_emit (self, signals[DECIDED], 0, outcome_codes[outcome], note, date);
}

static void
cw_points_decide_dialog_show (GtkWidget *widget)
{
  CwPointsDecideDialog *self = CW_POINTS_DECIDE_DIALOG (widget);

  GTK_WIDGET_CLASS (cw_points_decide_dialog_parent_class)->show (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->outcome_row));
}

GtkWidget *
cw_points_decide_dialog_new (GtkWindow        *parent,
                             CwPointObjection *objection)
{
  CwPointsDecideDialog *self;
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CW_IS_POINT_OBJECTION (objection), NULL);

  self = g_object_new (CW_TYPE_POINTS_DECIDE_DIALOG, "transient-for", parent, NULL);
  self->objection = g_object_ref (objection);

  heading = g_strdup_printf (_("Decide the Objection of %s"), cw_point_objection_get_subject_name (objection));
  /* Translators: who raised it, the date, what it says */
  body = g_strdup_printf (_("Raised by %s on %s: %s"), cw_point_objection_get_raised_by (objection),
                          cw_point_objection_get_raised_on (objection), cw_point_objection_get_content (objection));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);

  return GTK_WIDGET (self);
}

CwPointObjection *
cw_points_decide_dialog_get_objection (CwPointsDecideDialog *self)
{
  g_return_val_if_fail (CW_IS_POINTS_DECIDE_DIALOG (self), NULL);

  return self->objection;
}

static void
cw_points_decide_dialog_dispose (GObject *object)
{
  CwPointsDecideDialog *self = CW_POINTS_DECIDE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINTS_DECIDE_DIALOG);

  g_clear_object (&self->objection);

  G_OBJECT_CLASS (cw_points_decide_dialog_parent_class)->dispose (object);
}

static void
cw_points_decide_dialog_class_init (CwPointsDecideDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cw_points_decide_dialog_dispose;
  widget_class->show = cw_points_decide_dialog_show;
  dialog_class->response = cw_points_decide_dialog_response;

  signals[DECIDED] =
    g_signal_new ("decided",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-decide-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsDecideDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointsDecideDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointsDecideDialog, date_row);
}

static void
cw_points_decide_dialog_init (CwPointsDecideDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

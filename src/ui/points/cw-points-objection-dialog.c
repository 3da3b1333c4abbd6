/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-objection-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/points/cw-point-quarter.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-form.h"
#include "ui/points/cw-points-objection-dialog.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwPointsObjectionDialog
{
  AdwMessageDialog  parent_instance;

  GtkWidget        *owner;
  CwDatabase       *db;
  char             *quarter;
  char             *scheme;
  gint64            subject_id;

  /* Template widgets */
  AdwEntryRow      *raised_on_row;
  AdwEntryRow      *raised_by_row;
  AdwEntryRow      *content_row;
  AdwComboRow      *outcome_row;
  AdwEntryRow      *note_row;
};

G_DEFINE_FINAL_TYPE (CwPointsObjectionDialog, cw_points_objection_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* The outcome drop-down's items, in order. */
static const char * const outcome_codes[] = { "open", "upheld", "dismissed" };

static void
fields_changed_cb (CwPointsObjectionDialog *self)
{
  g_autofree char *by = cw_ui_row_text (GTK_WIDGET (self->raised_by_row));
  g_autofree char *content = cw_ui_row_text (GTK_WIDGET (self->content_row));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "confirm",
                                           by[0] != '\0' && content[0] != '\0');
}

static void
cw_points_objection_dialog_response (AdwMessageDialog *dialog,
                                     const char       *response)
{
  CwPointsObjectionDialog *self = CW_POINTS_OBJECTION_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *raised_text = NULL;
  g_autofree char *raised_on = NULL;
  g_autofree char *raised_by = NULL;
  g_autofree char *content = NULL;
  g_autofree char *note = NULL;
  g_autofree char *today = cw_date_today_text ();
  guint outcome;
  gint64 id;

  if (!g_str_equal (response, "confirm"))
    return;

  raised_text = cw_ui_row_text (GTK_WIDGET (self->raised_on_row));
  raised_on = cw_date_normalize (raised_text, &error);
  if (raised_on == NULL)
    {
      cw_window_show_message (self->owner, error->message);
      return;
    }

  raised_by = cw_ui_row_text (GTK_WIDGET (self->raised_by_row));
  content = cw_ui_row_text (GTK_WIDGET (self->content_row));
  note = cw_ui_row_text (GTK_WIDGET (self->note_row));
  outcome = adw_combo_row_get_selected (self->outcome_row);

  id = cw_point_quarter_add_objection (self->db, self->quarter, self->scheme, self->subject_id,
                                       raised_on, raised_by, content, &error);
  if (id == 0)
    {
      cw_window_show_message (self->owner, error->message);
      return;
    }

  if (outcome > 0 && outcome < G_N_ELEMENTS (outcome_codes) &&
      !cw_point_quarter_decide_objection (self->db, id, outcome_codes[outcome], note, today, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The objection was recorded, but not its outcome: %s"),
                                                  error->message);

      cw_window_show_message (self->owner, message);
      return;
    }

  cw_window_show_message (self->owner, _("Objection recorded"));
}

/* Who raised it is what the clerk types first. */
static void
cw_points_objection_dialog_show (GtkWidget *widget)
{
  CwPointsObjectionDialog *self = CW_POINTS_OBJECTION_DIALOG (widget);

  GTK_WIDGET_CLASS (cw_points_objection_dialog_parent_class)->show (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->raised_by_row));
}

GtkWidget *
cw_points_objection_dialog_new (GtkWidget       *owner,
                                CwDatabase      *db,
                                const char      *quarter,
                                const char      *scheme,
                                CwPointTallyRow *row)
{
  CwPointsObjectionDialog *self;
  GtkRoot *root;
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *points = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (quarter != NULL && scheme != NULL, NULL);
  g_return_val_if_fail (CW_IS_POINT_TALLY_ROW (row), NULL);

  root = gtk_widget_get_root (owner);
  self = g_object_new (CW_TYPE_POINTS_OBJECTION_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       NULL);
  self->owner = g_object_ref (owner);
  self->db = g_object_ref (db);
  self->quarter = g_strdup (quarter);
  self->scheme = g_strdup (scheme);
  self->subject_id = cw_point_tally_row_get_subject_id (row);

  points = cw_ui_format_signed (cw_point_tally_row_get_quarter_points (row));
  heading = g_strdup_printf (_("Objection to the Total of %s"), cw_point_tally_row_get_name (row));
  /* Translators: 户号, group, points this quarter */
  body = g_strdup_printf (_("%s, %s: %s points this quarter. A correction the committee upholds goes into the "
                            "open quarter as a reversal or a new entry."),
                          cw_point_tally_row_get_number (row),
                          cw_point_tally_row_get_group_name (row),
                          points);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  gtk_editable_set_text (GTK_EDITABLE (self->raised_on_row), today);

  return GTK_WIDGET (self);
}

static void
cw_points_objection_dialog_dispose (GObject *object)
{
  CwPointsObjectionDialog *self = CW_POINTS_OBJECTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINTS_OBJECTION_DIALOG);

  g_clear_object (&self->owner);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_points_objection_dialog_parent_class)->dispose (object);
}

static void
cw_points_objection_dialog_finalize (GObject *object)
{
  CwPointsObjectionDialog *self = CW_POINTS_OBJECTION_DIALOG (object);

  g_free (self->quarter);
  g_free (self->scheme);

  G_OBJECT_CLASS (cw_points_objection_dialog_parent_class)->finalize (object);
}

static void
cw_points_objection_dialog_class_init (CwPointsObjectionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cw_points_objection_dialog_dispose;
  object_class->finalize = cw_points_objection_dialog_finalize;
  widget_class->show = cw_points_objection_dialog_show;
  dialog_class->response = cw_points_objection_dialog_response;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-objection-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsObjectionDialog, raised_on_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointsObjectionDialog, raised_by_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointsObjectionDialog, content_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointsObjectionDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, CwPointsObjectionDialog, note_row);
  gtk_widget_class_bind_template_callback (widget_class, fields_changed_cb);
}

static void
cw_points_objection_dialog_init (CwPointsObjectionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

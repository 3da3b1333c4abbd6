/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-visit-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid-request.h"
#include "core/grids/cw-grid-visit.h"
#include "core/grids/cw-grid.h"
#include "core/households/cw-household.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-undo.h"
#include "ui/grids/cw-grid-request-editor.h"
#include "ui/grids/cw-grid-visit-dialog.h"
#include "ui/cw-ui-resources.h"

struct _CwGridVisitDialog
{
  AdwWindow       parent_instance;

  CwDatabase     *db;
  GtkWidget      *owner;        /* weak: the page the undo toast goes to */
  CwGridVisitDialogKind kind;
  gint64          id;           /* the household's, or the grid's for a patrol */
  char           *number;       /* the 户号, or the grid's code */

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  AdwEntryRow    *date_row;
  AdwEntryRow    *visitor_row;
  AdwComboRow    *kind_row;
  AdwEntryRow    *note_row;
  GtkWidget      *request_row;
  GtkSwitch      *request_switch;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (CwGridVisitDialog, cw_grid_visit_dialog, ADW_TYPE_WINDOW)

/* The kind picked: "" routine (a visit's first choice), else the event. */
static const char *
picked_event (CwGridVisitDialog *self)
{
  guint picked = adw_combo_row_get_selected (self->kind_row);
  guint first = self->kind == CW_GRID_VISIT_DIALOG_VISIT ? 1 : 0;

  if (picked == GTK_INVALID_LIST_POSITION || picked < first)
    return "";
  return cw_grid_must_visit_events[picked - first];
}

static void
show_error (CwGridVisitDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* A request it raised: the request editor for the household, from a visit. */
static void
open_request (CwGridVisitDialog *self,
              const char        *date)
{
  g_autoptr(CwGridRequest) request = cw_grid_request_new ();
  CwGridRequestEditor *editor;

  g_object_set (request, "household-number", self->number, "received-date", date, "source", "走访",
                "urgency", "blue", NULL);
  editor = cw_grid_request_editor_new_from (self->owner, self->db, request);
  gtk_window_present (GTK_WINDOW (editor));
}

gboolean
cw_grid_visit_dialog_save (CwGridVisitDialog *self)
{
  g_autofree char *date = cw_ui_row_text (GTK_WIDGET (self->date_row));
  g_autofree char *visitor = cw_ui_row_text (GTK_WIDGET (self->visitor_row));
  g_autofree char *note = cw_ui_row_text (GTK_WIDGET (self->note_row));
  gboolean raised = gtk_switch_get_active (self->request_switch);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gboolean ok;

  g_return_val_if_fail (CW_IS_GRID_VISIT_DIALOG (self), FALSE);

  if (self->kind == CW_GRID_VISIT_DIALOG_MUST_VISIT)
    ok = cw_must_visit_raise (self->db, self->id, picked_event (self), date, note, &error);
  else if (self->kind == CW_GRID_VISIT_DIALOG_PATROL)
    ok = cw_patrol_add (self->db, self->id, visitor, date, note, &error);
  else
    ok = cw_visit_add (self->db, self->id, date, visitor, picked_event (self), note, raised, NULL, &error);
  if (!ok)
    {
      show_error (self, error->message);
      return FALSE;
    }
  if (self->kind == CW_GRID_VISIT_DIALOG_MUST_VISIT)
    title = g_strdup_printf (_("Must-visit for household %s raised"), self->number);
  else if (self->kind == CW_GRID_VISIT_DIALOG_PATROL)
    title = g_strdup_printf (_("Patrol of grid %s recorded"), self->number);
  else
    title = g_strdup_printf (_("Visit to household %s recorded"), self->number);
  if (self->owner != NULL)
    {
      cw_undo_show_toast (self->owner, cw_database_get_last_change (self->db), title);
      if (raised && self->kind == CW_GRID_VISIT_DIALOG_VISIT)
        open_request (self, date);
    }
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (CwGridVisitDialog *self)
{
  cw_grid_visit_dialog_save (self);
}

/* Enter moves on; on the last field it records. */
static void
row_activated_cb (CwGridVisitDialog *self,
                  AdwEntryRow       *row)
{
  if (row == self->note_row)
    cw_grid_visit_dialog_save (self);
  else
    cw_ui_focus_next (GTK_WIDGET (row));
}

/* Who the household is, for the title. */
static void
set_household (CwGridVisitDialog *self)
{
  g_autoptr(CwHousehold) household = cw_household_load (self->db, self->id, NULL);
  g_autofree char *subtitle = NULL;

  if (household == NULL)
    return;
  self->number = g_strdup (cw_household_get_number (household));
  /* Translators: the subtitle of a visit's window: 户号 and the head's name */
  subtitle = g_strdup_printf (_("Household %s, %s"), cw_household_get_number (household),
                              cw_household_get_head_name (household));
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

CwGridVisitDialog *
cw_grid_visit_dialog_new (GtkWidget             *owner,
                          CwDatabase            *db,
                          CwGridVisitDialogKind  kind,
                          gint64                 id)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autofree char *today = cw_date_today_text ();
  CwGridVisitDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  self = g_object_new (CW_TYPE_GRID_VISIT_DIALOG, NULL);
  cw_ui_window_set_owner (GTK_WINDOW (self), owner, &self->owner);
  self->db = g_object_ref (db);
  self->kind = kind;
  self->id = id;

  if (kind == CW_GRID_VISIT_DIALOG_VISIT)
    gtk_string_list_append (kinds, _("Routine visit"));
  for (guint i = 0; cw_grid_must_visit_events[i] != NULL; i++)
    gtk_string_list_append (kinds, cw_grid_must_visit_events[i]);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);

  if (kind == CW_GRID_VISIT_DIALOG_MUST_VISIT)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Raise a Must-Visit"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Event"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), _("Note"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Raise"));
      gtk_widget_set_visible (GTK_WIDGET (self->visitor_row), FALSE);
      gtk_widget_set_visible (self->request_row, FALSE);
      set_household (self);
    }
  else if (kind == CW_GRID_VISIT_DIALOG_PATROL)
    {
      g_autoptr(CwGrid) grid = cw_grid_load (db, id, NULL);

      gtk_window_set_title (GTK_WINDOW (self), _("Record a Patrol"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->visitor_row), _("Patrolled By"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), _("What Was Seen"));
      gtk_widget_set_visible (GTK_WIDGET (self->kind_row), FALSE);
      gtk_widget_set_visible (self->request_row, FALSE);
      if (grid != NULL)
        {
          g_autofree char *subtitle = g_strdup_printf ("%s %s", cw_grid_get_code (grid), cw_grid_get_name (grid));

          self->number = g_strdup (cw_grid_get_code (grid));
          gtk_editable_set_text (GTK_EDITABLE (self->visitor_row), cw_grid_get_head_name (grid));
          adw_window_title_set_subtitle (self->window_title, subtitle);
        }
    }
  else
    {
      g_autofree char *visitor = cw_grid_household_visitor (db, id);

      gtk_window_set_title (GTK_WINDOW (self), _("Record a Visit"));
      gtk_editable_set_text (GTK_EDITABLE (self->visitor_row), visitor);
      set_household (self);
    }
  if (self->number == NULL)
    self->number = g_strdup ("");
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  gtk_widget_grab_focus (kind == CW_GRID_VISIT_DIALOG_MUST_VISIT ? GTK_WIDGET (self->kind_row)
                                                                 : GTK_WIDGET (self->note_row));
  return self;
}

void
cw_grid_visit_dialog_set_event (CwGridVisitDialog *self,
                                const char        *event)
{
  guint first = self->kind == CW_GRID_VISIT_DIALOG_VISIT ? 1 : 0;

  g_return_if_fail (CW_IS_GRID_VISIT_DIALOG (self));

  if (event == NULL || event[0] == '\0')
    {
      adw_combo_row_set_selected (self->kind_row, 0);
      return;
    }
  for (guint i = 0; cw_grid_must_visit_events[i] != NULL; i++)
    if (g_str_equal (cw_grid_must_visit_events[i], event))
      adw_combo_row_set_selected (self->kind_row, first + i);
}

static void
cw_grid_visit_dialog_dispose (GObject *object)
{
  CwGridVisitDialog *self = CW_GRID_VISIT_DIALOG (object);

  cw_ui_window_forget_owner (&self->owner);
  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_GRID_VISIT_DIALOG);
  g_clear_object (&self->db);
  g_clear_pointer (&self->number, g_free);

  G_OBJECT_CLASS (cw_grid_visit_dialog_parent_class)->dispose (object);
}

static void
cw_grid_visit_dialog_class_init (CwGridVisitDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_grid_visit_dialog_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-grid-visit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwGridVisitDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwGridVisitDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CwGridVisitDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridVisitDialog, visitor_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridVisitDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridVisitDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridVisitDialog, request_row);
  gtk_widget_class_bind_template_child (widget_class, CwGridVisitDialog, request_switch);
  gtk_widget_class_bind_template_child (widget_class, CwGridVisitDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cw_grid_visit_dialog_init (CwGridVisitDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-decision-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/village/cw-village-role.h"
#include "ui/common/cw-discard-dialog.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-undo.h"
#include "ui/notices/cw-decision-dialog.h"
#include "ui/cw-ui-resources.h"

/* The counts of a meeting, in the order of their rows. */
enum { DUE, PRESENT, FOR, AGAINST, HOUSEHOLDS, HOUSEHOLDS_PRESENT, N_COUNTS };

struct _CwDecisionDialog
{
  AdwWindow            parent_instance;

  GtkWidget           *owner;
  CwDatabase          *db;
  CwDecision          *decision;
  guint                step;   /* the next step, 0 for a new decision */
  /* Something typed since the dialog opened: closing it asks first. */
  gboolean             touched;
  GtkSpinButton       *counts[N_COUNTS];
  GtkWidget           *count_rows[N_COUNTS];

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkButton           *confirm_button;
  GtkLabel            *problem_label;
  AdwPreferencesGroup *new_group;
  AdwEntryRow         *title_row;
  AdwEntryRow         *raised_row;
  AdwPreferencesGroup *steps_group;
  AdwPreferencesGroup *next_group;
  AdwEntryRow         *date_row;
  AdwComboRow         *meeting_row;
  AdwActionRow        *rejected_row;
  GtkSwitch           *rejected_switch;
  AdwEntryRow         *minutes_row;
  GtkLabel            *verdict_label;
};

G_DEFINE_FINAL_TYPE (CwDecisionDialog, cw_decision_dialog, ADW_TYPE_WINDOW)

static CwMeeting
meeting (CwDecisionDialog *self)
{
  return self->step != 4 ? CW_MEETING_NONE
       : adw_combo_row_get_selected (self->meeting_row) == 0 ? CW_MEETING_REPRESENTATIVES : CW_MEETING_VILLAGERS;
}

static gint64
count (CwDecisionDialog *self,
       guint             which)
{
  gtk_spin_button_update (self->counts[which]);
  return gtk_spin_button_get_value_as_int (self->counts[which]);
}

/* The verdict as the counts stand, by core's rules. */
static void
update_verdict (CwDecisionDialog *self)
{
  gboolean valid = TRUE, passed = TRUE;

  if (self->step == 3)
    cw_quorum_party (count (self, DUE), count (self, PRESENT), count (self, FOR), &valid, &passed);
  else if (self->step == 4 && meeting (self) == CW_MEETING_VILLAGERS)
    cw_quorum_villagers (count (self, DUE), count (self, PRESENT), count (self, HOUSEHOLDS),
                         count (self, HOUSEHOLDS_PRESENT), count (self, FOR), &valid, &passed);
  else if (self->step == 4)
    cw_quorum_representatives (count (self, DUE), count (self, PRESENT), count (self, FOR), &valid, &passed);
  else
    passed = !gtk_switch_get_active (self->rejected_switch);
  gtk_label_set_text (self->verdict_label, !valid ? _("No quorum: the meeting is not valid.")
                                           : passed ? _("Valid, and it passes.")
                                           : _("Valid, but it does not pass."));
}

/* Who was due, from the register and the roles on the day typed. */
static void
fill_due (CwDecisionDialog *self)
{
  g_autofree char *typed = cw_ui_row_text (GTK_WIDGET (self->date_row));
  g_autofree char *date = cw_date_normalize (typed, NULL);
  gboolean villagers = meeting (self) == CW_MEETING_VILLAGERS;

  gtk_widget_set_visible (self->count_rows[HOUSEHOLDS], villagers);
  gtk_widget_set_visible (self->count_rows[HOUSEHOLDS_PRESENT], villagers);
  if (date == NULL)
    return;
  if (self->step == 3)
    gtk_spin_button_set_value (self->counts[DUE], cw_decision_count_party_members (self->db, date));
  else if (villagers)
    {
      gtk_spin_button_set_value (self->counts[DUE], cw_decision_count_adults (self->db, date));
      gtk_spin_button_set_value (self->counts[HOUSEHOLDS], cw_decision_count_households (self->db, date));
    }
  else if (self->step == 4)
    gtk_spin_button_set_value (self->counts[DUE], cw_village_role_count (self->db, CW_ROLE_REPRESENTATIVE, date));
  update_verdict (self);
}

static void
touched_cb (CwDecisionDialog *self)
{
  self->touched = TRUE;
}

static void
date_changed_cb (CwDecisionDialog *self)
{
  self->touched = TRUE;
  fill_due (self);
}

static void
meeting_changed_cb (CwDecisionDialog *self)
{
  fill_due (self);
}

static void
add_count_row (CwDecisionDialog *self,
               guint             which,
               const char       *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 1000000, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (update_verdict), self);
  /* The counts the due one is filled in from the register are the
   * clerk's own once changed. */
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (touched_cb), self);
  adw_preferences_group_add (self->next_group, row);
  self->counts[which] = GTK_SPIN_BUTTON (spin);
  self->count_rows[which] = row;
}

static void
show_steps (CwDecisionDialog *self)
{
  GPtrArray *records = cw_decision_get_records (self->decision);

  for (guint i = 0; i < records->len; i++)
    {
      CwDecisionStep *held = g_ptr_array_index (records, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf ("%u %s · %s", held->step, cw_decision_step_name (held->step),
                                                held->date);
      g_autoptr(GString) subtitle = g_string_new (held->valid ? (held->passed ? _("Passed") : _("Not passed"))
                                                              : _("No quorum"));

      if (held->present >= 0)
        /* Translators: attendance and votes of a meeting */
        g_string_append_printf (subtitle, _(" · %lld of %lld present, %lld for"), (long long) held->present,
                                (long long) held->due, (long long) held->in_favour);
      if (held->notice_number[0] != '\0')
        g_string_append_printf (subtitle, _(" · notice %s"), held->notice_number);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_preferences_group_add (self->steps_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->steps_group), records->len > 0);
}

static void
confirm_clicked_cb (CwDecisionDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 change;

  if (self->decision == NULL)
    {
      g_autofree char *title = cw_ui_row_text (GTK_WIDGET (self->title_row));
      g_autofree char *raised = cw_ui_row_text (GTK_WIDGET (self->raised_row));
      gint64 id = cw_decision_add (self->db, title, raised, &error);
      g_autoptr(CwDecision) added = id != 0 ? cw_decision_load (self->db, id, &error) : NULL;

      if (added == NULL)
        goto refused;
      message = g_strdup_printf (_("Decision %s recorded"), cw_decision_get_number (added));
    }
  else
    {
      g_autofree char *date = cw_ui_row_text (GTK_WIDGET (self->date_row));
      g_autofree char *minutes = cw_ui_row_text (GTK_WIDGET (self->minutes_row));
      g_autoptr(CwDecisionStep) held = NULL;
      CwStepInput input;

      cw_step_input_init (&input);
      input.step = self->step;
      input.date = date;
      input.meeting = meeting (self);
      input.minutes = minutes;
      input.rejected = gtk_switch_get_active (self->rejected_switch);
      if (self->step == 3 || self->step == 4)
        {
          input.due = count (self, DUE);
          input.present = count (self, PRESENT);
          input.in_favour = count (self, FOR);
          input.against = count (self, AGAINST);
          if (input.meeting == CW_MEETING_VILLAGERS)
            {
              input.households_due = count (self, HOUSEHOLDS);
              input.households_present = count (self, HOUSEHOLDS_PRESENT);
            }
        }
      if ((held = cw_decision_record_step (self->db, cw_decision_get_id (self->decision), &input, &error)) == NULL)
        goto refused;
      /* Translators: a toast, "Step 3 of 2026-01 recorded: passed" */
      message = g_strdup_printf (_("Step %u of %s recorded: %s"), held->step, cw_decision_get_number (self->decision),
                                 !held->valid ? _("no quorum") : held->passed ? _("passed") : _("not passed"));
    }
  change = cw_database_get_last_change (self->db);
  cw_undo_show_toast (self->owner, change, message);
  gtk_window_destroy (GTK_WINDOW (self));
  return;

refused:
  gtk_label_set_text (self->problem_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
}

CwDecisionDialog *
cw_decision_dialog_new (GtkWidget  *owner,
                        CwDatabase *db,
                        CwDecision *decision)
{
  CwDecisionDialog *self = g_object_new (CW_TYPE_DECISION_DIALOG, "transient-for", gtk_widget_get_root (owner),
                                         "modal", TRUE, NULL);
  g_autofree char *today = cw_date_today_text ();

  self->owner = g_object_ref (owner);
  self->db = g_object_ref (db);
  self->decision = decision != NULL ? g_object_ref (decision) : NULL;
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  gtk_editable_set_text (GTK_EDITABLE (self->raised_row), today);
  gtk_widget_set_visible (GTK_WIDGET (self->new_group), decision == NULL);
  if (decision == NULL)
    {
      adw_window_title_set_title (self->window_title, _("New Decision"));
      gtk_button_set_label (self->confirm_button, _("_Record"));
      gtk_widget_set_visible (GTK_WIDGET (self->steps_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->next_group), FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      self->touched = FALSE;
      return self;
    }

  /* The next step: after the last one passed, or the failed one again. */
  self->step = MIN (cw_decision_get_progress (decision) + 1, CW_DECISION_STEPS);
  adw_window_title_set_title (self->window_title, cw_decision_get_title (decision));
  adw_window_title_set_subtitle (self->window_title, cw_decision_get_number (decision));
  show_steps (self);
  if (cw_decision_get_progress (decision) == CW_DECISION_STEPS)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->next_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->confirm_button), FALSE);
      return self;
    }
  {
    g_autofree char *heading = g_strdup_printf (_("Step %u: %s"), self->step, cw_decision_step_name (self->step));
    adw_preferences_group_set_title (self->next_group, heading);
  }
  gtk_button_set_label (self->confirm_button, _("_Record Step"));
  gtk_widget_set_visible (GTK_WIDGET (self->meeting_row), self->step == 4);
  gtk_widget_set_visible (GTK_WIDGET (self->rejected_row), self->step <= 2);
  for (guint i = 0; i < N_COUNTS; i++)
    gtk_widget_set_visible (self->count_rows[i], self->step == 3 || self->step == 4);
  fill_due (self);
  update_verdict (self);
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_label), self->step <= 4);
  /* What the dialog filled in itself is nothing typed. */
  self->touched = FALSE;
  return self;
}

static gboolean
cw_decision_dialog_close_request (GtkWindow *window)
{
  CwDecisionDialog *self = CW_DECISION_DIALOG (window);

  if (self->touched &&
      cw_discard_dialog_ask (window, _("The minutes and counts typed for this step have not been recorded.")))
    return TRUE;
  return GTK_WINDOW_CLASS (cw_decision_dialog_parent_class)->close_request (window);
}

static void
cw_decision_dialog_dispose (GObject *object)
{
  CwDecisionDialog *self = CW_DECISION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_DECISION_DIALOG);
  g_clear_object (&self->owner);
  g_clear_object (&self->db);
  g_clear_object (&self->decision);

  G_OBJECT_CLASS (cw_decision_dialog_parent_class)->dispose (object);
}

static void
cw_decision_dialog_class_init (CwDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cw_decision_dialog_dispose;
  window_class->close_request = cw_decision_dialog_close_request;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, new_group);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, raised_row);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, steps_group);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, next_group);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, rejected_row);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, rejected_switch);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, minutes_row);
  gtk_widget_class_bind_template_child (widget_class, CwDecisionDialog, verdict_label);
  gtk_widget_class_bind_template_callback (widget_class, confirm_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_verdict);
  gtk_widget_class_bind_template_callback (widget_class, touched_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cw_decision_dialog_init (CwDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_count_row (self, DUE, _("Due to Attend"));
  add_count_row (self, PRESENT, _("Present"));
  add_count_row (self, FOR, _("For"));
  add_count_row (self, AGAINST, _("Against"));
  add_count_row (self, HOUSEHOLDS, _("Households in the Village"));
  add_count_row (self, HOUSEHOLDS_PRESENT, _("Households Represented"));
}

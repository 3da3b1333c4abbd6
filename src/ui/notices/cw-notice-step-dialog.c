/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-step-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/notices/cw-notice-question.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village-role.h"
#include "ui/common/cw-discard-dialog.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-undo.h"
#include "ui/notices/cw-notice-step-dialog.h"
#include "ui/cw-ui-resources.h"

struct _CwNoticeStepDialog
{
  AdwWindow      parent_instance;

  GtkWidget     *owner;
  CwDatabase    *db;
  CwNotice      *notice;
  CwNoticeStep   step;
  gint64         question_id;   /* the question answered */
  /* Something typed since the dialog opened: closing it asks first. */
  gboolean       touched;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkButton      *confirm_button;
  AdwEntryRow    *date_row;
  AdwComboRow    *by_row;
  AdwEntryRow    *text_row;
  AdwEntryRow    *asker_row;
  GtkLabel       *question_label;
  GtkLabel       *problem_label;
};

G_DEFINE_FINAL_TYPE (CwNoticeStepDialog, cw_notice_step_dialog, ADW_TYPE_WINDOW)

/* The 监委会 of the day typed, for the reviewer's drop-down. */
static void
fill_reviewers (CwNoticeStepDialog *self)
{
  g_autofree char *typed = cw_ui_row_text (GTK_WIDGET (self->date_row));
  g_autofree char *date = cw_date_normalize (typed, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) roles = date != NULL ? cw_village_role_list (self->db, date, NULL) : NULL;

  for (guint i = 0; roles != NULL && i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(CwVillageRole) role = g_list_model_get_item (roles, i);
      if (cw_role_kind_is_supervision (cw_village_role_get_kind (role)))
        gtk_string_list_append (names, cw_village_role_get_name (role));
    }
  adw_combo_row_set_model (self->by_row, G_LIST_MODEL (names));
}

static void
date_changed_cb (CwNoticeStepDialog *self)
{
  if (self->step == CW_NOTICE_STEP_REVIEW)
    fill_reviewers (self);
}

static void
touched_cb (CwNoticeStepDialog *self)
{
  self->touched = TRUE;
}

static void
confirm_clicked_cb (CwNoticeStepDialog *self)
{
  g_autofree char *date = cw_ui_row_text (GTK_WIDGET (self->date_row));
  g_autofree char *text = cw_ui_row_text (GTK_WIDGET (self->text_row));
  GtkStringObject *by = adw_combo_row_get_selected_item (self->by_row);
  gint64 id = cw_notice_get_id (self->notice);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  switch (self->step)
    {
    case CW_NOTICE_STEP_REVIEW:
      ok = cw_notice_review (self->db, id, by != NULL ? gtk_string_object_get_string (by) : "", date, text, &error);
      /* Translators: a toast, the notice's number and the reviewer */
      message = g_strdup_printf (_("Notice %s reviewed by %s"), cw_notice_get_number (self->notice),
                                 by != NULL ? gtk_string_object_get_string (by) : "");
      break;
    case CW_NOTICE_STEP_SETTLE:
      ok = cw_notice_settle (self->db, id, date, &error);
      message = g_strdup_printf (_("Notice %s settled"), cw_notice_get_number (self->notice));
      break;
    case CW_NOTICE_STEP_POST:
      ok = cw_notice_post (self->db, id, date, text, &error);
      message = g_strdup_printf (_("Notice %s posted"), cw_notice_get_number (self->notice));
      break;
    case CW_NOTICE_STEP_ASK:
      {
        g_autofree char *asker = cw_ui_row_text (GTK_WIDGET (self->asker_row));
        ok = cw_notice_question_add (self->db, id, asker, date, text, &error) != 0;
        /* Translators: a toast, the notice's number */
        message = g_strdup_printf (_("Question on notice %s recorded"), cw_notice_get_number (self->notice));
      }
      break;
    case CW_NOTICE_STEP_ANSWER:
      ok = cw_notice_question_answer (self->db, self->question_id, date, text, &error);
      message = g_strdup_printf (_("Question on notice %s answered"), cw_notice_get_number (self->notice));
      break;
    case CW_NOTICE_STEP_WITHDRAW:
    default:
      ok = cw_notice_withdraw (self->db, id, date, text, &error);
      message = g_strdup_printf (_("Notice %s withdrawn"), cw_notice_get_number (self->notice));
      break;
    }
  if (!ok)
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }
  cw_undo_show_toast (self->owner, cw_database_get_last_change (self->db), message);
  gtk_window_destroy (GTK_WINDOW (self));
}

CwNoticeStepDialog *
cw_notice_step_dialog_new (GtkWidget    *owner,
                           CwDatabase   *db,
                           CwNotice     *notice,
                           CwNoticeStep  step)
{
  CwNoticeStepDialog *self = g_object_new (CW_TYPE_NOTICE_STEP_DIALOG,
                                           "transient-for", gtk_widget_get_root (owner),
                                           "modal", TRUE, NULL);
  g_autofree char *today = cw_date_today_text ();
  static const char *const titles[] = { N_("Review"), N_("Settle"), N_("Post"), N_("Withdraw"),
                                        N_("Question"), N_("Answer") };
  static const char *const texts[] = { N_("Opinion"), NULL, N_("Posted At"), N_("Reason"), N_("Question"),
                                       N_("Answer") };

  self->owner = g_object_ref (owner);
  self->db = g_object_ref (db);
  self->notice = g_object_ref (notice);
  self->step = step;
  gtk_window_set_title (GTK_WINDOW (self), _(titles[step]));
  adw_window_title_set_title (self->window_title, _(titles[step]));
  adw_window_title_set_subtitle (self->window_title, cw_notice_get_title (notice));
  gtk_button_set_label (self->confirm_button, step == CW_NOTICE_STEP_ASK ? _("_Record") : _(titles[step]));
  if (step == CW_NOTICE_STEP_WITHDRAW)
    gtk_widget_add_css_class (GTK_WIDGET (self->confirm_button), "destructive-action");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  gtk_widget_set_visible (GTK_WIDGET (self->by_row), step == CW_NOTICE_STEP_REVIEW);
  gtk_widget_set_visible (GTK_WIDGET (self->text_row), texts[step] != NULL);
  if (texts[step] != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->text_row), _(texts[step]));
  gtk_widget_set_visible (GTK_WIDGET (self->asker_row), step == CW_NOTICE_STEP_ASK);
  if (step == CW_NOTICE_STEP_POST)
    {
      g_autofree char *place = cw_settings_get_notice_place (db);
      gtk_editable_set_text (GTK_EDITABLE (self->text_row), place);
    }
  if (step == CW_NOTICE_STEP_REVIEW)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->text_row), _("Agreed, no objection"));
      fill_reviewers (self);
    }
  /* Said before the review, and again before posting refuses it. */
  if (step == CW_NOTICE_STEP_REVIEW || step == CW_NOTICE_STEP_SETTLE || step == CW_NOTICE_STEP_POST)
    {
      g_autoptr(GError) empty = NULL;

      if (!cw_notice_says_something (notice, &empty))
        {
          gtk_label_set_text (self->problem_label, empty->message);
          gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
        }
    }
  if (step == CW_NOTICE_STEP_ANSWER)
    {
      g_autoptr(GPtrArray) questions = cw_notice_question_list (db, cw_notice_get_id (notice), NULL);

      for (guint i = 0; questions != NULL && i < questions->len && self->question_id == 0; i++)
        {
          CwNoticeQuestion *question = g_ptr_array_index (questions, i);
          if (question->answered == NULL)
            {
              /* Translators: the question answered, "李四 asked on 2026-04-18: …; answer by 2026-04-28" */
              g_autofree char *shown = g_strdup_printf (_("%s asked on %s: %s (answer by %s)"), question->asker,
                                                        question->asked, question->question, question->answer_by);
              self->question_id = question->id;
              gtk_label_set_text (self->question_label, shown);
              gtk_widget_set_visible (GTK_WIDGET (self->question_label), TRUE);
            }
        }
      if (self->question_id == 0)
        {
          gtk_label_set_text (self->problem_label, _("No question on this notice waits for an answer."));
          gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
          gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_button), FALSE);
        }
    }
  /* What the dialog filled in itself is nothing typed. */
  self->touched = FALSE;
  return self;
}

static gboolean
cw_notice_step_dialog_close_request (GtkWindow *window)
{
  CwNoticeStepDialog *self = CW_NOTICE_STEP_DIALOG (window);

  if (self->touched && cw_discard_dialog_ask (window, _("What was typed in this window has not been recorded.")))
    return TRUE;
  return GTK_WINDOW_CLASS (cw_notice_step_dialog_parent_class)->close_request (window);
}

static void
cw_notice_step_dialog_dispose (GObject *object)
{
  CwNoticeStepDialog *self = CW_NOTICE_STEP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_NOTICE_STEP_DIALOG);
  g_clear_object (&self->owner);
  g_clear_object (&self->db);
  g_clear_object (&self->notice);

  G_OBJECT_CLASS (cw_notice_step_dialog_parent_class)->dispose (object);
}

static void
cw_notice_step_dialog_class_init (CwNoticeStepDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_notice_step_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = cw_notice_step_dialog_close_request;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-notice-step-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwNoticeStepDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeStepDialog, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeStepDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeStepDialog, by_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeStepDialog, text_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeStepDialog, asker_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeStepDialog, question_label);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeStepDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, confirm_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, touched_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cw_notice_step_dialog_init (CwNoticeStepDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

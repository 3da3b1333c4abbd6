/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-make-head-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/households/cw-household.h"
#include "core/households/cw-kinship.h"
#include "ui/common/cw-job.h"
#include "ui/households/cw-make-head-dialog.h"
#include "ui/cw-ui-resources.h"

struct _CwMakeHeadDialog
{
  AdwMessageDialog  parent_instance;

  CwDatabase       *db;
  CwPerson         *new_head;

  /* Template widgets */
  GtkWidget        *relation_box;
  GtkDropDown      *relation;
};

G_DEFINE_FINAL_TYPE (CwMakeHeadDialog, cw_make_head_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cw_make_head_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  CwMakeHeadDialog *self = CW_MAKE_HEAD_DIALOG (dialog);
  const char * const *relations = cw_kinship_former_head_relations ();
  guint selected = gtk_drop_down_get_selected (self->relation);
  gint64 household_id = cw_person_get_household_id (self->new_head);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GtkWindow *parent;

  if (g_strcmp0 (response, "make-head") != 0 || selected >= g_strv_length ((char **) relations))
    return;

  if (!cw_household_change_head (self->db, household_id, cw_person_get_id (self->new_head),
                                 relations[selected], &error))
    {
      /* Over the window, not over this question, which is closing. */
      parent = gtk_window_get_transient_for (GTK_WINDOW (self));
      cw_ui_show_refusal (parent != NULL ? GTK_WIDGET (parent) : GTK_WIDGET (self),
                          _("Cannot Change the Head"), error->message);
      return;
    }

  message = g_strdup_printf (_("%s is now head of the household"), cw_person_get_name (self->new_head));
  g_signal_emit (self, signals[SAVED], 0, cw_database_get_last_change (self->db), household_id,
                 (gint64) 0, message);
}

CwMakeHeadDialog *
cw_make_head_dialog_new (GtkWindow  *parent,
                         CwDatabase *db,
                         CwPerson   *new_head,
                         GListModel *members)
{
  const char * const *relations = cw_kinship_former_head_relations ();
  g_autoptr(CwPerson) old_head = NULL;
  g_autoptr(GtkStringList) names = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  CwMakeHeadDialog *self;
  const char *usual;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (CW_IS_PERSON (new_head), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (members), NULL);

  old_head = cw_kinship_find_head (members);
  heading = g_strdup_printf (_("Make %s Head of Household?"), cw_person_get_name (new_head));
  if (old_head != NULL)
    body = g_strdup_printf (_("%s, the head until now, stays in the household as the new head’s:"),
                            cw_person_get_name (old_head));
  else
    body = g_strdup (_("The household has no present head."));

  self = g_object_new (CW_TYPE_MAKE_HEAD_DIALOG,
                       "transient-for", parent,
                       "heading", heading,
                       "body", body,
                       NULL);
  self->db = g_object_ref (db);
  self->new_head = g_object_ref (new_head);

  names = gtk_string_list_new (relations);
  gtk_drop_down_set_model (self->relation, G_LIST_MODEL (names));
  usual = cw_kinship_suggest_former_head_relation (new_head, old_head);
  for (guint i = 0; relations[i] != NULL; i++)
    {
      if (g_str_equal (relations[i], usual))
        gtk_drop_down_set_selected (self->relation, i);
    }
  gtk_widget_set_visible (self->relation_box, old_head != NULL);

  return self;
}

static void
cw_make_head_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_MAKE_HEAD_DIALOG);

  G_OBJECT_CLASS (cw_make_head_dialog_parent_class)->dispose (object);
}

static void
cw_make_head_dialog_finalize (GObject *object)
{
  CwMakeHeadDialog *self = CW_MAKE_HEAD_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_object (&self->new_head);

  G_OBJECT_CLASS (cw_make_head_dialog_parent_class)->finalize (object);
}

static void
cw_make_head_dialog_class_init (CwMakeHeadDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cw_make_head_dialog_dispose;
  object_class->finalize = cw_make_head_dialog_finalize;
  dialog_class->response = cw_make_head_dialog_response;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_STRING);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-make-head-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwMakeHeadDialog, relation_box);
  gtk_widget_class_bind_template_child (widget_class, CwMakeHeadDialog, relation);
}

static void
cw_make_head_dialog_init (CwMakeHeadDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

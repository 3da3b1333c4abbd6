/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-review-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-period.h"
#include "core/village/cw-village-role.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-undo.h"
#include "ui/finance/cw-finance-review-dialog.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwFinanceReviewDialog
{
  AdwMessageDialog  parent_instance;

  CwDatabase       *db;
  GtkWidget        *owner;
  char             *month;
  GArray           *ids;      /* of gint64: the entries reviewed; NULL: the month's */

  /* Template widgets */
  AdwComboRow      *reviewer_row;
  AdwEntryRow      *date_row;
  AdwEntryRow      *opinion_row;
};

G_DEFINE_FINAL_TYPE (CwFinanceReviewDialog, cw_finance_review_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
cw_finance_review_dialog_response (AdwMessageDialog *dialog,
                                   const char       *response)
{
  CwFinanceReviewDialog *self = CW_FINANCE_REVIEW_DIALOG (dialog);
  GtkStringObject *chosen = adw_combo_row_get_selected_item (self->reviewer_row);
  const char *reviewer = chosen != NULL ? gtk_string_object_get_string (chosen) : "";
  g_autofree char *date = cw_ui_row_text (GTK_WIDGET (self->date_row));
  g_autofree char *opinion = cw_ui_row_text (GTK_WIDGET (self->opinion_row));
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (g_strcmp0 (response, "review") != 0)
    return;

  if (!cw_finance_entry_review (self->db, self->ids != NULL ? (const gint64 *) self->ids->data : NULL,
                                self->ids != NULL ? self->ids->len : 0, self->month, reviewer, date, opinion, &n,
                                &error))
    {
      /* Over the window, not over this question, which is closing. */
      cw_window_show_message (self->owner, error->message);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry reviewed by %s", "%u entries reviewed by %s", n),
                             n, reviewer);
  cw_undo_show_toast (self->owner, 0, message);
}

/* The members of the supervision committee on the day typed, the one
 * chosen kept when still a member. */
static void
date_changed_cb (CwFinanceReviewDialog *self)
{
  g_autofree char *text = cw_ui_row_text (GTK_WIDGET (self->date_row));
  g_autofree char *day = cw_date_normalize (text, NULL);
  GtkStringObject *chosen = adw_combo_row_get_selected_item (self->reviewer_row);
  g_autofree char *kept = chosen != NULL ? g_strdup (gtk_string_object_get_string (chosen)) : NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) holdings = NULL;
  guint selected = 0;

  if (day == NULL || self->db == NULL)
    return;
  holdings = cw_village_role_list (self->db, day, NULL);
  for (guint i = 0; holdings != NULL && i < g_list_model_get_n_items (holdings); i++)
    {
      g_autoptr(CwVillageRole) role = g_list_model_get_item (holdings, i);

      if (!cw_role_kind_is_supervision (cw_village_role_get_kind (role)))
        continue;
      if (g_strcmp0 (kept, cw_village_role_get_name (role)) == 0)
        selected = g_list_model_get_n_items (G_LIST_MODEL (names));
      gtk_string_list_append (names, cw_village_role_get_name (role));
    }
  adw_combo_row_set_model (self->reviewer_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->reviewer_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reviewer_row), g_list_model_get_n_items (G_LIST_MODEL (names)) > 0);
}

static CwFinanceReviewDialog *
review_dialog_new (GtkWidget  *owner,
                   CwDatabase *db,
                   const char *heading,
                   const char *body)
{
  GtkRoot *root = gtk_widget_get_root (owner);
  g_autofree char *today = cw_date_today_text ();
  CwFinanceReviewDialog *self;

  self = g_object_new (CW_TYPE_FINANCE_REVIEW_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       "heading", heading,
                       "body", body,
                       NULL);
  self->db = g_object_ref (db);
  self->owner = owner;
  g_object_add_weak_pointer (G_OBJECT (owner), (gpointer *) &self->owner);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  date_changed_cb (self);
  return self;
}

CwFinanceReviewDialog *
cw_finance_review_dialog_new (GtkWidget  *owner,
                              CwDatabase *db,
                              const char *month)
{
  g_autofree char *body = NULL;
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *label = NULL;
  CwFinanceReviewDialog *self;
  CwFinancePeriod period;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  if (!cw_finance_period_parse (month, &period, NULL))
    cw_finance_period_parse (today, &period, NULL);
  label = cw_finance_period_label (&period);
  body = g_strdup_printf (_("Every entry of %s that waits for review is reviewed, by the member of the village "
                            "affairs supervision committee who checked the vouchers. A review is final: a reviewed "
                            "entry is corrected by a reversing entry."),
                          label);
  self = review_dialog_new (owner, db, _("Review the Month's Entries?"), body);
  self->month = cw_finance_period_key (&period);
  return self;
}

CwFinanceReviewDialog *
cw_finance_review_dialog_new_for_entry (GtkWidget       *owner,
                                        CwDatabase      *db,
                                        CwFinanceEntry  *entry,
                                        GError         **error)
{
  const char *voucher;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *month = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  CwFinanceReviewDialog *self;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (CW_IS_FINANCE_ENTRY (entry), NULL);

  voucher = cw_finance_entry_get_voucher (entry);
  month = g_strndup (cw_finance_entry_get_entry_date (entry), 7);
  if (voucher[0] != '\0')
    {
      ids = cw_finance_entry_voucher_pending (db, month, voucher, error);
      if (ids == NULL)
        return NULL;
      /* Translators: a question's heading: the voucher, 记-07-002 */
      heading = g_strdup_printf (_("Review Voucher %s?"), voucher);
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The %u entry of voucher %s that waits for review is reviewed, by the "
                                           "member of the village affairs supervision committee who checked the "
                                           "voucher. A review is final: a reviewed entry is corrected by a "
                                           "reversing entry.",
                                           "The %u entries of voucher %s that wait for review are reviewed, by the "
                                           "member of the village affairs supervision committee who checked the "
                                           "voucher. A review is final: a reviewed entry is corrected by a "
                                           "reversing entry.",
                                           ids->len),
                              ids->len, voucher);
    }
  else
    {
      gint64 id = cw_finance_entry_get_id (entry);

      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, id);
      heading = g_strdup_printf (_("Review Entry %lld?"), (long long) id);
      body = g_strdup_printf (_("Entry %lld (%s) is reviewed, by the member of the village affairs supervision "
                                "committee who checked it. A review is final: a reviewed entry is corrected by a "
                                "reversing entry."),
                              (long long) id, cw_finance_entry_get_summary (entry));
    }
  self = review_dialog_new (owner, db, heading, body);
  self->ids = g_steal_pointer (&ids);
  return self;
}

static void
cw_finance_review_dialog_dispose (GObject *object)
{
  CwFinanceReviewDialog *self = CW_FINANCE_REVIEW_DIALOG (object);

  if (self->owner != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->owner), (gpointer *) &self->owner);
  self->owner = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_FINANCE_REVIEW_DIALOG);

  G_OBJECT_CLASS (cw_finance_review_dialog_parent_class)->dispose (object);
}

static void
cw_finance_review_dialog_finalize (GObject *object)
{
  CwFinanceReviewDialog *self = CW_FINANCE_REVIEW_DIALOG (object);

  g_clear_object (&self->db);
  g_free (self->month);
  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (cw_finance_review_dialog_parent_class)->finalize (object);
}

static void
cw_finance_review_dialog_class_init (CwFinanceReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cw_finance_review_dialog_dispose;
  object_class->finalize = cw_finance_review_dialog_finalize;
  dialog_class->response = cw_finance_review_dialog_response;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-finance-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CwFinanceReviewDialog, reviewer_row);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceReviewDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceReviewDialog, opinion_row);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
}

static void
cw_finance_review_dialog_init (CwFinanceReviewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

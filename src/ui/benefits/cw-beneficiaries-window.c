/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-beneficiaries-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/benefits/cw-benefit-ledger.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-money.h"
#include "ui/benefits/cw-beneficiaries-page.h"
#include "ui/benefits/cw-beneficiaries-window.h"
#include "ui/cw-ui-resources.h"

struct _CwBeneficiariesWindow
{
  AdwWindow        parent_instance;

  GtkWidget       *page;
  CwDatabase      *db;

  /* Template widgets */
  AdwWindowTitle  *title;
  GtkBox          *content;
  GtkLabel        *ledger_label;
};

G_DEFINE_FINAL_TYPE (CwBeneficiariesWindow, cw_beneficiaries_window, ADW_TYPE_WINDOW)

/* Where the programme's money went in the collective ledger, one line a
 * ledger entry, so the clerk sees the bookkeeper needs to type nothing. */
static char *
ledger_text (CwDatabase         *db,
             CwBenefitProgramme *programme)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expenses = cw_benefit_expense_list (db, 0, cw_benefit_programme_get_id (programme), &error);
  g_autoptr(GString) text = g_string_new (NULL);

  if (expenses == NULL)
    return g_strdup (error->message);
  if (expenses->len == 0)
    /* Translators: the account is 公益支出 or the one the programme names */
    return g_strdup_printf (_("Nothing paid yet: each payment enters the collective ledger as an expense of %s."),
                            cw_benefit_programme_get_account (programme));
  for (guint i = 0; i < expenses->len; i++)
    {
      CwBenefitExpense *e = g_ptr_array_index (expenses, i);
      g_autofree char *amount = cw_money_format (e->amount);

      if (i > 0)
        g_string_append_c (text, '\n');
      /* Translators: "Ledger entry 12 · 2026-10-18 · 公益支出 · ¥300.00 to 3 persons · waiting for review" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Ledger entry %lld · %s · %s · ¥%s to %u person · %s",
                                                 "Ledger entry %lld · %s · %s · ¥%s to %u persons · %s", e->persons),
                              (long long) e->ledger_entry, e->date, e->account, amount, e->persons,
                              e->reviewed ? _("reviewed by the supervision committee")
                                          : _("waiting for the supervision committee’s review"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
programme_changed_cb (CwBeneficiariesWindow *self,
                      GParamSpec            *pspec,
                      CwBeneficiariesPage   *page)
{
  CwBenefitProgramme *programme = cw_beneficiaries_page_get_programme (page);
  g_autofree char *subtitle = NULL;
  g_autofree char *ledger = NULL;

  if (programme == NULL)
    return;
  subtitle = g_strdup_printf ("%s · %s", cw_benefit_programme_get_date (programme),
                              cw_benefit_state_label (cw_benefit_programme_get_state (programme)));
  adw_window_title_set_title (self->title, cw_benefit_programme_get_name (programme));
  adw_window_title_set_subtitle (self->title, subtitle);
  ledger = ledger_text (self->db, programme);
  gtk_label_set_text (self->ledger_label, ledger);
}

CwBeneficiariesWindow *
cw_beneficiaries_window_new (GtkWidget  *owner,
                             CwDatabase *db,
                             gint64      programme_id)
{
  CwBeneficiariesWindow *self;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  self = g_object_new (CW_TYPE_BENEFICIARIES_WINDOW, NULL);
  self->db = g_object_ref (db);
  root = gtk_widget_get_root (owner);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  self->page = cw_beneficiaries_page_new (db, programme_id);
  gtk_widget_set_vexpand (self->page, TRUE);
  gtk_box_append (self->content, self->page);
  g_signal_connect_object (self->page, "notify::programme", G_CALLBACK (programme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  programme_changed_cb (self, NULL, CW_BENEFICIARIES_PAGE (self->page));
  return self;
}

GtkWidget *
cw_beneficiaries_window_get_page (CwBeneficiariesWindow *self)
{
  g_return_val_if_fail (CW_IS_BENEFICIARIES_WINDOW (self), NULL);

  return self->page;
}

/* The header bar's buttons do what the page's actions do. */
static void
forward_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CwBeneficiariesWindow *self = CW_BENEFICIARIES_WINDOW (widget);

  if (self->page != NULL)
    gtk_widget_activate_action (self->page, g_str_equal (action_name, "list.print") ? "persons.print"
                                                                                     : "persons.export", NULL);
}

static void
cw_beneficiaries_window_dispose (GObject *object)
{
  g_clear_object (&CW_BENEFICIARIES_WINDOW (object)->db);
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_BENEFICIARIES_WINDOW);

  G_OBJECT_CLASS (cw_beneficiaries_window_parent_class)->dispose (object);
}

static void
cw_beneficiaries_window_class_init (CwBeneficiariesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_beneficiaries_window_dispose;

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-beneficiaries-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CwBeneficiariesWindow, title);
  gtk_widget_class_bind_template_child (widget_class, CwBeneficiariesWindow, content);
  gtk_widget_class_bind_template_child (widget_class, CwBeneficiariesWindow, ledger_label);
  gtk_widget_class_install_action (widget_class, "list.print", NULL, forward_activated);
  gtk_widget_class_install_action (widget_class, "list.export", NULL, forward_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "list.print", NULL);
}

static void
cw_beneficiaries_window_init (CwBeneficiariesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

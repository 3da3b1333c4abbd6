/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-entry-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/finance/cw-finance-account.h"
#include "core/common/cw-money.h"
#include "core/finance/cw-finance-period.h"
#include "ui/common/cw-form.h"
#include "ui/finance/cw-finance-entry-editor.h"
#include "ui/cw-ui-resources.h"

struct _CwFinanceEntryEditor
{
  CwRecordEditor  parent_instance;

  char           *month;
  int             chart_year;   /* the year whose chart the account row offers */
  GListModel     *accounts;

  /* Template widgets */
  AdwEntryRow    *date_row;
  AdwEntryRow    *voucher_row;
  AdwComboRow    *account_row;
  AdwEntryRow    *summary_row;
  AdwEntryRow    *amount_row;
  AdwEntryRow    *handled_by_row;
  GtkLabel       *state_label;
};

G_DEFINE_FINAL_TYPE (CwFinanceEntryEditor, cw_finance_entry_editor, CW_TYPE_RECORD_EDITOR)

enum {
  PROP_0,
  PROP_MONTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The accounts of @year's chart in the account row, keeping the account
 * chosen when it is of that chart too. */
static void
show_chart (CwFinanceEntryEditor *self,
            int                   year,
            gint64                account_id)
{
  CwDatabase *db = cw_record_editor_get_database (CW_RECORD_EDITOR (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  self->chart_year = year;
  g_clear_object (&self->accounts);
  self->accounts = cw_finance_account_list (db, cw_finance_system_for_year (year), NULL);
  for (guint i = 0; self->accounts != NULL && i < g_list_model_get_n_items (self->accounts); i++)
    {
      g_autoptr(CwFinanceAccount) account = g_list_model_get_item (self->accounts, i);
      g_autofree char *label =
        g_strdup_printf ("%s %s (%s)", cw_finance_account_get_code (account), cw_finance_account_get_full_name (account),
                         cw_finance_account_is_income (account) ? _("income") : _("expense"));

      gtk_string_list_append (names, label);
      if (cw_finance_account_get_id (account) == account_id)
        selected = i;
    }
  adw_combo_row_set_model (self->account_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->account_row, selected);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->account_row), _("Account"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->account_row),
                               cw_finance_system_label (cw_finance_system_for_year (year)));
}

static gint64
chosen_account (CwFinanceEntryEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->account_row);
  g_autoptr(CwFinanceAccount) account = NULL;

  if (self->accounts == NULL || selected >= g_list_model_get_n_items (self->accounts))
    return 0;
  account = g_list_model_get_item (self->accounts, selected);
  return cw_finance_account_get_id (account);
}

/* A date of another year brings that year's chart. */
static void
date_changed_cb (CwFinanceEntryEditor *self)
{
  g_autofree char *text = cw_ui_row_text (GTK_WIDGET (self->date_row));
  GDate date;

  if (cw_date_parse (text, &date, NULL) && g_date_get_year (&date) != self->chart_year)
    show_chart (self, g_date_get_year (&date), chosen_account (self));
}

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  return G_OBJECT (record != NULL ? cw_finance_entry_copy (CW_FINANCE_ENTRY (record)) : cw_finance_entry_new ());
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwFinanceEntryEditor *self = CW_FINANCE_ENTRY_EDITOR (editor);
  CwFinanceEntry *entry = CW_FINANCE_ENTRY (record);
  gboolean is_new = cw_record_editor_get_is_new (editor);
  gboolean fixed = cw_finance_entry_is_reviewed (entry) || cw_finance_entry_is_locked (entry) ||
                   cw_finance_entry_get_reverses_id (entry) != 0;
  g_autofree char *date = NULL;
  g_autofree char *amount = NULL;
  GDate parsed;

  if (is_new)
    {
      g_autofree char *today = cw_date_today_text ();
      CwFinancePeriod period;

      /* A month gone by gets its entries on its last day, by default. */
      if (self->month != NULL && cw_finance_period_parse (self->month, &period, NULL) &&
          strcmp (period.last, today) < 0)
        date = g_strdup (period.last);
      else
        date = g_steal_pointer (&today);
      g_object_set (entry, "entry-date", date, NULL);
    }
  else
    date = g_strdup (cw_finance_entry_get_entry_date (entry));

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->voucher_row), cw_finance_entry_get_voucher (entry));
  if (!cw_date_parse (date, &parsed, NULL))
    cw_date_today (&parsed);
  show_chart (self, g_date_get_year (&parsed), cw_finance_entry_get_account_id (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->summary_row), cw_finance_entry_get_summary (entry));
  amount = cw_finance_entry_get_amount (entry) != 0 ? cw_money_format (cw_finance_entry_get_amount (entry))
                                                   : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
  gtk_editable_set_text (GTK_EDITABLE (self->handled_by_row), cw_finance_entry_get_handled_by (entry));

  for (GtkWidget *row = GTK_WIDGET (self->date_row); row != NULL; row = gtk_widget_get_next_sibling (row))
    gtk_widget_set_sensitive (row, !fixed);
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), fixed);
  if (fixed)
    {
      g_autofree char *state = NULL;

      if (cw_finance_entry_get_reverses_id (entry) != 0)
        state = g_strdup_printf (_("A reversal of entry %lld: it is reviewed as it is, never changed."),
                                 (long long) cw_finance_entry_get_reverses_id (entry));
      else if (cw_finance_entry_is_reviewed (entry))
        state = g_strdup_printf (_("Reviewed by %s on %s (%s). A reviewed entry is corrected by a reversing entry, "
                                   "never changed."),
                                 cw_finance_entry_get_reviewed_by (entry), cw_finance_entry_get_reviewed_on (entry),
                                 cw_finance_entry_get_review_opinion (entry)[0] != '\0'
                                 ? cw_finance_entry_get_review_opinion (entry) : _("no opinion"));
      else
        state = g_strdup (_("Its month is closed: the entry is locked."));
      gtk_label_set_text (self->state_label, state);
    }

  if (is_new)
    gtk_window_set_title (GTK_WINDOW (self), _("New Entry"));
  else
    {
      g_autofree char *title = g_strdup_printf (_("Entry %lld"), (long long) cw_finance_entry_get_id (entry));
      /* The ledger's own number above, the voucher the bookkeeper filed
       * it under below, as the paper has it. */
      g_autofree char *subtitle = g_strdup_printf (_("Voucher %s, %s"), cw_finance_entry_get_voucher (entry),
                                                   cw_finance_entry_get_entry_date (entry));

      gtk_window_set_title (GTK_WINDOW (self), title);
      if (cw_finance_entry_get_voucher (entry)[0] != '\0')
        cw_record_editor_set_subtitle (CW_RECORD_EDITOR (self), subtitle);
    }
  gtk_widget_grab_focus (is_new ? GTK_WIDGET (self->voucher_row) : GTK_WIDGET (self->summary_row));
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  CwFinanceEntryEditor *self = CW_FINANCE_ENTRY_EDITOR (editor);
  g_autofree char *date = cw_ui_row_text (GTK_WIDGET (self->date_row));
  g_autofree char *voucher = cw_ui_row_text (GTK_WIDGET (self->voucher_row));
  g_autofree char *summary = cw_ui_row_text (GTK_WIDGET (self->summary_row));
  g_autofree char *amount_text = cw_ui_row_text (GTK_WIDGET (self->amount_row));
  g_autofree char *handled_by = cw_ui_row_text (GTK_WIDGET (self->handled_by_row));
  gint64 amount = 0;

  /* What cannot be read keeps the amount it had; save_record() says why. */
  if (!cw_money_parse (amount_text, &amount, NULL))
    amount = cw_finance_entry_get_amount (CW_FINANCE_ENTRY (record));
  g_object_set (record,
                "entry-date", date,
                "voucher", voucher,
                "account-id", chosen_account (self),
                "summary", summary,
                "amount", amount,
                "handled-by", handled_by,
                NULL);
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  CwFinanceEntryEditor *self = CW_FINANCE_ENTRY_EDITOR (editor);
  g_autofree char *amount_text = cw_ui_row_text (GTK_WIDGET (self->amount_row));
  gint64 amount;

  if (!cw_money_parse (amount_text, &amount, error))
    {
      /* Translators: the field as the ledger's errors name it ("Amount: …") */
      g_prefix_error (error, "%s: ", C_("field", "Amount"));
      return FALSE;
    }
  return cw_finance_entry_save (cw_record_editor_get_database (editor), CW_FINANCE_ENTRY (record), error);
}

static char *
saved_message (CwRecordEditor *editor,
               GObject        *record)
{
  /* Translators: a toast: the entry's number */
  return g_strdup_printf (cw_record_editor_get_is_new (editor) ? _("Entry %lld added") : _("Entry %lld saved"),
                          (long long) cw_finance_entry_get_id (CW_FINANCE_ENTRY (record)));
}

CwFinanceEntryEditor *
cw_finance_entry_editor_new (GtkWidget      *owner,
                             CwDatabase     *db,
                             CwFinanceEntry *entry,
                             const char     *month)
{
  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (entry == NULL || CW_IS_FINANCE_ENTRY (entry), NULL);

  return g_object_new (CW_TYPE_FINANCE_ENTRY_EDITOR,
                       "database", db,
                       "owner", owner,
                       "month", month,
                       "record", entry,
                       NULL);
}

static void
cw_finance_entry_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CwFinanceEntryEditor *self = CW_FINANCE_ENTRY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_MONTH:
      self->month = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_finance_entry_editor_dispose (GObject *object)
{
  CwFinanceEntryEditor *self = CW_FINANCE_ENTRY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_FINANCE_ENTRY_EDITOR);
  g_clear_object (&self->accounts);
  g_clear_pointer (&self->month, g_free);

  G_OBJECT_CLASS (cw_finance_entry_editor_parent_class)->dispose (object);
}

static void
cw_finance_entry_editor_class_init (CwFinanceEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = cw_finance_entry_editor_dispose;
  object_class->set_property = cw_finance_entry_editor_set_property;

  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->saved_message = saved_message;

  /* Read when the base fills the fields, once every property is set. */
  properties[PROP_MONTH] =
    g_param_spec_string ("month", NULL, NULL, NULL,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-finance-entry-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwFinanceEntryEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceEntryEditor, voucher_row);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceEntryEditor, account_row);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceEntryEditor, summary_row);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceEntryEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceEntryEditor, handled_by_row);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceEntryEditor, state_label);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
}

static void
cw_finance_entry_editor_init (CwFinanceEntryEditor *self)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Rows titled as core's errors name them ("Date: …", "Summary: …"). */
  cw_record_editor_add_field (editor, GTK_WIDGET (self->date_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->voucher_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->account_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->summary_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->amount_row), C_("field", "Amount"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->handled_by_row), NULL);
}

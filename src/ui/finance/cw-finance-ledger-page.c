/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-ledger-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/finance/cw-finance-account.h"
#include "core/finance/cw-finance-entry.h"
#include "core/finance/cw-finance-import.h"
#include "core/common/cw-money.h"
#include "core/finance/cw-finance-period.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-undo.h"
#include "ui/finance/cw-finance-entry-editor.h"
#include "ui/finance/cw-finance-ledger-page.h"
#include "ui/finance/cw-finance-review-dialog.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwFinanceLedgerPage
{
  CwListPage     parent_instance;

  char          *month;
  GStrv          months;    /* what the drop-down offers, newest first */
  gboolean       filling;
  GListModel    *accounts;  /* of the month's chart, after "All accounts" */
  gint64         account_id;

  /* Template widgets */
  GtkDropDown   *month_dropdown;
  GtkDropDown   *account_dropdown;
};

G_DEFINE_FINAL_TYPE (CwFinanceLedgerPage, cw_finance_ledger_page, CW_TYPE_LIST_PAGE)

/* The list */

static char *
date_text (gpointer item)
{
  return g_strdup (cw_finance_entry_get_entry_date (item));
}

static char *
voucher_text (gpointer item)
{
  return g_strdup (cw_finance_entry_get_voucher (item));
}

static char *
account_text (gpointer item)
{
  return g_strdup_printf ("%s %s", cw_finance_entry_get_account_code (item), cw_finance_entry_get_account_name (item));
}

static char *
summary_text (gpointer item)
{
  return g_strdup (cw_finance_entry_get_summary (item));
}

static char *
money_or_blank (gint64 fen)
{
  return fen != 0 ? cw_money_format (fen) : g_strdup ("");
}

static char *
income_text (gpointer item)
{
  return money_or_blank (cw_finance_entry_get_income (item));
}

static char *
expense_text (gpointer item)
{
  return money_or_blank (cw_finance_entry_get_expense (item));
}

static char *
handled_by_text (gpointer item)
{
  return g_strdup (cw_finance_entry_get_handled_by (item));
}

static char *
review_text (gpointer item)
{
  g_autofree char *state = NULL;

  if (!cw_finance_entry_is_reviewed (item))
    return g_strdup (_("Pending review"));
  /* Translators: who reviewed an entry and when: "李监督 2026-08-01" */
  state = g_strdup_printf (_("%s %s"), cw_finance_entry_get_reviewed_by (item), cw_finance_entry_get_reviewed_on (item));
  if (cw_finance_entry_get_reversed_by (item) != 0)
    return g_strdup_printf (_("%s; reversed by entry %lld"), state,
                            (long long) cw_finance_entry_get_reversed_by (item));
  return g_steal_pointer (&state);
}

static const CwColumnInfo columns[] = {
  { N_("Date"),       NULL, date_text,       CW_COLUMN_TEXT,    "entry-date" },
  { N_("Voucher"),    NULL, voucher_text,    CW_COLUMN_TEXT,    "voucher" },
  { N_("Account"),    NULL, account_text,    CW_COLUMN_TEXT,    "account-code" },
  { NC_("ledger", "Summary"), "ledger", summary_text, CW_COLUMN_EXPAND, NULL },
  { N_("Income"),     NULL, income_text,     CW_COLUMN_NUMERIC, NULL },
  { N_("Expense"),    NULL, expense_text,    CW_COLUMN_NUMERIC, NULL },
  { N_("Handled by"), NULL, handled_by_text, CW_COLUMN_DIM,     NULL },
  { N_("Review"),     NULL, review_text,     CW_COLUMN_DIM,     NULL },
};

static gboolean
review_matches (gpointer item,
                guint    choice)
{
  return cw_finance_entry_is_reviewed (item) == (choice == 2);
}

static gboolean
kind_matches (gpointer item,
              guint    choice)
{
  return choice == 1 ? cw_finance_entry_get_income (item) != 0 : cw_finance_entry_get_expense (item) != 0;
}

static const char * const review_choices[] = { N_("All Entries"), N_("Pending Review"), N_("Reviewed"), NULL };
static const char * const kind_choices[] = { N_("Income and Expense"), N_("Income"), N_("Expense"), NULL };

static const CwListFilter filters[] = {
  { N_("Review"), review_choices, review_matches },
  { N_("Income or expense"), kind_choices, kind_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_finance_entry_get_type,
  .key = "key",
  .tables = (const char * const []) { "finance_entry", "finance_month", "finance_account", NULL },
  .actions = "ledger",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search summary, account, voucher or who handled it"),
  .empty_icon_name = "accessories-calculator-symbolic",
  .empty_title = N_("No Entries This Month"),
  .empty_description = N_("Enter the month's income and expense here, voucher by voucher, or import the "
                          "bookkeeping agency's ledger from a CSV file."),
  .no_match_title = N_("No Entries Found"),
  .no_match_description = N_("No entry of the month matches the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  CwFinanceLedgerPage *self = CW_FINANCE_LEDGER_PAGE (page);
  CwFinancePeriod period;

  if (!cw_finance_period_parse (self->month, &period, error))
    return NULL;
  return cw_finance_entry_list (db, period.first, period.last, self->account_id, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_finance_entry_get_summary (item), cw_finance_entry_get_account_code (item),
                    cw_finance_entry_get_account_name (item), cw_finance_entry_get_voucher (item),
                    cw_finance_entry_get_handled_by (item), NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  CwFinanceLedgerPage *self = CW_FINANCE_LEDGER_PAGE (page);

  return GTK_WINDOW (cw_finance_entry_editor_new (GTK_WIDGET (page), cw_list_page_get_database (page), item,
                                                  self->month));
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry listed", "%u entries listed", n_shown), n_shown);
}

static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "ledger.review-entry",
                                 item != NULL && !cw_finance_entry_is_reviewed (item));
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "ledger.reverse",
                                 item != NULL && cw_finance_entry_is_reviewed (item) &&
                                 cw_finance_entry_get_reversed_by (item) == 0 &&
                                 cw_finance_entry_get_reverses_id (item) == 0);
}

/* The accounts of the month's chart, and the one chosen when it is still
 * of that chart. */
static void
fill_accounts (CwFinanceLedgerPage *self)
{
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (self));
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  int year = self->month != NULL ? (int) g_ascii_strtoll (self->month, NULL, 10) : 0;
  guint selected = 0;

  g_clear_object (&self->accounts);
  self->accounts = cw_finance_account_list (db, cw_finance_system_for_year (year), NULL);
  gtk_string_list_append (model, _("All Accounts"));
  for (guint i = 0; self->accounts != NULL && i < g_list_model_get_n_items (self->accounts); i++)
    {
      g_autoptr(CwFinanceAccount) account = g_list_model_get_item (self->accounts, i);
      g_autofree char *label = g_strdup_printf ("%s %s", cw_finance_account_get_code (account),
                                                cw_finance_account_get_full_name (account));

      gtk_string_list_append (model, label);
      if (cw_finance_account_get_id (account) == self->account_id)
        selected = i + 1;
    }
  if (selected == 0)
    self->account_id = 0;
  self->filling = TRUE;
  gtk_drop_down_set_model (self->account_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->account_dropdown, selected);
  self->filling = FALSE;
}

static void
account_selected_cb (CwFinanceLedgerPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->account_dropdown);
  g_autoptr(CwFinanceAccount) account = NULL;

  if (self->filling || self->accounts == NULL)
    return;
  if (selected > 0 && selected <= g_list_model_get_n_items (self->accounts))
    account = g_list_model_get_item (self->accounts, selected - 1);
  self->account_id = account != NULL ? cw_finance_account_get_id (account) : 0;
  cw_list_page_reload (CW_LIST_PAGE (self));
}

/* The months */

/* The months with entries and this month, newest first. */
static void
fill_months (CwFinanceLedgerPage *self)
{
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (self));
  g_auto(GStrv) with_entries = cw_finance_entry_list_months (db);
  g_autofree char *today = cw_date_today_text ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint selected = 0;

  today[7] = '\0';
  if (with_entries[0] == NULL || strcmp (with_entries[0], today) < 0)
    g_strv_builder_add (builder, today);
  g_strv_builder_addv (builder, (const char **) with_entries);
  g_strfreev (self->months);
  self->months = g_strv_builder_end (builder);

  for (guint i = 0; self->months[i] != NULL; i++)
    {
      CwFinancePeriod period;
      g_autofree char *label = NULL;

      cw_finance_period_parse (self->months[i], &period, NULL);
      label = cw_finance_period_label (&period);
      gtk_string_list_append (model, label);
      if (g_strcmp0 (self->months[i], self->month) == 0)
        selected = i;
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->month_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->month_dropdown, selected);
  self->filling = FALSE;
  fill_accounts (self);
}

static void
month_selected_cb (CwFinanceLedgerPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->month_dropdown);

  if (self->filling || self->months == NULL || selected >= g_strv_length (self->months))
    return;
  g_free (self->month);
  self->month = g_strdup (self->months[selected]);
  fill_accounts (self);
  cw_list_page_reload (CW_LIST_PAGE (self));
}

const char *
cw_finance_ledger_page_get_month (CwFinanceLedgerPage *self)
{
  g_return_val_if_fail (CW_IS_FINANCE_LEDGER_PAGE (self), NULL);

  return self->month;
}

void
cw_finance_ledger_page_set_month (CwFinanceLedgerPage *self,
                                  const char          *month)
{
  g_return_if_fail (CW_IS_FINANCE_LEDGER_PAGE (self));

  g_free (self->month);
  self->month = g_strndup (month, 7);
  fill_months (self);
  cw_list_page_reload (CW_LIST_PAGE (self));
}

/* Actions */

static void
reverse_cb (GtkWidget  *owner,
            const char *reason,
            gpointer    data)
{
  CwFinanceEntry *entry = data;
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (owner));
  g_autofree char *today = cw_date_today_text ();
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  gint64 reversal;

  /* Today, or the last day of the entry's year when that is over. */
  date = strncmp (today, cw_finance_entry_get_entry_date (entry), 4) == 0
         ? g_strdup (today) : g_strdup_printf ("%.4s-12-31", cw_finance_entry_get_entry_date (entry));
  reversal = cw_finance_entry_reverse (db, cw_finance_entry_get_id (entry), date, reason, &error);
  if (reversal == 0)
    {
      cw_window_show_message (owner, error->message);
      return;
    }
  title = g_strdup_printf (_("Entry %lld reversed by entry %lld"), (long long) cw_finance_entry_get_id (entry),
                           (long long) reversal);
  cw_undo_show_toast (owner, cw_database_get_last_change (db), title);
}

static void
reverse_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CwFinanceEntry *entry = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  g_autofree char *body = NULL;
  g_autofree char *amount = NULL;

  if (entry == NULL)
    return;
  amount = cw_money_format (cw_finance_entry_get_amount (entry));
  body = g_strdup_printf (_("Entry %lld (%s, %s, ¥%s) was reviewed and stays as it is. A reversing entry of "
                            "−¥%s is made today, or on the last day of its year, and waits for review."),
                          (long long) cw_finance_entry_get_id (entry), cw_finance_entry_get_entry_date (entry),
                          cw_finance_entry_get_summary (entry), amount, amount);
  cw_ui_ask_text (widget, _("Reverse the Entry?"), body, _("Reason"), _("_Reverse"), TRUE,
                  reverse_cb, g_object_ref (entry), g_object_unref);
}

static void
review_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwFinanceLedgerPage *self = CW_FINANCE_LEDGER_PAGE (widget);
  CwFinanceReviewDialog *dialog =
    cw_finance_review_dialog_new (widget, cw_list_page_get_database (CW_LIST_PAGE (self)), self->month);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
review_entry_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CwFinanceEntry *entry = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  CwFinanceReviewDialog *dialog;
  g_autoptr(GError) error = NULL;

  if (entry == NULL)
    return;
  dialog = cw_finance_review_dialog_new_for_entry (widget, cw_list_page_get_database (CW_LIST_PAGE (widget)), entry,
                                                   &error);
  if (dialog == NULL)
    {
      cw_window_show_message (widget, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_month_cb (GtkWidget *owner,
                gpointer   data)
{
  CwFinanceLedgerPage *self = CW_FINANCE_LEDGER_PAGE (owner);
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!cw_finance_month_close (db, self->month, &error))
    {
      cw_window_show_message (owner, error->message);
      return;
    }
  title = g_strdup_printf (_("Month %s closed"), self->month);
  /* A close is final, as a published quarter is: no Undo. */
  cw_undo_show_toast (owner, 0, title);
}

static void
close_month_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CwFinanceLedgerPage *self = CW_FINANCE_LEDGER_PAGE (widget);
  g_autofree char *heading = g_strdup_printf (_("Close %s?"), self->month);

  cw_ui_confirm (widget, heading,
                 _("Every entry of the month must be reviewed. After the close nothing dated in the month can be "
                   "added or changed; a mistake is corrected by a reversing entry in an open month. This cannot be "
                   "undone."),
                 _("_Close Month"), TRUE, close_month_cb, NULL, NULL);
}

static const CwImportSummaryLine finance_summary[] = {
  { CW_FINANCE_IMPORT_LINES, FALSE, N_("Ledger lines"), N_("Ledger lines") },
  { CW_IMPORT_REPORT_UNCHANGED, FALSE, N_("Already in the ledger"), N_("Already in the ledger") },
  { NULL }
};

static const CwImportKind finance_import = {
  &cw_finance_importer,
  N_("Import the Agency's Ledger"),
  N_("The bookkeeping agency's CSV with a header row in Chinese: 日期, 凭证号, 科目 (code or name), 摘要, 收入, 支出, "
     "and 经办人 if it has one. UTF-8 or GB18030, as Excel or WPS saves it. A voucher goes in whole or not at all; "
     "one already in the ledger is not entered twice. The entries wait for the supervision committee's review. "
     "First you see what would go in; nothing is written until you choose Import."),
  N_("Vouchers to import"), N_("Vouchers imported"), N_("Vouchers left out"),
  finance_summary,
};

static void
imported_cb (CwImportDialog *dialog,
             gint64          change,
             guint           units,
             GtkWidget      *page)
{
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u voucher imported",
                                                         "%u vouchers imported", units),
                                            units);

  fill_months (CW_FINANCE_LEDGER_PAGE (page));
  cw_undo_show_toast (page, change, title);
}

CwImportDialog *
cw_finance_ledger_page_import (CwFinanceLedgerPage *self)
{
  g_return_val_if_fail (CW_IS_FINANCE_LEDGER_PAGE (self), NULL);

  return cw_import_dialog_present_for (GTK_WIDGET (self), cw_list_page_get_database (CW_LIST_PAGE (self)),
                                       &finance_import, G_CALLBACK (imported_cb));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwImportDialog *dialog = cw_finance_ledger_page_import (CW_FINANCE_LEDGER_PAGE (widget));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.choose", NULL);
}

GtkWidget *
cw_finance_ledger_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_FINANCE_LEDGER_PAGE, "database", db, NULL);
}

static void
cw_finance_ledger_page_constructed (GObject *object)
{
  CwFinanceLedgerPage *self = CW_FINANCE_LEDGER_PAGE (object);
  g_auto(GStrv) with_entries = cw_finance_entry_list_months (cw_list_page_get_database (CW_LIST_PAGE (self)));
  g_autofree char *today = cw_date_today_text ();

  /* The newest month with entries, or this month; set before the base
   * reads the records. */
  self->month = with_entries[0] != NULL ? g_strdup (with_entries[0]) : g_strndup (today, 7);
  fill_months (self);

  G_OBJECT_CLASS (cw_finance_ledger_page_parent_class)->constructed (object);
}

static void
cw_finance_ledger_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_FINANCE_LEDGER_PAGE);

  G_OBJECT_CLASS (cw_finance_ledger_page_parent_class)->dispose (object);
}

static void
cw_finance_ledger_page_finalize (GObject *object)
{
  CwFinanceLedgerPage *self = CW_FINANCE_LEDGER_PAGE (object);

  g_free (self->month);
  g_strfreev (self->months);
  g_clear_object (&self->accounts);

  G_OBJECT_CLASS (cw_finance_ledger_page_parent_class)->finalize (object);
}

static void
cw_finance_ledger_page_class_init (CwFinanceLedgerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->constructed = cw_finance_ledger_page_constructed;
  object_class->dispose = cw_finance_ledger_page_dispose;
  object_class->finalize = cw_finance_ledger_page_finalize;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->selection_changed = selection_changed;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-finance-ledger-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwFinanceLedgerPage, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceLedgerPage, account_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, month_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, account_selected_cb);

  gtk_widget_class_install_action (widget_class, "ledger.reverse", NULL, reverse_activated);
  gtk_widget_class_install_action (widget_class, "ledger.review", NULL, review_activated);
  gtk_widget_class_install_action (widget_class, "ledger.review-entry", NULL, review_entry_activated);
  gtk_widget_class_install_action (widget_class, "ledger.close-month", NULL, close_month_activated);
  gtk_widget_class_install_action (widget_class, "ledger.import", NULL, import_activated);
}

static void
cw_finance_ledger_page_init (CwFinanceLedgerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

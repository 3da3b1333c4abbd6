/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-accounts-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/finance/cw-finance-account.h"
#include "ui/common/cw-columns.h"
#include "ui/finance/cw-finance-account-editor.h"
#include "ui/finance/cw-finance-accounts-page.h"
#include "ui/cw-ui-resources.h"

struct _CwFinanceAccountsPage
{
  CwListPage  parent_instance;
};

G_DEFINE_FINAL_TYPE (CwFinanceAccountsPage, cw_finance_accounts_page, CW_TYPE_LIST_PAGE)

/* The list */

static char *
code_text (gpointer item)
{
  return g_strdup (cw_finance_account_get_code (item));
}

static char *
name_text (gpointer item)
{
  /* Translators: a sub-account under its account in the chart: "其中：%s" */
  return cw_finance_account_get_parent_id (item) != 0
         ? g_strdup_printf (_("of which: %s"), cw_finance_account_get_name (item))
         : g_strdup (cw_finance_account_get_name (item));
}

static char *
kind_text (gpointer item)
{
  return g_strdup (cw_finance_account_is_income (item) ? _("Income") : _("Expense"));
}

static char *
chart_text (gpointer item)
{
  return g_strdup (cw_finance_system_label (cw_finance_account_get_system (item)));
}

static char *
state_text (gpointer item)
{
  if (cw_finance_account_get_retired (item))
    return g_strdup (_("Retired"));
  return g_strdup (cw_finance_account_get_parent_id (item) != 0 ? _("Sub-account") : _("Account of the chart"));
}

static const CwColumnInfo columns[] = {
  { N_("Code"),    NULL, code_text,  CW_COLUMN_TEXT,   NULL },
  { N_("Account"), NULL, name_text,  CW_COLUMN_EXPAND, NULL },
  { N_("Income or expense"), NULL, kind_text, CW_COLUMN_DIM, NULL },
  { N_("Chart of accounts"), NULL, chart_text, CW_COLUMN_DIM, NULL },
  { N_("Kind of Account"), NULL, state_text, CW_COLUMN_DIM, NULL },
};

static gboolean
chart_matches (gpointer item,
               guint    choice)
{
  return g_str_equal (cw_finance_account_get_system (item),
                      choice == 1 ? CW_FINANCE_SYSTEM_2023 : CW_FINANCE_SYSTEM_2004);
}

static gboolean
kind_matches (gpointer item,
              guint    choice)
{
  return cw_finance_account_is_income (item) == (choice == 1);
}

static const char * const chart_choices[] = {
  N_("Both Charts"), N_("2023 System (from 2024)"), N_("2004 System (before 2024)"), NULL
};
static const char * const kind_choices[] = { N_("Income and Expense"), N_("Income"), N_("Expense"), NULL };

static const CwListFilter filters[] = {
  { N_("Chart of accounts"), chart_choices, chart_matches },
  { N_("Income or expense"), kind_choices, kind_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_finance_account_get_type,
  .key = "key",
  .tables = (const char * const []) { "finance_account", NULL },
  .actions = "accounts",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search code or name"),
  .archived_label = N_("Show _retired"),
  .retire_label = N_("Re_tire"),
  .restore_label = N_("Res_tore"),
  .empty_icon_name = "accessories-calculator-symbolic",
  .empty_title = N_("No Accounts"),
  .empty_description = N_("The charts of accounts come with the program."),
  .no_match_title = N_("No Accounts Found"),
  .no_match_description = N_("No account matches the search."),
};

/* Actions that take the chart's own accounts are for sub-accounts only. */
static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "accounts.retire",
                                 item != NULL && cw_finance_account_get_parent_id (item) != 0);
}

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  return cw_finance_account_list_all (db, archived, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_finance_account_get_code (item), cw_finance_account_get_full_name (item), NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  CwFinanceAccount *selected = cw_list_page_get_selected (page);

  /* A new one goes under the account selected (or the account of the
   * sub-account selected). */
  return GTK_WINDOW (cw_finance_account_editor_new (GTK_WIDGET (page), cw_list_page_get_database (page), item,
                                                    item == NULL && selected != NULL
                                                    ? cw_finance_account_get_id (selected) : 0));
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u account listed", "%u accounts listed", n_shown),
                          n_shown);
}

static gboolean
is_retired (CwListPage *page,
            gpointer    item)
{
  return cw_finance_account_get_retired (item);
}

static char *
set_retired (CwListPage  *page,
             CwDatabase  *db,
             gpointer     item,
             gboolean     retired,
             GError     **error)
{
  if (!cw_finance_account_set_retired (db, cw_finance_account_get_id (item), retired, error))
    return NULL;
  /* Translators: a toast: the sub-account's code and full name */
  return g_strdup_printf (retired ? _("Sub-account %s %s retired") : _("Sub-account %s %s restored"),
                          cw_finance_account_get_code (item), cw_finance_account_get_full_name (item));
}

GtkWidget *
cw_finance_accounts_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_FINANCE_ACCOUNTS_PAGE, "database", db, NULL);
}

static void
cw_finance_accounts_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_FINANCE_ACCOUNTS_PAGE);

  G_OBJECT_CLASS (cw_finance_accounts_page_parent_class)->dispose (object);
}

static void
cw_finance_accounts_page_class_init (CwFinanceAccountsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_finance_accounts_page_dispose;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->selection_changed = selection_changed;
  page_class->is_retired = is_retired;
  page_class->set_retired = set_retired;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-finance-accounts-page.ui");
}

static void
cw_finance_accounts_page_init (CwFinanceAccountsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/finance/cw-finance-accounts-page.h"
#include "ui/finance/cw-finance-disclosure-page.h"
#include "ui/finance/cw-finance-ledger-page.h"
#include "ui/finance/cw-finance-view.h"
#include "ui/cw-ui-resources.h"

typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GType     (*get_type) (void);
} CwSubpageInfo;

static const CwSubpageInfo subpages[] = {
  { "ledger",     N_("Ledger"),     "accessories-calculator-symbolic", cw_finance_ledger_page_get_type },
  { "disclosure", N_("Disclosure"), "x-office-document-symbolic",      cw_finance_disclosure_page_get_type },
  { "accounts",   N_("Accounts"),   "view-list-symbolic",              cw_finance_accounts_page_get_type },
};

struct _CwFinanceView
{
  AdwBin          parent_instance;

  CwDatabase     *db;
  GHashTable     *pages;   /* name → sub-page widget */

  /* Template widgets */
  AdwViewStack   *stack;
};

G_DEFINE_FINAL_TYPE (CwFinanceView, cw_finance_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
cw_finance_view_show_subpage (CwFinanceView *self,
                              const char    *name)
{
  g_return_if_fail (CW_IS_FINANCE_VIEW (self));

  if (g_hash_table_lookup (self->pages, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}

GtkWidget *
cw_finance_view_get_page (CwFinanceView *self,
                          const char    *name)
{
  g_return_val_if_fail (CW_IS_FINANCE_VIEW (self), NULL);

  return g_hash_table_lookup (self->pages, name);
}

static void
show_subpage_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CwFinanceView *self = CW_FINANCE_VIEW (widget);
  GtkWidget *page = g_hash_table_lookup (self->pages, g_variant_get_string (parameter, NULL));

  cw_finance_view_show_subpage (self, g_variant_get_string (parameter, NULL));
  if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwFinanceView *self = CW_FINANCE_VIEW (widget);
  GHashTableIter iter;
  gpointer page;

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &page))
    gtk_widget_activate_action (page, "subpage.reload", NULL);
}

GtkWidget *
cw_finance_view_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_FINANCE_VIEW, "database", db, NULL);
}

static void
cw_finance_view_constructed (GObject *object)
{
  CwFinanceView *self = CW_FINANCE_VIEW (object);

  G_OBJECT_CLASS (cw_finance_view_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (subpages); i++)
    {
      GtkWidget *page = g_object_new (subpages[i].get_type (), "database", self->db, NULL);
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      AdwViewStackPage *stack_page;

      /* A sub-page wider than a narrow window scrolls sideways instead of
       * making the whole window wider (and folding its sidebar away). */
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), page);
      stack_page = adw_view_stack_add_titled (self->stack, scrolled, subpages[i].name, _(subpages[i].title));

      adw_view_stack_page_set_icon_name (stack_page, subpages[i].icon_name);
      g_hash_table_insert (self->pages, (gpointer) subpages[i].name, page);
    }
}

static void
cw_finance_view_dispose (GObject *object)
{
  CwFinanceView *self = CW_FINANCE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_FINANCE_VIEW);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_finance_view_parent_class)->dispose (object);
}

static void
cw_finance_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CwFinanceView *self = CW_FINANCE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_finance_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CwFinanceView *self = CW_FINANCE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_finance_view_class_init (CwFinanceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_finance_view_constructed;
  object_class->dispose = cw_finance_view_dispose;
  object_class->get_property = cw_finance_view_get_property;
  object_class->set_property = cw_finance_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CW_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-finance-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CwFinanceView, stack);

  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_activated);
  gtk_widget_class_install_action (widget_class, "finance.show-subpage", "s", show_subpage_activated);
  for (guint i = 0; i < G_N_ELEMENTS (subpages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "finance.show-subpage", "s", subpages[i].name);
}

static void
cw_finance_view_init (CwFinanceView *self)
{
  self->pages = g_hash_table_new (g_str_hash, g_str_equal);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-rules-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/points/cw-point-rule.h"
#include "ui/common/cw-columns.h"
#include "ui/points/cw-point-rule-editor.h"
#include "ui/points/cw-point-rules-page.h"
#include "ui/points/cw-points-import.h"
#include "ui/cw-ui-resources.h"

struct _CwPointRulesPage
{
  CwListPage            parent_instance;

};

G_DEFINE_FINAL_TYPE (CwPointRulesPage, cw_point_rules_page, CW_TYPE_LIST_PAGE)

/* The list */

static char *
code_text (gpointer item)
{
  return g_strdup (cw_point_rule_get_code (item));
}

static char *
scheme_text (gpointer item)
{
  return g_strdup (cw_scheme_label (cw_point_rule_get_scheme (item)));
}

static char *
category_text (gpointer item)
{
  return g_strdup (cw_point_rule_get_category (item));
}

static char *
description_text (gpointer item)
{
  return g_strdup (cw_point_rule_get_description (item));
}

static char *
points_text (gpointer item)
{
  return cw_ui_format_signed (cw_point_rule_get_points (item));
}

static char *
unit_text (gpointer item)
{
  return g_strdup (cw_point_rule_get_unit (item));
}

static char *
cap_text (gpointer item)
{
  int cap = cw_point_rule_get_quarter_cap (item);

  return cap > 0 ? g_strdup_printf ("%d", cap) : g_strdup ("—");
}

static char *
state_text (gpointer item)
{
  return g_strdup (cw_point_rule_get_retired (item) ? _("Retired") : "");
}

static const CwColumnInfo columns[] = {
  { N_("Code"),            NULL, code_text,        CW_COLUMN_TEXT,                       "code" },
  { N_("Scheme"),          NULL, scheme_text,      CW_COLUMN_DIM,                        NULL },
  { N_("Category"),        NULL, category_text,    CW_COLUMN_TEXT,                       "category" },
  { N_("Description"),     NULL, description_text, CW_COLUMN_EXPAND,                     NULL },
  { N_("Points"),          NULL, points_text,      CW_COLUMN_NUMERIC | CW_COLUMN_SIGNED, "points" },
  { N_("Unit"),            NULL, unit_text,        CW_COLUMN_TEXT,                       NULL },
  { N_("Cap per Quarter"), NULL, cap_text,         CW_COLUMN_NUMERIC,                    NULL },
  { N_("State"),           NULL, state_text,       CW_COLUMN_DIM,                        NULL },
};

static gboolean
scheme_matches (gpointer item,
                guint    choice)
{
  return g_strcmp0 (cw_point_rule_get_scheme (item), choice == 1 ? CW_SCHEME_HOUSEHOLD : CW_SCHEME_PARTY) == 0;
}

static const char * const scheme_choices[] = { N_("All Schemes"), N_("Households"), N_("Party Members"), NULL };

static const CwListFilter filters[] = {
  { N_("Points scheme"), scheme_choices, scheme_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_point_rule_get_type,
  .key = "code",
  .tables = (const char * const []) { "point_rule", NULL },
  .actions = "rules",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search code, category or description"),
  .archived_label = N_("Show _retired"),
  .retire_label = N_("Re_tire"),
  .restore_label = N_("Res_tore"),
  .empty_icon_name = "accessories-dictionary-symbolic",
  .empty_title = N_("No Rules Yet"),
  .empty_description = N_("Write the village's rule book here, rule by rule, or import it from a CSV file."),
  .no_match_title = N_("No Rules Found"),
  .no_match_description = N_("No rule matches the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  return cw_point_rule_list (db, NULL, archived, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_point_rule_get_code (item), cw_point_rule_get_category (item),
                    cw_point_rule_get_description (item), NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  return GTK_WINDOW (cw_point_rule_editor_new (GTK_WIDGET (page), cw_list_page_get_database (page), item));
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rule listed", "%u rules listed", n_shown), n_shown);
}

static gboolean
is_retired (CwListPage *page,
            gpointer    item)
{
  return cw_point_rule_get_retired (item);
}

static char *
set_retired (CwListPage  *page,
             CwDatabase  *db,
             gpointer     item,
             gboolean     retired,
             GError     **error)
{
  if (!cw_point_rule_set_retired (db, cw_point_rule_get_id (item), retired, error))
    return NULL;
  return g_strdup_printf (retired ? _("Rule %s retired") : _("Rule %s restored"), cw_point_rule_get_code (item));
}

CwImportDialog *
cw_point_rules_page_import (CwPointRulesPage *self)
{
  g_return_val_if_fail (CW_IS_POINT_RULES_PAGE (self), NULL);

  return cw_points_import_rules (GTK_WIDGET (self), cw_list_page_get_database (CW_LIST_PAGE (self)));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwImportDialog *dialog = cw_point_rules_page_import (CW_POINT_RULES_PAGE (widget));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.choose", NULL);
}

GtkWidget *
cw_point_rules_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_POINT_RULES_PAGE, "database", db, NULL);
}

static void
cw_point_rules_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_POINT_RULES_PAGE);

  G_OBJECT_CLASS (cw_point_rules_page_parent_class)->dispose (object);
}

static void
cw_point_rules_page_class_init (CwPointRulesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_point_rules_page_dispose;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->is_retired = is_retired;
  page_class->set_retired = set_retired;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-point-rules-page.ui");

  gtk_widget_class_install_action (widget_class, "rules.import", NULL, import_activated);
}

static void
cw_point_rules_page_init (CwPointRulesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

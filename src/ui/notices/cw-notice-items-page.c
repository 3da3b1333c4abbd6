/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-items-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/notices/cw-notice-item.h"
#include "ui/common/cw-columns.h"
#include "ui/notices/cw-notice-item-editor.h"
#include "ui/notices/cw-notice-items-page.h"
#include "ui/cw-ui-resources.h"

struct _CwNoticeItemsPage
{
  CwListPage  parent_instance;
};

G_DEFINE_FINAL_TYPE (CwNoticeItemsPage, cw_notice_items_page, CW_TYPE_LIST_PAGE)

static char *
name_text (gpointer item)
{
  return g_strdup (cw_notice_item_get_name (item));
}

static char *
kind_text (gpointer item)
{
  return g_strdup (cw_notice_kind_name (cw_notice_item_get_kind (item)));
}

static char *
cadence_text (gpointer item)
{
  return g_strdup (cw_cadence_name (cw_notice_item_get_cadence (item)));
}

static char *
days_text (gpointer item)
{
  return g_strdup_printf ("%u", cw_notice_item_get_min_days (item));
}

static char *
since_text (gpointer item)
{
  const char *since = cw_notice_item_get_since (item);

  return g_strdup (since != NULL ? since : "—");
}

static char *
state_text (gpointer item)
{
  return g_strdup (cw_notice_item_get_retired (item) ? _("Retired") : "");
}

static const CwColumnInfo columns[] = {
  { N_("Item"),           NULL, name_text,    CW_COLUMN_EXPAND,  "name" },
  { N_("Kind"),           NULL, kind_text,    CW_COLUMN_TEXT,    "kind" },
  { N_("Cadence"),        NULL, cadence_text, CW_COLUMN_TEXT,    "cadence" },
  { N_("Days at Least"),  NULL, days_text,    CW_COLUMN_NUMERIC, "min-days" },
  { N_("Owed Since"),     NULL, since_text,   CW_COLUMN_DIM,     NULL },
  { N_("State"),          NULL, state_text,   CW_COLUMN_DIM,     NULL },
};

static gboolean
kind_matches (gpointer item,
              guint    choice)
{
  return cw_notice_item_get_kind (item) == (CwNoticeKind) (choice - 1);
}

static const char * const kind_choices[] = { N_("All Kinds"), N_("Party affairs"), N_("Village affairs"),
                                             N_("Financial affairs"), NULL };

static const CwListFilter filters[] = {
  { N_("Kind of affairs"), kind_choices, kind_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_notice_item_get_type,
  .key = "name",
  .tables = (const char * const []) { "notice_item", NULL },
  .actions = "items",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search the catalogue"),
  .archived_label = N_("Show _retired"),
  .retire_label = N_("Re_tire"),
  .restore_label = N_("Res_tore"),
  .empty_icon_name = "accessories-dictionary-symbolic",
  .empty_title = N_("No Catalogue Items"),
  .empty_description = N_("Add what the village must publish, how often and for how long."),
  .no_match_title = N_("No Items Found"),
  .no_match_description = N_("No catalogue item matches the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  return cw_notice_item_list (db, archived, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_notice_item_get_name (item), cw_notice_kind_name (cw_notice_item_get_kind (item)),
                    cw_cadence_name (cw_notice_item_get_cadence (item)), NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  return GTK_WINDOW (cw_notice_item_editor_new (GTK_WIDGET (page), cw_list_page_get_database (page), item));
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item listed", "%u items listed", n_shown), n_shown);
}

static gboolean
is_retired (CwListPage *page,
            gpointer    item)
{
  return cw_notice_item_get_retired (item);
}

static char *
set_retired (CwListPage  *page,
             CwDatabase  *db,
             gpointer     item,
             gboolean     retired,
             GError     **error)
{
  if (!cw_notice_item_set_retired (db, cw_notice_item_get_id (item), retired, error))
    return NULL;
  return g_strdup_printf (retired ? _("%s retired from the catalogue") : _("%s restored to the catalogue"),
                          cw_notice_item_get_name (item));
}

GtkWidget *
cw_notice_items_page_new (CwDatabase *db)
{
  return g_object_new (CW_TYPE_NOTICE_ITEMS_PAGE, "database", db, NULL);
}

static void
cw_notice_items_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_NOTICE_ITEMS_PAGE);

  G_OBJECT_CLASS (cw_notice_items_page_parent_class)->dispose (object);
}

static void
cw_notice_items_page_class_init (CwNoticeItemsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_notice_items_page_dispose;
  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->is_retired = is_retired;
  page_class->set_retired = set_retired;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-notice-items-page.ui");
}

static void
cw_notice_items_page_init (CwNoticeItemsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

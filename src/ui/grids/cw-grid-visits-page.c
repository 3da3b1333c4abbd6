/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-visits-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/grids/cw-grid-visit.h"
#include "ui/common/cw-columns.h"
#include "ui/grids/cw-grid-visit-dialog.h"
#include "ui/grids/cw-grid-visit-item.h"
#include "ui/grids/cw-grid-visits-page.h"
#include "ui/cw-ui-resources.h"

struct _CwGridVisitsPage
{
  CwListPage parent_instance;
};

G_DEFINE_FINAL_TYPE (CwGridVisitsPage, cw_grid_visits_page, CW_TYPE_LIST_PAGE)

#define DUE(item) cw_grid_visit_item_get (CW_GRID_VISIT_ITEM (item))

static char *
visit_text (gpointer item)
{
  return g_strdup (DUE (item)->event[0] != '\0' ? DUE (item)->event : _("routine"));
}

static const CwColumnInfo columns[] = {
  { NC_("column", "Household"), "column", cw_grid_visit_item_household_text, CW_COLUMN_TEXT, "household-number" },
  { N_("Head of Household"), NULL, cw_grid_visit_item_head_text, CW_COLUMN_EXPAND, "head-name" },
  { N_("Grid"),              NULL, cw_grid_visit_item_grid_text, CW_COLUMN_DIM,    "grid-code" },
  { N_("Home visit"),        NULL, visit_text,                   CW_COLUMN_TEXT,   "event" },
  { N_("Since"),             NULL, cw_grid_visit_item_since_text, CW_COLUMN_DIM,   "since" },
};

static gboolean
kind_matches (gpointer item,
              guint    choice)
{
  return (DUE (item)->event[0] != '\0') == (choice == 1);
}

static const char * const kind_choices[] = { N_("Every Visit"), N_("Must-Visits"), N_("Routine Visits"), NULL };

static const CwListFilter filters[] = {
  { N_("Which visits"), kind_choices, kind_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_grid_visit_item_get_type,
  .key = "key",
  .tables = (const char * const []) { "visit", "must_visit", "grid_household", "household", "person", NULL },
  .actions = "visits",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search household, head or grid"),
  .empty_icon_name = "emblem-ok-symbolic",
  .empty_title = N_("No Visits Due"),
  .empty_description = N_("No household placed in a grid is past its visit interval, and no must-visit is open."),
  .no_match_title = N_("No Visits Found"),
  .no_match_description = N_("No visit due matches the search."),
  .load_when_shown = TRUE,
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  g_autoptr(GPtrArray) due = cw_visits_due (db, "", 0, error);
  GListStore *store;

  if (due == NULL)
    return NULL;
  /* The rows move into the items, which free them. */
  g_ptr_array_set_free_func (due, NULL);
  store = g_list_store_new (CW_TYPE_GRID_VISIT_ITEM);
  for (guint i = 0; i < due->len; i++)
    {
      g_autoptr(CwGridVisitItem) item = cw_grid_visit_item_new (g_ptr_array_index (due, i));
      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", DUE (item)->household_number, DUE (item)->head_name, DUE (item)->grid_code,
                    DUE (item)->event, NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  /* A row opens what it is for: recording the visit. */
  if (item != NULL)
    gtk_widget_activate_action (GTK_WIDGET (page), "visits.record", NULL);
  return NULL;
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u visit due", "%u visits due", n_shown), n_shown);
}

static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "visits.record", item != NULL);
}

/* The full visit dialog, for the household and the event the row is due
 * for: the day (today at first, yesterday's walk typed in the evening),
 * the visitor, what was found, a request it raised. */
static void
record_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gpointer item = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  CwGridVisitDialog *dialog;

  if (item == NULL)
    return;
  dialog = cw_grid_visit_dialog_new (widget, cw_list_page_get_database (CW_LIST_PAGE (widget)),
                                     CW_GRID_VISIT_DIALOG_VISIT, DUE (item)->household_id);
  cw_grid_visit_dialog_set_event (dialog, DUE (item)->event);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
cw_grid_visits_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_GRID_VISITS_PAGE, "database", db, NULL);
}

static void
cw_grid_visits_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_GRID_VISITS_PAGE);

  G_OBJECT_CLASS (cw_grid_visits_page_parent_class)->dispose (object);
}

static void
cw_grid_visits_page_class_init (CwGridVisitsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_grid_visits_page_dispose;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->selection_changed = selection_changed;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-grid-visits-page.ui");
  gtk_widget_class_install_action (widget_class, "visits.record", NULL, record_activated);
}

static void
cw_grid_visits_page_init (CwGridVisitsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

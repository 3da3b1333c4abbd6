/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-decisions-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/notices/cw-decision.h"
#include "report/notices/cw-notice-print.h"
#include "ui/common/cw-columns.h"
#include "ui/notices/cw-decision-dialog.h"
#include "ui/notices/cw-decisions-page.h"
#include "ui/notices/cw-notices-page.h"
#include "ui/cw-ui-resources.h"

struct _CwDecisionsPage
{
  CwListPage  parent_instance;
};

G_DEFINE_FINAL_TYPE (CwDecisionsPage, cw_decisions_page, CW_TYPE_LIST_PAGE)

static char *
number_text (gpointer item)
{
  return g_strdup (cw_decision_get_number (item));
}

static char *
title_text (gpointer item)
{
  return g_strdup (cw_decision_get_title (item));
}

static char *
date_text (gpointer item)
{
  return g_strdup (cw_decision_get_date (item));
}

static char *
state_text (gpointer item)
{
  return cw_decision_describe (item);
}

static const CwColumnInfo columns[] = {
  { N_("Number"), NULL, number_text, CW_COLUMN_TEXT,   "number" },
  { N_("Matter"), NULL, title_text,  CW_COLUMN_EXPAND, "title" },
  { N_("Raised"), NULL, date_text,   CW_COLUMN_TEXT,   "date" },
  { N_("Where It Stands"), NULL, state_text, CW_COLUMN_TEXT, NULL },
};

static gboolean
state_matches (gpointer item,
               guint    choice)
{
  guint done = cw_decision_get_progress (item);

  switch (choice)
    {
    case 1:
      return done < CW_DECISION_STEPS && !cw_decision_is_stopped (item);
    case 2:
      return cw_decision_is_stopped (item);
    default:
      return done == CW_DECISION_STEPS;
    }
}

static const char * const state_choices[] = { N_("Every Decision"), N_("Under Way"), N_("Stopped"), N_("Done"), NULL };

static const CwListFilter filters[] = {
  { N_("Where the decision stands"), state_choices, state_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_decision_get_type,
  .key = "number",
  .tables = (const char * const []) { "decision", "decision_step", "notice", NULL },
  .actions = "decisions",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search number or matter"),
  .empty_icon_name = "emblem-ok-symbolic",
  .empty_title = N_("No Decisions Yet"),
  .empty_description = N_("A major matter goes through the four deliberations and two publications: record it here step by step."),
  .no_match_title = N_("No Decisions Found"),
  .no_match_description = N_("No decision matches the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  return cw_decision_list (db, 0, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_decision_get_number (item), cw_decision_get_title (item), NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  return GTK_WINDOW (cw_decision_dialog_new (GTK_WIDGET (page), cw_list_page_get_database (page), item));
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u decision listed", "%u decisions listed", n_shown),
                          n_shown);
}

static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "decisions.print", item != NULL);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CwDecision *decision = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPrintTable) table = NULL;

  if (decision == NULL)
    return;
  table = cw_decision_print_table (cw_list_page_get_database (CW_LIST_PAGE (widget)), decision, &error);
  cw_notices_page_print (widget, table, error);
}

GtkWidget *
cw_decisions_page_new (CwDatabase *db)
{
  return g_object_new (CW_TYPE_DECISIONS_PAGE, "database", db, NULL);
}

static void
cw_decisions_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_DECISIONS_PAGE);

  G_OBJECT_CLASS (cw_decisions_page_parent_class)->dispose (object);
}

static void
cw_decisions_page_class_init (CwDecisionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_decisions_page_dispose;
  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->selection_changed = selection_changed;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-decisions-page.ui");
  gtk_widget_class_install_action (widget_class, "decisions.print", NULL, print_activated);
}

static void
cw_decisions_page_init (CwDecisionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

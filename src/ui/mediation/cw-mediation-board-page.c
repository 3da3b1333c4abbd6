/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-board-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-due.h"
#include "ui/mediation/cw-mediation-board-page.h"
#include "ui/mediation/cw-mediation-case-editor.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwMediationBoardPage
{
  CwListPage  parent_instance;
};

G_DEFINE_FINAL_TYPE (CwMediationBoardPage, cw_mediation_board_page, CW_TYPE_LIST_PAGE)

static char *
number_text (gpointer item)
{
  return g_strdup (cw_mediation_due_get_number (item));
}

static char *
parties_text (gpointer item)
{
  return g_strdup (cw_mediation_due_get_parties (item));
}

static char *
what_text (gpointer item)
{
  return g_strdup (cw_mediation_due_get_what (item));
}

static char *
due_text (gpointer item)
{
  return g_strdup (cw_mediation_due_get_due (item));
}

/* "5 days", "today", "3 days late": a clerk reads words, not a sign. */
static char *
days_text (gpointer item)
{
  gint64 days = cw_mediation_due_get_days_left (item);

  if (days == 0)
    return g_strdup (_("Today"));
  if (days < 0)
    /* Translators: a deadline passed that many days ago: 逾期 3 天 */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld day late", "%lld days late", (gulong) -days),
                            (long long) -days);
  /* Translators: days until a deadline: 还有 5 天 */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld day", "%lld days", (gulong) days), (long long) days);
}

static const CwColumnInfo columns[] = {
  { N_("Number"),    NULL, number_text,  CW_COLUMN_TEXT,                       "number" },
  { N_("Parties"),   NULL, parties_text, CW_COLUMN_EXPAND,                     NULL },
  { N_("What Is Due"), NULL, what_text,  CW_COLUMN_TEXT,                       "kind" },
  { N_("Due"),       NULL, due_text,     CW_COLUMN_TEXT,                       "due" },
  { N_("Days Left"), NULL, days_text,    CW_COLUMN_NUMERIC, "days-left" },
};

static gboolean
kind_matches (gpointer item,
              guint    choice)
{
  const char *kind = cw_mediation_due_get_kind (item);

  switch (choice)
    {
    case 1:
      return cw_mediation_due_get_days_left (item) < 0;
    case 2:
      return g_str_equal (kind, "settle");
    case 3:
      return g_str_has_prefix (kind, "petition");
    case 4:
      return g_str_equal (kind, "confirm");
    default:
      return g_str_equal (kind, "followup");
    }
}

static const char * const kind_choices[] = {
  N_("Everything Due"), N_("Late"), N_("Settling"), N_("Petitions"), N_("Judicial Confirmation"), N_("Follow-ups"), NULL
};

static const CwListFilter filters[] = {
  { N_("What is due"), kind_choices, kind_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_mediation_due_get_type,
  .key = "number",
  .tables = (const char * const []) { "mediation_case", "mediation_followup", "mediation_term", "setting", NULL },
  .actions = "deadlines",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search a number or a party"),
  .empty_icon_name = "alarm-symbolic",
  .empty_title = N_("Nothing Due"),
  .empty_description = N_("No case has a deadline in the coming week, and none is late."),
  .no_match_title = N_("Nothing Found"),
  .no_match_description = N_("No deadline matches the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  return cw_mediation_due_list (db, NULL, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_mediation_due_get_number (item), cw_mediation_due_get_parties (item),
                    cw_mediation_due_get_what (item), NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  CwDatabase *db = cw_list_page_get_database (page);
  g_autoptr(CwMediationCase) mediation_case = NULL;
  g_autoptr(GError) error = NULL;

  if (item != NULL)
    {
      mediation_case = cw_mediation_case_load (db, cw_mediation_due_get_case_id (item), &error);
      if (mediation_case == NULL)
        {
          cw_window_show_message (GTK_WIDGET (page), error->message);
          return NULL;
        }
    }
  return GTK_WINDOW (cw_mediation_case_editor_new (GTK_WIDGET (page), db, mediation_case));
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadline", "%u deadlines", n_shown), n_shown);
}

GtkWidget *
cw_mediation_board_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_MEDIATION_BOARD_PAGE, "database", db, NULL);
}

static void
cw_mediation_board_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_MEDIATION_BOARD_PAGE);

  G_OBJECT_CLASS (cw_mediation_board_page_parent_class)->dispose (object);
}

static void
cw_mediation_board_page_class_init (CwMediationBoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_mediation_board_page_dispose;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-mediation-board-page.ui");
}

static void
cw_mediation_board_page_init (CwMediationBoardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

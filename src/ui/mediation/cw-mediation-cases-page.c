/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-cases-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/mediation/cw-mediation.h"
#include "ui/mediation/cw-mediation-case-editor.h"
#include "ui/mediation/cw-mediation-cases-page.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwMediationCasesPage
{
  CwListPage  parent_instance;
};

G_DEFINE_FINAL_TYPE (CwMediationCasesPage, cw_mediation_cases_page, CW_TYPE_LIST_PAGE)

static char *
number_text (gpointer item)
{
  return g_strdup (cw_mediation_case_get (item, CW_CASE_NUMBER));
}

static char *
intake_text (gpointer item)
{
  return g_strdup (cw_mediation_case_get (item, CW_CASE_INTAKE_DATE));
}

static char *
parties_text (gpointer item)
{
  return g_strdup (cw_mediation_case_get (item, CW_CASE_PARTIES));
}

static char *
type_text (gpointer item)
{
  return g_strdup (cw_mediation_case_get (item, CW_CASE_TYPE));
}

static char *
state_text (gpointer item)
{
  return g_strdup (cw_mediation_label (cw_mediation_case_is_open (item) ? "open"
                                       : cw_mediation_case_get (item, CW_CASE_OUTCOME)));
}

static char *
due_text (gpointer item)
{
  const char *due = cw_mediation_case_get (item, CW_CASE_NEXT_DUE);

  if (due[0] == '\0')
    return g_strdup ("");
  /* Translators: the next deadline: its date and what is due */
  return g_strdup_printf (_("%s %s"), due, cw_mediation_label (cw_mediation_case_get (item, CW_CASE_NEXT_DUE_KIND)));
}

static const CwColumnInfo columns[] = {
  { N_("Number"),        NULL, number_text,  CW_COLUMN_TEXT,   "ordinal" },
  { N_("Received"),      NULL, intake_text,  CW_COLUMN_DIM,    "intake-date" },
  { N_("Parties"),       NULL, parties_text, CW_COLUMN_EXPAND, NULL },
  { N_("Type"),          NULL, type_text,    CW_COLUMN_TEXT,   "type" },
  { N_("State"),         NULL, state_text,   CW_COLUMN_TEXT,   "outcome" },
  { N_("Next Deadline"), NULL, due_text,     CW_COLUMN_TEXT,   "next-due" },
};

static gboolean
state_matches (gpointer item,
               guint    choice)
{
  static const char * const outcomes[] = { NULL, "", NULL, "success", "failure", "terminated" };
  const char *due = cw_mediation_case_get (item, CW_CASE_NEXT_DUE);

  if (choice == 2)
    {
      g_autofree char *today = cw_date_today_text ();

      return due[0] != '\0' && g_strcmp0 (due, today) < 0;
    }
  return g_str_equal (cw_mediation_case_get (item, CW_CASE_OUTCOME), outcomes[choice]);
}

static gboolean
year_matches (gpointer item,
              guint    choice)
{
  GDate today;
  int year = cw_mediation_case_get_year (item);
  int this_year;

  cw_date_today (&today);
  this_year = g_date_get_year (&today);
  switch (choice)
    {
    case 1:
      return year == this_year;
    case 2:
      return year == this_year - 1;
    default:
      return year < this_year - 1;
    }
}

static const char * const state_choices[] = {
  N_("Every State"), N_("Open"), N_("Late"), N_("Settled"), N_("Not settled"), N_("Terminated"), NULL
};
static const char * const year_choices[] = { N_("Every Year"), N_("This Year"), N_("Last Year"), N_("Earlier"), NULL };

static const CwListFilter filters[] = {
  { N_("State"), state_choices, state_matches },
  { N_("Year received"), year_choices, year_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_mediation_case_get_type,
  .key = "number",
  .tables = (const char * const []) { "mediation_case", "mediation_party", "person", "household", NULL },
  .actions = "cases",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search a party’s name, pinyin or household number, the number or the type"),
  .empty_icon_name = "chat-message-new-symbolic",
  .empty_title = N_("No Cases Yet"),
  .empty_description = N_("Receive the first dispute here: its parties, what it is about, who mediates."),
  .no_match_title = N_("No Cases Found"),
  .no_match_description = N_("No case matches the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  return cw_mediation_case_list (db, 0, NULL, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_mediation_case_get (item, CW_CASE_NUMBER), cw_mediation_case_get (item, CW_CASE_SEARCH_KEY),
                    cw_mediation_case_get (item, CW_CASE_TYPE), cw_mediation_case_get (item, CW_CASE_SUMMARY), NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  CwDatabase *db = cw_list_page_get_database (page);
  g_autoptr(CwMediationCase) full = NULL;
  g_autoptr(GError) error = NULL;

  /* The list holds the cases without their rows. */
  if (item != NULL)
    {
      full = cw_mediation_case_load (db, cw_mediation_case_get_id (item), &error);
      if (full == NULL)
        {
          cw_window_show_message (GTK_WIDGET (page), error->message);
          return NULL;
        }
    }
  return GTK_WINDOW (cw_mediation_case_editor_new (GTK_WIDGET (page), db, full));
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case listed", "%u cases listed", n_shown), n_shown);
}

GtkWidget *
cw_mediation_cases_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_MEDIATION_CASES_PAGE, "database", db, NULL);
}

static void
cw_mediation_cases_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_MEDIATION_CASES_PAGE);

  G_OBJECT_CLASS (cw_mediation_cases_page_parent_class)->dispose (object);
}

static void
cw_mediation_cases_page_class_init (CwMediationCasesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_mediation_cases_page_dispose;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-mediation-cases-page.ui");
}

static void
cw_mediation_cases_page_init (CwMediationCasesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

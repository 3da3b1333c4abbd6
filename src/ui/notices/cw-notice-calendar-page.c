/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-calendar-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/notices/cw-notice.h"
#include "ui/common/cw-columns.h"
#include "ui/notices/cw-notice-calendar-page.h"
#include "ui/notices/cw-notice-calendar-row.h"
#include "ui/notices/cw-notice-editor.h"
#include "ui/cw-ui-resources.h"

struct _CwNoticeCalendarPage
{
  CwListPage  parent_instance;
};

G_DEFINE_FINAL_TYPE (CwNoticeCalendarPage, cw_notice_calendar_page, CW_TYPE_LIST_PAGE)

#define ENTRY(item) cw_notice_calendar_row_get_entry (item)

static char *
item_text (gpointer item)
{
  return g_strdup (cw_notice_item_get_name (ENTRY (item)->item));
}

static char *
kind_text (gpointer item)
{
  return g_strdup (cw_notice_kind_name (cw_notice_item_get_kind (ENTRY (item)->item)));
}

static char *
period_text (gpointer item)
{
  return g_strdup (ENTRY (item)->period);
}

static char *
due_text (gpointer item)
{
  return g_strdup (ENTRY (item)->due[0] != '\0' ? ENTRY (item)->due : "—");
}

static char *
state_text (gpointer item)
{
  return g_strdup (cw_due_state_name (ENTRY (item)->state));
}

static char *
notice_text (gpointer item)
{
  if (ENTRY (item)->count > 1)
    /* Translators: the first notice posted for a period, and how many */
    return g_strdup_printf (_("%s (%u notices)"), ENTRY (item)->number, ENTRY (item)->count);
  return g_strdup (ENTRY (item)->number);
}

static char *
posted_text (gpointer item)
{
  return g_strdup (ENTRY (item)->posted);
}

static const CwColumnInfo columns[] = {
  { N_("Catalogue item"), NULL, item_text,   CW_COLUMN_EXPAND, "item-name" },
  { N_("Kind"),           NULL, kind_text,   CW_COLUMN_DIM,    NULL },
  { N_("Period"),         NULL, period_text, CW_COLUMN_TEXT,   "period" },
  { N_("Due by"),         NULL, due_text,    CW_COLUMN_TEXT,   "due" },
  { N_("State"),          NULL, state_text,  CW_COLUMN_TEXT,   "state" },
  { N_("Notice"),         NULL, notice_text, CW_COLUMN_TEXT,   NULL },
  { N_("Posted on"),      NULL, posted_text, CW_COLUMN_DIM,    NULL },
};

static gboolean
state_matches (gpointer item,
               guint    choice)
{
  CwDueState state = ENTRY (item)->state;

  switch (choice)
    {
    case 1:
      return state == CW_DUE_MISSING || state == CW_DUE_LATE || state == CW_DUE_OPEN;
    case 2:
      return state == CW_DUE_MISSING;
    case 3:
      return state == CW_DUE_LATE;
    default:
      return state == CW_DUE_ON_TIME || state == CW_DUE_AS_NEEDED;
    }
}

static const char * const state_choices[] = { N_("Every Period"), N_("Needs Attention"), N_("Not posted"), N_("Late"),
                                              N_("Done"), NULL };

static const CwListFilter filters[] = {
  { N_("Where the period stands"), state_choices, state_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_notice_calendar_row_get_type,
  .key = "key",
  .tables = (const char * const []) { "notice", "notice_item", "setting", NULL },
  .actions = "calendar",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search item or period"),
  .empty_icon_name = "x-office-calendar-symbolic",
  .empty_title = N_("Nothing on the Calendar"),
  .empty_description = N_("The catalogue has no item in force."),
  .no_match_title = N_("No Periods Found"),
  .no_match_description = N_("No period matches the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  g_autofree char *today = cw_date_today_text ();
  g_autoptr(GPtrArray) entries = cw_notice_calendar (db, (int) g_ascii_strtoll (today, NULL, 10), today, error);
  GListStore *store;

  if (entries == NULL)
    return NULL;
  store = g_list_store_new (CW_TYPE_NOTICE_CALENDAR_ROW);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autoptr(CwNoticeCalendarRow) row = cw_notice_calendar_row_new (g_ptr_array_steal_index (entries, i--));
      g_list_store_append (store, row);
    }
  return G_LIST_MODEL (store);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_notice_item_get_name (ENTRY (item)->item), ENTRY (item)->period,
                    cw_due_state_name (ENTRY (item)->state), ENTRY (item)->number, NULL);
}

/* A period opens the notice posted for it; one not posted opens a new
 * notice for the item. */
static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  CwDatabase *db = cw_list_page_get_database (page);
  g_autoptr(CwNotice) notice = NULL;

  CwNoticeEditor *editor;

  if (item != NULL && ENTRY (item)->number[0] != '\0')
    notice = cw_notice_find (db, ENTRY (item)->number, NULL);
  editor = cw_notice_editor_new (GTK_WIDGET (page), db, notice);
  /* A period with nothing posted: its notice, for its item and period,
   * is what the clerk came to write. */
  if (item != NULL && notice == NULL)
    {
      g_autofree char *today = cw_date_today_text ();
      g_autoptr(CwNotice) draft = cw_notice_new_draft (db, today);

      cw_notice_set_kind (draft, cw_notice_item_get_kind (ENTRY (item)->item));
      cw_notice_set_item_id (draft, cw_notice_item_get_id (ENTRY (item)->item));
      cw_notice_set_period (draft, ENTRY (item)->period);
      cw_record_editor_start_from (CW_RECORD_EDITOR (editor), draft);
    }
  return GTK_WINDOW (editor);
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u period listed", "%u periods listed", n_shown), n_shown);
}

GtkWidget *
cw_notice_calendar_page_new (CwDatabase *db)
{
  return g_object_new (CW_TYPE_NOTICE_CALENDAR_PAGE, "database", db, NULL);
}

static void
cw_notice_calendar_page_class_init (CwNoticeCalendarPageClass *klass)
{
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  cw_list_page_class_set_info (page_class, &info);
}

static void
cw_notice_calendar_page_init (CwNoticeCalendarPage *self)
{
}

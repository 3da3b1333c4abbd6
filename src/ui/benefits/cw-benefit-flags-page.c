/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-flags-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/benefits/cw-benefit-flag-import.h"
#include "core/benefits/cw-benefit-flag-row.h"
#include "core/benefits/cw-benefit-flag.h"
#include "core/common/cw-date.h"
#include "core/common/cw-text.h"
#include "core/households/cw-person-query.h"
#include "core/households/cw-person.h"
#include "ui/benefits/cw-benefit-ask.h"
#include "ui/benefits/cw-benefit-flags-page.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-import-dialog.h"
#include "ui/common/cw-search-picker.h"
#include "ui/common/cw-undo.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwBenefitFlagsPage
{
  CwListPage parent_instance;
};

G_DEFINE_FINAL_TYPE (CwBenefitFlagsPage, cw_benefit_flags_page, CW_TYPE_LIST_PAGE)

/* The list */

static char *
name_text (gpointer item)
{
  return g_strdup (cw_benefit_flag_row_get_name (item));
}

static char *
group_text (gpointer item)
{
  return g_strdup (cw_benefit_flag_row_get_group_name (item));
}

static char *
household_text (gpointer item)
{
  return g_strdup (cw_benefit_flag_row_get_household_number (item));
}

static char *
flag_text (gpointer item)
{
  return g_strdup (cw_benefit_flag_row_get_flag (item));
}

static char *
since_text (gpointer item)
{
  return g_strdup (cw_benefit_flag_row_get_since (item));
}

static char *
until_text (gpointer item)
{
  return g_strdup (cw_benefit_flag_row_get_until (item));
}

static char *
reason_text (gpointer item)
{
  return g_strdup (cw_benefit_flag_row_get_reason (item));
}

static const CwColumnInfo columns[] = {
  { N_("Name"),             NULL, name_text,      CW_COLUMN_TEXT,   "name" },
  { N_("Village Group"),    NULL, group_text,     CW_COLUMN_TEXT,   "group-position" },
  { N_("Household Number"), NULL, household_text, CW_COLUMN_TEXT,   "household-number" },
  { N_("Flag"),             NULL, flag_text,      CW_COLUMN_TEXT,   "flag" },
  { N_("Since"),            NULL, since_text,     CW_COLUMN_TEXT,   "since" },
  { N_("Until"),            NULL, until_text,     CW_COLUMN_DIM,    "until" },
  { N_("Reason"),           NULL, reason_text,    CW_COLUMN_EXPAND, NULL },
};

static gboolean
flag_matches (gpointer    item,
              const char *choice)
{
  return g_str_equal (cw_benefit_flag_row_get_flag (item), choice);
}

static const char * const flag_choices[] = { N_("All Flags"), NULL };

static const CwListFilter filters[] = {
  { N_("Flag"), flag_choices, NULL, flag_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_benefit_flag_row_get_type,
  .key = "key",
  .tables = (const char * const []) { "benefit_person_flag", "person", "household", "village_group", NULL },
  .actions = "flags",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search name, household, group or flag"),
  .archived_label = N_("Show en_ded"),
  .empty_icon_name = "emblem-important-symbolic",
  .empty_title = N_("No Person Flags"),
  .empty_description = N_("A flag such as 参与土地分配 marks who a programme’s rule may ask for."),
  .no_match_title = N_("No Flag Found"),
  .no_match_description = N_("No flag matches the search."),
  .load_when_shown = TRUE,
};

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  g_autoptr(GListModel) rows = cw_benefit_flag_rows (db, archived, error);
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GHashTable) seen = NULL;

  if (rows == NULL)
    return NULL;
  words = g_ptr_array_new_with_free_func (g_free);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CwBenefitFlagRow) row = g_list_model_get_item (rows, i);
      const char *flag = cw_benefit_flag_row_get_flag (row);

      if (g_hash_table_add (seen, (gpointer) flag))
        g_ptr_array_add (words, g_strdup (flag));
    }
  g_ptr_array_sort (words, compare_words);
  g_ptr_array_add (words, NULL);
  cw_list_page_set_filter_choices (page, 0, (const char * const *) words->pdata);
  return g_steal_pointer (&rows);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_benefit_flag_row_get_name (item), cw_benefit_flag_row_get_household_number (item),
                    cw_benefit_flag_row_get_group_name (item), cw_benefit_flag_row_get_flag (item), NULL);
}

static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "flags.end",
                                 item != NULL && cw_benefit_flag_row_get_until (item)[0] == '\0');
}

/* End a flag */

static void
end_answered (GtkWidget  *owner,
              const char *date,
              const char *text,
              gpointer    data)
{
  CwBenefitFlagRow *row = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok = cw_benefit_flag_clear (cw_list_page_get_database (CW_LIST_PAGE (owner)),
                                       cw_benefit_flag_row_get_person_id (row), cw_benefit_flag_row_get_flag (row),
                                       date, text, &error);

  /* Translators: a toast: "参与土地分配 of 张三 ended" */
  message = g_strdup_printf (_("“%s” of %s ended"), cw_benefit_flag_row_get_flag (row),
                             cw_benefit_flag_row_get_name (row));
  cw_benefit_changed (owner, ok, error, message);
}

static void
end_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CwBenefitFlagRow *row = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  g_autofree char *heading = NULL;

  if (row == NULL || cw_benefit_flag_row_get_until (row)[0] != '\0')
    return;
  /* Translators: "End 参与土地分配 of 张三?" */
  heading = g_strdup_printf (_("End “%s” of %s?"), cw_benefit_flag_row_get_flag (row),
                             cw_benefit_flag_row_get_name (row));
  cw_benefit_ask (widget, heading, _("The flag stays on record with the day it ended and the reason; "
                                     "from that day the person no longer counts for it."),
                  _("Until"), NULL, _("Reason"), TRUE, _("_End Flag"), TRUE,
                  end_answered, g_object_ref (row), g_object_unref);
}

/* Add a flag */

typedef struct
{
  GtkWidget *flag_row;
  GtkWidget *since_row;
  CwPerson  *person;
} AddFlag;

static void
add_flag_free (gpointer data)
{
  AddFlag *add = data;

  g_clear_object (&add->person);
  g_free (add);
}

static void
update_add_response (AdwMessageDialog *dialog)
{
  AddFlag *add = g_object_get_data (G_OBJECT (dialog), "cw-add-flag");
  g_autofree char *flag = cw_ui_row_text (add->flag_row);
  g_autofree char *since = cw_ui_row_text (add->since_row);
  /* A day that does not exist is said as it is typed, in the dialog. */
  gboolean since_ok = cw_ui_dialog_check_date_row (dialog, add->since_row, _("Since"));

  adw_message_dialog_set_response_enabled (dialog, "confirm",
                                           add->person != NULL && flag[0] != '\0' && since[0] != '\0' && since_ok);
}

static void
person_picked_cb (CwSearchPicker   *picker,
                  CwPerson         *person,
                  AdwMessageDialog *dialog)
{
  AddFlag *add = g_object_get_data (G_OBJECT (dialog), "cw-add-flag");

  g_set_object (&add->person, person);
  cw_search_picker_set_text (picker, cw_person_get_name (person));
  update_add_response (dialog);
  gtk_widget_grab_focus (add->flag_row);
}

/* Selects (and scrolls to) the flag just added: among hundreds of
 * holders the clerk sees the row the change made. */
static void
show_held (CwListPage *page,
           gint64      person_id,
           const char *typed)
{
  /* As core stored it. */
  g_autofree char *flag = cw_text_clean_line (typed);
  GListModel *items;

  cw_list_page_reload (page);
  items = cw_list_page_get_all_items (page);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CwBenefitFlagRow) row = g_list_model_get_item (items, i);

      if (cw_benefit_flag_row_get_person_id (row) == person_id && cw_benefit_flag_row_get_until (row)[0] == '\0' &&
          g_str_equal (cw_benefit_flag_row_get_flag (row), flag))
        {
          g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, cw_benefit_flag_row_get_id (row));

          cw_list_page_select (page, key);
          return;
        }
    }
}

static void
add_response_cb (AdwMessageDialog   *dialog,
                 const char         *response,
                 CwBenefitFlagsPage *self)
{
  AddFlag *add = g_object_get_data (G_OBJECT (dialog), "cw-add-flag");
  g_autofree char *flag = NULL;
  g_autofree char *since = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!g_str_equal (response, "confirm") || add->person == NULL)
    return;
  flag = cw_ui_row_text (add->flag_row);
  since = cw_ui_row_text (add->since_row);
  ok = cw_benefit_flag_set (cw_list_page_get_database (CW_LIST_PAGE (self)), cw_person_get_id (add->person), flag,
                            since, &error);
  /* Translators: a toast: "张三 holds 参与土地分配" */
  message = g_strdup_printf (_("%s holds “%s”"), cw_person_get_name (add->person), flag);
  cw_benefit_changed (GTK_WIDGET (self), ok, error, message);
  if (ok)
    show_held (CW_LIST_PAGE (self), cw_person_get_id (add->person), flag);
}

/* The selected row's flag: the clerk adding several holders of one flag
 * types it once. */
static const char *
likely_flag (CwListPage *page)
{
  CwBenefitFlagRow *row = cw_list_page_get_selected (page);

  return row != NULL ? cw_benefit_flag_row_get_flag (row) : NULL;
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) persons = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box, *list, *picker;
  AddFlag *add;

  /* A flag is changed by ending it; activating a row does nothing more. */
  if (item != NULL)
    return NULL;
  persons = cw_person_query_run (cw_list_page_get_database (page), &query, &error);
  if (persons == NULL)
    {
      cw_window_show_message (GTK_WIDGET (page), error->message);
      return NULL;
    }

  dialog = cw_ui_dialog_new (GTK_WIDGET (page), _("Add a Person Flag"),
                             _("Find the person, then name the flag and the day it holds from."),
                             _("_Add"), FALSE);
  add = g_new0 (AddFlag, 1);
  g_object_set_data_full (G_OBJECT (dialog), "cw-add-flag", add, add_flag_free);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  picker = cw_benefit_person_picker_new (persons);
  gtk_box_append (GTK_BOX (box), picker);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  today = cw_date_today_text ();
  add->flag_row = cw_ui_entry_row_new (_("Flag (such as 参与土地分配)"), likely_flag (page));
  add->since_row = cw_ui_entry_row_new (_("Since"), today);
  gtk_list_box_append (GTK_LIST_BOX (list), add->flag_row);
  gtk_list_box_append (GTK_LIST_BOX (list), add->since_row);
  gtk_box_append (GTK_BOX (box), list);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_set_response_enabled (dialog, "confirm", FALSE);
  g_signal_connect (picker, "picked", G_CALLBACK (person_picked_cb), dialog);
  g_signal_connect_swapped (add->flag_row, "changed", G_CALLBACK (update_add_response), dialog);
  g_signal_connect_swapped (add->since_row, "changed", G_CALLBACK (update_add_response), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_response_cb), page, 0);
  gtk_widget_grab_focus (picker);
  return GTK_WINDOW (dialog);
}

/* Import */

static const CwImportSummaryLine import_summary[] = {
  { CW_IMPORT_REPORT_UNCHANGED, FALSE, N_("Already in the register"), N_("Already in the register") },
  { NULL }
};

static const CwImportKind flag_import = {
  &cw_benefit_flag_importer,
  N_("Import Person Flags"),
  N_("A CSV file with a flag per row and a header row in Chinese: 姓名, 标记, 起始日期 (required) and 身份证号 where "
     "two persons share a name. UTF-8 or GB18030, as Excel or WPS saves it. A flag the person holds already is left "
     "as it is; a row with a problem is refused on its line, the other rows go in."),
  N_("Flags to import"), N_("Flags imported"), NULL, import_summary,
};

static void
imported_cb (CwImportDialog *dialog,
             gint64          change,
             guint           units,
             GtkWidget      *page)
{
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u flag imported", "%u flags imported",
                                                         units), units);

  cw_undo_show_toast (page, change, title);
}

CwImportDialog *
cw_benefit_flags_page_import (CwBenefitFlagsPage *self)
{
  g_return_val_if_fail (CW_IS_BENEFIT_FLAGS_PAGE (self), NULL);

  return cw_import_dialog_present_for (GTK_WIDGET (self), cw_list_page_get_database (CW_LIST_PAGE (self)),
                                       &flag_import, G_CALLBACK (imported_cb));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwImportDialog *dialog = cw_benefit_flags_page_import (CW_BENEFIT_FLAGS_PAGE (widget));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.choose", NULL);
}

GtkWidget *
cw_benefit_flags_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_BENEFIT_FLAGS_PAGE, "database", db, NULL);
}

static void
cw_benefit_flags_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_BENEFIT_FLAGS_PAGE);

  G_OBJECT_CLASS (cw_benefit_flags_page_parent_class)->dispose (object);
}

static void
cw_benefit_flags_page_class_init (CwBenefitFlagsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_benefit_flags_page_dispose;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->selection_changed = selection_changed;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-benefit-flags-page.ui");
  gtk_widget_class_install_action (widget_class, "flags.end", NULL, end_activated);
  gtk_widget_class_install_action (widget_class, "flags.import", NULL, import_activated);
}

static void
cw_benefit_flags_page_init (CwBenefitFlagsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "flags.end", FALSE);
}

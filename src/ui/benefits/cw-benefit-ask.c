/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-ask"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/households/cw-person.h"
#include "ui/benefits/cw-benefit-ask.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-list-page.h"
#include "ui/common/cw-search-picker.h"
#include "ui/common/cw-undo.h"
#include "ui/shell/cw-window.h"

typedef struct
{
  GtkWidget        *owner;
  char             *date_title;
  GtkWidget        *date_row;
  GtkWidget        *text_row;
  gboolean          text_required;
  CwBenefitAskFunc  func;
  gpointer          data;
  GDestroyNotify    destroy;
} Ask;

static void
ask_free (gpointer user_data)
{
  Ask *ask = user_data;

  if (ask->destroy != NULL)
    ask->destroy (ask->data);
  g_clear_object (&ask->owner);
  g_free (ask->date_title);
  g_free (ask);
}

static void
rows_changed_cb (GtkEditable      *row,
                 AdwMessageDialog *dialog)
{
  Ask *ask = g_object_get_data (G_OBJECT (dialog), "cw-benefit-ask");
  g_autofree char *date = cw_ui_row_text (ask->date_row);
  g_autofree char *text = ask->text_row != NULL ? cw_ui_row_text (ask->text_row) : g_strdup ("");
  /* A day that does not exist is said as it is typed, in the dialog. */
  gboolean date_ok = cw_ui_dialog_check_date_row (dialog, ask->date_row, ask->date_title);

  adw_message_dialog_set_response_enabled (dialog, "confirm",
                                           date[0] != '\0' && date_ok && (!ask->text_required || text[0] != '\0'));
}

static void
row_activated_cb (AdwEntryRow      *row,
                  AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "confirm"))
    {
      adw_message_dialog_response (dialog, "confirm");
      gtk_window_close (GTK_WINDOW (dialog));
    }
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Ask              *ask)
{
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "confirm"))
    return;
  date = cw_ui_row_text (ask->date_row);
  text = ask->text_row != NULL ? cw_ui_row_text (ask->text_row) : g_strdup ("");
  ask->func (ask->owner, date, text, ask->data);
}

void
cw_benefit_ask (GtkWidget        *owner,
                const char       *heading,
                const char       *body,
                const char       *date_title,
                const char       *date,
                const char       *text_title,
                gboolean          text_required,
                const char       *confirm_label,
                gboolean          destructive,
                CwBenefitAskFunc  func,
                gpointer          data,
                GDestroyNotify    destroy)
{
  AdwMessageDialog *dialog = cw_ui_dialog_new (owner, heading, body, confirm_label, destructive);
  g_autofree char *today = cw_date_today_text ();
  GtkWidget *list = gtk_list_box_new ();
  Ask *ask = g_new0 (Ask, 1);

  ask->owner = g_object_ref (owner);
  ask->date_title = g_strdup (date_title);
  ask->func = func;
  ask->data = data;
  ask->destroy = destroy;
  ask->text_required = text_title != NULL && text_required;
  g_object_set_data_full (G_OBJECT (dialog), "cw-benefit-ask", ask, ask_free);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  ask->date_row = cw_ui_entry_row_new (date_title, date != NULL ? date : today);
  gtk_list_box_append (GTK_LIST_BOX (list), ask->date_row);
  g_signal_connect (ask->date_row, "changed", G_CALLBACK (rows_changed_cb), dialog);
  g_signal_connect (ask->date_row, "entry-activated", G_CALLBACK (row_activated_cb), dialog);
  if (text_title != NULL)
    {
      ask->text_row = cw_ui_entry_row_new (text_title, NULL);
      gtk_list_box_append (GTK_LIST_BOX (list), ask->text_row);
      g_signal_connect (ask->text_row, "changed", G_CALLBACK (rows_changed_cb), dialog);
      g_signal_connect (ask->text_row, "entry-activated", G_CALLBACK (row_activated_cb), dialog);
    }
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_set_response_enabled (dialog, "confirm", !ask->text_required);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), ask);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (ask->text_row != NULL ? ask->text_row : ask->date_row);
}

static int
match_person (gpointer    item,
              const char *query,
              gpointer    user_data)
{
  if (!cw_person_matches (item, query))
    return 0;
  return g_str_equal (cw_person_get_name (item), query) ? 2 : 1;
}

static void
describe_person (gpointer   item,
                 char     **title,
                 char     **subtitle,
                 gpointer   user_data)
{
  *title = g_strdup (cw_person_get_name (item));
  /* Translators: group · 户号 of the person's household */
  *subtitle = g_strdup_printf (_("%s · household %s"), cw_person_get_group_name (item),
                               cw_person_get_household_number (item));
}

GtkWidget *
cw_benefit_person_picker_new (GListModel *persons)
{
  GtkWidget *picker = cw_search_picker_new ();

  cw_search_picker_set_funcs (CW_SEARCH_PICKER (picker), match_person, describe_person, NULL);
  cw_search_picker_set_items (CW_SEARCH_PICKER (picker), persons);
  cw_search_picker_set_placeholder (CW_SEARCH_PICKER (picker), _("Name, ID number or pinyin initials"));
  return picker;
}

void
cw_benefit_changed (GtkWidget    *page,
                    gboolean      ok,
                    const GError *error,
                    const char   *message)
{
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (page));

  if (!ok)
    cw_window_show_message (page, error->message);
  else
    cw_undo_show_toast (page, cw_database_get_last_change (db), message);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-rules-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/points/cw-point-import.h"
#include "core/points/cw-point-rule.h"
#include "ui/common/cw-undo.h"
#include "ui/common/cw-columns.h"
#include "ui/points/cw-point-rule-editor.h"
#include "ui/points/cw-point-rules-page.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

/* More refused rows than this are not read one by one: the file is fixed
 * and imported again. */
#define MAX_PROBLEMS_SHOWN 20

struct _CwPointRulesPage
{
  CwListPage            parent_instance;

  GtkFileChooserNative *chooser;

  /* Template widgets */
  GtkButton            *retire_button;
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

static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  CwPointRulesPage *self = CW_POINT_RULES_PAGE (page);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rules.retire", item != NULL);
  gtk_button_set_label (self->retire_button,
                        item != NULL && cw_point_rule_get_retired (item) ? _("Res_tore") : _("Re_tire"));
}

/* Actions */

static void
retire_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (widget));
  CwPointRule *rule = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gboolean retire;

  if (rule == NULL)
    return;

  retire = !cw_point_rule_get_retired (rule);
  title = g_strdup_printf (retire ? _("Rule %s retired") : _("Rule %s restored"), cw_point_rule_get_code (rule));

  if (!cw_point_rule_set_retired (db, cw_point_rule_get_id (rule), retire, &error))
    {
      cw_window_show_message (widget, error->message);
      return;
    }

  cw_undo_show_toast (widget, cw_database_get_last_change (db), title);
}

static void
show_import_report (CwPointRulesPage    *self,
                    CwPointImportReport *report,
                    const char          *path)
{
  guint imported = cw_point_import_report_get_imported (report);
  guint unchanged = cw_point_import_report_get_unchanged (report);
  guint refused = cw_point_import_report_get_refused (report);
  guint n_problems = cw_point_import_report_get_n_problems (report);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *summary = NULL;
  AdwMessageDialog *dialog;
  GtkRoot *root;

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u rule imported",
                                          "%u rules imported",
                                          imported),
                             imported);

  if (cw_point_import_report_is_complete (report))
    {
      g_autofree char *title = NULL;

      if (unchanged > 0)
        title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s, %u already in the rule book",
                                              "%s, %u already in the rule book",
                                              unchanged),
                                 summary, unchanged);
      else
        title = g_strdup (summary);

      if (imported > 0)
        cw_undo_show_toast (GTK_WIDGET (self), cw_database_get_last_change (cw_list_page_get_database (CW_LIST_PAGE (self))), title);
      else
        cw_window_show_message (GTK_WIDGET (self), title);
      return;
    }

  /* Some rows were refused: each with its line and reason, so the file
   * can be put right. */
  g_string_append_printf (body,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%s; %u row was refused:",
                                       "%s; %u rows were refused:",
                                       refused),
                          summary, refused);
  g_string_append (body, "\n");
  for (guint i = 0; i < MIN (n_problems, MAX_PROBLEMS_SHOWN); i++)
    {
      const char *key;
      const char *message;
      guint line = cw_point_import_report_get_problem (report, i, &key, &message);

      g_string_append (body, "\n");
      if (key != NULL && key[0] != '\0')
        /* Translators: a refused row of an import: line, key (the rule code), reason */
        g_string_append_printf (body, _("Line %u (%s): %s"), line, key, message);
      else
        g_string_append_printf (body, _("Line %u: %s"), line, message);
    }
  if (n_problems > MAX_PROBLEMS_SHOWN)
    {
      g_string_append (body, "\n");
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE, "… and %u more", "… and %u more",
                                           n_problems - MAX_PROBLEMS_SHOWN),
                              n_problems - MAX_PROBLEMS_SHOWN);
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Rule Book Imported in Part"), body->str));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
cw_point_rules_page_import (CwPointRulesPage *self,
                            const char       *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPointImportReport) report = NULL;

  g_return_if_fail (CW_IS_POINT_RULES_PAGE (self));
  g_return_if_fail (path != NULL);

  /* A rule book is a few dozen rows: no need for a worker thread. */
  report = cw_point_import_rules (cw_list_page_get_database (CW_LIST_PAGE (self)), path, FALSE, &error);
  if (report == NULL)
    {
      cw_window_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  show_import_report (self, report, path);
}

static void
import_response_cb (CwPointRulesPage     *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      cw_window_show_message (GTK_WIDGET (self), _("Choose a file on this computer or on a USB stick."));
      return;
    }

  cw_point_rules_page_import (self, path);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwPointRulesPage *self = CW_POINT_RULES_PAGE (widget);
  GtkFileFilter *filter;
  GtkRoot *root;

  if (self->chooser != NULL)
    return;

  root = gtk_widget_get_root (widget);
  self->chooser = gtk_file_chooser_native_new (_("Import a Rule Book"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (import_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
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
  CwPointRulesPage *self = CW_POINT_RULES_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINT_RULES_PAGE);

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
  page_class->selection_changed = selection_changed;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-point-rules-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointRulesPage, retire_button);

  gtk_widget_class_install_action (widget_class, "rules.retire", NULL, retire_activated);
  gtk_widget_class_install_action (widget_class, "rules.import", NULL, import_activated);
}

static void
cw_point_rules_page_init (CwPointRulesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

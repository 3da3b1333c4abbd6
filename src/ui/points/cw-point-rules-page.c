/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-point-rules-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/points/cw-point-rule.h"
#include "ui/points/cw-point-rule-editor.h"
#include "ui/points/cw-point-rules-page.h"
#include "ui/points/cw-points-import.h"
#include "ui/common/cw-lazy-reload.h"
#include "ui/common/cw-points-helpers.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwPointRulesPage
{
  AdwBin                parent_instance;

  CwDatabase           *db;
  CwLazyReload         *reloader;

  GListStore           *rules;
  GtkCustomFilter      *filter;
  GtkSingleSelection   *selection;
  char                 *search;

  /* Template widgets */
  GtkSearchEntry       *search_entry;
  GtkDropDown          *scheme_dropdown;
  GtkCheckButton       *retired_check;
  GtkButton            *retire_button;
  GtkLabel             *count_label;
  GtkStack             *list_stack;
  GtkColumnView        *rules_view;
  AdwStatusPage        *status_page;
};

G_DEFINE_FINAL_TYPE (CwPointRulesPage, cw_point_rules_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (CwPointRulesPage *self);

static CwPointRule *
selected_rule (CwPointRulesPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (CwPointRulesPage *self)
{
  CwPointRule *rule = selected_rule (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rules.edit", rule != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rules.retire", rule != NULL);
  gtk_button_set_label (self->retire_button,
                        rule != NULL && cw_point_rule_get_retired (rule) ? _("Res_tore") : _("Re_tire"));
}

/* Filtering */

static gboolean
contains (const char *haystack,
          const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;

  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  CwPointRulesPage *self = user_data;
  CwPointRule *rule = item;
  guint scheme = gtk_drop_down_get_selected (self->scheme_dropdown);

  if (scheme == 1 && g_strcmp0 (cw_point_rule_get_scheme (rule), CW_SCHEME_HOUSEHOLD) != 0)
    return FALSE;
  if (scheme == 2 && g_strcmp0 (cw_point_rule_get_scheme (rule), CW_SCHEME_PARTY) != 0)
    return FALSE;

  if (self->search == NULL || self->search[0] == '\0')
    return TRUE;

  return contains (cw_point_rule_get_code (rule), self->search) ||
         contains (cw_point_rule_get_category (rule), self->search) ||
         contains (cw_point_rule_get_description (rule), self->search);
}

static void
update_empty (CwPointRulesPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  if (n == 0 && g_list_model_get_n_items (G_LIST_MODEL (self->rules)) > 0)
    {
      adw_status_page_set_icon_name (self->status_page, "system-search-symbolic");
      adw_status_page_set_title (self->status_page, _("No Rules Found"));
      adw_status_page_set_description (self->status_page, _("No rule matches the search."));
    }
  else
    {
      adw_status_page_set_icon_name (self->status_page, "accessories-dictionary-symbolic");
      adw_status_page_set_title (self->status_page, _("No Rules Yet"));
      adw_status_page_set_description (self->status_page,
                                       _("Write the village's rule book here, rule by rule, or import it from a CSV file."));
    }

  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

static void
refilter (CwPointRulesPage *self)
{
  g_autofree char *count = NULL;
  guint n;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rule listed", "%u rules listed", n), n);
  gtk_label_set_text (self->count_label, count);
  update_empty (self);
  update_actions (self);
}

static void
search_changed_cb (CwPointRulesPage *self,
                   GtkSearchEntry   *entry)
{
  g_free (self->search);
  self->search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  g_strstrip (self->search);
  refilter (self);
}

static void
filter_changed_cb (CwPointRulesPage *self)
{
  refilter (self);
}

static void
retired_toggled_cb (CwPointRulesPage *self)
{
  reload (self);
}

GListModel *
cw_point_rules_page_get_rules (CwPointRulesPage *self)
{
  g_return_val_if_fail (CW_IS_POINT_RULES_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

gboolean
cw_point_rules_page_select (CwPointRulesPage *self,
                            const char       *code)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (CW_IS_POINT_RULES_PAGE (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointRule) rule = g_list_model_get_item (model, i);

      if (g_strcmp0 (cw_point_rule_get_code (rule), code) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Actions */

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CwPointRulesPage *self = CW_POINT_RULES_PAGE (widget);

  gtk_window_present (GTK_WINDOW (cw_point_rule_editor_new (widget, self->db, NULL)));
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwPointRulesPage *self = CW_POINT_RULES_PAGE (widget);
  CwPointRule *rule = selected_rule (self);

  if (rule != NULL)
    gtk_window_present (GTK_WINDOW (cw_point_rule_editor_new (widget, self->db, rule)));
}

static void
row_activated_cb (CwPointRulesPage *self,
                  guint             position,
                  GtkColumnView    *view)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "rules.edit", NULL);
}

static void
retire_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwPointRulesPage *self = CW_POINT_RULES_PAGE (widget);
  CwPointRule *rule = selected_rule (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gboolean retire;

  if (rule == NULL)
    return;

  retire = !cw_point_rule_get_retired (rule);
  title = g_strdup_printf (retire ? _("Rule %s retired") : _("Rule %s restored"), cw_point_rule_get_code (rule));

  if (!cw_point_rule_set_retired (self->db, cw_point_rule_get_id (rule), retire, &error))
    {
      cw_window_show_message (widget, error->message);
      return;
    }

  cw_points_show_undo_toast (widget, self->db, title);
}

CwImportDialog *
cw_point_rules_page_import (CwPointRulesPage *self)
{
  g_return_val_if_fail (CW_IS_POINT_RULES_PAGE (self), NULL);

  return cw_points_import_rules (GTK_WIDGET (self), self->db);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwImportDialog *dialog = cw_point_rules_page_import (CW_POINT_RULES_PAGE (widget));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.choose", NULL);
}

/* Columns */

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
  return cw_points_format_signed (cw_point_rule_get_points (item));
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

static void
append_column (CwPointRulesPage    *self,
               GtkColumnViewColumn *column)
{
  gtk_column_view_append_column (self->rules_view, column);
  g_object_unref (column);
}

static void
setup_columns (CwPointRulesPage *self)
{
  GType type = CW_TYPE_POINT_RULE;

  append_column (self, cw_points_column_new (_("Code"), code_text, CW_COLUMN_TEXT,
                                             cw_points_string_sorter (type, "code")));
  append_column (self, cw_points_column_new (_("Scheme"), scheme_text, CW_COLUMN_DIM, NULL));
  append_column (self, cw_points_column_new (_("Category"), category_text, CW_COLUMN_TEXT,
                                             cw_points_string_sorter (type, "category")));
  append_column (self, cw_points_column_new (_("Description"), description_text, CW_COLUMN_EXPAND, NULL));
  append_column (self, cw_points_column_new (_("Points"), points_text, CW_COLUMN_NUMERIC | CW_COLUMN_SIGNED,
                                             cw_points_int_sorter (type, "points")));
  append_column (self, cw_points_column_new (_("Unit"), unit_text, CW_COLUMN_TEXT, NULL));
  append_column (self, cw_points_column_new (_("Cap per Quarter"), cap_text, CW_COLUMN_NUMERIC, NULL));
  append_column (self, cw_points_column_new (_("State"), state_text, CW_COLUMN_DIM, NULL));
}

/* Reading the database */

static void
reload (CwPointRulesPage *self)
{
  g_autoptr(GListModel) rules = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = NULL;
  guint n;

  cw_lazy_reload_done (self->reloader);

  if (selected_rule (self) != NULL)
    keep = g_strdup (cw_point_rule_get_code (selected_rule (self)));

  rules = cw_point_rule_list (self->db, NULL, gtk_check_button_get_active (self->retired_check), &error);
  if (rules == NULL)
    cw_window_show_message (GTK_WIDGET (self), error->message);

  n = rules != NULL ? g_list_model_get_n_items (rules) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (rules, i));
  g_list_store_splice (self->rules, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rules)),
                       array->pdata, array->len);

  if (keep != NULL)
    cw_point_rules_page_select (self, keep);
  refilter (self);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cw_lazy_reload_queue (CW_POINT_RULES_PAGE (widget)->reloader);
}

GtkWidget *
cw_point_rules_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_POINT_RULES_PAGE, "database", db, NULL);
}

static void
cw_point_rules_page_constructed (GObject *object)
{
  CwPointRulesPage *self = CW_POINT_RULES_PAGE (object);

  G_OBJECT_CLASS (cw_point_rules_page_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  /* The tables this page shows: it reads them again only when on screen. */
  self->reloader = cw_lazy_reload_new (GTK_WIDGET (self), self->db,
                                      (const char *[]) { "point_rule", NULL },
                                      (CwLazyReloadFunc) reload);
  reload (self);
}

static void
cw_point_rules_page_dispose (GObject *object)
{
  CwPointRulesPage *self = CW_POINT_RULES_PAGE (object);

  g_clear_object (&self->reloader);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINT_RULES_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->rules);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_point_rules_page_parent_class)->dispose (object);
}

static void
cw_point_rules_page_finalize (GObject *object)
{
  CwPointRulesPage *self = CW_POINT_RULES_PAGE (object);

  g_free (self->search);

  G_OBJECT_CLASS (cw_point_rules_page_parent_class)->finalize (object);
}

static void
cw_point_rules_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CwPointRulesPage *self = CW_POINT_RULES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_point_rules_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CwPointRulesPage *self = CW_POINT_RULES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_point_rules_page_class_init (CwPointRulesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_point_rules_page_constructed;
  object_class->dispose = cw_point_rules_page_dispose;
  object_class->finalize = cw_point_rules_page_finalize;
  object_class->get_property = cw_point_rules_page_get_property;
  object_class->set_property = cw_point_rules_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-point-rules-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointRulesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CwPointRulesPage, scheme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwPointRulesPage, retired_check);
  gtk_widget_class_bind_template_child (widget_class, CwPointRulesPage, retire_button);
  gtk_widget_class_bind_template_child (widget_class, CwPointRulesPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointRulesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CwPointRulesPage, rules_view);
  gtk_widget_class_bind_template_child (widget_class, CwPointRulesPage, status_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, retired_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "rules.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "rules.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "rules.retire", NULL, retire_activated);
  gtk_widget_class_install_action (widget_class, "rules.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "subpage.reload", NULL, reload_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "rules.new", NULL);
}

static void
cw_point_rules_page_init (CwPointRulesPage *self)
{
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;

  self->rules = g_list_store_new (CW_TYPE_POINT_RULE);

  gtk_widget_init_template (GTK_WIDGET (self));

  setup_columns (self);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->rules)), GTK_FILTER (self->filter));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                    g_object_ref (gtk_column_view_get_sorter (self->rules_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->rules_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (update_actions),
                           self, G_CONNECT_SWAPPED);
}

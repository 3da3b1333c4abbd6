/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-tally-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-quarter.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "ui/common/cw-columns.h"
#include "ui/points/cw-points-tally-page-private.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

/* The page itself: the quarter's rows, by scheme, group and search, and
 * the publication's state. What its buttons do is in
 * cw-points-tally-page-actions.c. */

G_DEFINE_FINAL_TYPE (CwPointsTallyPage, cw_points_tally_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (CwPointsTallyPage *self);
static void load_rows (CwPointsTallyPage *self);

const char *
_cw_points_tally_page_get_scheme (CwPointsTallyPage *self)
{
  return gtk_drop_down_get_selected (self->scheme_dropdown) == 1 ? CW_SCHEME_PARTY : CW_SCHEME_HOUSEHOLD;
}

const char *
cw_points_tally_page_get_quarter (CwPointsTallyPage *self)
{
  guint selected;

  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), NULL);

  selected = gtk_drop_down_get_selected (self->quarter_dropdown);
  if (self->quarters == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected >= g_strv_length (self->quarters))
    return NULL;

  return self->quarters[selected];
}

static char *
quarter_last_day (const char *quarter)
{
  g_autofree char *first = NULL;
  char *last = NULL;

  cw_quarter_bounds (quarter, &first, &last);

  return last;
}

gboolean
_cw_points_tally_quarter_is_over (const char *quarter)
{
  g_autofree char *last = quarter_last_day (quarter);
  g_autofree char *today = cw_date_today_text ();

  return last != NULL && g_strcmp0 (last, today) < 0;
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
  CwPointsTallyPage *self = user_data;
  CwPointTallyRow *row = item;

  if (self->group != NULL && g_strcmp0 (cw_point_tally_row_get_group_name (row), self->group) != 0)
    return FALSE;

  if (self->search != NULL && self->search[0] != '\0' &&
      !contains (cw_point_tally_row_get_name (row), self->search) &&
      !contains (cw_point_tally_row_get_number (row), self->search))
    return FALSE;

  return TRUE;
}

static void
update_totals (CwPointsTallyPage *self)
{
  GListModel *model = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (model);
  g_autofree char *sum_text = NULL;
  g_autofree char *text = NULL;
  gint64 sum = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (model, i);

      sum += cw_point_tally_row_get_quarter_points (row);
    }

  sum_text = cw_ui_format_signed (sum);
  if (g_str_equal (_cw_points_tally_page_get_scheme (self), CW_SCHEME_PARTY))
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u party member · %s points",
                                         "%u party members · %s points",
                                         n),
                            n, sum_text);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u household · %s points",
                                         "%u households · %s points",
                                         n),
                            n, sum_text);
  gtk_label_set_text (self->totals_label, text);

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
    }
  else
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->rows)) > 0)
        {
          adw_status_page_set_icon_name (self->status_page, "system-search-symbolic");
          adw_status_page_set_title (self->status_page, _("Nobody Found"));
          adw_status_page_set_description (self->status_page, _("No row matches the search."));
        }
      else
        {
          adw_status_page_set_icon_name (self->status_page, "view-list-ordered-symbolic");
          adw_status_page_set_title (self->status_page, _("No Points Yet"));
          adw_status_page_set_description (self->status_page,
                                           _("Once entries are saved and reviewed, each quarter's tally and ranking appear here."));
        }
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }
}

static void
refilter (CwPointsTallyPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_totals (self);
}

static void
search_changed_cb (CwPointsTallyPage *self,
                   GtkSearchEntry    *entry)
{
  g_free (self->search);
  self->search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  g_strstrip (self->search);
  refilter (self);
}

static void
group_changed_cb (CwPointsTallyPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->group_dropdown);

  if (self->updating)
    return;

  g_clear_pointer (&self->group, g_free);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->groups->len)
    self->group = g_strdup (g_ptr_array_index (self->groups, selected - 1));

  refilter (self);
}

void
cw_points_tally_page_set_group (CwPointsTallyPage *self,
                                const char        *group_name)
{
  guint position = 0;

  g_return_if_fail (CW_IS_POINTS_TALLY_PAGE (self));

  for (guint i = 0; group_name != NULL && i < self->groups->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->groups, i), group_name))
        position = i + 1;
    }

  gtk_drop_down_set_selected (self->group_dropdown, position);
  group_changed_cb (self);
}

GListModel *
cw_points_tally_page_get_rows (CwPointsTallyPage *self)
{
  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

gboolean
cw_points_tally_page_select (CwPointsTallyPage *self,
                             gint64             subject_id)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (model, i);

      if (cw_point_tally_row_get_subject_id (row) == subject_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Another quarter or scheme is other rows, not other quarters. */
static void
scheme_changed_cb (CwPointsTallyPage *self)
{
  if (!self->updating)
    load_rows (self);
}

static void
quarter_changed_cb (CwPointsTallyPage *self)
{
  if (!self->updating)
    load_rows (self);
}

gboolean
cw_points_tally_page_set_quarter (CwPointsTallyPage *self,
                                  const char        *scheme,
                                  const char        *quarter)
{
  g_return_val_if_fail (CW_IS_POINTS_TALLY_PAGE (self), FALSE);

  if (cw_lazy_reload_get_dirty (self->reloader))
    reload (self);

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->scheme_dropdown, g_strcmp0 (scheme, CW_SCHEME_PARTY) == 0 ? 1 : 0);
  self->updating = FALSE;

  for (guint i = 0; self->quarters != NULL && self->quarters[i] != NULL; i++)
    {
      if (g_str_equal (self->quarters[i], quarter))
        {
          self->updating = TRUE;
          gtk_drop_down_set_selected (self->quarter_dropdown, i);
          self->updating = FALSE;
          reload (self);
          return TRUE;
        }
    }

  reload (self);
  return FALSE;
}

/* The selection */

CwPointTallyRow *
_cw_points_tally_page_get_selected (CwPointsTallyPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
selection_changed_cb (CwPointsTallyPage *self)
{
  _cw_points_tally_page_update_actions (self);
}

static void
update_publication (CwPointsTallyPage *self)
{
  const char *quarter = cw_points_tally_page_get_quarter (self);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  self->published = FALSE;
  if (quarter == NULL)
    text = g_strdup ("");
  /* Not knowing is said as such, never as "not yet published". */
  else if (!cw_point_quarter_get_publication (self->db, quarter, &self->published, &from, &to, &error))
    text = g_strdup (error->message);
  else if (self->published)
    /* Translators: the publicity period (公示期) of a published quarter */
    text = g_strdup_printf (_("Published, publicity period %s to %s. The quarter is locked."), from, to);
  else if (!_cw_points_tally_quarter_is_over (quarter))
    text = g_strdup (_("The quarter is still running: publish it once it is over and every entry is reviewed."));
  else
    text = g_strdup (_("Not yet published."));

  gtk_label_set_text (self->publication_label, text);
  gtk_image_set_from_icon_name (self->publication_icon,
                                self->published ? "emblem-ok-symbolic" : "dialog-information-symbolic");
  if (self->published)
    gtk_widget_add_css_class (GTK_WIDGET (self->publication_icon), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->publication_icon), "success");
}

/* Columns */

static char *
rank_text (gpointer item)
{
  return g_strdup_printf ("%d", cw_point_tally_row_get_rank (item));
}

static char *
group_rank_text (gpointer item)
{
  return g_strdup_printf ("%d", cw_point_tally_row_get_group_rank (item));
}

static char *
number_text (gpointer item)
{
  return g_strdup (cw_point_tally_row_get_number (item));
}

static char *
name_text (gpointer item)
{
  return g_strdup (cw_point_tally_row_get_name (item));
}

static char *
group_text (gpointer item)
{
  return g_strdup (cw_point_tally_row_get_group_name (item));
}

static char *
quarter_points_text (gpointer item)
{
  return cw_ui_format_signed (cw_point_tally_row_get_quarter_points (item));
}

static char *
year_points_text (gpointer item)
{
  return cw_ui_format_signed (cw_point_tally_row_get_year_points (item));
}

static char *
balance_text (gpointer item)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, cw_point_tally_row_get_balance (item));
}

static void
append_column (CwPointsTallyPage   *self,
               GtkColumnViewColumn *column)
{
  gtk_column_view_append_column (self->tally_view, column);
  g_object_unref (column);
}

static GtkSorter *
descending (GtkSorter *sorter)
{
  gtk_numeric_sorter_set_sort_order (GTK_NUMERIC_SORTER (sorter), GTK_SORT_DESCENDING);
  return sorter;
}

static void
setup_columns (CwPointsTallyPage *self)
{
  GType type = CW_TYPE_POINT_TALLY_ROW;

  append_column (self, cw_ui_column_new (_("Rank"), rank_text, CW_COLUMN_NUMERIC,
                                             cw_ui_int_sorter (type, "rank")));
  append_column (self, cw_ui_column_new (_("Rank in Group"), group_rank_text, CW_COLUMN_NUMERIC,
                                             cw_ui_int_sorter (type, "group-rank")));
  append_column (self, cw_ui_column_new (_("Household No."), number_text, CW_COLUMN_NUMERIC,
                                             cw_ui_string_sorter (type, "number")));
  append_column (self, cw_ui_column_new (_("Name"), name_text, CW_COLUMN_EXPAND,
                                             cw_ui_string_sorter (type, "name")));
  append_column (self, cw_ui_column_new (_("Group"), group_text, CW_COLUMN_DIM,
                                             cw_ui_int_sorter (type, "group-position")));
  append_column (self, cw_ui_column_new (_("This Quarter"), quarter_points_text,
                                             CW_COLUMN_NUMERIC | CW_COLUMN_SIGNED,
                                             descending (cw_ui_int_sorter (type, "quarter-points"))));
  append_column (self, cw_ui_column_new (_("Year to Date"), year_points_text,
                                             CW_COLUMN_NUMERIC | CW_COLUMN_SIGNED,
                                             descending (cw_ui_int_sorter (type, "year-points"))));
  append_column (self, cw_ui_column_new (_("Balance"), balance_text, CW_COLUMN_NUMERIC,
                                             descending (cw_ui_int_sorter (type, "balance"))));
}

/* Reading the database */

/* The drop-downs' lists are made again only when what they list changed,
 * never from inside a drop-down's own change: a model replaced while GTK
 * 4.8 handles the clerk's click or key in its list announces the choice
 * again and again, and the page reloaded without end, frozen. */
static void
refresh_quarters (CwPointsTallyPage *self)
{
  g_auto(GStrv) quarters = cw_point_quarter_list (self->db);
  g_autoptr(GtkStringList) model = NULL;
  g_autofree char *keep = NULL;
  guint position = GTK_INVALID_LIST_POSITION;
  guint first_over = GTK_INVALID_LIST_POSITION;

  if (self->quarters != NULL &&
      g_strv_equal ((const char * const *) quarters, (const char * const *) self->quarters))
    return;

  keep = g_strdup (cw_points_tally_page_get_quarter (self));
  g_strfreev (self->quarters);
  self->quarters = g_steal_pointer (&quarters);

  model = gtk_string_list_new (NULL);
  for (guint i = 0; self->quarters[i] != NULL; i++)
    {
      g_autofree char *label = cw_quarter_label (self->quarters[i]);

      gtk_string_list_append (model, label);
      if (g_strcmp0 (keep, self->quarters[i]) == 0)
        position = i;
      if (first_over == GTK_INVALID_LIST_POSITION && _cw_points_tally_quarter_is_over (self->quarters[i]))
        first_over = i;
    }

  /* The quarter to publish is most often the one just over. */
  if (position == GTK_INVALID_LIST_POSITION)
    position = first_over != GTK_INVALID_LIST_POSITION ? first_over : 0;

  self->updating = TRUE;
  gtk_drop_down_set_model (self->quarter_dropdown, G_LIST_MODEL (model));
  if (g_list_model_get_n_items (G_LIST_MODEL (model)) > 0)
    gtk_drop_down_set_selected (self->quarter_dropdown, position);
  self->updating = FALSE;
}

static gboolean
same_names (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;

  return TRUE;
}

static void
refresh_groups (CwPointsTallyPage *self)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) model = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint position = 0;

  /* The tally comes in group order: each new name starts a group. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      const char *name = cw_point_tally_row_get_group_name (row);

      if (name == NULL || name[0] == '\0')
        continue;
      if (groups->len > 0 && g_str_equal (g_ptr_array_index (groups, groups->len - 1), name))
        continue;
      g_ptr_array_add (groups, g_strdup (name));
    }

  if (same_names (groups, self->groups) && gtk_drop_down_get_model (self->group_dropdown) != NULL)
    return;

  g_ptr_array_unref (self->groups);
  self->groups = g_steal_pointer (&groups);

  model = gtk_string_list_new (NULL);
  gtk_string_list_append (model, _("All Groups"));
  for (guint i = 0; i < self->groups->len; i++)
    {
      gtk_string_list_append (model, g_ptr_array_index (self->groups, i));
      if (g_strcmp0 (self->group, g_ptr_array_index (self->groups, i)) == 0)
        position = i + 1;
    }

  if (position == 0)
    g_clear_pointer (&self->group, g_free);

  self->updating = TRUE;
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->group_dropdown, position);
  self->updating = FALSE;
}

/* The rows of the quarter and scheme chosen, and what depends on them. */
static void
load_rows (CwPointsTallyPage *self)
{
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const char *quarter = cw_points_tally_page_get_quarter (self);
  gint64 selected_id = 0;
  guint n;

  if (_cw_points_tally_page_get_selected (self) != NULL)
    selected_id = cw_point_tally_row_get_subject_id (_cw_points_tally_page_get_selected (self));

  if (quarter != NULL)
    {
      rows = cw_point_tally_quarter (self->db, _cw_points_tally_page_get_scheme (self), quarter, &error);
      if (rows == NULL)
        cw_window_show_message (GTK_WIDGET (self), error->message);
    }

  n = rows != NULL ? g_list_model_get_n_items (rows) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (rows, i));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       array->pdata, array->len);

  refresh_groups (self);
  update_publication (self);
  refilter (self);

  if (selected_id != 0)
    cw_points_tally_page_select (self, selected_id);
  _cw_points_tally_page_update_actions (self);
}

static void
reload (CwPointsTallyPage *self)
{
  cw_lazy_reload_done (self->reloader);
  refresh_quarters (self);
  load_rows (self);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cw_lazy_reload_queue (CW_POINTS_TALLY_PAGE (widget)->reloader);
}

GtkWidget *
cw_points_tally_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_POINTS_TALLY_PAGE, "database", db, NULL);
}

static void
cw_points_tally_page_constructed (GObject *object)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (object);

  G_OBJECT_CLASS (cw_points_tally_page_parent_class)->constructed (object);

  g_assert (self->db != NULL);

  /* The tables this page shows: it reads them again only when on screen. */
  self->reloader = cw_lazy_reload_new (GTK_WIDGET (self), self->db,
                                      (const char *[]) { "point_", "shop_", "household", "person", "village_group", NULL },
                                      (CwLazyReloadFunc) reload);

  /* The tally is the most expensive read of the register: wait until the
   * page is shown. */
  cw_lazy_reload_queue (self->reloader);
  _cw_points_tally_page_update_actions (self);
}

static void
cw_points_tally_page_dispose (GObject *object)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (object);

  g_clear_object (&self->reloader);
  _cw_points_tally_page_actions_dispose (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_POINTS_TALLY_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_points_tally_page_parent_class)->dispose (object);
}

static void
cw_points_tally_page_finalize (GObject *object)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (object);

  g_clear_pointer (&self->quarters, g_strfreev);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_free (self->group);
  g_free (self->search);

  G_OBJECT_CLASS (cw_points_tally_page_parent_class)->finalize (object);
}

static void
cw_points_tally_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (object);

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
cw_points_tally_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CwPointsTallyPage *self = CW_POINTS_TALLY_PAGE (object);

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
cw_points_tally_page_class_init (CwPointsTallyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_points_tally_page_constructed;
  object_class->dispose = cw_points_tally_page_dispose;
  object_class->finalize = cw_points_tally_page_finalize;
  object_class->get_property = cw_points_tally_page_get_property;
  object_class->set_property = cw_points_tally_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_JOB_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-points-tally-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, scheme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, quarter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, publication_icon);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, publication_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, totals_label);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, job_bar);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, tally_view);
  gtk_widget_class_bind_template_child (widget_class, CwPointsTallyPage, status_page);
  gtk_widget_class_bind_template_callback (widget_class, scheme_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, quarter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "subpage.reload", NULL, reload_activated);
  _cw_points_tally_page_class_actions_init (klass);
}

static void
cw_points_tally_page_init (CwPointsTallyPage *self)
{
  GtkSortListModel *sorted;

  self->rows = g_list_store_new (CW_TYPE_POINT_TALLY_ROW);
  self->groups = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  setup_columns (self);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)), GTK_FILTER (self->filter));
  /* Unsorted, the rows keep the tally's order: group, then rank in it. */
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                    g_object_ref (gtk_column_view_get_sorter (self->tally_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->tally_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

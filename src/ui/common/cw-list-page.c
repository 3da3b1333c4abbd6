/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-list-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/common/cw-pinyin.h"
#include "ui/common/cw-lazy-reload.h"
#include "ui/common/cw-list-page.h"
#include "ui/common/cw-undo.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

typedef struct
{
  CwDatabase         *db;
  CwLazyReload       *reloader;

  GListStore         *store;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  GPtrArray          *dropdowns;     /* GtkDropDown, one per info->filters */

  /* What was typed, as search_fold() makes it; and the same without
   * spaces, for pinyin keys. NULL when nothing is. */
  char               *query;
  char               *compact_query;
  /* item → its search key, made the first time a search needs it. */
  GHashTable         *search_keys;

  /* Template widgets */
  GtkBox             *filter_bar;
  GtkSearchEntry     *search_entry;
  GtkCheckButton     *archived_check;
  GtkBox             *action_bar;
  GPtrArray          *retire_buttons; /* GtkButton with <prefix>.retire */
  GtkLabel           *count_label;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  AdwStatusPage      *status_page;
} CwListPagePrivate;

static void cw_list_page_buildable_init (GtkBuildableIface *iface);

G_DEFINE_TYPE_WITH_CODE (CwListPage, cw_list_page, ADW_TYPE_BIN,
                         G_ADD_PRIVATE (CwListPage)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, cw_list_page_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CwListPageInfo *
get_info (CwListPage *self)
{
  return CW_LIST_PAGE_GET_CLASS (self)->info;
}

static const char *
translated (const char *msgid)
{
  return msgid != NULL ? g_dgettext (GETTEXT_PACKAGE, msgid) : NULL;
}

/* Actions */

static char *
action_name (CwListPage *self,
             const char *action)
{
  return g_strconcat (get_info (self)->actions, ".", action, NULL);
}

static void
update_actions (CwListPage *self)
{
  gpointer item = cw_list_page_get_selected (self);
  g_autofree char *edit = action_name (self, "edit");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), edit, item != NULL);

  if (get_info (self)->retire_label != NULL)
    {
      CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
      g_autofree char *retire = action_name (self, "retire");
      gboolean retired = item != NULL && CW_LIST_PAGE_GET_CLASS (self)->is_retired (self, item);
      const char *label = translated (retired ? get_info (self)->restore_label : get_info (self)->retire_label);

      gtk_widget_action_set_enabled (GTK_WIDGET (self), retire, item != NULL);
      for (guint i = 0; i < priv->retire_buttons->len; i++)
        gtk_button_set_label (g_ptr_array_index (priv->retire_buttons, i), label);
    }

  /* Last, so that the subclass may narrow what the base enabled. */
  if (CW_LIST_PAGE_GET_CLASS (self)->selection_changed != NULL)
    CW_LIST_PAGE_GET_CLASS (self)->selection_changed (self, item);
}

void
cw_list_page_open_editor (CwListPage *self,
                          gpointer    item)
{
  GtkWindow *editor;

  g_return_if_fail (CW_IS_LIST_PAGE (self));

  editor = CW_LIST_PAGE_GET_CLASS (self)->create_editor (self, item);
  if (editor != NULL)
    gtk_window_present (editor);
}

static void
new_activated (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  cw_list_page_open_editor (CW_LIST_PAGE (widget), NULL);
}

static void
retire_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  CwListPage *self = CW_LIST_PAGE (widget);
  CwListPageClass *klass = CW_LIST_PAGE_GET_CLASS (self);
  CwDatabase *db = cw_list_page_get_database (self);
  gpointer item = cw_list_page_get_selected (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (item == NULL)
    return;

  title = klass->set_retired (self, db, item, !klass->is_retired (self, item), &error);
  if (title == NULL)
    {
      cw_window_show_message (widget, error->message);
      return;
    }
  cw_undo_show_toast (widget, cw_database_get_last_change (db), title);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  CwListPage *self = CW_LIST_PAGE (widget);
  gpointer item = cw_list_page_get_selected (self);

  if (item != NULL)
    cw_list_page_open_editor (self, item);
}

static void
row_activated_cb (CwListPage    *self,
                  guint          position,
                  GtkColumnView *view)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);

  gtk_single_selection_set_selected (priv->selection, position);
  edit_activated (GTK_WIDGET (self), NULL, NULL);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (CW_LIST_PAGE (widget));

  cw_lazy_reload_queue (priv->reloader);
}

/* Searching and filtering */

/* Text as the search compares it: compatibility forms made plain (the
 * Kangxi radical ⽣ that text copied out of a PDF holds for 生, full-width
 * Ａ１), case folded, and the invisible characters (zero-width spaces, soft
 * hyphens) dropped, so that what looks the same is found the same. */
static char *
search_fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (normal != NULL ? normal : "", -1);
  GString *plain = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_FORMAT)
        g_string_append_unichar (plain, c);
    }

  return g_string_free (plain, FALSE);
}

static const char *
search_key (CwListPage *self,
            gpointer    item)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
  char *key = g_hash_table_lookup (priv->search_keys, item);

  if (key == NULL)
    {
      g_autofree char *text = CW_LIST_PAGE_GET_CLASS (self)->search_text (self, item);
      g_autofree char *folded = search_fold (text);
      g_autofree char *pinyin = cw_pinyin_search_key (folded);

      /* The line break keeps a query from matching across the two. */
      key = g_strconcat (folded, "\n", pinyin, NULL);
      g_hash_table_insert (priv->search_keys, item, key);
    }

  return key;
}

/* TRUE when drop-down @i (the drop-downs are info->filters, in order)
 * has a choice that @item does not belong to. */
static gboolean
dropdown_hides (CwListPage *self,
                guint       i,
                gpointer    item)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
  const CwListFilter *filter = &get_info (self)->filters[i];
  GtkDropDown *dropdown = g_ptr_array_index (priv->dropdowns, i);
  guint choice = gtk_drop_down_get_selected (dropdown);

  if (choice == 0 || choice == GTK_INVALID_LIST_POSITION)
    return FALSE;
  return filter->match_text != NULL
         ? !filter->match_text (item, gtk_string_object_get_string (gtk_drop_down_get_selected_item (dropdown)))
         : !filter->match (item, choice);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  CwListPage *self = user_data;
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
  CwListPageClass *klass = CW_LIST_PAGE_GET_CLASS (self);
  const char *key;

  if (klass->item_visible != NULL && !klass->item_visible (self, item))
    return FALSE;

  for (guint i = 0; priv->dropdowns != NULL && i < priv->dropdowns->len; i++)
    if (dropdown_hides (self, i, item))
      return FALSE;

  if (priv->query == NULL)
    return TRUE;

  key = search_key (self, item);
  return strstr (key, priv->query) != NULL ||
         (priv->compact_query[0] != '\0' && strstr (key, priv->compact_query) != NULL);
}

static char *
cw_list_page_real_count_text (CwListPage *self,
                              guint       n_shown)
{
  /* Translators: the count line of a list: 共 N 条 */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u listed", "%u listed", n_shown), n_shown);
}

/* The count, the empty state and the actions follow what is shown. */
static void
refresh (CwListPage *self)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
  const CwListPageInfo *info = get_info (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (priv->selection));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (priv->store));
  g_autofree char *count = CW_LIST_PAGE_GET_CLASS (self)->count_text (self, n);

  gtk_label_set_text (priv->count_label, count);

  if (n == 0 && total > 0 && priv->query != NULL)
    {
      adw_status_page_set_icon_name (priv->status_page, "system-search-symbolic");
      adw_status_page_set_title (priv->status_page, translated (info->no_match_title));
      adw_status_page_set_description (priv->status_page, translated (info->no_match_description));
    }
  else if (n == 0 && total > 0)
    {
      /* Nothing typed: the filters hide it all, and the clerk is told
       * which way to see it, not that a search found nothing. */
      adw_status_page_set_icon_name (priv->status_page, "system-search-symbolic");
      adw_status_page_set_title (priv->status_page, _("Nothing Passes the Filters"));
      adw_status_page_set_description (priv->status_page,
                                       _("Choose another filter above, or have the list show what it sets "
                                         "aside, to see more."));
    }
  else
    {
      adw_status_page_set_icon_name (priv->status_page, info->empty_icon_name);
      adw_status_page_set_title (priv->status_page, translated (info->empty_title));
      adw_status_page_set_description (priv->status_page, translated (info->empty_description));
    }
  /* The empty register's ways in (import, new) are for an empty register,
   * not for a list the search or filters emptied. */
  if (adw_status_page_get_child (priv->status_page) != NULL)
    gtk_widget_set_visible (adw_status_page_get_child (priv->status_page), total == 0);

  gtk_stack_set_visible_child_name (priv->list_stack, n > 0 ? "list" : "empty");
  update_actions (self);
}

void
cw_list_page_refilter (CwListPage *self)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);

  g_return_if_fail (CW_IS_LIST_PAGE (self));

  gtk_filter_changed (GTK_FILTER (priv->filter), GTK_FILTER_CHANGE_DIFFERENT);
  refresh (self);
}

static void
apply_search (CwListPage *self,
              const char *text)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
  g_autofree char *folded = search_fold (text);
  GString *compact;

  g_strstrip (folded);
  g_clear_pointer (&priv->query, g_free);
  g_clear_pointer (&priv->compact_query, g_free);

  if (folded[0] != '\0')
    {
      /* Pinyin keys have no spaces: "zhang san" finds 张三 too. */
      compact = g_string_new (NULL);
      for (const char *p = folded; *p != '\0'; p++)
        if (*p != ' ')
          g_string_append_c (compact, *p);
      priv->compact_query = g_string_free (compact, FALSE);
      priv->query = g_steal_pointer (&folded);
    }

  cw_list_page_refilter (self);
}

static void
search_changed_cb (CwListPage     *self,
                   GtkSearchEntry *entry)
{
  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

void
cw_list_page_search (CwListPage *self,
                     const char *text)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);

  g_return_if_fail (CW_IS_LIST_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (priv->search_entry), text != NULL ? text : "");
  /* Now, not after the entry's typing delay. */
  apply_search (self, text);
}

static void
dropdown_changed_cb (CwListPage *self)
{
  cw_list_page_refilter (self);
}

static void
archived_toggled_cb (CwListPage *self)
{
  cw_list_page_reload (self);
}

/* Reading the database */

static char *
item_key (CwListPage *self,
          gpointer    item)
{
  char *key = NULL;

  g_object_get (item, get_info (self)->key, &key, NULL);
  return key;
}

void
cw_list_page_reload (CwListPage *self)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = NULL;
  gpointer selected;
  guint n;

  g_return_if_fail (CW_IS_LIST_PAGE (self));

  cw_lazy_reload_done (priv->reloader);

  selected = cw_list_page_get_selected (self);
  if (selected != NULL)
    keep = item_key (self, selected);

  items = CW_LIST_PAGE_GET_CLASS (self)->load (self, priv->db,
                                               gtk_check_button_get_active (priv->archived_check),
                                               &error);
  if (items == NULL)
    cw_window_show_message (GTK_WIDGET (self), error->message);

  n = items != NULL ? g_list_model_get_n_items (items) : 0;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (items, i));

  /* Keys are by address: a new record may take an old one's. */
  g_hash_table_remove_all (priv->search_keys);
  g_list_store_splice (priv->store, 0, g_list_model_get_n_items (G_LIST_MODEL (priv->store)),
                       array->pdata, array->len);

  if (keep != NULL)
    cw_list_page_select (self, keep);
  refresh (self);
}

void
cw_list_page_set_filter_choices (CwListPage         *self,
                                 guint               filter,
                                 const char * const *choices)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
  const CwListPageInfo *info = get_info (self);
  GtkDropDown *dropdown;
  GtkStringList *list;
  guint fixed = 0, chosen, keep = 0;
  g_autofree char *was = NULL;

  g_return_if_fail (CW_IS_LIST_PAGE (self));
  g_return_if_fail (filter < priv->dropdowns->len && info->filters[filter].match_text != NULL);

  while (info->filters[filter].choices[fixed] != NULL)
    fixed++;
  dropdown = g_ptr_array_index (priv->dropdowns, filter);
  list = GTK_STRING_LIST (gtk_drop_down_get_model (dropdown));
  chosen = gtk_drop_down_get_selected (dropdown);
  if (chosen != GTK_INVALID_LIST_POSITION)
    was = g_strdup (gtk_string_list_get_string (list, chosen));

  g_signal_handlers_block_by_func (dropdown, dropdown_changed_cb, self);
  gtk_string_list_splice (list, fixed, g_list_model_get_n_items (G_LIST_MODEL (list)) - fixed, choices);
  for (guint i = 0; was != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    if (g_str_equal (gtk_string_list_get_string (list, i), was))
      keep = i;
  gtk_drop_down_set_selected (dropdown, keep);
  g_signal_handlers_unblock_by_func (dropdown, dropdown_changed_cb, self);
  if (keep != chosen)
    cw_list_page_refilter (self);
}

static void
reload_cb (GtkWidget *page)
{
  cw_list_page_reload (CW_LIST_PAGE (page));
}

/* Public */

CwDatabase *
cw_list_page_get_database (CwListPage *self)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);

  g_return_val_if_fail (CW_IS_LIST_PAGE (self), NULL);

  return priv->db;
}

GListModel *
cw_list_page_get_items (CwListPage *self)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);

  g_return_val_if_fail (CW_IS_LIST_PAGE (self), NULL);

  return G_LIST_MODEL (priv->selection);
}

GtkColumnView *
cw_list_page_get_column_view (CwListPage *self)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);

  g_return_val_if_fail (CW_IS_LIST_PAGE (self), NULL);

  return priv->column_view;
}

GListModel *
cw_list_page_get_all_items (CwListPage *self)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);

  g_return_val_if_fail (CW_IS_LIST_PAGE (self), NULL);

  return G_LIST_MODEL (priv->store);
}

gpointer
cw_list_page_get_selected (CwListPage *self)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);

  g_return_val_if_fail (CW_IS_LIST_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (priv->selection);
}

/* Where the record whose key is @key is in @model, or
 * GTK_INVALID_LIST_POSITION. */
static guint
position_of (CwListPage *self,
             GListModel *model,
             const char *key)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_key_text = item_key (self, item);

      if (g_strcmp0 (item_key_text, key) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

gboolean
cw_list_page_select (CwListPage *self,
                     const char *key)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
  guint position;

  g_return_val_if_fail (CW_IS_LIST_PAGE (self), FALSE);

  position = position_of (self, G_LIST_MODEL (priv->selection), key);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (priv->selection, position);
  cw_ui_column_view_show_row (priv->column_view, position);
  return TRUE;
}

gboolean
cw_list_page_reveal (CwListPage *self,
                     const char *key)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
  g_autoptr(GObject) item = NULL;
  guint position;

  g_return_val_if_fail (CW_IS_LIST_PAGE (self), FALSE);

  position = position_of (self, G_LIST_MODEL (priv->store), key);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  item = g_list_model_get_item (G_LIST_MODEL (priv->store), position);
  /* Each drop-down refilters as it changes. */
  for (guint d = 0; d < priv->dropdowns->len; d++)
    if (dropdown_hides (self, d, item))
      gtk_drop_down_set_selected (g_ptr_array_index (priv->dropdowns, d), 0);
  return cw_list_page_select (self, key);
}

/* Interned: action names live as long as the class. */
static const char *
intern_action (const char *prefix,
               const char *action)
{
  g_autofree char *name = g_strconcat (prefix, ".", action, NULL);

  return g_intern_string (name);
}

void
cw_list_page_class_set_info (CwListPageClass      *klass,
                             const CwListPageInfo *info)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_return_if_fail (CW_IS_LIST_PAGE_CLASS (klass));
  g_return_if_fail (info != NULL && info->item_type != NULL && info->actions != NULL && info->key != NULL);

  klass->info = info;

  gtk_widget_class_install_action (widget_class, intern_action (info->actions, "new"), NULL, new_activated);
  gtk_widget_class_install_action (widget_class, intern_action (info->actions, "edit"), NULL, edit_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       intern_action (info->actions, "new"), NULL);
  if (info->retire_label != NULL)
    {
      g_return_if_fail (info->restore_label != NULL && klass->is_retired != NULL && klass->set_retired != NULL);
      gtk_widget_class_install_action (widget_class, intern_action (info->actions, "retire"), NULL, retire_activated);
    }
}

/* Subclass templates: <child type="action"> goes beside the count,
 * <child type="empty"> into the empty state. */
static void
cw_list_page_add_child (GtkBuildable *buildable,
                        GtkBuilder   *builder,
                        GObject      *child,
                        const char   *type)
{
  CwListPage *self = CW_LIST_PAGE (buildable);
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);

  if (g_strcmp0 (type, "action") == 0)
    {
      g_autofree char *retire = action_name (self, "retire");

      gtk_box_append (priv->action_bar, GTK_WIDGET (child));
      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), retire) == 0)
        g_ptr_array_add (priv->retire_buttons, child);
    }
  else if (g_strcmp0 (type, "filter") == 0)
    /* After the search entry; info's drop-downs go in before it later. */
    gtk_box_insert_child_after (priv->filter_bar, GTK_WIDGET (child), GTK_WIDGET (priv->search_entry));
  else if (g_strcmp0 (type, "empty") == 0)
    adw_status_page_set_child (priv->status_page, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
cw_list_page_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = cw_list_page_add_child;
}

/* What the class describes: columns, drop-downs, the check for retired
 * records, the search entry's hint. */
static void
build_from_info (CwListPage *self)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
  const CwListPageInfo *info = get_info (self);
  GtkWidget *after = GTK_WIDGET (priv->search_entry);

  cw_ui_columns_append (priv->column_view, info->item_type (), info->columns, info->n_columns);

  for (guint i = 0; i < info->n_filters; i++)
    {
      g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
      GtkWidget *dropdown;

      for (guint c = 0; info->filters[i].choices[c] != NULL; c++)
        gtk_string_list_append (choices, translated (info->filters[i].choices[c]));
      dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&choices)), NULL);
      gtk_widget_set_tooltip_text (dropdown, translated (info->filters[i].tooltip));
      g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (dropdown_changed_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_insert_child_after (priv->filter_bar, dropdown, after);
      g_ptr_array_add (priv->dropdowns, dropdown);
      after = dropdown;
    }

  if (info->search_placeholder != NULL)
    g_object_set (priv->search_entry, "placeholder-text", translated (info->search_placeholder), NULL);

  if (info->archived_label != NULL)
    {
      gtk_check_button_set_label (priv->archived_check, translated (info->archived_label));
      gtk_widget_set_visible (GTK_WIDGET (priv->archived_check), TRUE);
    }
}

static void
cw_list_page_constructed (GObject *object)
{
  CwListPage *self = CW_LIST_PAGE (object);
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
  const CwListPageInfo *info = get_info (self);

  G_OBJECT_CLASS (cw_list_page_parent_class)->constructed (object);

  g_assert (priv->db != NULL);
  g_assert (info != NULL);

  build_from_info (self);

  /* It reads the tables again only when on screen. */
  priv->reloader = cw_lazy_reload_new (GTK_WIDGET (self), priv->db, info->tables, reload_cb);
  if (info->load_when_shown)
    cw_lazy_reload_queue (priv->reloader);
  else
    cw_list_page_reload (self);
}

static void
cw_list_page_dispose (GObject *object)
{
  CwListPage *self = CW_LIST_PAGE (object);
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);

  g_clear_object (&priv->reloader);
  /* The drop-downs go with the template. */
  g_clear_pointer (&priv->dropdowns, g_ptr_array_unref);
  g_ptr_array_set_size (priv->retire_buttons, 0);

  /* No gtk_widget_dispose_template() here: on GTK 4.8 it walks the
   * template of the instance's class, the subclass's, and aborts when
   * the subclass binds children. AdwBin lets go of the tree, and the
   * template's own references go with the widget. */

  g_clear_object (&priv->selection);
  g_clear_object (&priv->filter);
  g_clear_object (&priv->store);
  g_clear_object (&priv->db);

  G_OBJECT_CLASS (cw_list_page_parent_class)->dispose (object);
}

static void
cw_list_page_finalize (GObject *object)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (CW_LIST_PAGE (object));

  g_free (priv->query);
  g_free (priv->compact_query);
  g_hash_table_unref (priv->search_keys);
  g_ptr_array_unref (priv->retire_buttons);

  G_OBJECT_CLASS (cw_list_page_parent_class)->finalize (object);
}

static void
cw_list_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (CW_LIST_PAGE (object));

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, priv->db);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_list_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (CW_LIST_PAGE (object));

  switch (prop_id)
    {
    case PROP_DATABASE:
      priv->db = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_list_page_class_init (CwListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_list_page_constructed;
  object_class->dispose = cw_list_page_dispose;
  object_class->finalize = cw_list_page_finalize;
  object_class->get_property = cw_list_page_get_property;
  object_class->set_property = cw_list_page_set_property;

  klass->count_text = cw_list_page_real_count_text;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         CW_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-list-page.ui");
  gtk_widget_class_bind_template_child_private (widget_class, CwListPage, filter_bar);
  gtk_widget_class_bind_template_child_private (widget_class, CwListPage, search_entry);
  gtk_widget_class_bind_template_child_private (widget_class, CwListPage, archived_check);
  gtk_widget_class_bind_template_child_private (widget_class, CwListPage, action_bar);
  gtk_widget_class_bind_template_child_private (widget_class, CwListPage, count_label);
  gtk_widget_class_bind_template_child_private (widget_class, CwListPage, list_stack);
  gtk_widget_class_bind_template_child_private (widget_class, CwListPage, column_view);
  gtk_widget_class_bind_template_child_private (widget_class, CwListPage, status_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, archived_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "subpage.reload", NULL, reload_activated);
}

static void
cw_list_page_init (CwListPage *self)
{
  CwListPagePrivate *priv = cw_list_page_get_instance_private (self);
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;

  /* Before the template: a subclass's template adds its retire button. */
  priv->retire_buttons = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  priv->dropdowns = g_ptr_array_new ();
  priv->search_keys = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);

  /* Any GObject: which records, the class says once it is built. */
  priv->store = g_list_store_new (G_TYPE_OBJECT);
  priv->filter = gtk_custom_filter_new (filter_func, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (priv->store)),
                                        GTK_FILTER (g_object_ref (priv->filter)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                    g_object_ref (gtk_column_view_get_sorter (priv->column_view)));
  priv->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (priv->selection, FALSE);
  gtk_single_selection_set_can_unselect (priv->selection, TRUE);
  gtk_column_view_set_model (priv->column_view, GTK_SELECTION_MODEL (priv->selection));
  g_signal_connect_object (priv->selection, "notify::selected", G_CALLBACK (update_actions),
                           self, G_CONNECT_SWAPPED);

  /* Typing anywhere on the page searches. */
  gtk_search_entry_set_key_capture_widget (priv->search_entry, GTK_WIDGET (self));
}

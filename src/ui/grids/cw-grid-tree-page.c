/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grid-tree-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/grids/cw-grid.h"
#include "ui/common/cw-columns.h"
#include "ui/grids/cw-grid-panel.h"
#include "ui/grids/cw-grid-tree-page.h"
#include "ui/grids/cw-grids-page.h"
#include "ui/cw-ui-resources.h"

struct _CwGridTreePage
{
  AdwBin              parent_instance;

  CwDatabase         *db;
  CwGridsPage        *list;
  CwGridPanel        *panel;       /* the picked grid's own; hidden for the village */
  CwGrid             *village;     /* the root row: every grid hangs under it */
  GHashTable         *children;    /* CwGrid → GListStore of the grids below it */
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;

  /* Template widgets (the paned is the bin's child, not bound: the bin
   * lets go of it itself) */
  GtkListView        *tree_view;
  GtkPaned           *detail_paned;
};

G_DEFINE_FINAL_TYPE (CwGridTreePage, cw_grid_tree_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The model: the village, and under each grid the grids below it. Only an
 * opened branch makes rows, so a township's tree opens as fast as its
 * top level. */

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  CwGridTreePage *self = user_data;
  GListStore *children = g_hash_table_lookup (self->children, item);

  return children != NULL ? g_object_ref (G_LIST_MODEL (children)) : NULL;
}

static GtkTreeListRow *
row_at (CwGridTreePage *self,
        guint           position)
{
  return gtk_tree_list_model_get_row (self->tree, position);
}

/* Reads the branches from the list's records (in tree order, each grid
 * after its parent, with its depth). */
static void
gather_children (CwGridTreePage *self,
                 GListModel     *grids)
{
  guint n = g_list_model_get_n_items (grids);
  g_autoptr(GPtrArray) parents = g_ptr_array_new ();
  guint households = 0;

  g_hash_table_remove_all (self->children);
  g_ptr_array_add (parents, self->village);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (grids, i);
      guint depth = MIN (cw_grid_get_depth (grid) + 1, parents->len);
      CwGrid *parent = g_ptr_array_index (parents, depth - 1);
      GListStore *store = g_hash_table_lookup (self->children, parent);

      if (store == NULL)
        {
          store = g_list_store_new (CW_TYPE_GRID);
          g_hash_table_insert (self->children, parent, store);
        }
      g_list_store_append (store, grid);
      g_ptr_array_set_size (parents, depth);
      g_ptr_array_add (parents, grid);
      if (depth == 1)
        households += cw_grid_get_households (grid);
    }
  g_object_set_data (G_OBJECT (self->village), "cw-households", GUINT_TO_POINTER (households));
}

/* Opens the rows whose code is in @open, top down (an opened row's
 * children come right after it and are looked at in turn). */
static void
open_rows (CwGridTreePage *self,
           GHashTable     *open)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = row_at (self, i);
      g_autoptr(CwGrid) grid = gtk_tree_list_row_get_item (row);

      if (g_hash_table_contains (open, cw_grid_get_code (grid)))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

static void
rebuild (CwGridTreePage *self)
{
  GListModel *grids = cw_list_page_get_all_items (CW_LIST_PAGE (self->list));
  g_autoptr(GHashTable) open = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GListStore) roots = g_list_store_new (CW_TYPE_GRID);
  g_autofree char *picked = NULL;
  GtkTreeListRow *selected;

  /* What was open and picked stays so; at first the village is open. */
  if (self->tree == NULL)
    g_hash_table_add (open, g_strdup (""));
  for (guint i = 0; self->tree != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = row_at (self, i);
      g_autoptr(CwGrid) grid = gtk_tree_list_row_get_item (row);

      if (gtk_tree_list_row_get_expanded (row))
        g_hash_table_add (open, g_strdup (cw_grid_get_code (grid)));
    }
  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected != NULL)
    {
      g_autoptr(CwGrid) grid = gtk_tree_list_row_get_item (selected);

      picked = g_strdup (cw_grid_get_code (grid));
    }

  gather_children (self, grids);
  g_list_store_append (roots, self->village);
  g_clear_object (&self->tree);
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_steal_pointer (&roots)), FALSE, FALSE,
                                        create_children_cb, self, NULL);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->tree));
  open_rows (self, open);
  if (picked == NULL || !cw_grid_tree_page_select (self, picked))
    cw_grid_tree_page_select (self, "");
}

static void
selected_cb (CwGridTreePage *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(CwGrid) grid = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  const char *code = grid != NULL ? cw_grid_get_code (grid) : "";

  cw_grids_page_show_branch (self->list, code);
  if (code[0] != '\0')
    cw_list_page_select (CW_LIST_PAGE (self->list), code);
  cw_grid_panel_show_grid (self->panel, code[0] != '\0' ? grid : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->panel), code[0] != '\0');
}

/* A row: the expander, the grid's name and the households in its branch;
 * a long name is cut, and the tooltip has it whole with its path. */

static gboolean
row_query_tooltip_cb (GtkWidget  *expander,
                      int         x,
                      int         y,
                      gboolean    keyboard_mode,
                      GtkTooltip *tooltip,
                      gpointer    user_data)
{
  const char *tip = g_object_get_data (G_OBJECT (expander), "cw-tip");

  if (tip == NULL)
    return FALSE;
  cw_ui_tooltip_set_text (tooltip, expander, tip);
  return TRUE;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), count);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_widget_set_has_tooltip (expander, TRUE);
  g_signal_connect (expander, "query-tooltip", G_CALLBACK (row_query_tooltip_cb), NULL);
  gtk_list_item_set_child (item, expander);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget *expander = gtk_list_item_get_child (item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *count = gtk_widget_get_last_child (box);
  g_autoptr(CwGrid) grid = gtk_tree_list_row_get_item (row);
  gboolean village = cw_grid_get_code (grid)[0] == '\0';
  guint households = village ? GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (grid), "cw-households"))
                             : cw_grid_get_households (grid);
  g_autofree char *number = g_strdup_printf ("%u", households);
  char *tip;

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_label_set_text (GTK_LABEL (name), cw_grid_get_name (grid));
  gtk_label_set_text (GTK_LABEL (count), number);
  if (village)
    tip = g_strdup (_("Every grid of the village"));
  else if (cw_grid_get_head_name (grid)[0] == '\0')
    /* Translators: a grid's tooltip in the tree: its path, level and that it has no head */
    tip = g_strdup_printf (_("%s · %s · no head"), cw_grid_get_path (grid), cw_grid_get_level (grid));
  else
    /* Translators: a grid's tooltip in the tree: its path, level and head */
    tip = g_strdup_printf (_("%s · %s · head %s"), cw_grid_get_path (grid), cw_grid_get_level (grid),
                           cw_grid_get_head_name (grid));
  g_object_set_data_full (G_OBJECT (expander), "cw-tip", tip, g_free);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), NULL);
}

/* Public */

GtkWidget *
cw_grid_tree_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_GRID_TREE_PAGE, "database", db, NULL);
}

CwGridPanel *
cw_grid_tree_page_get_panel (CwGridTreePage *self)
{
  g_return_val_if_fail (CW_IS_GRID_TREE_PAGE (self), NULL);

  return self->panel;
}

CwGridsPage *
cw_grid_tree_page_get_list (CwGridTreePage *self)
{
  g_return_val_if_fail (CW_IS_GRID_TREE_PAGE (self), NULL);

  return self->list;
}

GtkTreeListModel *
cw_grid_tree_page_get_tree (CwGridTreePage *self)
{
  g_return_val_if_fail (CW_IS_GRID_TREE_PAGE (self), NULL);

  return self->tree;
}

/* The chain of codes from the top down to @code, by the list's parents. */
static GPtrArray *
ancestors (CwGridTreePage *self,
           const char     *code)
{
  GListModel *grids = cw_list_page_get_all_items (CW_LIST_PAGE (self->list));
  g_autoptr(GPtrArray) chain = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (grids); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (grids, i);

      g_ptr_array_set_size (chain, MIN (cw_grid_get_depth (grid), chain->len));
      g_ptr_array_add (chain, g_strdup (cw_grid_get_code (grid)));
      if (g_strcmp0 (cw_grid_get_code (grid), code) == 0)
        return g_steal_pointer (&chain);
    }
  return NULL;
}

gboolean
cw_grid_tree_page_select (CwGridTreePage *self,
                          const char     *code)
{
  g_autoptr(GPtrArray) chain = NULL;
  g_autoptr(GHashTable) open = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (CW_IS_GRID_TREE_PAGE (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  if (code[0] != '\0' && (chain = ancestors (self, code)) == NULL)
    return FALSE;
  g_hash_table_add (open, (gpointer) "");
  for (guint i = 0; chain != NULL && i + 1 < chain->len; i++)
    g_hash_table_add (open, g_ptr_array_index (chain, i));
  open_rows (self, open);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = row_at (self, i);
      g_autoptr(CwGrid) grid = gtk_tree_list_row_get_item (row);

      if (g_str_equal (cw_grid_get_code (grid), code))
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_widget_activate_action (GTK_WIDGET (CW_GRID_TREE_PAGE (widget)->list), "subpage.reload", NULL);
}

static void
cw_grid_tree_page_constructed (GObject *object)
{
  CwGridTreePage *self = CW_GRID_TREE_PAGE (object);

  G_OBJECT_CLASS (cw_grid_tree_page_parent_class)->constructed (object);
  g_assert (self->db != NULL);

  self->list = CW_GRIDS_PAGE (cw_grids_page_new (self->db));
  self->panel = CW_GRID_PANEL (cw_grid_panel_new (self->db));
  gtk_widget_set_visible (GTK_WIDGET (self->panel), FALSE);
  gtk_paned_set_start_child (self->detail_paned, GTK_WIDGET (self->list));
  gtk_paned_set_end_child (self->detail_paned, GTK_WIDGET (self->panel));
  g_signal_connect_object (cw_list_page_get_all_items (CW_LIST_PAGE (self->list)), "items-changed",
                           G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  rebuild (self);
}

static void
cw_grid_tree_page_dispose (GObject *object)
{
  CwGridTreePage *self = CW_GRID_TREE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_GRID_TREE_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_pointer (&self->children, g_hash_table_unref);
  g_clear_object (&self->village);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_grid_tree_page_parent_class)->dispose (object);
}

static void
cw_grid_tree_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CwGridTreePage *self = CW_GRID_TREE_PAGE (object);

  if (prop_id == PROP_DATABASE)
    g_value_set_object (value, self->db);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_grid_tree_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CwGridTreePage *self = CW_GRID_TREE_PAGE (object);

  if (prop_id == PROP_DATABASE)
    self->db = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_grid_tree_page_class_init (CwGridTreePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_grid_tree_page_constructed;
  object_class->dispose = cw_grid_tree_page_dispose;
  object_class->get_property = cw_grid_tree_page_get_property;
  object_class->set_property = cw_grid_tree_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CW_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-grid-tree-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CwGridTreePage, tree_view);
  gtk_widget_class_bind_template_child (widget_class, CwGridTreePage, detail_paned);

  gtk_widget_class_install_action (widget_class, "subpage.reload", NULL, reload_activated);
}

static void
cw_grid_tree_page_init (CwGridTreePage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->village = cw_grid_new ();
  cw_grid_set_text (self->village, "name", _("Whole village"));
  self->children = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selected_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->tree_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->tree_view, GTK_SELECTION_MODEL (self->selection));
}

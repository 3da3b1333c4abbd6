/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grids-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/grids/cw-grid-figures-page.h"
#include "ui/grids/cw-grid-requests-page.h"
#include "ui/grids/cw-grid-tree-page.h"
#include "ui/grids/cw-grid-visits-page.h"
#include "ui/grids/cw-grids-view.h"
#include "ui/cw-ui-resources.h"

/* The sub-pages, in switcher order; each follows the database itself and
 * reads it again only when shown (CwListPage). */
static const struct {
  const char *name;
  const char *title;
  const char *icon_name;
  GType     (*get_type) (void);
} subpages[] = {
  { "grids",    N_("Grid Tree"), "view-list-symbolic",        cw_grid_tree_page_get_type },
  { "visits",   N_("Visits Due"), "find-location-symbolic",    cw_grid_visits_page_get_type },
  { "requests", N_("Requests"),  "mail-unread-symbolic",      cw_grid_requests_page_get_type },
  { "figures",  N_("Figures"),   "x-office-spreadsheet-symbolic", cw_grid_figures_page_get_type },
};

struct _CwGridsView
{
  AdwBin           parent_instance;

  CwDatabase      *db;
  GHashTable      *pages;   /* name → sub-page widget */

  /* Template widgets */
  AdwViewSwitcher *switcher;
  AdwViewStack    *stack;
};

G_DEFINE_FINAL_TYPE (CwGridsView, cw_grids_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
cw_grids_view_show_subpage (CwGridsView *self,
                            const char  *name)
{
  g_return_if_fail (CW_IS_GRIDS_VIEW (self));

  adw_view_stack_set_visible_child_name (self->stack, name);
}

GtkWidget *
cw_grids_view_get_page (CwGridsView *self,
                        const char  *name)
{
  g_return_val_if_fail (CW_IS_GRIDS_VIEW (self), NULL);

  return g_hash_table_lookup (self->pages, name);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwGridsView *self = CW_GRIDS_VIEW (widget);
  GHashTableIter iter;
  gpointer page;

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &page))
    gtk_widget_activate_action (page, "subpage.reload", NULL);
}

GtkWidget *
cw_grids_view_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_GRIDS_VIEW, "database", db, NULL);
}

static void
cw_grids_view_constructed (GObject *object)
{
  CwGridsView *self = CW_GRIDS_VIEW (object);

  G_OBJECT_CLASS (cw_grids_view_parent_class)->constructed (object);
  g_assert (self->db != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (subpages); i++)
    {
      GtkWidget *page = g_object_new (subpages[i].get_type (), "database", self->db, NULL);
      AdwViewStackPage *stack_page = adw_view_stack_add_titled (self->stack, page, subpages[i].name,
                                                                _(subpages[i].title));

      adw_view_stack_page_set_icon_name (stack_page, subpages[i].icon_name);
      g_hash_table_insert (self->pages, (gpointer) subpages[i].name, page);
    }
}

static void
cw_grids_view_dispose (GObject *object)
{
  CwGridsView *self = CW_GRIDS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_GRIDS_VIEW);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_grids_view_parent_class)->dispose (object);
}

static void
cw_grids_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CwGridsView *self = CW_GRIDS_VIEW (object);

  if (prop_id == PROP_DATABASE)
    g_value_set_object (value, self->db);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_grids_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CwGridsView *self = CW_GRIDS_VIEW (object);

  if (prop_id == PROP_DATABASE)
    self->db = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_grids_view_class_init (CwGridsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_grids_view_constructed;
  object_class->dispose = cw_grids_view_dispose;
  object_class->get_property = cw_grids_view_get_property;
  object_class->set_property = cw_grids_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CW_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-grids-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CwGridsView, switcher);
  gtk_widget_class_bind_template_child (widget_class, CwGridsView, stack);

  gtk_widget_class_install_action (widget_class, "subpage.reload", NULL, reload_activated);
}

static void
cw_grids_view_init (CwGridsView *self)
{
  self->pages = g_hash_table_new (g_str_hash, g_str_equal);
  gtk_widget_init_template (GTK_WIDGET (self));
}

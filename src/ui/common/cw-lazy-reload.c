/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-lazy-reload"

#include "config.h"

#include "ui/common/cw-lazy-reload.h"

struct _CwLazyReload
{
  GObject           parent_instance;

  GtkWidget        *page;     /* weak: the page owns us */
  GStrv             tables;   /* NULL: every table */
  CwLazyReloadFunc  reload;
  guint             idle_source;
  gboolean          dirty;
};

G_DEFINE_FINAL_TYPE (CwLazyReload, cw_lazy_reload, G_TYPE_OBJECT)

static gboolean
concerns (CwLazyReload *self,
          const char   *table)
{
  /* A change without a table (a restore, an import) may touch anything. */
  if (self->tables == NULL || table == NULL)
    return TRUE;

  for (guint i = 0; self->tables[i] != NULL; i++)
    {
      const char *name = self->tables[i];

      if (g_str_has_suffix (name, "_") ? g_str_has_prefix (table, name) : g_str_equal (table, name))
        return TRUE;
    }

  return FALSE;
}

static void
run_reload (CwLazyReload *self)
{
  self->dirty = FALSE;
  if (self->page != NULL)
    self->reload (self->page);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  CwLazyReload *self = user_data;

  self->idle_source = 0;
  run_reload (self);

  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (CwLazyReload *self,
                     const char   *table,
                     CwDatabase   *db)
{
  if (concerns (self, table))
    cw_lazy_reload_queue (self);
}

/* Runs after the page's own map, so its children are mapped when it reads. */
static void
page_map_cb (CwLazyReload *self,
             GtkWidget    *page)
{
  if (self->dirty)
    run_reload (self);
}

void
cw_lazy_reload_queue (CwLazyReload *self)
{
  g_return_if_fail (CW_IS_LAZY_RELOAD (self));

  self->dirty = TRUE;

  if (self->page != NULL && gtk_widget_get_mapped (self->page) && self->idle_source == 0)
    self->idle_source = g_idle_add_full (G_PRIORITY_LOW, reload_idle_cb, self, NULL);
}

void
cw_lazy_reload_done (CwLazyReload *self)
{
  g_return_if_fail (CW_IS_LAZY_RELOAD (self));

  self->dirty = FALSE;
}

gboolean
cw_lazy_reload_get_dirty (CwLazyReload *self)
{
  g_return_val_if_fail (CW_IS_LAZY_RELOAD (self), FALSE);

  return self->dirty;
}

CwLazyReload *
cw_lazy_reload_new (GtkWidget          *page,
                    CwDatabase         *db,
                    const char * const *tables,
                    CwLazyReloadFunc    reload)
{
  CwLazyReload *self;

  g_return_val_if_fail (GTK_IS_WIDGET (page), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (reload != NULL, NULL);

  self = g_object_new (CW_TYPE_LAZY_RELOAD, NULL);
  self->page = page;
  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *) &self->page);
  self->tables = g_strdupv ((char **) tables);
  self->reload = reload;

  /* Both handlers go when we are disposed, whichever of the three goes first. */
  g_signal_connect_object (db, "changed", G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "map", G_CALLBACK (page_map_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  return self;
}

static void
cw_lazy_reload_dispose (GObject *object)
{
  CwLazyReload *self = CW_LAZY_RELOAD (object);

  g_clear_handle_id (&self->idle_source, g_source_remove);
  if (self->page != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->page), (gpointer *) &self->page);
      self->page = NULL;
    }

  G_OBJECT_CLASS (cw_lazy_reload_parent_class)->dispose (object);
}

static void
cw_lazy_reload_finalize (GObject *object)
{
  CwLazyReload *self = CW_LAZY_RELOAD (object);

  g_strfreev (self->tables);

  G_OBJECT_CLASS (cw_lazy_reload_parent_class)->finalize (object);
}

static void
cw_lazy_reload_class_init (CwLazyReloadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cw_lazy_reload_dispose;
  object_class->finalize = cw_lazy_reload_finalize;
}

static void
cw_lazy_reload_init (CwLazyReload *self)
{
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-register-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/common/cw-lazy-reload.h"
#include "ui/common/cw-register-view.h"
#include "ui/cw-ui-resources.h"

typedef struct
{
  CwDatabase        *db;
  GtkWidget        **pages;   /* one for each of the class's subpages */
  CwLazyReload      *badge_reloader; /* with the class's count_badges */

  /* Template widgets */
  GtkScrolledWindow *switcher_scroller;
  AdwViewSwitcher   *switcher;
  AdwViewStack      *stack;
} CwRegisterViewPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (CwRegisterView, cw_register_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_subpage_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CwRegisterView *self = CW_REGISTER_VIEW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  GtkWidget *page = cw_register_view_get_page (self, name);

  cw_register_view_show_subpage (self, name);

  /* From the keyboard, straight to the page's first field. */
  if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
count_badges (CwRegisterView *self)
{
  CwRegisterViewPrivate *priv = cw_register_view_get_instance_private (self);

  cw_lazy_reload_done (priv->badge_reloader);
  CW_REGISTER_VIEW_GET_CLASS (self)->count_badges (self);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwRegisterView *self = CW_REGISTER_VIEW (widget);
  CwRegisterViewPrivate *priv = cw_register_view_get_instance_private (self);
  CwRegisterViewClass *klass = CW_REGISTER_VIEW_GET_CLASS (self);

  for (guint i = 0; i < klass->n_subpages; i++)
    gtk_widget_activate_action (priv->pages[i], "subpage.reload", NULL);

  if (klass->count_badges != NULL)
    count_badges (self);
}

void
cw_register_view_class_set_subpages (CwRegisterViewClass *klass,
                                     const char          *prefix,
                                     const CwSubpage     *subpages,
                                     guint                n_subpages)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  g_autofree char *action_name = NULL;

  g_return_if_fail (CW_IS_REGISTER_VIEW_CLASS (klass));
  g_return_if_fail (prefix != NULL);
  g_return_if_fail (subpages != NULL || n_subpages == 0);

  klass->subpages = subpages;
  klass->n_subpages = n_subpages;

  action_name = g_strconcat (prefix, ".show-subpage", NULL);
  gtk_widget_class_install_action (widget_class, action_name, "s", show_subpage_activated);

  /* Alt+1 … Alt+9: the sub-pages in switcher order. */
  for (guint i = 0; i < n_subpages && i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         action_name, "s", subpages[i].name);
}

CwDatabase *
cw_register_view_get_database (CwRegisterView *self)
{
  CwRegisterViewPrivate *priv;

  g_return_val_if_fail (CW_IS_REGISTER_VIEW (self), NULL);

  priv = cw_register_view_get_instance_private (self);
  return priv->db;
}

void
cw_register_view_show_subpage (CwRegisterView *self,
                               const char     *name)
{
  CwRegisterViewPrivate *priv;

  g_return_if_fail (CW_IS_REGISTER_VIEW (self));
  g_return_if_fail (name != NULL);

  priv = cw_register_view_get_instance_private (self);
  if (cw_register_view_get_page (self, name) == NULL)
    {
      g_debug ("No sub-page named %s in %s", name, G_OBJECT_TYPE_NAME (self));
      return;
    }
  adw_view_stack_set_visible_child_name (priv->stack, name);
}

const char *
cw_register_view_get_subpage (CwRegisterView *self)
{
  CwRegisterViewPrivate *priv;

  g_return_val_if_fail (CW_IS_REGISTER_VIEW (self), NULL);

  priv = cw_register_view_get_instance_private (self);
  return adw_view_stack_get_visible_child_name (priv->stack);
}

GtkWidget *
cw_register_view_get_page (CwRegisterView *self,
                           const char     *name)
{
  CwRegisterViewPrivate *priv;
  CwRegisterViewClass *klass;

  g_return_val_if_fail (CW_IS_REGISTER_VIEW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  priv = cw_register_view_get_instance_private (self);
  klass = CW_REGISTER_VIEW_GET_CLASS (self);
  for (guint i = 0; priv->pages != NULL && i < klass->n_subpages; i++)
    if (g_str_equal (klass->subpages[i].name, name))
      return priv->pages[i];
  return NULL;
}

void
cw_register_view_set_badge (CwRegisterView *self,
                            const char     *name,
                            guint           count)
{
  CwRegisterViewPrivate *priv;
  GtkWidget *child;
  AdwViewStackPage *page;

  g_return_if_fail (CW_IS_REGISTER_VIEW (self));
  g_return_if_fail (name != NULL);

  priv = cw_register_view_get_instance_private (self);
  /* The stack's child is the page, or the scroller around it. */
  child = adw_view_stack_get_child_by_name (priv->stack, name);
  g_return_if_fail (child != NULL);

  page = adw_view_stack_get_page (priv->stack, child);
  adw_view_stack_page_set_badge_number (page, count);
  adw_view_stack_page_set_needs_attention (page, count > 0);
}

static void
cw_register_view_constructed (GObject *object)
{
  CwRegisterView *self = CW_REGISTER_VIEW (object);
  CwRegisterViewPrivate *priv = cw_register_view_get_instance_private (self);
  CwRegisterViewClass *klass = CW_REGISTER_VIEW_GET_CLASS (self);

  G_OBJECT_CLASS (cw_register_view_parent_class)->constructed (object);

  g_assert (priv->db != NULL);

  if (!klass->scroll_sideways)
    {
      gtk_scrolled_window_set_policy (priv->switcher_scroller, GTK_POLICY_NEVER, GTK_POLICY_NEVER);
      gtk_widget_set_margin_start (GTK_WIDGET (priv->switcher), 0);
      gtk_widget_set_margin_end (GTK_WIDGET (priv->switcher), 0);
      adw_view_stack_set_hhomogeneous (priv->stack, TRUE);
      adw_view_stack_set_vhomogeneous (priv->stack, TRUE);
    }

  priv->pages = g_new0 (GtkWidget *, klass->n_subpages);
  for (guint i = 0; i < klass->n_subpages; i++)
    {
      const CwSubpage *info = &klass->subpages[i];
      GtkWidget *child;
      AdwViewStackPage *stack_page;

      priv->pages[i] = g_object_new (info->get_type (), "database", priv->db, NULL);
      child = priv->pages[i];
      if (klass->scroll_sideways)
        {
          /* Its lists scroll by themselves; only the width is the
           * scroller's. */
          child = gtk_scrolled_window_new ();
          gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (child), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
          gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (child), priv->pages[i]);
        }

      stack_page = adw_view_stack_add_titled (priv->stack, child, info->name, _(info->title));
      adw_view_stack_page_set_icon_name (stack_page, info->icon_name);
    }

  if (klass->count_badges != NULL)
    {
      priv->badge_reloader = cw_lazy_reload_new (GTK_WIDGET (self), priv->db, klass->badge_tables,
                                                 (CwLazyReloadFunc) count_badges);
      count_badges (self);
    }
}

static void
cw_register_view_dispose (GObject *object)
{
  CwRegisterView *self = CW_REGISTER_VIEW (object);
  CwRegisterViewPrivate *priv = cw_register_view_get_instance_private (self);

  /* No gtk_widget_dispose_template(): see cw_list_page_dispose(). The
   * pages belong to the stack, which AdwBin lets go of. */
  g_clear_pointer (&priv->pages, g_free);
  g_clear_object (&priv->badge_reloader);
  g_clear_object (&priv->db);

  G_OBJECT_CLASS (cw_register_view_parent_class)->dispose (object);
}

static void
cw_register_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwRegisterView *self = CW_REGISTER_VIEW (object);
  CwRegisterViewPrivate *priv = cw_register_view_get_instance_private (self);

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
cw_register_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CwRegisterView *self = CW_REGISTER_VIEW (object);
  CwRegisterViewPrivate *priv = cw_register_view_get_instance_private (self);

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
cw_register_view_class_init (CwRegisterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_register_view_constructed;
  object_class->dispose = cw_register_view_dispose;
  object_class->get_property = cw_register_view_get_property;
  object_class->set_property = cw_register_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CW_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-register-view.ui");
  gtk_widget_class_bind_template_child_private (widget_class, CwRegisterView, switcher_scroller);
  gtk_widget_class_bind_template_child_private (widget_class, CwRegisterView, switcher);
  gtk_widget_class_bind_template_child_private (widget_class, CwRegisterView, stack);

  /* The window's cw_window_reload() asks every page for it. */
  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_activated);
}

static void
cw_register_view_init (CwRegisterView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

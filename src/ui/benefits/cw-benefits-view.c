/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefits-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/benefits/cw-awards-page.h"
#include "ui/benefits/cw-benefit-programmes-page.h"
#include "ui/benefits/cw-benefits-view.h"
#include "ui/cw-ui-resources.h"

static const struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GType     (*get_type) (void);
} subpages[] = {
  { "programmes", N_("Programmes"), "emblem-favorite-symbolic", cw_benefit_programmes_page_get_type },
  { "awards",     N_("Awards"),     "starred-symbolic",         cw_awards_page_get_type },
};

struct _CwBenefitsView
{
  AdwBin        parent_instance;

  CwDatabase   *db;
  GHashTable   *pages;   /* name → sub-page widget */

  /* Template widgets */
  AdwViewStack *stack;
};

G_DEFINE_FINAL_TYPE (CwBenefitsView, cw_benefits_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
cw_benefits_view_show_subpage (CwBenefitsView *self,
                               const char     *name)
{
  g_return_if_fail (CW_IS_BENEFITS_VIEW (self));

  if (g_hash_table_contains (self->pages, name))
    adw_view_stack_set_visible_child_name (self->stack, name);
}

GtkWidget *
cw_benefits_view_get_page (CwBenefitsView *self,
                           const char     *name)
{
  g_return_val_if_fail (CW_IS_BENEFITS_VIEW (self), NULL);

  return g_hash_table_lookup (self->pages, name);
}

static void
show_subpage_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CwBenefitsView *self = CW_BENEFITS_VIEW (widget);
  GtkWidget *page = g_hash_table_lookup (self->pages, g_variant_get_string (parameter, NULL));

  cw_benefits_view_show_subpage (self, g_variant_get_string (parameter, NULL));
  if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwBenefitsView *self = CW_BENEFITS_VIEW (widget);
  GHashTableIter iter;
  gpointer page;

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &page))
    gtk_widget_activate_action (page, "subpage.reload", NULL);
}

GtkWidget *
cw_benefits_view_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_BENEFITS_VIEW, "database", db, NULL);
}

static void
cw_benefits_view_constructed (GObject *object)
{
  CwBenefitsView *self = CW_BENEFITS_VIEW (object);

  G_OBJECT_CLASS (cw_benefits_view_parent_class)->constructed (object);

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
cw_benefits_view_dispose (GObject *object)
{
  CwBenefitsView *self = CW_BENEFITS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CW_TYPE_BENEFITS_VIEW);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cw_benefits_view_parent_class)->dispose (object);
}

static void
cw_benefits_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CwBenefitsView *self = CW_BENEFITS_VIEW (object);

  if (prop_id == PROP_DATABASE)
    g_value_set_object (value, self->db);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_benefits_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CwBenefitsView *self = CW_BENEFITS_VIEW (object);

  if (prop_id == PROP_DATABASE)
    self->db = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_benefits_view_class_init (CwBenefitsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cw_benefits_view_constructed;
  object_class->dispose = cw_benefits_view_dispose;
  object_class->get_property = cw_benefits_view_get_property;
  object_class->set_property = cw_benefits_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CW_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-benefits-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CwBenefitsView, stack);

  gtk_widget_class_install_action (widget_class, "page.reload", NULL, reload_activated);
  gtk_widget_class_install_action (widget_class, "benefits.show-subpage", "s", show_subpage_activated);
  for (guint i = 0; i < G_N_ELEMENTS (subpages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "benefits.show-subpage", "s", subpages[i].name);
}

static void
cw_benefits_view_init (CwBenefitsView *self)
{
  self->pages = g_hash_table_new (g_str_hash, g_str_equal);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-tags-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/households/cw-vocabulary.h"
#include "ui/households/cw-tags-row.h"

struct _CwTagsRow
{
  AdwExpanderRow  parent_instance;

  GPtrArray      *checks;
  char           *tags;
  char           *unknown;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (CwTagsRow, cw_tags_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_TAGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_subtitle (CwTagsRow *self)
{
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                 self->tags[0] != '\0' ? self->tags : C_("tags", "None"));
}

static void
check_toggled_cb (CwTagsRow      *self,
                  GtkCheckButton *check)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) chosen = NULL;
  g_autofree char *joined = NULL;

  if (self->updating)
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->checks->len; i++)
    {
      if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
        g_strv_builder_add (builder, cw_vocabulary_tags[i]);
    }
  chosen = g_strv_builder_end (builder);
  joined = cw_vocabulary_join_tags ((const char * const *) chosen);

  /* Words the register does not know stay, for validation to name. */
  g_free (self->tags);
  if (self->unknown != NULL)
    self->tags = g_strjoin (joined[0] != '\0' ? "、" : "", joined, self->unknown, NULL);
  else
    self->tags = g_steal_pointer (&joined);

  update_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

const char *
cw_tags_row_get_tags (CwTagsRow *self)
{
  g_return_val_if_fail (CW_IS_TAGS_ROW (self), NULL);

  return self->tags;
}

void
cw_tags_row_set_tags (CwTagsRow  *self,
                      const char *tags)
{
  g_auto(GStrv) split = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *joined = NULL;

  g_return_if_fail (CW_IS_TAGS_ROW (self));

  split = cw_vocabulary_split_tags (tags != NULL ? tags : "", &unknown);
  joined = cw_vocabulary_join_tags ((const char * const *) split);

  self->updating = TRUE;
  for (guint i = 0; i < self->checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->checks, i),
                                 g_strv_contains ((const char * const *) split, cw_vocabulary_tags[i]));
  self->updating = FALSE;

  g_free (self->unknown);
  self->unknown = g_steal_pointer (&unknown);
  g_free (self->tags);
  if (self->unknown != NULL)
    self->tags = g_strjoin (joined[0] != '\0' ? "、" : "", joined, self->unknown, NULL);
  else
    self->tags = g_steal_pointer (&joined);

  update_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

GtkWidget *
cw_tags_row_new (void)
{
  return g_object_new (CW_TYPE_TAGS_ROW, NULL);
}

static void
cw_tags_row_finalize (GObject *object)
{
  CwTagsRow *self = CW_TAGS_ROW (object);

  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->tags, g_free);
  g_clear_pointer (&self->unknown, g_free);

  G_OBJECT_CLASS (cw_tags_row_parent_class)->finalize (object);
}

static void
cw_tags_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CwTagsRow *self = CW_TAGS_ROW (object);

  switch (prop_id)
    {
    case PROP_TAGS:
      g_value_set_string (value, self->tags);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_tags_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CwTagsRow *self = CW_TAGS_ROW (object);

  switch (prop_id)
    {
    case PROP_TAGS:
      cw_tags_row_set_tags (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_tags_row_class_init (CwTagsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_tags_row_finalize;
  object_class->get_property = cw_tags_row_get_property;
  object_class->set_property = cw_tags_row_set_property;

  properties[PROP_TAGS] =
    g_param_spec_string ("tags", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_tags_row_init (CwTagsRow *self)
{
  GtkWidget *flow;

  self->checks = g_ptr_array_new ();
  self->tags = g_strdup ("");

  /* One row of check boxes that wraps, rather than twelve rows: the
   * expander stays short and Tab walks through the boxes in order. */
  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_widget_set_margin_start (flow, 12);
  gtk_widget_set_margin_end (flow, 12);
  gtk_widget_set_margin_top (flow, 6);
  gtk_widget_set_margin_bottom (flow, 6);

  for (guint i = 0; cw_vocabulary_tags[i] != NULL; i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (cw_vocabulary_tags[i]);

      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), check);
      gtk_widget_set_focusable (gtk_widget_get_parent (check), FALSE);
      g_ptr_array_add (self->checks, check);
    }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), flow);
  update_subtitle (self);
}

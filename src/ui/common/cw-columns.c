/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-columns"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/common/cw-columns.h"

typedef struct
{
  CwColumnTextFunc text;
  CwColumnFlags    flags;
} ColumnData;

/* Not gtk_widget_set_tooltip_text(): GTK 4.8 lets the tooltip's label be
 * as many average character widths wide as the text has characters, and
 * a Chinese character is two of them, so a name came out one character a
 * line. A label of our own is as wide as its text, up to the width GTK
 * gives Latin tooltips. */
void
cw_ui_tooltip_set_text (GtkTooltip *tooltip,
                        GtkWidget  *widget,
                        const char *text)
{
  GtkWidget *shown = g_object_get_data (G_OBJECT (widget), "cw-tooltip-label");

  if (shown == NULL)
    {
      shown = g_object_ref_sink (gtk_label_new (NULL));
      gtk_label_set_wrap (GTK_LABEL (shown), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (shown), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (shown), 50);
      g_object_set_data_full (G_OBJECT (widget), "cw-tooltip-label", shown, g_object_unref);
    }
  gtk_label_set_text (GTK_LABEL (shown), text);
  gtk_tooltip_set_custom (tooltip, shown);
}

/* The cell's whole text as its tooltip. */
static gboolean
cell_query_tooltip_cb (GtkWidget  *cell,
                       int         x,
                       int         y,
                       gboolean    keyboard_mode,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  const char *text = GTK_IS_INSCRIPTION (cell) ? gtk_inscription_get_text (GTK_INSCRIPTION (cell))
                                               : gtk_label_get_text (GTK_LABEL (cell));

  if (text == NULL || text[0] == '\0')
    return FALSE;
  cw_ui_tooltip_set_text (tooltip, cell, text);
  return TRUE;
}

void
cw_ui_cell_set_text_tooltip (GtkWidget *cell)
{
  g_return_if_fail (GTK_IS_LABEL (cell) || GTK_IS_INSCRIPTION (cell));

  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), NULL);
}

static void
column_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 ColumnData               *data)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (data->flags & CW_COLUMN_NUMERIC)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
    }

  if (data->flags & CW_COLUMN_EXPAND)
    {
      /* Long descriptions are cut in the cell; the tooltip has them whole. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      cw_ui_cell_set_text_tooltip (label);
    }
  if (data->flags & CW_COLUMN_DIM)
    gtk_widget_add_css_class (label, "dim-label");

  gtk_list_item_set_child (item, label);
}

static void
column_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                ColumnData               *data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  gpointer record = gtk_list_item_get_item (item);
  g_autofree char *text = record != NULL ? data->text (record) : NULL;

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");

  /* Rows are recycled: the style follows this row's figure only. */
  if (data->flags & CW_COLUMN_SIGNED)
    {
      if (text != NULL && (g_str_has_prefix (text, "−") || g_str_has_prefix (text, "-")))
        gtk_widget_add_css_class (label, "error");
      else
        gtk_widget_remove_css_class (label, "error");
    }
}

GtkColumnViewColumn *
cw_ui_column_new (const char       *title,
                  CwColumnTextFunc  text,
                  CwColumnFlags     flags,
                  GtkSorter        *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  ColumnData *data = g_new0 (ColumnData, 1);

  data->text = text;
  data->flags = flags;
  g_signal_connect (factory, "setup", G_CALLBACK (column_setup_cb), data);
  g_signal_connect (factory, "bind", G_CALLBACK (column_bind_cb), data);
  g_object_set_data_full (G_OBJECT (factory), "cw-column-data", data, g_free);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, (flags & CW_COLUMN_EXPAND) != 0);
  if (sorter != NULL)
    {
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
    }

  return column;
}

/* Figures sort as figures, everything else as text. */
static GtkSorter *
property_sorter (GType       type,
                 const char *property)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);

  g_return_val_if_fail (pspec != NULL, NULL);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_INT:
    case G_TYPE_UINT:
    case G_TYPE_INT64:
    case G_TYPE_UINT64:
    case G_TYPE_DOUBLE:
    case G_TYPE_BOOLEAN:
      return cw_ui_int_sorter (type, property);
    default:
      return cw_ui_string_sorter (type, property);
    }
}

void
cw_ui_columns_append (GtkColumnView      *view,
                      GType               item_type,
                      const CwColumnInfo *columns,
                      guint               n_columns)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  for (guint i = 0; i < n_columns; i++)
    {
      const CwColumnInfo *info = &columns[i];
      const char *title = info->context != NULL
                          ? g_dpgettext2 (GETTEXT_PACKAGE, info->context, info->title)
                          : g_dgettext (GETTEXT_PACKAGE, info->title);
      GtkSorter *sorter = info->sort_by != NULL ? property_sorter (item_type, info->sort_by) : NULL;
      GtkColumnViewColumn *column = cw_ui_column_new (title, info->text, info->flags, sorter);

      gtk_column_view_append_column (view, column);
      g_object_unref (column);
    }
}

GtkSorter *
cw_ui_int_sorter (GType       type,
                  const char *property)
{
  return GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (type, NULL, property)));
}

GtkSorter *
cw_ui_string_sorter (GType       type,
                     const char *property)
{
  return GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (type, NULL, property)));
}

void
cw_ui_column_view_show_row (GtkColumnView *view,
                            guint          position)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  /* The rows are a GtkListView inside the column view, and GTK 4.8 gives
   * scrolling to an item only as that list's action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
        return;
      }
}

char *
cw_ui_format_signed (gint64 points)
{
  if (points > 0)
    return g_strdup_printf ("+%" G_GINT64_FORMAT, points);
  if (points < 0)
    return g_strdup_printf ("−%" G_GUINT64_FORMAT, (guint64) 0 - (guint64) points);
  return g_strdup ("0");
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-table-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ui/common/cw-columns.h"
#include "ui/notices/cw-notice-table-view.h"

/* A row's cells are kept as one string, joined by this: the printed
 * table made every control character a space, so none is in a cell. */
#define CELL_SEPARATOR '\t'
/* The widest a column starts, in Chinese characters; the rest of a long
 * cell is in its tooltip, and the column can be widened. */
#define MAX_COLUMN_EMS 14.0
#define MIN_COLUMN_EMS 3.0
/* The most the table takes of the editor's height; more rows scroll. */
#define MAX_HEIGHT 320

struct _CwNoticeTableView
{
  AdwBin             parent_instance;

  GtkScrolledWindow *scrolled;
  GtkColumnView     *view;
  GtkStringList     *rows;
};

G_DEFINE_FINAL_TYPE (CwNoticeTableView, cw_notice_table_view, ADW_TYPE_BIN)

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  /* An inscription, not a label: nothing is measured as rows scroll by. */
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  cw_ui_cell_set_text_tooltip (cell);
  gtk_list_item_set_child (item, cell);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  GtkStringObject *row = gtk_list_item_get_item (item);
  const char *start = row != NULL ? gtk_string_object_get_string (row) : "";
  const char *end;
  g_autofree char *text = NULL;

  for (guint c = 0; c < column && start != NULL; c++)
    {
      start = strchr (start, CELL_SEPARATOR);
      if (start != NULL)
        start++;
    }
  if (start == NULL)
    start = "";
  end = strchr (start, CELL_SEPARATOR);
  text = end != NULL ? g_strndup (start, end - start) : g_strdup (start);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

/* How wide @text reads, in Chinese characters: a Latin letter or a
 * figure is about half of one. Cheap enough for every cell of a long
 * table, where measuring each with Pango is not. */
static double
text_ems (const char *text)
{
  double ems = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    ems += g_unichar_iswide (g_utf8_get_char (p)) ? 1.0 : 0.55;
  return ems;
}

static void
remove_columns (CwNoticeTableView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->view, column);
    }
}

/* One em of the list's type, and a line of it, in pixels. */
static void
measure_em (CwNoticeTableView *self,
            int               *em,
            int               *line)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->view), "国");

  pango_layout_get_pixel_size (layout, em, line);
  *em = MAX (*em, 8);
  *line = MAX (*line, 8);
}

void
cw_notice_table_view_set_table (CwNoticeTableView *self,
                                CwPrintTable      *table)
{
  guint n_columns = table != NULL ? cw_print_table_get_n_columns (table) : 0;
  guint n_rows = n_columns > 0 ? cw_print_table_get_n_rows (table) : 0;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_full (n_rows + 1, g_free);
  g_autofree double *widest = g_new0 (double, MAX (n_columns, 1));
  g_autoptr(GString) line = g_string_new (NULL);
  int em, line_h;

  g_return_if_fail (CW_IS_NOTICE_TABLE_VIEW (self));

  measure_em (self, &em, &line_h);

  remove_columns (self);
  for (guint r = 0; r < n_rows; r++)
    {
      g_string_truncate (line, 0);
      for (guint c = 0; c < n_columns; c++)
        {
          const char *cell = cw_print_table_get_cell (table, r, c);

          if (c > 0)
            g_string_append_c (line, CELL_SEPARATOR);
          g_string_append (line, cell);
          widest[c] = MAX (widest[c], text_ems (cell));
        }
      g_ptr_array_add (rows, g_strdup (line->str));
    }
  g_ptr_array_add (rows, NULL);
  g_clear_object (&self->rows);
  self->rows = gtk_string_list_new ((const char * const *) rows->pdata);

  for (guint c = 0; c < n_columns; c++)
    {
      const char *header = cw_print_table_get_column (table, c)->header;
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      double ems = CLAMP (MAX (widest[c], text_ems (header)), MIN_COLUMN_EMS, MAX_COLUMN_EMS);

      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), GUINT_TO_POINTER (c));
      column = gtk_column_view_column_new (header, factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      /* Room for the cell's padding beside its text. */
      gtk_column_view_column_set_fixed_width (column, (int) (ems * em) + em);
      gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (self->view, column);
    }
  {
    g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
    gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (selection));
  }
  /* A list measures only the rows it has built, none yet: as tall as the
   * rows would be (a line and the cells' padding each), up to MAX_HEIGHT. */
  gtk_scrolled_window_set_min_content_height (self->scrolled,
                                              MIN ((int) (n_rows + 1) * (line_h + 8) + 8, MAX_HEIGHT));
  gtk_widget_set_visible (GTK_WIDGET (self), n_columns > 0);
}

guint
cw_notice_table_view_get_n_rows (CwNoticeTableView *self)
{
  g_return_val_if_fail (CW_IS_NOTICE_TABLE_VIEW (self), 0);

  return self->rows != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->rows)) : 0;
}

GtkWidget *
cw_notice_table_view_new (void)
{
  return g_object_new (CW_TYPE_NOTICE_TABLE_VIEW, NULL);
}

static void
cw_notice_table_view_dispose (GObject *object)
{
  CwNoticeTableView *self = CW_NOTICE_TABLE_VIEW (object);

  g_clear_object (&self->rows);

  G_OBJECT_CLASS (cw_notice_table_view_parent_class)->dispose (object);
}

static void
cw_notice_table_view_class_init (CwNoticeTableViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cw_notice_table_view_dispose;
}

static void
cw_notice_table_view_init (CwNoticeTableView *self)
{
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_reorderable (self->view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  /* Translators: the accessible name of a notice's table in its editor */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The notice’s table as it will be posted"), -1);

  /* Within the editor's page, a window of its own onto the rows: the list
   * makes widgets for the rows in view only. */
  self->scrolled = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_has_frame (self->scrolled, TRUE);
  gtk_scrolled_window_set_policy (self->scrolled, GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (self->scrolled, TRUE);
  gtk_scrolled_window_set_max_content_height (self->scrolled, MAX_HEIGHT);
  gtk_scrolled_window_set_child (self->scrolled, GTK_WIDGET (self->view));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->scrolled));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <time.h>

#include "cw-test-floor.h"

gint64
cw_test_thread_cpu_usec (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
floor_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_list_item_set_child (item, cell);
}

static void
floor_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkStringObject *text = gtk_list_item_get_item (item);

  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), gtk_string_object_get_string (text));
}

static void
run_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Splices @list and times it as a keystroke is timed. */
static void
timed_splice (GtkStringList      *list,
              guint               position,
              guint               removed,
              const char * const *added,
              double             *worst_ms,
              double             *worst_cpu_ms)
{
  gint64 start = g_get_monotonic_time ();
  gint64 cpu_start = cw_test_thread_cpu_usec ();

  gtk_string_list_splice (list, position, removed, added);
  run_pending ();
  *worst_ms = MAX (*worst_ms, (g_get_monotonic_time () - start) / 1000.0);
  *worst_cpu_ms = MAX (*worst_cpu_ms, (cw_test_thread_cpu_usec () - cpu_start) / 1000.0);
}

void
cw_test_column_view_floor (guint        n_columns,
                           guint        n_rows,
                           guint        few,
                           int          width,
                           int          height,
                           guint        rounds,
                           CwTestFloor *floor)
{
  g_auto(GStrv) texts = g_new0 (char *, n_rows + 1);
  GtkStringList *list;
  GtkWidget *view;
  GtkWidget *scrolled;
  GtkWidget *window;

  g_return_if_fail (few < n_rows);

  *floor = (CwTestFloor) { 0 };
  for (guint i = 0; i < n_rows; i++)
    texts[i] = g_strdup_printf ("430421%08u 王秀英 第%u组", i, i % 12 + 1);
  list = gtk_string_list_new ((const char * const *) texts);

  view = gtk_column_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (list))));
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  for (guint c = 0; c < n_columns; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (floor_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (floor_bind_cb), NULL);
      column = gtk_column_view_column_new ("", factory);
      gtk_column_view_column_set_fixed_width (column, 110);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
      g_object_unref (column);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (view) || g_main_context_pending (NULL))
    g_main_context_iteration (NULL, TRUE);

  /* The rows past @few go and come back: GTK 4.8 keeps row widgets for
   * up to 200 rows from the top of the view, drops those whose rows went
   * and makes new ones for rows that come. */
  for (guint round = 0; round < rounds; round++)
    {
      timed_splice (list, few, n_rows - few, NULL, &floor->shrink_ms, &floor->shrink_cpu_ms);
      timed_splice (list, few, 0, (const char * const *) texts + few, &floor->grow_ms, &floor->grow_cpu_ms);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  run_pending ();
}

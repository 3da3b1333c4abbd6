/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-window"

/* The window's rows of the township benchmark (bench-township.c runs this
 * under Xvfb): the window visible after launch, the households view built
 * and first shown, and search keystrokes in it.
 *
 *   bench-window DB RUNS        launches the program RUNS times, each a
 *                               process of its own, and prints the rows
 *   bench-window --launch DB    one launch: the program as main.c starts
 *                               it, timed from inside
 *
 * A launch is timed from just before the process is started (the parent's
 * clock; CLOCK_MONOTONIC is the same for both) to the first frame painted
 * with the first page mapped and the main loop idle: what the clerk sees.
 * The launched process prints what it measured as "name value" lines:
 * wall-clock times, and beside each the CPU time the process spent on it,
 * which a busy machine (other programs on the same two cores) leaves
 * nearly as it is. */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "bench-common.h"
#include "cw-test-floor.h"
#include "cw-test-util.h"
#include "ui/households/cw-households-view.h"
#include "ui/shell/cw-application.h"
#include "ui/shell/cw-window.h"

/* The keystrokes of tests/ui/test-households-view.c's benchmark: typing a
 * name and its pinyin, clearing back to every row, a group's numbers. */
static const char *typed[] = {
  "z", "zh", "zha", "zhan", "zhang", "zhan", "zh", "z", "",
  "l", "li", "lx", "", "4304", "430421", "43042119", "", "王", "王秀", "",
  "02", "020", "0200", "", "138", "",
};

typedef struct
{
  CwApplication *app;
  CwWindow      *window;
  gint64         start_us;   /* the parent's clock before it started us */
  const char    *worst_query;
  gboolean       done;
} Launch;

static void
settle (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Painted frames until @widget is mapped and nothing is left to do. */
static void
wait_until_shown (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gint64 frame;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  settle ();
  /* One more frame, so that what the last iteration laid out is painted. */
  clock = gtk_widget_get_frame_clock (widget);
  frame = gdk_frame_clock_get_frame_counter (clock);
  gtk_widget_queue_draw (widget);
  while (gdk_frame_clock_get_frame_counter (clock) == frame)
    g_main_context_iteration (NULL, TRUE);
  settle ();
}

static void
print_value (const char *name,
             double      value)
{
  printf ("%s %.1f\n", name, value);
  fflush (stdout);
}

static void
bench_households (Launch *launch)
{
  CwHouseholdsView *view;
  GListModel *shown;
  double worst = 0, sum = 0, worst_cpu = 0, sum_cpu = 0;
  guint before = 0, fewest = G_MAXUINT;
  CwTestFloor floor;
  gint64 start = g_get_monotonic_time ();
  double cpu = bench_cpu_ms ();

  g_action_group_activate_action (G_ACTION_GROUP (launch->window), "show-page",
                                  g_variant_new_string ("households"));
  view = CW_HOUSEHOLDS_VIEW (cw_window_get_page (launch->window, "households"));
  g_assert_nonnull (view);
  shown = cw_households_view_get_model (view);
  while (g_list_model_get_n_items (shown) == 0)
    g_main_context_iteration (NULL, TRUE);
  wait_until_shown (GTK_WIDGET (view));
  print_value ("households_ms", (g_get_monotonic_time () - start) / 1000.0);
  print_value ("households_cpu_ms", bench_cpu_ms () - cpu);

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double c0 = bench_cpu_ms (), ms, cpu_ms;

      /* The filter runs, then the rows on screen are bound and drawn. */
      cw_households_view_set_query (view, typed[i]);
      settle ();
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      cpu_ms = bench_cpu_ms () - c0;
      /* Each keystroke's own figures too: the parent prints them by query. */
      printf ("keystroke_%u_ms %.1f\nkeystroke_%u_cpu_ms %.1f\n", i, ms, i, cpu_ms);
      sum += ms;
      sum_cpu += cpu_ms;
      worst = MAX (worst, ms);
      if (cpu_ms > worst_cpu)
        {
          worst_cpu = cpu_ms;
          launch->worst_query = typed[i];
        }
      /* The costliest keystrokes take the list down to a few rows or
       * back up from them. */
      if (before >= 200 && g_list_model_get_n_items (shown) < 200)
        fewest = MIN (fewest, g_list_model_get_n_items (shown));
      before = g_list_model_get_n_items (shown);
    }
  print_value ("keystroke_mean_ms", sum / G_N_ELEMENTS (typed));
  print_value ("keystroke_worst_ms", worst);
  print_value ("keystroke_mean_cpu_ms", sum_cpu / G_N_ELEMENTS (typed));
  print_value ("keystroke_worst_cpu_ms", worst_cpu);
  printf ("keystroke_worst_query “%s”\n", launch->worst_query);

  /* The bare work beside the worst keystroke: GTK alone taking a bare
   * column view of as many inscription columns, in the same room, over
   * as many rows, down to as few and back (the worse of the two). */
  if (fewest != G_MAXUINT)
    {
      GtkWidget *table = cw_test_find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL);
      guint columns = 0;

      for (guint c = 0; c < g_list_model_get_n_items (gtk_column_view_get_columns (GTK_COLUMN_VIEW (table))); c++)
        {
          g_autoptr(GtkColumnViewColumn) column =
            g_list_model_get_item (gtk_column_view_get_columns (GTK_COLUMN_VIEW (table)), c);

          columns += gtk_column_view_column_get_visible (column) ? 1 : 0;
        }
      cw_test_column_view_floor (columns, g_list_model_get_n_items (cw_households_view_get_households (view)),
                                 fewest, gtk_widget_get_width (table), gtk_widget_get_height (table), 3, &floor);
      print_value ("floor_ms", MAX (floor.shrink_ms, floor.grow_ms));
      print_value ("floor_cpu_ms", MAX (floor.shrink_cpu_ms, floor.grow_cpu_ms));
      printf ("floor_rows %u\n", fewest);
    }
}

static gboolean
first_page_shown (gpointer data)
{
  Launch *launch = data;
  GtkWidget *page;

  /* The window's first page, whichever the last session left, made
   * and painted. */
  while ((page = cw_window_get_page (launch->window, cw_window_get_visible_page (launch->window))) == NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_until_shown (page);
  print_value ("window_ms", (g_get_monotonic_time () - launch->start_us) / 1000.0);
  /* Everything this process did since it was started. */
  print_value ("window_cpu_ms", bench_cpu_ms ());

  bench_households (launch);
  launch->done = TRUE;
  g_application_quit (G_APPLICATION (launch->app));
  return G_SOURCE_REMOVE;
}

static void
first_paint_cb (GdkFrameClock *clock,
                Launch        *launch)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, launch);
  print_value ("first_frame_ms", (g_get_monotonic_time () - launch->start_us) / 1000.0);
}

static void
window_mapped_cb (GtkWidget *window,
                  Launch    *launch)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_paint_cb), launch);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 Launch         *launch)
{
  if (launch->window != NULL || !CW_IS_WINDOW (window))
    return;
  print_value ("window_made_ms", (g_get_monotonic_time () - launch->start_us) / 1000.0);
  launch->window = CW_WINDOW (window);
  g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), launch);
  g_idle_add (first_page_shown, launch);
}

static int
launch_once (const char *db_path,
             gint64      start_us)
{
  char *app_argv[] = { (char *) "cunwu", NULL };
  Launch launch = { 0 };

  /* As main.c starts the program. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("cunwu");

  launch.start_us = start_us;
  print_value ("main_ms", (g_get_monotonic_time () - start_us) / 1000.0);
  launch.app = cw_application_new (db_path);
  g_signal_connect (launch.app, "window-added", G_CALLBACK (window_added_cb), &launch);
  g_application_run (G_APPLICATION (launch.app), 1, app_argv);
  g_clear_object (&launch.app);
  return launch.done ? 0 : 1;
}

/* name → GArray of doubles, over the launches. */
static GHashTable *values;

static double
median_of (const char *name)
{
  GArray *found = g_hash_table_lookup (values, name);

  return found != NULL ? bench_median (found) : 0;
}

/* Each keystroke typed, its wall-clock and CPU time (medians over the
 * launches), and the median and worst of those CPU medians: which query
 * costs what, not only the sum. */
static void
print_keystrokes (void)
{
  g_autoptr(GArray) cpus = g_array_new (FALSE, FALSE, sizeof (double));
  GString *line = g_string_new (NULL);
  double worst = 0;

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autofree char *ms_name = g_strdup_printf ("keystroke_%u_ms", i);
      g_autofree char *cpu_name = g_strdup_printf ("keystroke_%u_cpu_ms", i);
      g_autofree char *query = g_strdup_printf ("“%s”", typed[i]);
      double cpu = median_of (cpu_name);

      g_array_append_val (cpus, cpu);
      worst = MAX (worst, cpu);
      g_string_append_printf (line, "%s %.0f/%.0f  ", query, median_of (ms_name), cpu);
      if (i % 6 == 5 || i + 1 == G_N_ELEMENTS (typed))
        {
          bench_note ("%s", line->str);
          g_string_truncate (line, 0);
        }
    }
  bench_note ("(each keystroke: wall/CPU ms, medians over the launches); "
              "CPU per keystroke: median %.0f ms, worst %.0f ms",
              bench_median (cpus), worst);
  g_string_free (line, TRUE);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *worst_query = NULL;
  guint runs;

  if (argc == 4 && g_str_equal (argv[1], "--launch"))
    return launch_once (argv[2], g_ascii_strtoll (argv[3], NULL, 10));
  if (argc != 3)
    {
      fprintf (stderr, "Usage: %s DB RUNS\n", argv[0]);
      return 2;
    }
  runs = MAX (1, (guint) atoi (argv[2]));
  values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < runs; i++)
    {
      g_autofree char *start = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_monotonic_time ());
      const char *child_argv[] = { argv[0], "--launch", argv[1], start, NULL };
      g_autofree char *out = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) child_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      lines = g_strsplit (out, "\n", -1);
      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_auto(GStrv) pair = g_strsplit (lines[l], " ", 2);
          GArray *found;
          double value;

          if (g_strv_length (pair) != 2)
            continue;
          if (g_str_equal (pair[0], "keystroke_worst_query"))
            {
              g_free (worst_query);
              worst_query = g_strdup (pair[1]);
              continue;
            }
          found = g_hash_table_lookup (values, pair[0]);
          if (found == NULL)
            {
              found = g_array_new (FALSE, FALSE, sizeof (double));
              g_hash_table_insert (values, g_strdup (pair[0]), found);
            }
          value = g_ascii_strtod (pair[1], NULL);
          g_array_append_val (found, value);
        }
    }

  bench_row ("window visible after launch", median_of ("window_ms"), 0, NULL, "≤ 1 s", "≤ 0.5 s");
  bench_note ("CPU %.0f ms (the process from its start); first frame at %.0f ms",
              median_of ("window_cpu_ms"), median_of ("first_frame_ms"));
  bench_row ("households view built and first shown", median_of ("households_ms"), 0, NULL,
             "≤ 1 s", "≤ 0.3 s");
  bench_note ("CPU %.0f ms", median_of ("households_cpu_ms"));
  bench_row ("search keystroke, mean", median_of ("keystroke_mean_ms"), 0, NULL, "", "");
  bench_note ("CPU %.0f ms", median_of ("keystroke_mean_cpu_ms"));
  bench_row ("search keystroke, worst", median_of ("keystroke_worst_ms"), median_of ("floor_ms"),
             "GTK alone, same rows", "≤ 50 ms", "≤ 16 ms");
  bench_note ("CPU %.0f ms (the costliest: %s in the last launch); GTK alone: CPU %.0f ms, a bare column view "
              "of as many inscription columns over as many rows, down to %.0f and back",
              median_of ("keystroke_worst_cpu_ms"), worst_query != NULL ? worst_query : "?",
              median_of ("floor_cpu_ms"), median_of ("floor_rows"));
  print_keystrokes ();
  g_hash_table_unref (values);
  return 0;
}

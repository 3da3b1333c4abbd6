/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What GTK itself costs a list that grows or shrinks, for the benchmarks
 * to print beside the program's own figures: a bare GtkColumnView with
 * @n_columns columns of one inscription each (as the program's tables
 * have), over @n_rows strings, in a window of @width × @height. The rows
 * go down to @few and back up @rounds times; each step is timed as a
 * keystroke is, from the change until nothing is pending, and the worst
 * of the rounds is kept (wall and this thread's CPU, in ms). */
typedef struct
{
  double shrink_ms;
  double shrink_cpu_ms;
  double grow_ms;
  double grow_cpu_ms;
} CwTestFloor;

void cw_test_column_view_floor (guint        n_columns,
                                guint        n_rows,
                                guint        few,
                                int          width,
                                int          height,
                                guint        rounds,
                                CwTestFloor *floor);

/* This thread's CPU time, in µs: the figure that does not depend on what
 * else the machine is doing. */
gint64 cw_test_thread_cpu_usec (void);

G_END_DECLS

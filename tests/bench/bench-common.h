/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the township benchmark's programs share: the table's rows, medians,
 * and child processes measured as /usr/bin/time measures them. */

double   bench_now_ms   (void);
/* CPU time of this process so far (user + system). */
double   bench_cpu_ms   (void);
/* The median of doubles; 0 for none. */
double   bench_median   (GArray     *values);

/* One row of the table: the work, its time, the bare work beside it (0 and
 * NULL: none), and the bar and goal. */
void     bench_row      (const char *work,
                         double      ms,
                         double      bare_ms,
                         const char *bare,
                         const char *bar,
                         const char *goal);
void     bench_note     (const char *format,
                         ...) G_GNUC_PRINTF (1, 2);

/* A figure's runs, wall and CPU milliseconds each: bench_clock_start()
 * before the work, bench_clock_stop() after it. */
typedef struct
{
  GArray *wall;
  GArray *cpu;
  double  wall_at;
  double  cpu_at;
} BenchClock;

void     bench_clock_init  (BenchClock *clock);
void     bench_clock_clear (BenchClock *clock);
void     bench_clock_start (BenchClock *clock);
void     bench_clock_stop  (BenchClock *clock);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BenchClock, bench_clock_clear)
/* bench_row() of the medians of @real and @bare, and a note of their CPU
 * time: the figure that holds on a busy machine. */
void     bench_row_clocked (const char *work,
                            BenchClock *real,
                            BenchClock *bare,
                            const char *bare_what,
                            const char *bar,
                            const char *goal);

typedef struct
{
  double wall_ms;
  double cpu_ms;        /* user + system */
  double peak_mb;       /* the child's own peak resident memory */
} BenchChild;

/* Runs @argv (a program on PATH or a path) to its end with standard
 * output thrown away, and measures it: through a copy of this program
 * started afresh ("--measure"), so that the peak memory is the child's,
 * not this process's (a forked child inherits the parent's peak: Linux
 * carries it over exec). FALSE when the program fails. */
gboolean bench_run      (const char * const *argv,
                         BenchChild         *child);
/* main() of the "--measure" copy: forks, execs, waits, prints the figures. */
int      bench_measure_main (int    argc,
                             char **argv);

G_END_DECLS

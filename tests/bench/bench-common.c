/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

#include "config.h"

#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-common.h"

double
bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
timeval_ms (const struct timeval *tv)
{
  return tv->tv_sec * 1000.0 + tv->tv_usec / 1000.0;
}

double
bench_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return timeval_ms (&usage.ru_utime) + timeval_ms (&usage.ru_stime);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
bench_median (GArray *values)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = values->len;

  if (n == 0)
    return 0;
  sorted = g_array_copy (values);
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

void
bench_row (const char *work,
           double      ms,
           double      bare_ms,
           const char *bare,
           const char *bar,
           const char *goal)
{
  g_autofree char *padded = g_strdup_printf ("%s", work);
  glong width = g_utf8_strlen (work, -1);

  /* printf pads by bytes; the table is read by people, so by characters. */
  printf ("  %s%*s %9.0f ms", padded, (int) MAX (0, 46 - width), "", ms);
  if (bare_ms > 0)
    printf ("   bare %9.0f ms  %-26s %6.2f×", bare_ms, bare, ms / bare_ms);
  else
    printf ("   %-50s", "");
  printf ("   bar %-10s goal %s\n", bar, goal);
  fflush (stdout);
}

void
bench_note (const char *format,
            ...)
{
  va_list args;

  va_start (args, format);
  printf ("      ");
  vprintf (format, args);
  printf ("\n");
  va_end (args);
  fflush (stdout);
}

void
bench_clock_init (BenchClock *clock)
{
  clock->wall = g_array_new (FALSE, FALSE, sizeof (double));
  clock->cpu = g_array_new (FALSE, FALSE, sizeof (double));
}

void
bench_clock_clear (BenchClock *clock)
{
  g_clear_pointer (&clock->wall, g_array_unref);
  g_clear_pointer (&clock->cpu, g_array_unref);
}

void
bench_clock_start (BenchClock *clock)
{
  clock->wall_at = bench_now_ms ();
  clock->cpu_at = bench_cpu_ms ();
}

void
bench_clock_stop (BenchClock *clock)
{
  double wall = bench_now_ms () - clock->wall_at;
  double cpu = bench_cpu_ms () - clock->cpu_at;

  g_array_append_val (clock->wall, wall);
  g_array_append_val (clock->cpu, cpu);
}

void
bench_row_clocked (const char *work,
                   BenchClock *real,
                   BenchClock *bare,
                   const char *bare_what,
                   const char *bar,
                   const char *goal)
{
  double cpu = bench_median (real->cpu), bare_cpu = bench_median (bare->cpu);

  bench_row (work, bench_median (real->wall), bench_median (bare->wall), bare_what, bar, goal);
  bench_note ("CPU %.0f ms, bare %.0f ms (%.2f×)", cpu, bare_cpu, cpu / MAX (bare_cpu, 1));
}

gboolean
bench_run (const char * const *argv,
           BenchChild         *child)
{
  g_autoptr(GPtrArray) measure = g_ptr_array_new ();
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* The program's path comes from meson's test environment; run by hand,
   * the benchmark is given it (CUNWU_BINARY=build/src/cunwu). */
  if (argv[0] == NULL)
    {
      g_printerr ("CUNWU_BINARY is not set: run the benchmark through meson test, or set it to the cunwu program\n");
      return FALSE;
    }
  g_ptr_array_add (measure, self);
  g_ptr_array_add (measure, (gpointer) "--measure");
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (measure, (gpointer) argv[i]);
  g_ptr_array_add (measure, NULL);

  if (!g_spawn_sync (NULL, (char **) measure->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error))
    {
      g_printerr ("Cannot run %s: %s\n", argv[0], error->message);
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, NULL) ||
      sscanf (out, "%lf %lf %lf", &child->wall_ms, &child->cpu_ms, &child->peak_mb) != 3)
    {
      g_printerr ("%s failed\n", argv[0]);
      return FALSE;
    }
  return TRUE;
}

int
bench_measure_main (int    argc,
                    char **argv)
{
  struct rusage usage;
  double start = bench_now_ms ();
  int status;
  pid_t pid;

  /* This process is fresh from exec: small, so the child's peak is its own. */
  pid = fork ();
  if (pid < 0)
    return 1;
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);

      dup2 (null, STDOUT_FILENO);
      execvp (argv[2], argv + 2);
      _exit (127);
    }
  if (wait4 (pid, &status, 0, &usage) != pid)
    return 1;
  printf ("%.1f %.1f %.1f\n", bench_now_ms () - start,
          timeval_ms (&usage.ru_utime) + timeval_ms (&usage.ru_stime), usage.ru_maxrss / 1024.0);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0 ? 0 : 1;
}

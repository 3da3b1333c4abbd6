/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-figures"

#include "config.h"

#include <glib/gi18n.h>

#include "core/mediation/cw-mediation.h"
#include "core/mediation/cw-mediation-stats.h"
#include "report/mediation/cw-mediation-figures.h"

/* One line of the statistics: a figure of the year and of each quarter. */
typedef char *(*FigureFunc) (const CwMediationStats *stats,
                             gconstpointer           data);

static char *
count_of (guint n)
{
  return g_strdup_printf ("%u", n);
}

static char *
field_figure (const CwMediationStats *stats,
              gconstpointer           data)
{
  return count_of (G_STRUCT_MEMBER (guint, stats, GPOINTER_TO_SIZE (data)));
}

static char *
type_figure (const CwMediationStats *stats,
             gconstpointer           data)
{
  for (guint i = 0; i < stats->by_type->len; i++)
    if (g_str_equal (g_array_index (stats->by_type, CwMediationCount, i).name, data))
      return count_of (g_array_index (stats->by_type, CwMediationCount, i).cases);
  return count_of (0);
}

static char *
source_figure (const CwMediationStats *stats,
               gconstpointer           data)
{
  for (guint i = 0; i < stats->by_source->len; i++)
    if (g_str_equal (g_array_index (stats->by_source, CwMediationCount, i).name, data))
      return count_of (g_array_index (stats->by_source, CwMediationCount, i).cases);
  return count_of (0);
}

static char *
rate_figure (const CwMediationStats *stats,
             gconstpointer           data)
{
  double (*rate) (const CwMediationStats *) = data;

  return cw_mediation_format_rate (rate (stats));
}

static char *
agreed_figure (const CwMediationStats *stats,
               gconstpointer           data)
{
  return cw_mediation_format_yuan (stats->agreed_fen);
}

static void
add_figure (GPtrArray         *rows,
            CwMediationStats **periods,
            const char        *label,
            FigureFunc         figure,
            gconstpointer      data)
{
  char **cells = g_new0 (char *, CW_MEDIATION_FIGURE_N_COLUMNS + 1);

  cells[0] = g_strdup (label);
  for (guint p = 0; p < 5; p++)
    cells[p + 1] = figure (periods[p], data);
  g_ptr_array_add (rows, cells);
}

#define FIELD(member) GSIZE_TO_POINTER (G_STRUCT_OFFSET (CwMediationStats, member))

GPtrArray *
cw_mediation_figures (CwDatabase  *db,
                      int          year,
                      GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  CwMediationStats *periods[5] = { NULL };
  const char * const *sources = cw_mediation_codes ("source");
  gboolean ok = TRUE;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  for (int q = 0; q <= 4 && ok; q++)
    ok = (periods[q] = cw_mediation_stats_for (db, year, q, error)) != NULL;
  if (ok)
    {
      add_figure (rows, periods, _("Cases received"), field_figure, FIELD (received));
      for (guint i = 0; i < periods[0]->by_type->len; i++)
        {
          const char *type = g_array_index (periods[0]->by_type, CwMediationCount, i).name;
          /* Translators: a line of the statistics: cases of a type, "其中：邻里" */
          g_autofree char *label = g_strdup_printf (_("of which %s"), type);

          add_figure (rows, periods, label, type_figure, type);
        }
      for (guint i = 0; sources[i] != NULL; i++)
        {
          /* Translators: a line of the statistics: cases by source, "来源：公安移交" */
          g_autofree char *label = g_strdup_printf (_("Source: %s"), cw_mediation_label (sources[i]));

          add_figure (rows, periods, label, source_figure, sources[i]);
        }
      add_figure (rows, periods, cw_mediation_label ("success"), field_figure, FIELD (success));
      add_figure (rows, periods, cw_mediation_label ("failure"), field_figure, FIELD (failure));
      add_figure (rows, periods, cw_mediation_label ("terminated"), field_figure, FIELD (terminated));
      add_figure (rows, periods, cw_mediation_label ("open"), field_figure, FIELD (open));
      add_figure (rows, periods, _("Success rate"), rate_figure, cw_mediation_stats_success_rate);
      add_figure (rows, periods, _("Amount agreed (yuan)"), agreed_figure, NULL);
      add_figure (rows, periods, _("Kept from turning criminal: cases"), field_figure, FIELD (criminal_cases));
      add_figure (rows, periods, _("Kept from turning criminal: persons"), field_figure, FIELD (criminal_persons));
      add_figure (rows, periods, _("Kept from a group petition: cases"), field_figure, FIELD (group_cases));
      add_figure (rows, periods, _("Kept from a group petition: persons"), field_figure, FIELD (group_persons));
      add_figure (rows, periods, _("Settled cases followed up"), field_figure, FIELD (followed_up));
      add_figure (rows, periods, _("Petitions"), field_figure, FIELD (petitions));
      add_figure (rows, periods, _("Petitions finished"), rate_figure, cw_mediation_stats_petition_finished);
      add_figure (rows, periods, _("Petitioners satisfied"), rate_figure, cw_mediation_stats_petition_satisfied);
    }
  for (guint q = 0; q <= 4; q++)
    cw_mediation_stats_free (periods[q]);
  return ok ? g_steal_pointer (&rows) : NULL;
}

const char *
cw_mediation_figures_note (void)
{
  return _("Success rate = settled ÷ (settled + not settled); terminated and open cases are left out.");
}

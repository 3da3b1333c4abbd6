/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-announcement"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-date.h"
#include "core/common/cw-quarter.h"
#include "core/village/cw-settings.h"
#include "core/points/cw-point-entry.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"
#include "core/village/cw-village.h"
#include "report/common/cw-print-layout.h"
#include "report/points/cw-points-announcement.h"

struct _CwPointsAnnouncement
{
  GObject        parent_instance;

  CwPrintTable  *table;
};

G_DEFINE_FINAL_TYPE (CwPointsAnnouncement, cw_points_announcement, G_TYPE_OBJECT)

static void
cw_points_announcement_finalize (GObject *object)
{
  CwPointsAnnouncement *self = CW_POINTS_ANNOUNCEMENT (object);

  g_clear_object (&self->table);

  G_OBJECT_CLASS (cw_points_announcement_parent_class)->finalize (object);
}

static void
cw_points_announcement_class_init (CwPointsAnnouncementClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cw_points_announcement_finalize;
}

static void
cw_points_announcement_init (CwPointsAnnouncement *self)
{
}

/* "2026年10月8日" from "2026-10-08"; the blank form when @iso is NULL. */
static char *
long_date (const char *iso)
{
  GDate date;

  if (iso == NULL || !cw_date_parse (iso, &date, NULL))
    /* Translators: a date left blank on a printed notice, to be filled in
     * by hand: "____年__月__日" */
    return g_strdup (_("______ - ____ - ____"));
  /* Translators: a date on a printed notice, year, month, day:
   * "%d年%d月%d日" */
  return g_strdup_printf (_("%d-%02d-%02d"), g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

char *
cw_points_announcement_title (CwDatabase *db,
                              const char *scheme,
                              const char *quarter)
{
  g_autoptr(CwVillage) village = NULL;
  g_autofree char *label = NULL;
  const char *village_name;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (quarter != NULL, NULL);

  village = cw_village_load (db, NULL);
  village_name = village != NULL ? cw_village_get_name (village) : "";
  label = cw_quarter_label (quarter);
  if (g_strcmp0 (scheme, CW_SCHEME_PARTY) == 0)
    /* Translators: a printed notice's title: the village, the quarter;
     * "%s%s党员积分公示", e.g. 青山村2026年第三季度党员积分公示 */
    return g_strdup_printf (_("%s %s: party members’ points"), village_name, label);
  /* Translators: a printed notice's title: the village, the quarter;
   * "%s%s积分公示", e.g. 青山村2026年第三季度积分公示 */
  return g_strdup_printf (_("%s %s: points announcement"), village_name, label);
}

/* The table: the name takes the most room; every cell one line, so that
 * thousands of rows are laid out without measuring one. */
static CwPrintTable *
new_table (CwDatabase *db,
           const char *scheme,
           const char *quarter)
{
  g_autofree char *title = cw_points_announcement_title (db, scheme, quarter);
  gboolean party = g_str_equal (scheme, CW_SCHEME_PARTY);
  CwPrintColumn columns[] = {
    { party ? _("Party member") : _("Head of household"), CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0.36,
      .personal = CW_PRINT_NAME },
    { _("This quarter"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0.16 },
    { _("Year to date"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0.16 },
    { party ? _("Total earned") : _("Balance"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0.16 },
    { _("Rank in group"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0.16 },
  };
  CwPrintTable *table;

  table = cw_print_table_new (CW_PRINT_TABLE_NOTICE, title, columns, G_N_ELEMENTS (columns),
                              cw_settings_get_mask_names (db) ? CW_PRINT_MASK_NAMES
                                                                            : CW_PRINT_MASK_NONE);
  cw_print_table_add_subtitle (table,
                               party
                               ? _("The reviewed points of every party member this quarter, by village group. "
                                   "The rank is the rank within the group; equal points share a rank.")
                               : _("The reviewed points of every household this quarter, by village group. "
                                   "The rank is the rank within the group; equal points share a rank. "
                                   "The balance is what the household may still spend in the points shop."));
  cw_print_table_set_empty_text (table, _("Nobody is listed for this quarter."));
  /* The board is the group's: its pages go up on their own. */
  cw_print_table_set_sections_apart (table, TRUE);
  return table;
}

/* The publicity period, where to object, and who issues it; FALSE when
 * the quarter's publication cannot be read. */
static gboolean
add_closing (CwPrintTable  *table,
             CwDatabase    *db,
             const char    *quarter,
             GError       **error)
{
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);
  const char *village_name = village != NULL ? cw_village_get_name (village) : "";
  g_autofree char *from = NULL, *to = NULL;
  g_autofree char *from_text = NULL, *to_text = NULL;
  g_autofree char *period = NULL, *committee = NULL;
  g_autofree char *place = cw_settings_get_objection_place (db);
  gboolean published;

  if (!cw_point_quarter_get_publication (db, quarter, &published, &from, &to, error))
    return FALSE;

  from_text = long_date (published ? from : NULL);
  to_text = long_date (published ? to : NULL);
  /* Translators: "公示期：%s 至 %s" */
  period = g_strdup_printf (_("Publicity period: %s to %s"), from_text, to_text);
  cw_print_table_add_closing (table, period);
  if (place[0] != '\0')
    cw_print_table_add_closing (table, place);
  else
    cw_print_table_add_closing (table, _("Anyone who objects may raise it with the villagers’ committee "
                                         "during the publicity period."));
  /* Translators: who issues a notice: "%s村民委员会" */
  committee = g_strdup_printf (_("%s Villagers’ Committee"), village_name);
  cw_print_table_set_issuer (table, committee, from_text);
  return TRUE;
}

/* "第一村民小组（共 57 户）" */
static char *
group_heading (const char *scheme,
               const char *group,
               guint       n_rows)
{
  if (g_str_equal (scheme, CW_SCHEME_PARTY))
    /* Translators: a village group's name above its table: "%s（共 %u 名党员）" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u party member)", "%s (%u party members)", n_rows),
                            group, n_rows);
  /* Translators: a village group's name above its table: "%s（共 %u 户）" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u household)", "%s (%u households)", n_rows),
                          group, n_rows);
}

CwPointsAnnouncement *
cw_points_announcement_new (CwDatabase  *db,
                            const char  *scheme,
                            const char  *quarter,
                            GError     **error)
{
  g_autoptr(CwPointsAnnouncement) self = NULL;
  g_autoptr(GListModel) tally = NULL;
  g_autofree char *canonical = NULL;
  guint n;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (quarter != NULL, NULL);

  if (!cw_quarter_parse (quarter, &canonical, error))
    return NULL;
  tally = cw_point_tally_quarter (db, scheme, canonical, error);
  if (tally == NULL)
    return NULL;

  self = g_object_new (CW_TYPE_POINTS_ANNOUNCEMENT, NULL);
  self->table = new_table (db, scheme, canonical);
  /* Printed while entries still wait for review, the figures may yet
   * change: it says so, as the finance disclosure does. */
  {
    gint64 pending = cw_point_entry_count_pending_in (db, canonical, scheme, error);

    if (pending < 0)
      return NULL;
    if (pending > 0)
      {
        g_autofree char *waiting =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%lld entry of the quarter still waits for review and is not counted: "
                                        "this print is a draft, not to be put up.",
                                        "%lld entries of the quarter still wait for review and are not counted: "
                                        "this print is a draft, not to be put up.", (gulong) pending),
                           (long long) pending);

        cw_print_table_add_subtitle (self->table, waiting);
      }
  }

  /* The tally comes ordered by group, then rank in the group: a section
   * per group, headed by its name and how many it lists. */
  n = g_list_model_get_n_items (tally);
  for (guint i = 0, group_start = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) row = g_list_model_get_item (tally, i);
      const char *group = cw_point_tally_row_get_group_name (row);
      char numbers[4][24];
      const char *cells[] = { cw_point_tally_row_get_name (row), numbers[0], numbers[1], numbers[2], numbers[3] };

      if (i == group_start)
        {
          g_autofree char *heading = NULL;
          guint end = i + 1;

          for (; end < n; end++)
            {
              g_autoptr(CwPointTallyRow) next = g_list_model_get_item (tally, end);

              if (g_strcmp0 (cw_point_tally_row_get_group_name (next), group) != 0)
                break;
            }
          heading = group_heading (scheme, group, end - i);
          cw_print_table_add_section (self->table, group, heading);
          group_start = end;
        }
      g_snprintf (numbers[0], sizeof numbers[0], "%" G_GINT64_FORMAT, cw_point_tally_row_get_quarter_points (row));
      g_snprintf (numbers[1], sizeof numbers[1], "%" G_GINT64_FORMAT, cw_point_tally_row_get_year_points (row));
      g_snprintf (numbers[2], sizeof numbers[2], "%" G_GINT64_FORMAT, cw_point_tally_row_get_balance (row));
      g_snprintf (numbers[3], sizeof numbers[3], "%d", cw_point_tally_row_get_group_rank (row));
      cw_print_table_add_row (self->table, cells);
    }
  if (!add_closing (self->table, db, canonical, error))
    return NULL;
  return g_steal_pointer (&self);
}

const char *
cw_points_announcement_get_title (CwPointsAnnouncement *self)
{
  g_return_val_if_fail (CW_IS_POINTS_ANNOUNCEMENT (self), NULL);
  return cw_print_table_get_title (self->table);
}

guint
cw_points_announcement_get_n_rows (CwPointsAnnouncement *self)
{
  g_return_val_if_fail (CW_IS_POINTS_ANNOUNCEMENT (self), 0);
  return cw_print_table_get_n_rows (self->table);
}

CwPrintTable *
cw_points_announcement_get_table (CwPointsAnnouncement *self)
{
  g_return_val_if_fail (CW_IS_POINTS_ANNOUNCEMENT (self), NULL);
  return self->table;
}

gboolean
cw_points_announcement_save_pdf (CwPointsAnnouncement  *self,
                                 const char            *path,
                                 int                   *n_pages,
                                 GError               **error)
{
  g_return_val_if_fail (CW_IS_POINTS_ANNOUNCEMENT (self), FALSE);
  return cw_print_table_save_pdf (self->table, path, n_pages, error);
}

gboolean
cw_points_announcement_write_pdf (CwDatabase  *db,
                                  const char  *scheme,
                                  const char  *quarter,
                                  const char  *path,
                                  GError     **error)
{
  g_autoptr(CwPointsAnnouncement) self = cw_points_announcement_new (db, scheme, quarter, error);

  if (self == NULL)
    return FALSE;
  return cw_points_announcement_save_pdf (self, path, NULL, error);
}

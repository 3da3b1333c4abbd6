/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

/* Who belongs to a grid: its households (each in one lowest-level grid at
 * a time, moves dated), its head and workers, and the party members linked
 * to households (党员联户). Dates as typed ("" is today). */

/* Places a household in a grid from @date, ending its place in another;
 * refused for a grid with grids below it or a retired one, and for a date
 * before the household came into the grid it leaves. */
gboolean    cw_grid_place_household   (CwDatabase  *db,
                                       gint64       household_id,
                                       gint64       grid_id,
                                       const char  *date,
                                       GError     **error);
/* The grid a household is in now; 0 when none. */
gint64      cw_grid_of_household      (CwDatabase  *db,
                                       gint64       household_id);

/* A person of the register (@person_id, name and phone taken from the
 * register when left empty) or an outsider (@person_id 0, @name needed)
 * becomes the grid's head from @date, the former head stepping down that
 * day; or one of its workers. */
gboolean    cw_grid_set_head          (CwDatabase  *db,
                                       gint64       grid_id,
                                       gint64       person_id,
                                       const char  *name,
                                       const char  *phone,
                                       const char  *date,
                                       GError     **error);
gboolean    cw_grid_add_worker        (CwDatabase  *db,
                                       gint64       grid_id,
                                       gint64       person_id,
                                       const char  *name,
                                       const char  *phone,
                                       const char  *date,
                                       GError     **error);
/* The worker or head called @name stops working the grid on @date. */
gboolean    cw_grid_end_worker        (CwDatabase  *db,
                                       gint64       grid_id,
                                       const char  *name,
                                       const char  *date,
                                       GError     **error);

/* A person of the register by ID number, or by name when only one present
 * person has it; 0 with @error set otherwise. */
gint64      cw_grid_find_person       (CwDatabase  *db,
                                       const char  *id_or_name,
                                       GError     **error);

/* Links a party member to a household from @date. *@count (may be NULL)
 * gets how many households the member now looks after; past
 * cw_grid_settings_get_link_max() the caller warns, the link stands.
 * Refused when the person is not a present party member or the link
 * already exists. */
gboolean    cw_party_link_add         (CwDatabase  *db,
                                       gint64       person_id,
                                       gint64       household_id,
                                       const char  *date,
                                       guint       *count,
                                       GError     **error);
gboolean    cw_party_link_end         (CwDatabase  *db,
                                       gint64       person_id,
                                       gint64       household_id,
                                       const char  *date,
                                       GError     **error);
/* Who would visit a household: the party member looking after it now
 * (the longest linked first), else the head of the grid it is in; "" when
 * neither. A new string. */
char       *cw_grid_household_visitor (CwDatabase  *db,
                                       gint64       household_id);
/* How many households a party member looks after now. */
guint       cw_party_link_count       (CwDatabase  *db,
                                       gint64       person_id);

/* One party member and a household they look after, as the contact card
 * and the grid roster show it. */
typedef struct {
  gint64  person_id;
  char   *member_name;
  char   *member_phone;
  gint64  household_id;
  char   *household_number;
  char   *head_name;
  gint64  grid_id;          /* 0: the household is in no grid */
} CwPartyLinkRow;

void        cw_party_link_row_free    (CwPartyLinkRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwPartyLinkRow, cw_party_link_row_free)
/* Every link standing now, by member then 户号; @grid_id (0: all) keeps
 * the households of that grid and the grids below it. */
GPtrArray  *cw_party_link_rows        (CwDatabase  *db,
                                       gint64       grid_id,
                                       GError     **error);

/* A head or worker standing now. */
typedef struct {
  gint64  grid_id;
  char   *role;             /* "head" or "worker" */
  char   *name;
  char   *phone;
} CwGridWorkerRow;

void        cw_grid_worker_row_free   (CwGridWorkerRow *row);
/* Every head and worker standing now, by grid, head first. */
GPtrArray  *cw_grid_worker_rows       (CwDatabase  *db,
                                       GError     **error);
/* The workers (not the head) of @grid_id among @rows, each with the
 * phone after the name, parted by 、: "刘乡干 13900002222、陈网格". */
char       *cw_grid_workers_text      (GPtrArray   *rows,
                                       gint64       grid_id);

/* What needs attention: 户号 of open households in no grid, codes of
 * grids with no head (not retired), and
 * "name (n)" of party members linked to more households than the usual
 * maximum. Each array of strings, maybe empty. */
typedef struct {
  GPtrArray *households_without_grid;
  GPtrArray *grids_without_head;
  GPtrArray *members_past_max;
} CwGridCheck;

void        cw_grid_check_free        (CwGridCheck *check);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CwGridCheck, cw_grid_check_free)
CwGridCheck *cw_grid_check            (CwDatabase  *db,
                                       GError     **error);

G_END_DECLS

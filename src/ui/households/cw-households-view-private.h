/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the households view's own files only: cw-households-view.c (the
 * list, the chosen household's members, following the database),
 * cw-households-view-search.c (the search and the filters),
 * cw-households-view-columns.c (the tables' cells) and
 * cw-households-view-actions.c (what the clerk can do, and when). */

#include "core/households/cw-household.h"
#include "ui/common/cw-job-bar.h"
#include "ui/households/cw-household-filter.h"
#include "ui/households/cw-household-rows.h"
#include "ui/households/cw-households-view.h"
#include "ui/mediation/cw-mediation-household-cases.h"

G_BEGIN_DECLS

struct _CwHouseholdsView
{
  AdwBin                parent_instance;

  CwDatabase           *db;
  gulong                changed_handler;
  guint                 reload_source;

  GListStore           *store;
  GtkSortListModel     *sort_model;
  CwHouseholdFilter    *filter_model;
  CwHouseholdRows      *rows;
  GtkSingleSelection   *selection;
  /* The members of the household shown (empty while none is), always
   * the members table's model. */
  GListStore           *members;
  GtkSingleSelection   *member_selection;
  CwHousehold          *current;
  gint64                current_id;
  /* The detail pane waiting to follow the rows (see shown_changed_cb). */
  guint                 detail_source;
  gboolean              filtering;

  char                 *query;
  /* The query as cw_text_clean_line() makes it, once a keystroke rather
   * than once a row; what the filter looks for. */
  char                 *filter_query;
  /* The column saying which member the search found, and its cells now
   * bound (GtkInscription), which follow the query. */
  GtkColumnViewColumn  *match_column;
  GPtrArray            *match_cells;
  guint                 match_visible_source;
  guint                 query_serial;
  /* An emptied search waiting to be followed (see search_changed_cb). */
  guint                 clear_source;
  gint64                filter_group_id;
  char                 *filter_tag;
  const char           *filter_status;   /* interned, as cw_household_get_status() */
  GArray               *group_ids;

  GtkWidget            *care_view;
  gboolean              importing;
  GtkFileChooserNative *chooser;
  gint64                load_usec;

  /* Template widgets */
  GtkWidget            *register_actions;
  GtkStack             *sections;
  GtkWidget            *filter_bar;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *group_filter;
  GtkDropDown          *tag_filter;
  GtkDropDown          *status_filter;
  GtkStack             *content_stack;
  GtkStack             *results_stack;
  AdwStatusPage        *none_page;
  GtkWidget            *show_all_button;
  GtkColumnView        *households_view;
  GtkStack             *detail_stack;
  GtkLabel             *detail_title;
  GtkLabel             *detail_subtitle;
  CwMediationHouseholdCases *household_cases;
  GtkMenuButton        *member_button;
  GtkColumnView        *members_view;
  GtkLabel             *count_label;
  CwJobBar             *job_bar;
};

/* cw-households-view.c */
GtkWindow *cw_households_view_get_window         (CwHouseholdsView      *self);
/* The household of the row chosen, or NULL. */
CwHousehold *cw_households_view_get_selected     (CwHouseholdsView      *self);
/* Reads the village groups and every household again. */
void       cw_households_view_reload             (CwHouseholdsView      *self);
/* After a change made here (@change_id, touching @household_id and
 * @other_id, either 0): reads those households again, keeps the list's
 * place (choosing a new household), and offers to undo with @message. */
void       cw_households_view_show_change        (CwHouseholdsView      *self,
                                                  gint64                 change_id,
                                                  gint64                 household_id,
                                                  gint64                 other_id,
                                                  const char            *message);

/* cw-households-view-search.c */
void       cw_households_view_class_search_init  (CwHouseholdsViewClass *klass);
/* The drop-downs' choices, and the groups' from the database. */
void       cw_households_view_init_filters       (CwHouseholdsView      *self);
void       cw_households_view_load_group_filter  (CwHouseholdsView      *self);
/* Whether @household passes the drop-downs (@user_data the view): the
 * filter model's function, beside its own search. */
gboolean   cw_households_view_passes             (CwHousehold           *household,
                                                  gpointer               user_data);
/* Whether @household passes the group and tag filters (the status
 * filter aside). */
gboolean   cw_households_view_passes_others      (CwHouseholdsView      *self,
                                                  CwHousehold           *household);
/* Whether @household is among the rows shown: the drop-downs and the
 * search. */
gboolean   cw_households_view_shows              (CwHousehold           *household,
                                                  CwHouseholdsView      *self);
/* One keystroke's change of the query: the rows, the found-member column
 * and the chosen member follow it. */
void       cw_households_view_apply_query        (CwHouseholdsView      *self,
                                                  const char            *text);

/* cw-households-view-columns.c */
/* Chooses a member of the household shown and scrolls the members to it. */
void       cw_households_view_show_member        (CwHouseholdsView      *self,
                                                  gint64                 person_id);
void       cw_households_view_add_columns        (CwHouseholdsView      *self);
/* After the query changed: the found-member column shows while there is a
 * query, and its cells say whom it found now. */
void       cw_households_view_update_matches     (CwHouseholdsView      *self);

/* cw-households-view-actions.c */
void       cw_households_view_class_actions_init (CwHouseholdsViewClass *klass);
/* When the search finds nothing: says how many households it would find
 * under another status, with a button to show every status. */
void       cw_households_view_update_none        (CwHouseholdsView      *self);
/* Every action's state, from one place. */
void       cw_households_view_update_actions     (CwHouseholdsView      *self);

G_END_DECLS

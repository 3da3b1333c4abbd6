/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"
#include "ui/common/cw-columns.h"

G_BEGIN_DECLS

#define CW_TYPE_LIST_PAGE (cw_list_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (CwListPage, cw_list_page, CW, LIST_PAGE, AdwBin)

/* A register's list: its records read from the database (again when the
 * database changes and the page is on screen), searched as the clerk
 * types (by text and by pinyin: "rjhj" finds 人居环境), narrowed by
 * drop-downs, sorted by a click on a column header, counted, and an empty
 * state that tells "nothing yet" from "nothing matches". Activating a row
 * opens the record's editor; <prefix>.new opens one for a new record.
 *
 * A subclass describes itself in class_init with
 * cw_list_page_class_set_info() and fills in the class functions; its
 * template (parent="CwListPage") adds buttons with <child type="action">
 * (to the right of the count), its own filters with <child type="filter">
 * (after the drop-downs) and the empty state's buttons with
 * <child type="empty">. The page has a construct-only "database" property
 * and a "subpage.reload" action. */

/* TRUE when @item belongs to @choice of a drop-down (never asked for
 * choice 0, which shows everything). */
typedef gboolean (*CwListFilterFunc) (gpointer item,
                                      guint    choice);

/* TRUE when @item belongs to @choice, the text of a choice set with
 * cw_list_page_set_filter_choices(). */
typedef gboolean (*CwListFilterTextFunc) (gpointer    item,
                                          const char *choice);

typedef struct
{
  const char         *tooltip;   /* marked for translation */
  const char * const *choices;   /* marked for translation; NULL-terminated */
  CwListFilterFunc    match;
  /* For a drop-down whose choices the records decide (a register's own
   * list of types): the choices above come first (at least the one that
   * shows everything), then those the subclass sets, matched by their
   * text; @match is then NULL. */
  CwListFilterTextFunc match_text;
} CwListFilter;

typedef struct
{
  /* The records' type, as its get_type function (a constant). */
  GType             (*item_type) (void);
  /* A string property naming one record ("code"): the selection survives
   * a reload by it, and cw_list_page_select() looks for it. */
  const char         *key;
  /* The tables whose changes concern the page, as cw_lazy_reload_new()
   * takes them. */
  const char * const *tables;
  /* "rules" installs rules.new (<Control>n) and rules.edit. */
  const char         *actions;

  const CwColumnInfo *columns;
  guint               n_columns;
  const CwListFilter *filters;
  guint               n_filters;

  /* Marked for translation. */
  const char         *search_placeholder;
  /* A check button ("Show _retired") that reads the records again with
   * the retired ones; NULL for none. */
  const char         *archived_label;
  /* Records retired rather than deleted: the labels of the <prefix>.retire
   * button (a <child type="action"> of the template with that action
   * name) for a record in use and for a retired one, marked for
   * translation; NULL for a page without one. The base installs the
   * action, enables it for a selected record, swaps the labels and shows
   * the undo toast; the class gives is_retired and set_retired. */
  const char         *retire_label;
  const char         *restore_label;
  const char         *empty_icon_name;
  const char         *empty_title;
  const char         *empty_description;
  const char         *no_match_title;
  const char         *no_match_description;

  /* TRUE: the records are first read when the page is first shown, not
   * when it is made (a sub-page behind a switcher whose reading is slow
   * at township scale). */
  gboolean            load_when_shown;
} CwListPageInfo;

struct _CwListPageClass
{
  AdwBinClass parent_class;

  /* The records (of the info's item type), with the retired ones when
   * @archived; NULL with @error set when they cannot be read. */
  GListModel *(*load)              (CwListPage  *self,
                                    CwDatabase  *db,
                                    gboolean     archived,
                                    GError     **error);
  /* The text search looks in (a new string): names, codes, descriptions. */
  char       *(*search_text)       (CwListPage  *self,
                                    gpointer     item);
  /* The editor for @item, or for a new record when @item is NULL. */
  GtkWindow  *(*create_editor)     (CwListPage  *self,
                                    gpointer     item);
  /* The count line for @n_shown records: "共 N 条" unless overridden. */
  char       *(*count_text)        (CwListPage  *self,
                                    guint        n_shown);
  /* The selected record changed (NULL: none): for the subclass's own
   * actions and buttons. */
  void        (*selection_changed) (CwListPage  *self,
                                    gpointer     item);
  /* FALSE hides @item whatever the search and drop-downs say (a subclass's
   * own narrowing, such as a branch of a tree); NULL shows every record.
   * Call cw_list_page_refilter() when its answer changes. */
  gboolean    (*item_visible)      (CwListPage  *self,
                                    gpointer     item);
  /* With info->retire_label: TRUE when @item is retired. */
  gboolean    (*is_retired)        (CwListPage  *self,
                                    gpointer     item);
  /* With info->retire_label: retires @item or puts it back in use,
   * through core, and returns the undo toast's title (a new string);
   * NULL with @error set when core refuses. */
  char       *(*set_retired)       (CwListPage  *self,
                                    CwDatabase  *db,
                                    gpointer     item,
                                    gboolean     retired,
                                    GError     **error);

  /*< private >*/
  const CwListPageInfo *info;
  gpointer              padding[3];
};

/* For class_init: @info (static) describes the page; installs the
 * <prefix>.new and <prefix>.edit actions. */
void        cw_list_page_class_set_info  (CwListPageClass *klass,
                                          const CwListPageInfo *info);

CwDatabase *cw_list_page_get_database    (CwListPage  *self);
/* The records shown, filtered and sorted as on screen (transfer none). */
GListModel *cw_list_page_get_items       (CwListPage  *self);
/* Every record read, whatever the search (transfer none). */
GListModel *cw_list_page_get_all_items   (CwListPage  *self);
/* The selected record, or NULL (transfer none). */
gpointer    cw_list_page_get_selected    (CwListPage  *self);
/* The list, for a page that sizes its columns to what they hold (transfer
 * none). */
GtkColumnView *cw_list_page_get_column_view (CwListPage *self);
/* Selects the record whose key is @key; FALSE when it is not shown. */
gboolean    cw_list_page_select          (CwListPage  *self,
                                          const char  *key);
/* Selects the record whose key is @key after setting back to "every"
 * each drop-down that hides it (the others stay as chosen); FALSE when it
 * is not among the records read, or the search hides it. */
gboolean    cw_list_page_reveal          (CwListPage  *self,
                                          const char  *key);
/* Searches as if @text had been typed into the search entry. */
void        cw_list_page_search          (CwListPage  *self,
                                          const char  *text);
/* Opens the editor for @item (NULL: a new record). */
void        cw_list_page_open_editor     (CwListPage  *self,
                                          gpointer     item);
/* The choices of drop-down @filter (a CwListFilter with match_text)
 * after its fixed ones, untranslated; the one chosen stays chosen while it
 * is among them, else the drop-down shows everything again. */
void        cw_list_page_set_filter_choices (CwListPage         *self,
                                             guint               filter,
                                             const char * const *choices);
/* Reads the records again now. */
void        cw_list_page_reload          (CwListPage  *self);
/* Filters the records read again (after item_visible changed its mind). */
void        cw_list_page_refilter        (CwListPage  *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/common/cw-database.h"

G_BEGIN_DECLS

#define CW_TYPE_REGISTER_VIEW (cw_register_view_get_type ())
G_DECLARE_DERIVABLE_TYPE (CwRegisterView, cw_register_view, CW, REGISTER_VIEW, AdwBin)

/* A register in the window's sidebar: a switcher over its sub-pages, one
 * for each line of the subclass's table, built with the view's database.
 *
 * A subclass calls cw_register_view_class_set_subpages() in class_init
 * with the prefix "points"; the view then has the actions
 * points.show-subpage (s: a page's name; focus goes to the page's first
 * field), Alt+1 … Alt+9 for it in switcher order, and page.reload (every
 * page's subpage.reload, then the class's reload) for cw_window_reload().
 * The view has a construct-only "database" property. */

typedef struct
{
  const char *name;                /* in the action's parameter; never shown */
  const char *title;               /* marked for translation */
  const char *icon_name;
  /* A widget with a construct-only "database" property and a
   * "subpage.reload" action, which follows the database itself. */
  GType     (*get_type) (void);
} CwSubpage;

struct _CwRegisterViewClass
{
  AdwBinClass      parent_class;

  /* A view whose switcher carries a count (cw_register_view_set_badge())
   * counts here: when the view is made, after page.reload, and once idle
   * after a change to one of @badge_tables (names as cw_lazy_reload_new()
   * takes them; NULL: any) while the view is on screen, or when it comes
   * back on screen after one. May be NULL. */
  void           (*count_badges)    (CwRegisterView *self);
  const char * const *badge_tables;

  /* A page may be wider than a narrow window: each page, and the
   * switcher, scroll sideways instead of widening the window, and the
   * view takes the size of the page shown. FALSE: the view is as wide as
   * its widest page. Set in class_init. */
  gboolean         scroll_sideways;

  /* Set by cw_register_view_class_set_subpages(). */
  const CwSubpage *subpages;
  guint            n_subpages;
};

/* @subpages (in switcher order) must outlive the class: a static table. */
void        cw_register_view_class_set_subpages (CwRegisterViewClass *klass,
                                                 const char          *prefix,
                                                 const CwSubpage     *subpages,
                                                 guint                n_subpages);

CwDatabase *cw_register_view_get_database       (CwRegisterView      *self);
/* Does nothing for a name the view does not have. */
void        cw_register_view_show_subpage       (CwRegisterView      *self,
                                                 const char          *name);
/* The name of the sub-page shown. */
const char *cw_register_view_get_subpage        (CwRegisterView      *self);
/* The sub-page called @name (transfer none), or NULL. */
GtkWidget  *cw_register_view_get_page           (CwRegisterView      *self,
                                                 const char          *name);
/* The switcher button of the page called @name shows @count (none for
 * 0) and asks for attention while it is above 0. */
void        cw_register_view_set_badge          (CwRegisterView      *self,
                                                 const char          *name,
                                                 guint                count);

G_END_DECLS

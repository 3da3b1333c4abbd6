/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grids-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/grids/cw-grid-figures-page.h"
#include "ui/grids/cw-grid-requests-page.h"
#include "ui/grids/cw-grid-tree-page.h"
#include "ui/grids/cw-grid-visits-page.h"
#include "ui/grids/cw-grids-view.h"

/* The sub-pages, in switcher order; each follows the database itself and
 * reads it again only when shown (CwListPage). */
static const CwSubpage subpages[] = {
  { "grids",    N_("Grid Tree"), "view-list-symbolic",        cw_grid_tree_page_get_type },
  { "visits",   N_("Visits Due"), "find-location-symbolic",    cw_grid_visits_page_get_type },
  { "requests", N_("Requests"),  "mail-unread-symbolic",      cw_grid_requests_page_get_type },
  { "figures",  N_("Figures"),   "x-office-spreadsheet-symbolic", cw_grid_figures_page_get_type },
};

struct _CwGridsView
{
  CwRegisterView   parent_instance;
};

G_DEFINE_FINAL_TYPE (CwGridsView, cw_grids_view, CW_TYPE_REGISTER_VIEW)

static void
cw_grids_view_class_init (CwGridsViewClass *klass)
{
  CwRegisterViewClass *register_class = CW_REGISTER_VIEW_CLASS (klass);

  cw_register_view_class_set_subpages (register_class, "grids", subpages, G_N_ELEMENTS (subpages));
}

static void
cw_grids_view_init (CwGridsView *self)
{
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-grids-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "report/grids/cw-grid-print.h"
#include "report/common/cw-print-layout.h"
#include "core/grids/cw-grid-import.h"
#include "core/grids/cw-grid-members.h"
#include "core/grids/cw-grid.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-import-dialog.h"
#include "ui/common/cw-job.h"
#include "ui/common/cw-print-operation.h"
#include "ui/common/cw-undo.h"
#include "ui/grids/cw-grid-editor.h"
#include "ui/grids/cw-grid-visit-dialog.h"
#include "ui/grids/cw-party-link-dialog.h"
#include "ui/grids/cw-grids-page.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwGridsPage
{
  CwListPage  parent_instance;

  guint       without_grid;  /* households in no grid, grids with no head: */
  guint       without_head;  /* read with the grids, not on every keystroke */
  char       *branch;     /* the code of the grid whose branch is shown; NULL all */
  GHashTable *in_branch;  /* the branch's grids (held, so that no new grid takes an
                           * old one's address); NULL until asked */
};

G_DEFINE_FINAL_TYPE (CwGridsPage, cw_grids_page, CW_TYPE_LIST_PAGE)

/* The list: the tree's order, each grid indented under its parent. */

static char *
name_text (gpointer item)
{
  g_autofree char *indent = g_strnfill (cw_grid_get_depth (item) * 2, ' ');

  return g_strconcat (indent, cw_grid_get_name (item), NULL);
}

static char *
code_text (gpointer item)
{
  return g_strdup (cw_grid_get_code (item));
}

/* A grid's state rides on the columns it concerns (a retired grid's
 * level, a missing head in the head's place) rather than on columns of
 * its own, so that every column fits beside the tree at the window's
 * first size (1100 px), in English too. */
static char *
level_text (gpointer item)
{
  if (cw_grid_get_retired (item))
    /* Translators: a grid's level (片区, 网格 …) when it is retired. */
    return g_strdup_printf (_("%s (retired)"), cw_grid_get_level (item));
  return g_strdup (cw_grid_get_level (item));
}

static char *
head_text (gpointer item)
{
  const char *head = cw_grid_get_head_name (item);

  return g_strdup (head[0] != '\0' ? head : _("No head"));
}

static char *
workers_text (gpointer item)
{
  return g_strdup (cw_grid_get_workers (item));
}

static char *
households_text (gpointer item)
{
  return g_strdup_printf ("%u", cw_grid_get_households (item));
}


static const CwColumnInfo columns[] = {
  { N_("Grid"),        NULL, name_text,       CW_COLUMN_EXPAND,  NULL },
  { N_("Code"),        NULL, code_text,       CW_COLUMN_TEXT,    "code" },
  { N_("Level"),       NULL, level_text,      CW_COLUMN_DIM,     "level" },
  { N_("Grid Head"),   NULL, head_text,       CW_COLUMN_TEXT,    "head-name" },
  { N_("Workers"),     NULL, workers_text,    CW_COLUMN_EXPAND,  NULL },
  { NC_("count", "Households"), "count", households_text, CW_COLUMN_NUMERIC, "households" },
};

static gboolean
attention_matches (gpointer item,
                   guint    choice)
{
  return !cw_grid_get_retired (item) && cw_grid_get_head_name (item)[0] == '\0';
}

static const char * const attention_choices[] = { N_("All Grids"), N_("Without a Head"), NULL };

static const CwListFilter filters[] = {
  { N_("Grids needing attention"), attention_choices, attention_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_grid_get_type,
  .key = "code",
  .tables = (const char * const []) { "grid", "grid_worker", "grid_household", "household", NULL },
  .actions = "grids",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search grid, code, head or worker"),
  .archived_label = N_("Show _retired"),
  .empty_icon_name = "view-list-symbolic",
  .empty_title = N_("No Grids Yet"),
  .empty_description = N_("Divide the village into grids here, from its areas down to the party members’ "
                          "households, or import the grid tree from a CSV file."),
  .no_match_title = N_("No Grids Found"),
  .no_match_description = N_("No grid matches the search."),
  .load_when_shown = TRUE,
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  CwGridsPage *self = CW_GRIDS_PAGE (page);
  g_autoptr(CwGridCheck) check = cw_grid_check (db, NULL);

  self->without_grid = check != NULL ? check->households_without_grid->len : 0;
  self->without_head = check != NULL ? check->grids_without_head->len : 0;
  return cw_grid_list (db, archived, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_grid_get_code (item), cw_grid_get_name (item), cw_grid_get_level (item),
                    cw_grid_get_head_name (item), cw_grid_get_workers (item), NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  return GTK_WINDOW (cw_grid_editor_new (GTK_WIDGET (page), cw_list_page_get_database (page), item));
}

/* The count, and what needs attention: the households of the register
 * in no grid, the grids with no head. */
static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  CwGridsPage *self = CW_GRIDS_PAGE (page);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u grid listed", "%u grids listed",
                                                         n_shown), n_shown);
  g_autoptr(GString) text = g_string_new (count);

  if (self->without_grid > 0)
    {
      g_string_append (text, C_("list separator", ", "));
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u household in no grid",
                                                 "%u households in no grid", self->without_grid),
                              self->without_grid);
    }
  if (self->without_head > 0)
    {
      g_string_append (text, C_("list separator", ", "));
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u grid without a head",
                                                 "%u grids without a head", self->without_head),
                              self->without_head);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "grids.retire", item != NULL && !cw_grid_get_retired (item));
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "grids.patrol", item != NULL && !cw_grid_get_retired (item));
}

/* The branch: the list is in tree order, so a grid's branch is the run
 * of deeper grids after it. */
static GHashTable *
branch_of (CwGridsPage *self)
{
  GListModel *all = cw_list_page_get_all_items (CW_LIST_PAGE (self));
  guint n = g_list_model_get_n_items (all);
  guint depth = 0;
  gboolean inside = FALSE;

  self->in_branch = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (all, i);

      if (inside && cw_grid_get_depth (grid) <= depth)
        break;
      if (!inside && g_strcmp0 (cw_grid_get_code (grid), self->branch) == 0)
        {
          inside = TRUE;
          depth = cw_grid_get_depth (grid);
        }
      if (inside)
        g_hash_table_add (self->in_branch, g_object_ref (grid));
    }
  return self->in_branch;
}

static gboolean
item_visible (CwListPage *page,
              gpointer    item)
{
  CwGridsPage *self = CW_GRIDS_PAGE (page);

  if (self->branch == NULL)
    return TRUE;
  return g_hash_table_contains (self->in_branch != NULL ? self->in_branch : branch_of (self), item);
}

/* The name column is as wide as the longest name (indent and all) needs,
 * up to some twenty characters, and takes what the window has to spare:
 * a column that only expands gets its least width, "…", whenever the
 * columns beside it fill a narrow window. */
#define NAME_CELL_PADDING 24   /* the cell's padding and a little air */

static void
size_name_column (CwGridsPage *self)
{
  GListModel *all = cw_list_page_get_all_items (CW_LIST_PAGE (self));
  GListModel *columns = gtk_column_view_get_columns (cw_list_page_get_column_view (CW_LIST_PAGE (self)));
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "国国国国国国国国国国国国国国国国国国国国");
  int cap, widest = 0;

  pango_layout_get_pixel_size (layout, &cap, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CwGrid) grid = g_list_model_get_item (all, i);
      g_autofree char *text = name_text (grid);
      int width;

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  gtk_column_view_column_set_fixed_width (column, widest > 0 ? MIN (widest, cap) + NAME_CELL_PADDING : -1);
}

/* The list page filtered the new records with the old branch: again. */
static void
all_items_changed_cb (CwGridsPage *self)
{
  size_name_column (self);
  g_clear_pointer (&self->in_branch, g_hash_table_unref);
  if (self->branch != NULL)
    cw_list_page_refilter (CW_LIST_PAGE (self));
}

void
cw_grids_page_show_branch (CwGridsPage *self,
                           const char  *code)
{
  g_return_if_fail (CW_IS_GRIDS_PAGE (self));

  if (code != NULL && code[0] == '\0')
    code = NULL;
  if (g_strcmp0 (code, self->branch) == 0)
    return;
  g_free (self->branch);
  self->branch = g_strdup (code);
  g_clear_pointer (&self->in_branch, g_hash_table_unref);
  cw_list_page_refilter (CW_LIST_PAGE (self));
}

/* Actions */

static void
retire_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (widget));
  CwGrid *grid = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (grid == NULL)
    return;
  if (!cw_grid_retire (db, cw_grid_get_id (grid), "", &error))
    {
      cw_window_show_message (widget, error->message);
      return;
    }
  title = g_strdup_printf (_("Grid %s retired"), cw_grid_get_code (grid));
  cw_undo_show_toast (widget, cw_database_get_last_change (db), title);
}

static void
patrol_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (widget));
  CwGrid *grid = cw_list_page_get_selected (CW_LIST_PAGE (widget));

  if (grid == NULL)
    return;
  gtk_window_present (GTK_WINDOW (cw_grid_visit_dialog_new (widget, db, CW_GRID_VISIT_DIALOG_PATROL,
                                                            cw_grid_get_id (grid))));
}

/* The visit sheet of the grid picked (every grid when none), as of today. */
static CwPrintTable *
visit_sheet (CwGridsPage  *self,
             GError      **error)
{
  CwGrid *grid = cw_list_page_get_selected (CW_LIST_PAGE (self));
  g_autofree char *today = cw_date_today_text ();

  return cw_grid_visit_sheet_table (cw_list_page_get_database (CW_LIST_PAGE (self)),
                                    grid != NULL ? cw_grid_get_id (grid) : 0, today, error);
}

typedef struct
{
  CwPrintTable *table;
  char         *path;
} SheetJob;

static void
sheet_job_free (gpointer data)
{
  SheetJob *job = data;

  g_clear_object (&job->table);
  g_free (job->path);
  g_free (job);
}

static gboolean
sheet_work (CwDatabase     *db,
            gpointer        data,
            CwJobProgress  *progress,
            GCancellable   *cancellable,
            GError        **error)
{
  SheetJob *job = data;

  return cw_print_table_save_pdf (job->table, job->path, NULL, error);
}

void
cw_grids_page_save_visit_sheet (CwGridsPage *self,
                                const char  *path)
{
  g_autoptr(GError) error = NULL;
  SheetJob *job;
  CwJob *run;

  g_return_if_fail (CW_IS_GRIDS_PAGE (self));

  job = g_new0 (SheetJob, 1);
  /* Read here, on the window's connection; the job lays it out. */
  job->table = visit_sheet (self, &error);
  if (job->table == NULL)
    {
      cw_window_show_message (GTK_WIDGET (self), error->message);
      sheet_job_free (job);
      return;
    }
  job->path = g_strdup (path);
  run = cw_job_new (GTK_WIDGET (self), NULL, sheet_work, job, sheet_job_free);
  cw_job_set_file (run, path);
  cw_job_set_endings (run, _("Saved as %s"), _("The File Could Not Be Saved"));
  cw_job_run (run);
}

static void
sheet_chosen_cb (GtkWidget  *owner,
                 const char *path,
                 gpointer    data)
{
  cw_grids_page_save_visit_sheet (CW_GRIDS_PAGE (owner), path);
}

static void
visit_sheet_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CwPrintTable) table = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;

  if (g_str_equal (action_name, "grids.save-visit-sheet"))
    {
      cw_job_choose_file (widget, _("Save the Visit Sheet"), _("Visit sheet"), ".pdf", _("PDF documents"),
                          sheet_chosen_cb, NULL);
      return;
    }
  table = visit_sheet (CW_GRIDS_PAGE (widget), &error);
  if (table == NULL)
    {
      cw_window_show_message (widget, error->message);
      return;
    }
  operation = cw_print_operation_new_for_table (table);
  if (!cw_print_operation_run_dialog (operation, widget, NULL, &error))
    cw_window_show_message (widget, error->message);
}

static void
link_member_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (widget));

  gtk_window_present (GTK_WINDOW (cw_party_link_dialog_new (widget, db, 0)));
}

static const CwImportKind grid_import = {
  &cw_grid_importer,
  N_("Import Grids"),
  N_("A CSV file with one grid per row and a header row in Chinese: 网格编号, 网格名称 (required), 上级网格编号, "
     "层级, 网格长, 网格员, 联系电话. Several workers or phones are parted by 、. UTF-8 or GB18030, as Excel or WPS "
     "saves it. The whole file goes in, or nothing of it."),
  N_("Grids to import"), N_("Grids imported"), NULL, NULL,
};

static const CwImportKind household_import = {
  &cw_grid_household_importer,
  N_("Import Households into Grids"),
  N_("A CSV file with a household per row: 户号, 网格编号 (required), 日期 (the day it came into the grid). UTF-8 "
     "or GB18030. The whole file goes in, or nothing of it."),
  N_("Households to place"), N_("Households placed"), NULL, NULL,
};

static const CwImportKind link_import = {
  &cw_party_link_importer,
  N_("Import Party Members’ Households"),
  N_("A CSV file with a link per row: 党员 (the member’s ID number, or name when unique), 户号 (required), 日期. "
     "UTF-8 or GB18030. The whole file goes in, or nothing of it."),
  N_("Links to import"), N_("Links imported"), NULL, NULL,
};

static void
imported_cb (CwImportDialog *dialog,
             gint64          change,
             guint           units,
             GtkWidget      *page)
{
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row imported", "%u rows imported",
                                                         units), units);

  cw_undo_show_toast (page, change, title);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  const CwImportKind *kind = g_str_equal (action_name, "grids.import-grids") ? &grid_import
                             : g_str_equal (action_name, "grids.import-households") ? &household_import
                             : &link_import;
  CwImportDialog *dialog = cw_import_dialog_present_for (widget, cw_list_page_get_database (CW_LIST_PAGE (widget)),
                                                         kind, G_CALLBACK (imported_cb));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.choose", NULL);
}

GtkWidget *
cw_grids_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_GRIDS_PAGE, "database", db, NULL);
}

static void
cw_grids_page_dispose (GObject *object)
{
  CwGridsPage *self = CW_GRIDS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_GRIDS_PAGE);
  g_clear_pointer (&self->branch, g_free);
  g_clear_pointer (&self->in_branch, g_hash_table_unref);

  G_OBJECT_CLASS (cw_grids_page_parent_class)->dispose (object);
}

static void
cw_grids_page_class_init (CwGridsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_grids_page_dispose;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->selection_changed = selection_changed;
  page_class->item_visible = item_visible;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-grids-page.ui");

  gtk_widget_class_install_action (widget_class, "grids.retire", NULL, retire_activated);
  gtk_widget_class_install_action (widget_class, "grids.import-grids", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "grids.link-member", NULL, link_member_activated);
  gtk_widget_class_install_action (widget_class, "grids.patrol", NULL, patrol_activated);
  gtk_widget_class_install_action (widget_class, "grids.save-visit-sheet", NULL, visit_sheet_activated);
  gtk_widget_class_install_action (widget_class, "grids.print-visit-sheet", NULL, visit_sheet_activated);
  gtk_widget_class_install_action (widget_class, "grids.import-households", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "grids.import-links", NULL, import_activated);
}

static void
cw_grids_page_init (CwGridsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (cw_list_page_get_all_items (CW_LIST_PAGE (self)), "items-changed",
                           G_CALLBACK (all_items_changed_cb), self, G_CONNECT_SWAPPED);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-programmes-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-money.h"
#include "ui/benefits/cw-beneficiaries-window.h"
#include "ui/benefits/cw-benefit-ask.h"
#include "ui/benefits/cw-benefit-programme-editor.h"
#include "ui/benefits/cw-benefit-programmes-page.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-undo.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwBenefitProgrammesPage
{
  CwListPage parent_instance;
};

G_DEFINE_FINAL_TYPE (CwBenefitProgrammesPage, cw_benefit_programmes_page, CW_TYPE_LIST_PAGE)

static char *
number_text (gpointer item)
{
  return g_strdup_printf ("%lld", (long long) cw_benefit_programme_get_id (item));
}

static char *
date_text (gpointer item)
{
  return g_strdup (cw_benefit_programme_get_date (item));
}

static char *
name_text (gpointer item)
{
  return g_strdup (cw_benefit_programme_get_name (item));
}

static char *
kind_text (gpointer item)
{
  return g_strdup (cw_benefit_kind_label (cw_benefit_programme_get_kind (item)));
}

static char *
rule_text (gpointer item)
{
  return cw_benefit_programme_describe_rule (item);
}

static char *
amount_text (gpointer item)
{
  g_autofree char *each = cw_money_format (cw_benefit_programme_get_amount (item));
  const char *in_kind = cw_benefit_programme_get_in_kind (item);

  if (in_kind[0] != '\0' && cw_benefit_programme_get_amount (item) == 0)
    return g_strdup (in_kind);
  return g_strdup (each);
}

/* A draft's list is computed when opened, not kept: no count to show. */
static char *
listed_text (gpointer item)
{
  if (g_str_equal (cw_benefit_programme_get_state (item), CW_BENEFIT_STATE_DRAFT) &&
      !cw_benefit_programme_get_by_hand (item))
    return g_strdup ("—");
  return g_strdup_printf ("%u", cw_benefit_programme_get_listed (item));
}

static char *
total_text (gpointer item)
{
  return cw_money_format (cw_benefit_programme_get_total (item));
}

static char *
paid_text (gpointer item)
{
  return cw_money_format (cw_benefit_programme_get_paid (item));
}

static char *
state_text (gpointer item)
{
  return g_strdup (cw_benefit_state_label (cw_benefit_programme_get_state (item)));
}

static const CwColumnInfo columns[] = {
  { N_("Number"),    NULL, number_text, CW_COLUMN_NUMERIC | CW_COLUMN_DIM, "id" },
  { N_("Date"),      NULL, date_text,   CW_COLUMN_TEXT,                    "date" },
  { N_("Programme"), NULL, name_text,   CW_COLUMN_TEXT,                    "name" },
  { N_("Kind"),      NULL, kind_text,   CW_COLUMN_DIM,                     "kind" },
  { N_("Eligible"),  NULL, rule_text,   CW_COLUMN_EXPAND,                  NULL },
  { N_("Each"),      NULL, amount_text, CW_COLUMN_NUMERIC,                 "amount" },
  { N_("Persons"),   NULL, listed_text, CW_COLUMN_NUMERIC,                 NULL },
  { N_("Total"),     NULL, total_text,  CW_COLUMN_NUMERIC,                 "total" },
  { N_("Paid"),      NULL, paid_text,   CW_COLUMN_NUMERIC,                 "paid" },
  { N_("State"),     NULL, state_text,  CW_COLUMN_DIM,                     "state" },
};

static gboolean
state_matches (gpointer item,
               guint    choice)
{
  return g_str_equal (cw_benefit_programme_get_state (item),
                      choice == 1 ? CW_BENEFIT_STATE_DRAFT : CW_BENEFIT_STATE_APPROVED);
}

static const char * const state_choices[] = { N_("All States"), N_("Drafts"), N_("Approved"), NULL };

static const CwListFilter filters[] = {
  { N_("State"), state_choices, state_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_benefit_programme_get_type,
  .key = "number",
  .tables = (const char * const []) { "benefit_programme", "benefit_beneficiary", NULL },
  .actions = "programmes",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search programme or date"),
  .archived_label = N_("Show _withdrawn"),
  .empty_icon_name = "emblem-favorite-symbolic",
  .empty_title = N_("No Programmes Yet"),
  .empty_description = N_("A programme lists who receives a gift or an award, from the register on its date: "
                          "the Double-Ninth gift for elders, visits at Spring Festival, rewards for new students."),
  .no_match_title = N_("No Programmes Found"),
  .no_match_description = N_("No programme matches the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  return cw_benefit_programme_list (db, 0, archived, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_benefit_programme_get_name (item), cw_benefit_programme_get_date (item),
                    cw_benefit_kind_label (cw_benefit_programme_get_kind (item)), NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  CwDatabase *db = cw_list_page_get_database (page);

  if (item != NULL && !g_str_equal (cw_benefit_programme_get_state (item), CW_BENEFIT_STATE_DRAFT))
    return GTK_WINDOW (cw_beneficiaries_window_new (GTK_WIDGET (page), db, cw_benefit_programme_get_id (item)));
  return GTK_WINDOW (cw_benefit_programme_editor_new (GTK_WIDGET (page), db, item));
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u programme listed", "%u programmes listed", n_shown),
                          n_shown);
}

static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "programmes.list", item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "programmes.withdraw",
                                 item != NULL && cw_benefit_programme_get_paid (item) == 0 &&
                                 !g_str_equal (cw_benefit_programme_get_state (item), CW_BENEFIT_STATE_WITHDRAWN));
}

static void
list_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CwBenefitProgramme *programme = cw_list_page_get_selected (CW_LIST_PAGE (widget));

  if (programme != NULL)
    gtk_window_present (GTK_WINDOW (cw_beneficiaries_window_new (widget, cw_list_page_get_database (CW_LIST_PAGE (widget)),
                                                                 cw_benefit_programme_get_id (programme))));
}

static void
withdraw_answered (GtkWidget  *owner,
                   const char *date,
                   const char *reason,
                   gpointer    data)
{
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (owner));
  gint64 id = GPOINTER_TO_SIZE (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!cw_benefit_programme_withdraw (db, id, date, reason, &error))
    {
      cw_window_show_message (owner, error->message);
      return;
    }
  message = g_strdup_printf (_("Programme %lld withdrawn"), (long long) id);
  cw_undo_show_toast (owner, cw_database_get_last_change (db), message);
}

static void
withdraw_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CwBenefitProgramme *programme = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  g_autofree char *heading = NULL;

  if (programme == NULL)
    return;
  heading = g_strdup_printf (_("Withdraw “%s”?"), cw_benefit_programme_get_name (programme));
  cw_benefit_ask (widget, heading, _("A withdrawn programme stays in the register with the date and the reason."),
                  _("Date"), NULL, _("Reason"), TRUE, _("_Withdraw"), TRUE, withdraw_answered,
                  GSIZE_TO_POINTER (cw_benefit_programme_get_id (programme)), NULL);
}

GtkWidget *
cw_benefit_programmes_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_BENEFIT_PROGRAMMES_PAGE, "database", db, NULL);
}

static void
cw_benefit_programmes_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_BENEFIT_PROGRAMMES_PAGE);

  G_OBJECT_CLASS (cw_benefit_programmes_page_parent_class)->dispose (object);
}

static GtkWidget *
find_column_view (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_column_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The state column as wide as its longest word in this language (and its
 * header with the sort arrow): GTK 4.8 sizes a column by the cells it
 * measured first, and with "草稿" above, "已审批" came out cut at the
 * window's edge while the 对象 column took the spare width. */
static void
fit_state_column (CwBenefitProgrammesPage *self)
{
  static const char * const states[] = { CW_BENEFIT_STATE_DRAFT, CW_BENEFIT_STATE_APPROVED,
                                          CW_BENEFIT_STATE_WITHDRAWN };
  GtkWidget *view = find_column_view (GTK_WIDGET (self));
  GListModel *columns;
  int widest = 0;

  g_return_if_fail (view != NULL);
  columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  for (guint i = 0; i <= G_N_ELEMENTS (states); i++)
    {
      g_autoptr(PangoLayout) layout =
        gtk_widget_create_pango_layout (view, i < G_N_ELEMENTS (states) ? cw_benefit_state_label (states[i])
                                                                         : _("State"));
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      /* The header's sort arrow beside the title. */
      widest = MAX (widest, width + (i == G_N_ELEMENTS (states) ? 16 : 0));
    }
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      /* The cell's padding either side, and a little air before the edge. */
      if (g_strcmp0 (gtk_column_view_column_get_title (column), _("State")) == 0)
        gtk_column_view_column_set_fixed_width (column, widest + 32);
    }
}

/* The columns are made here, by the list page. */
static void
cw_benefit_programmes_page_constructed (GObject *object)
{
  G_OBJECT_CLASS (cw_benefit_programmes_page_parent_class)->constructed (object);
  fit_state_column (CW_BENEFIT_PROGRAMMES_PAGE (object));
}

static void
cw_benefit_programmes_page_class_init (CwBenefitProgrammesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->constructed = cw_benefit_programmes_page_constructed;
  object_class->dispose = cw_benefit_programmes_page_dispose;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->selection_changed = selection_changed;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-benefit-programmes-page.ui");
  gtk_widget_class_install_action (widget_class, "programmes.list", NULL, list_activated);
  gtk_widget_class_install_action (widget_class, "programmes.withdraw", NULL, withdraw_activated);
}

static void
cw_benefit_programmes_page_init (CwBenefitProgrammesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

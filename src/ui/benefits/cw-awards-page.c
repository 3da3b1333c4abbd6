/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-awards-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/benefits/cw-benefit-award-notice.h"
#include "core/benefits/cw-benefit-award.h"
#include "core/common/cw-date.h"
#include "core/common/cw-money.h"
#include "core/notices/cw-notice.h"
#include "ui/benefits/cw-award-editor.h"
#include "ui/benefits/cw-awards-page.h"
#include "ui/benefits/cw-benefit-ask.h"
#include "ui/benefits/cw-benefit-sheet.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-undo.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwAwardsPage
{
  CwListPage parent_instance;
};

G_DEFINE_FINAL_TYPE (CwAwardsPage, cw_awards_page, CW_TYPE_LIST_PAGE)

static char *
year_text (gpointer item)
{
  return g_strdup_printf ("%d", cw_award_get_year (item));
}

static char *
kind_text (gpointer item)
{
  return g_strdup (cw_award_kind_label (cw_award_get_kind (item)));
}

static char *
group_text (gpointer item)
{
  return g_strdup (cw_award_get_group_name (item));
}

static char *
household_text (gpointer item)
{
  return g_strdup (cw_award_get_household_number (item));
}

static char *
head_text (gpointer item)
{
  return g_strdup (cw_award_get_head_name (item));
}

static char *
stars_text (gpointer item)
{
  GString *stars = g_string_new (NULL);

  for (int s = 0; s < cw_award_get_stars (item); s++)
    g_string_append (stars, "★");
  return g_string_free (stars, FALSE);
}

static char *
criteria_text (gpointer item)
{
  return g_strdup (cw_award_get_criteria (item));
}

static char *
prize_text (gpointer item)
{
  return cw_award_get_amount (item) > 0 ? cw_money_format (cw_award_get_amount (item)) : g_strdup ("");
}

static char *
in_kind_text (gpointer item)
{
  return g_strdup (cw_award_get_in_kind (item));
}

static char *
approved_text (gpointer item)
{
  return g_strdup (cw_award_get_representatives_on (item));
}

static char *
paid_text (gpointer item)
{
  if (cw_award_get_paid_on (item)[0] == '\0')
    return g_strdup ("");
  /* Translators: when an award's prize was paid, and where it is in the
   * collective ledger: "2025-12-30, ledger entry 12" */
  return g_strdup_printf (_("%s, ledger entry %lld"), cw_award_get_paid_on (item),
                          (long long) cw_award_get_ledger_entry (item));
}

static char *
points_text (gpointer item)
{
  return g_strdup_printf ("%lld", (long long) cw_award_get_points (item));
}

static char *
state_text (gpointer item)
{
  return g_strdup (g_str_equal (cw_award_get_state (item), "withdrawn") ? _("Withdrawn") : "");
}

static const CwColumnInfo columns[] = {
  { N_("Year"),               NULL, year_text,      CW_COLUMN_NUMERIC, "year" },
  { N_("Award"),              NULL, kind_text,      CW_COLUMN_TEXT,    "kind" },
  { N_("Village Group"),      NULL, group_text,     CW_COLUMN_TEXT,    "group-position" },
  { N_("Household Number"),      NULL, household_text, CW_COLUMN_TEXT,    "household-number" },
  { N_("Head of Household"),  NULL, head_text,      CW_COLUMN_TEXT,    "head-name" },
  { N_("Stars"),              NULL, stars_text,     CW_COLUMN_TEXT,    "stars" },
  { N_("Prize"),              NULL, prize_text,     CW_COLUMN_NUMERIC, "amount" },
  { N_("In Kind"),            NULL, in_kind_text,   CW_COLUMN_TEXT,    "in-kind" },
  /* Where the award stands on its way, before what is only read. */
  { N_("Approved"),           NULL, approved_text,  CW_COLUMN_DIM,     "representatives-on" },
  { N_("Paid"),               NULL, paid_text,      CW_COLUMN_DIM,     "paid-on" },
  { N_("Points of the Year"), NULL, points_text,    CW_COLUMN_NUMERIC, "points" },
  { N_("Criteria Met"),       NULL, criteria_text,  CW_COLUMN_EXPAND,  NULL },
  { N_("State"),              NULL, state_text,     CW_COLUMN_DIM,     NULL },
};

static gboolean
kind_matches (gpointer item,
              guint    choice)
{
  return g_str_equal (cw_award_get_kind (item), choice == 1 ? CW_AWARD_CIVILIZED : CW_AWARD_STARS);
}

static const char * const kind_choices[] = { N_("All Awards"), N_("Civilized and Clean"), N_("Star-Rated"), NULL };

static const CwListFilter filters[] = {
  { N_("Award"), kind_choices, kind_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_award_get_type,
  .key = "key",
  .tables = (const char * const []) { "benefit_award", "household", "person", "point_entry", "finance_entry", NULL },
  .actions = "awards",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search household, head, group or year"),
  .archived_label = N_("Show _withdrawn"),
  .empty_icon_name = "starred-symbolic",
  .empty_title = N_("No Awards Yet"),
  .empty_description = N_("Each village group names one 文明卫生户 a year; households are graded 星级文明户 "
                          "with one to five stars."),
  .no_match_title = N_("No Awards Found"),
  .no_match_description = N_("No award matches the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  return cw_award_list (db, 0, archived, error);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  g_autofree char *year = year_text (item);

  return g_strjoin ("\n", cw_award_get_household_number (item), cw_award_get_head_name (item),
                    cw_award_get_group_name (item), year, NULL);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  /* A 文明卫生户 named is not edited: say so when its row is opened,
   * rather than in an editor that refuses only when saved. */
  if (item != NULL && g_str_equal (cw_award_get_kind (item), CW_AWARD_CIVILIZED))
    {
      cw_window_show_message (GTK_WIDGET (page),
                              _("A 文明卫生户 stays as named; withdraw it, with a reason, to name another."));
      return NULL;
    }
  return GTK_WINDOW (cw_award_editor_new (GTK_WIDGET (page), cw_list_page_get_database (page), item));
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u award listed", "%u awards listed", n_shown), n_shown);
}

static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  gboolean active = item != NULL && !g_str_equal (cw_award_get_state (item), "withdrawn");
  gboolean approved = active && cw_award_is_approved (item);
  gboolean unpaid = active && cw_award_get_paid_on (item)[0] == '\0';

  gtk_widget_action_set_enabled (GTK_WIDGET (page), "awards.withdraw", unpaid);
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "awards.approve", active && !approved);
  gtk_widget_action_set_enabled (GTK_WIDGET (page), "awards.pay",
                                 approved && unpaid &&
                                 (cw_award_get_amount (item) > 0 || cw_award_get_in_kind (item)[0] != '\0'));
}

/* Asks for a step of the selected award (a day and a required line of
 * text); @heading_format takes its household number. */
static void
ask_selected (GtkWidget        *widget,
              const char       *heading_format,
              const char       *body,
              const char       *date_title,
              const char       *text_title,
              const char       *confirm_label,
              gboolean          destructive,
              CwBenefitAskFunc  func)
{
  CwAward *award = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  g_autofree char *heading = NULL;

  if (award == NULL)
    return;
  heading = g_strdup_printf (heading_format, cw_award_get_household_number (award));
  cw_benefit_ask (widget, heading, body, date_title, NULL, text_title, TRUE, confirm_label, destructive, func,
                  GSIZE_TO_POINTER (cw_award_get_id (award)), NULL);
}

static void
approve_answered (GtkWidget  *owner,
                  const char *date,
                  const char *representatives,
                  gpointer    data)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = cw_award_approve (cw_list_page_get_database (CW_LIST_PAGE (owner)), GPOINTER_TO_SIZE (data), date,
                                  NULL, representatives, &error);

  cw_benefit_changed (owner, ok, error, _("Award approved"));
}

static void
approve_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  /* Translators: "Approve the award of household 010001?" */
  ask_selected (widget, _("Approve the Award of Household %s?"),
                _("The two committees review the award, then the villagers’ representatives approve it; then it is "
                  "posted and its prize paid."),
                _("Reviewed by the Two Committees on"), _("Approved by the Representatives on (YYYY-MM-DD)"),
                _("_Approve"), FALSE, approve_answered);
}

static void
pay_answered (GtkWidget  *owner,
              const char *date,
              const char *paid_by,
              gpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 entry = 0;
  gboolean ok = cw_award_pay (cw_list_page_get_database (CW_LIST_PAGE (owner)), GPOINTER_TO_SIZE (data), date,
                              paid_by, &entry, &error);

  /* Translators: a toast: "Prize paid, in ledger entry 12" */
  message = entry != 0 ? g_strdup_printf (_("Prize paid, in ledger entry %lld"), (long long) entry)
                       : g_strdup (_("Prize handed over in kind"));
  cw_benefit_changed (owner, ok, error, message);
}

static void
pay_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CwAward *award = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  g_autofree char *heading = NULL;
  g_autofree char *prize = NULL;

  if (award == NULL)
    return;
  prize = cw_award_prize_text (award);
  /* Translators: "Pay household 010001 its prize of ¥500.00?" (or of 一床被子) */
  heading = g_strdup_printf (_("Pay Household %s Its Prize of %s?"), cw_award_get_household_number (award), prize);
  cw_benefit_ask (widget, heading,
                  cw_award_get_amount (award) > 0
                  ? _("The money paid enters the collective ledger as an expense of 公益支出, waiting for the "
                      "supervision committee’s review.")
                  : _("A prize in kind is handed over against a signature; nothing enters the collective ledger."),
                  _("Paid on"), NULL, _("Handed Out by"), FALSE, _("_Pay"), FALSE, pay_answered,
                  GSIZE_TO_POINTER (cw_award_get_id (award)), NULL);
}

static void
withdraw_answered (GtkWidget  *owner,
                   const char *date,
                   const char *reason,
                   gpointer    data)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = cw_award_withdraw (cw_list_page_get_database (CW_LIST_PAGE (owner)), GPOINTER_TO_SIZE (data), date,
                                   reason, &error);

  cw_benefit_changed (owner, ok, error, _("Award withdrawn"));
}

static void
withdraw_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  /* Translators: "Withdraw the award of household 010001?" */
  ask_selected (widget, _("Withdraw the Award of Household %s?"),
                _("It stays in the register with the date and the reason."), _("Date"), _("Reason"), _("_Withdraw"),
                TRUE, withdraw_answered);
}

/* The year the page's actions are about: the selected award's, else this
 * year. */
static int
chosen_year (CwListPage *page)
{
  CwAward *award = cw_list_page_get_selected (page);
  g_autofree char *today = cw_date_today_text ();

  return award != NULL ? cw_award_get_year (award) : (int) g_ascii_strtoll (today, NULL, 10);
}

static void
notice_answered (GtkWidget  *owner,
                 const char *from,
                 const char *text,
                 gpointer    data)
{
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (owner));
  g_autoptr(GError) error = NULL;
  g_autoptr(CwNotice) notice = NULL;
  g_autofree char *message = NULL;
  gint64 id = cw_award_notice_draft (db, GPOINTER_TO_INT (data), from, NULL, &error);

  if (id != 0)
    notice = cw_notice_load (db, id, &error);
  if (notice != NULL)
    /* Translators: a toast: the notice's number */
    message = g_strdup_printf (_("Notice %s drafted; the Notices page takes it to the board"),
                               cw_notice_get_number (notice));
  cw_benefit_changed (owner, notice != NULL, error, message);
}

static void
notice_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  int year = chosen_year (CW_LIST_PAGE (widget));
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  /* Translators: "Post the Awards of 2025 as a Notice?" */
  heading = g_strdup_printf (_("Post the Awards of %d as a Notice?"), year);
  body = g_strdup_printf (_("A draft notice lists the approved awards with names and household numbers, for %d "
                            "days; it is reviewed, settled and posted on the Notices page."),
                          CW_AWARD_NOTICE_DAYS);
  cw_benefit_ask (widget, heading, body, _("Publicity from"), NULL, NULL, FALSE, _("_Draft Notice"), FALSE,
                  notice_answered, GINT_TO_POINTER (year), NULL);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  cw_benefit_board_print (widget, cw_list_page_get_database (CW_LIST_PAGE (widget)),
                          chosen_year (CW_LIST_PAGE (widget)));
}

GtkWidget *
cw_awards_page_new (CwDatabase *db)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_AWARDS_PAGE, "database", db, NULL);
}

static void
cw_awards_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_AWARDS_PAGE);

  G_OBJECT_CLASS (cw_awards_page_parent_class)->dispose (object);
}

static void
cw_awards_page_class_init (CwAwardsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_awards_page_dispose;

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->selection_changed = selection_changed;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-awards-page.ui");
  gtk_widget_class_install_action (widget_class, "awards.withdraw", NULL, withdraw_activated);
  gtk_widget_class_install_action (widget_class, "awards.approve", NULL, approve_activated);
  gtk_widget_class_install_action (widget_class, "awards.pay", NULL, pay_activated);
  gtk_widget_class_install_action (widget_class, "awards.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "awards.notice", NULL, notice_activated);
}

static void
cw_awards_page_init (CwAwardsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

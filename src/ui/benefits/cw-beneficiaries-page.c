/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-beneficiaries-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/benefits/cw-benefit-beneficiary.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-money.h"
#include "core/households/cw-person-query.h"
#include "core/households/cw-person.h"
#include "ui/benefits/cw-benefit-ask.h"
#include "ui/benefits/cw-beneficiaries-page.h"
#include "ui/benefits/cw-benefit-sheet.h"
#include "ui/common/cw-columns.h"
#include "ui/common/cw-dialogs.h"
#include "ui/common/cw-form.h"
#include "ui/common/cw-search-picker.h"
#include "ui/common/cw-undo.h"
#include "ui/shell/cw-window.h"
#include "ui/cw-ui-resources.h"

struct _CwBeneficiariesPage
{
  CwListPage          parent_instance;

  gint64              programme_id;
  CwBenefitProgramme *programme;
};

G_DEFINE_FINAL_TYPE (CwBeneficiariesPage, cw_beneficiaries_page, CW_TYPE_LIST_PAGE)

enum {
  PROP_0,
  PROP_PROGRAMME_ID,
  PROP_PROGRAMME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The list */

static char *
name_text (gpointer item)
{
  return g_strdup (cw_beneficiary_get_name (item));
}

static char *
group_text (gpointer item)
{
  return g_strdup (cw_beneficiary_get_group_name (item));
}

static char *
household_text (gpointer item)
{
  return g_strdup (cw_beneficiary_get_household_number (item));
}

static char *
sex_text (gpointer item)
{
  const char *sex = cw_beneficiary_get_sex (item);

  return g_strdup (g_str_equal (sex, "M") ? _("Male") : g_str_equal (sex, "F") ? _("Female") : "");
}

static char *
age_text (gpointer item)
{
  int age = cw_beneficiary_get_age (item);

  return age >= 0 ? g_strdup_printf ("%d", age) : g_strdup ("");
}

static char *
amount_text (gpointer item)
{
  return cw_money_format (cw_beneficiary_get_amount (item));
}

static char *
origin_text (gpointer item)
{
  return g_strdup (cw_beneficiary_origin_label (cw_beneficiary_get_origin (item)));
}

static char *
state_text (gpointer item)
{
  const char *date = cw_beneficiary_get_state_date (item);

  if (date[0] == '\0')
    return g_strdup (cw_beneficiary_state_label (cw_beneficiary_get_state (item)));
  return g_strdup_printf ("%s %s", cw_beneficiary_state_label (cw_beneficiary_get_state (item)), date);
}

static char *
reason_text (gpointer item)
{
  const char *reason = cw_beneficiary_get_state_reason (item);

  return g_strdup (reason[0] != '\0' ? reason : cw_beneficiary_get_reason (item));
}

static const CwColumnInfo columns[] = {
  { N_("Name"),          NULL, name_text,      CW_COLUMN_TEXT,    "name" },
  { N_("Village Group"), NULL, group_text,     CW_COLUMN_TEXT,    "group-position" },
  { N_("Household Number"), NULL, household_text, CW_COLUMN_TEXT,    "household-number" },
  { N_("Sex"),           NULL, sex_text,       CW_COLUMN_DIM,     "sex" },
  { N_("Age"),           NULL, age_text,       CW_COLUMN_NUMERIC, "age" },
  { N_("Amount"),        NULL, amount_text,    CW_COLUMN_NUMERIC, "amount" },
  { N_("Listed By"),     NULL, origin_text,    CW_COLUMN_DIM,     "origin" },
  { N_("State"),         NULL, state_text,     CW_COLUMN_TEXT,    "state" },
  { N_("Reason"),        NULL, reason_text,    CW_COLUMN_EXPAND,  NULL },
};

static const char * const state_codes[] = { NULL, CW_BENEFICIARY_LISTED, CW_BENEFICIARY_PAID,
                                            CW_BENEFICIARY_NOT_COLLECTED };

static gboolean
state_matches (gpointer item,
               guint    choice)
{
  return choice < G_N_ELEMENTS (state_codes) && g_str_equal (cw_beneficiary_get_state (item), state_codes[choice]);
}

static const char * const state_choices[] = { N_("Everyone"), N_("Not Paid Yet"), N_("Paid"), N_("Not Collected"),
                                              NULL };

static const CwListFilter filters[] = {
  { N_("State"), state_choices, state_matches },
};

static const CwListPageInfo info = {
  .item_type = cw_beneficiary_get_type,
  .key = "key",
  .tables = (const char * const []) { "benefit_programme", "benefit_beneficiary", "benefit_expense", "finance_entry",
                                      "person", "household", NULL },
  .actions = "persons",
  .columns = columns,
  .n_columns = G_N_ELEMENTS (columns),
  .filters = filters,
  .n_filters = G_N_ELEMENTS (filters),
  .search_placeholder = N_("Search name, household or group"),
  .archived_label = N_("Show _removed"),
  .empty_icon_name = "system-users-symbolic",
  .empty_title = N_("Nobody on the List"),
  .empty_description = N_("Nobody in the register meets the programme’s rule on its date; "
                          "put persons on the list by hand."),
  .no_match_title = N_("Nobody Found"),
  .no_match_description = N_("Nobody on the list matches the search."),
};

static GListModel *
load (CwListPage  *page,
      CwDatabase  *db,
      gboolean     archived,
      GError     **error)
{
  CwBeneficiariesPage *self = CW_BENEFICIARIES_PAGE (page);
  g_autoptr(CwBenefitProgramme) programme = cw_benefit_programme_load (db, self->programme_id, error);
  g_autoptr(GListModel) rows = NULL;
  GListStore *shown;

  if (programme == NULL)
    return NULL;
  g_set_object (&self->programme, programme);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME]);

  rows = cw_beneficiary_list (db, self->programme_id, error);
  if (rows == NULL)
    return NULL;
  shown = g_list_store_new (CW_TYPE_BENEFICIARY);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CwBeneficiary) row = g_list_model_get_item (rows, i);

      if (archived || !g_str_equal (cw_beneficiary_get_state (row), CW_BENEFICIARY_REMOVED))
        g_list_store_append (shown, row);
    }
  return G_LIST_MODEL (shown);
}

static char *
search_text (CwListPage *page,
             gpointer    item)
{
  return g_strjoin ("\n", cw_beneficiary_get_name (item), cw_beneficiary_get_household_number (item),
                    cw_beneficiary_get_group_name (item), NULL);
}

static char *
count_text (CwListPage *page,
            guint       n_shown)
{
  GListModel *items = cw_list_page_get_items (page);
  g_autofree char *total = NULL;
  g_autofree char *capitals = NULL;
  gint64 sum = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CwBeneficiary) row = g_list_model_get_item (items, i);

      if (!g_str_equal (cw_beneficiary_get_state (row), CW_BENEFICIARY_REMOVED))
        sum += cw_beneficiary_get_amount (row);
    }
  total = cw_money_format (sum);
  capitals = cw_money_capitals (sum);
  /* Translators: "3 persons listed, ¥300.00 (叁佰元整)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person listed, ¥%s (%s)", "%u persons listed, ¥%s (%s)",
                                       n_shown),
                          n_shown, total, capitals);
}

static void
update_actions (CwBeneficiariesPage *self,
                gpointer             item)
{
  const char *state = self->programme != NULL ? cw_benefit_programme_get_state (self->programme) : "";
  gboolean draft = g_str_equal (state, CW_BENEFIT_STATE_DRAFT);
  gboolean approved = g_str_equal (state, CW_BENEFIT_STATE_APPROVED);
  gboolean listed = item != NULL && cw_beneficiary_get_id (item) != 0 &&
                    g_str_equal (cw_beneficiary_get_state (item), CW_BENEFICIARY_LISTED);
  gboolean open = item != NULL && cw_beneficiary_get_id (item) != 0 &&
                  (listed || g_str_equal (cw_beneficiary_get_state (item), CW_BENEFICIARY_NOT_COLLECTED));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "persons.new", draft || approved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "persons.approve", draft);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "persons.pay", approved && open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "persons.pay-all", approved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "persons.not-collected", approved && listed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "persons.remove", open);
}

static void
selection_changed (CwListPage *page,
                   gpointer    item)
{
  update_actions (CW_BENEFICIARIES_PAGE (page), item);
}

/* Approve */

static void
approve_answered (GtkWidget  *owner,
                  const char *date,
                  const char *text,
                  gpointer    data)
{
  CwBeneficiariesPage *self = CW_BENEFICIARIES_PAGE (owner);
  g_autoptr(GError) error = NULL;
  gboolean ok = cw_benefit_programme_approve (cw_list_page_get_database (CW_LIST_PAGE (self)), self->programme_id,
                                              date, NULL, text, &error);

  cw_benefit_changed (owner, ok, error, _("List approved and frozen"));
}

static void
approve_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CwBeneficiariesPage *self = CW_BENEFICIARIES_PAGE (widget);
  gboolean asked;

  if (self->programme == NULL)
    return;
  asked = cw_benefit_programme_get_needs_representatives (self->programme);
  cw_benefit_ask (widget, _("Approve the List?"),
                  _("The list is frozen as it stands: later changes are made person by person, with a reason."),
                  _("Reviewed by the Two Committees on"), NULL,
                  asked ? _("Approved by the Representatives on (YYYY-MM-DD)") : NULL, asked, _("_Approve"), FALSE,
                  approve_answered, NULL, NULL);
}

/* Pay, not collected, take off */

static void
pay_answered (GtkWidget  *owner,
              const char *date,
              const char *text,
              gpointer    data)
{
  CwBeneficiariesPage *self = CW_BENEFICIARIES_PAGE (owner);
  gint64 row_id = GPOINTER_TO_SIZE (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *amount = NULL;
  CwBenefitPayment paid = { 0 };
  gboolean ok = cw_beneficiary_pay (cw_list_page_get_database (CW_LIST_PAGE (self)), self->programme_id, row_id,
                                    date, text, &paid, &error);

  amount = cw_money_format (paid.amount);
  if (paid.ledger_entry != 0)
    /* Translators: a toast: "3 persons paid, ¥300.00 in ledger entry 12" */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person paid, ¥%s in ledger entry %lld",
                                            "%u persons paid, ¥%s in ledger entry %lld", paid.persons),
                               paid.persons, amount, (long long) paid.ledger_entry);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person paid", "%u persons paid", paid.persons),
                               paid.persons);
  cw_benefit_changed (owner, ok, error, message);
}

static void
pay_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CwBeneficiary *row = g_str_equal (action_name, "persons.pay") ? cw_list_page_get_selected (CW_LIST_PAGE (widget))
                                                               : NULL;
  g_autofree char *heading = NULL;

  if (g_str_equal (action_name, "persons.pay") && row == NULL)
    return;
  if (row != NULL)
    {
      g_autofree char *amount = cw_money_format (cw_beneficiary_get_amount (row));
      /* Translators: "Pay 张三 ¥100.00?" */
      heading = g_strdup_printf (_("Pay %s ¥%s?"), cw_beneficiary_get_name (row), amount);
    }
  else
    heading = g_strdup (_("Pay Everyone Still Listed?"));
  cw_benefit_ask (widget, heading,
                  _("The money paid enters the collective ledger as an expense of the programme’s account, "
                    "waiting for the supervision committee’s review."),
                  _("Paid on"), NULL, _("Handed Out by"), FALSE, _("_Pay"), FALSE, pay_answered,
                  GSIZE_TO_POINTER (row != NULL ? cw_beneficiary_get_id (row) : 0), NULL);
}

/* Taking a person off the list, or marking the money not collected. */
typedef struct
{
  CwBeneficiary *row;
  gboolean       remove;
} StateChange;

static void
state_change_free (gpointer data)
{
  StateChange *change = data;

  g_object_unref (change->row);
  g_free (change);
}

static void
state_answered (GtkWidget  *owner,
                const char *date,
                const char *text,
                gpointer    data)
{
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (owner));
  StateChange *change = data;
  gint64 id = cw_beneficiary_get_id (change->row);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok = change->remove ? cw_beneficiary_remove (db, id, date, text, &error)
                               : cw_beneficiary_set_not_collected (db, id, date, text, &error);

  /* Translators: toasts: the person's name */
  message = g_strdup_printf (change->remove ? _("%s taken off the list") : _("%s did not collect it"),
                             cw_beneficiary_get_name (change->row));
  cw_benefit_changed (owner, ok, error, message);
}

static void
state_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CwBeneficiary *row = cw_list_page_get_selected (CW_LIST_PAGE (widget));
  gboolean remove = g_str_equal (action_name, "persons.remove");
  g_autofree char *heading = NULL;
  StateChange *change;

  if (row == NULL)
    return;
  change = g_new0 (StateChange, 1);
  change->row = g_object_ref (row);
  change->remove = remove;
  heading = g_strdup_printf (remove ? _("Take %s off the List?") : _("%s Did Not Collect It?"),
                             cw_beneficiary_get_name (row));
  cw_benefit_ask (widget, heading, remove ? _("The row stays in the list, marked removed, with the date and "
                                              "the reason (a death before payment …).")
                                          : _("The money stays unpaid; the row says why."),
                  _("Date"), NULL, _("Reason"), TRUE, remove ? _("_Take Off") : _("_Record"), remove,
                  state_answered, change, state_change_free);
}

/* Put a person on the list */

typedef struct
{
  GtkWidget *picker;
  GtkWidget *amount_row;
  GtkWidget *reason_row;
  CwPerson  *person;
} AddPerson;

static void
add_person_free (gpointer data)
{
  AddPerson *add = data;

  g_clear_object (&add->person);
  g_free (add);
}

/* A person picked, and an amount that is one (or none): a bad amount is
 * said as it is typed, in the dialog. */
static void
update_add_response (AdwMessageDialog *dialog)
{
  AddPerson *add = g_object_get_data (G_OBJECT (dialog), "cw-add-person");
  g_autofree char *amount_text = cw_ui_row_text (add->amount_row);
  g_autofree char *problem = NULL;
  g_autoptr(GError) error = NULL;
  gint64 amount;

  if (amount_text[0] != '\0' && !cw_benefit_parse_amount (amount_text, &amount, &error))
    problem = g_strdup_printf ("%s: %s", _("Amount"), error->message);
  cw_ui_dialog_mark_row (dialog, add->amount_row, problem);
  adw_message_dialog_set_response_enabled (dialog, "confirm", add->person != NULL && problem == NULL);
}

static void
person_picked_cb (CwSearchPicker   *picker,
                  CwPerson         *person,
                  AdwMessageDialog *dialog)
{
  AddPerson *add = g_object_get_data (G_OBJECT (dialog), "cw-add-person");

  g_set_object (&add->person, person);
  cw_search_picker_set_text (picker, cw_person_get_name (person));
  update_add_response (dialog);
}

static void
add_response_cb (AdwMessageDialog    *dialog,
                 const char          *response,
                 CwBeneficiariesPage *self)
{
  AddPerson *add = g_object_get_data (G_OBJECT (dialog), "cw-add-person");
  CwDatabase *db = cw_list_page_get_database (CW_LIST_PAGE (self));
  g_autofree char *amount_text = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  gint64 amount = -1;
  gboolean ok;

  if (!g_str_equal (response, "confirm") || add->person == NULL)
    return;
  amount_text = cw_ui_row_text (add->amount_row);
  reason = cw_ui_row_text (add->reason_row);
  if (amount_text[0] != '\0' && !cw_benefit_parse_amount (amount_text, &amount, &error))
    {
      g_autofree char *why = g_strdup_printf ("%s: %s", _("Amount"), error->message);
      cw_window_show_message (GTK_WIDGET (self), why);
      return;
    }
  ok = cw_beneficiary_add (db, self->programme_id, cw_person_get_id (add->person), amount, reason, &error);
  /* Translators: a toast: the person's name */
  message = g_strdup_printf (_("%s put on the list"), cw_person_get_name (add->person));
  cw_benefit_changed (GTK_WIDGET (self), ok, error, message);
}

static GtkWindow *
create_editor (CwListPage *page,
               gpointer    item)
{
  CwBeneficiariesPage *self = CW_BENEFICIARIES_PAGE (page);
  CwPersonQuery query = CW_PERSON_QUERY_INIT;
  g_autoptr(GListModel) persons = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box, *list;
  AddPerson *add;
  gboolean approved;

  /* A row is changed by the actions; activating it does nothing more. */
  if (item != NULL || self->programme == NULL)
    return NULL;
  approved = g_str_equal (cw_benefit_programme_get_state (self->programme), CW_BENEFIT_STATE_APPROVED);
  query.on = cw_benefit_programme_get_date (self->programme);
  persons = cw_person_query_run (cw_list_page_get_database (page), &query, &error);
  if (persons == NULL)
    {
      cw_window_show_message (GTK_WIDGET (page), error->message);
      return NULL;
    }

  dialog = cw_ui_dialog_new (GTK_WIDGET (page), _("Put a Person on the List"),
                             approved ? _("The list is approved: say why the person is added.")
                                      : _("The person must be present on the programme’s date and meet its rule."),
                             _("_Add"), FALSE);
  add = g_new0 (AddPerson, 1);
  g_object_set_data_full (G_OBJECT (dialog), "cw-add-person", add, add_person_free);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  add->picker = cw_benefit_person_picker_new (persons);
  gtk_box_append (GTK_BOX (box), add->picker);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  add->amount_row = cw_ui_entry_row_new (_("Amount in Yuan (blank: the programme’s)"), NULL);
  add->reason_row = cw_ui_entry_row_new (_("Reason"), NULL);
  gtk_list_box_append (GTK_LIST_BOX (list), add->amount_row);
  gtk_list_box_append (GTK_LIST_BOX (list), add->reason_row);
  gtk_box_append (GTK_BOX (box), list);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_set_response_enabled (dialog, "confirm", FALSE);
  g_signal_connect (add->picker, "picked", G_CALLBACK (person_picked_cb), dialog);
  g_signal_connect_swapped (add->amount_row, "changed", G_CALLBACK (update_add_response), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_response_cb), self, 0);
  return GTK_WINDOW (dialog);
}

/* Signature sheet and workbook */

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CwBeneficiariesPage *self = CW_BENEFICIARIES_PAGE (widget);

  cw_benefit_sheet_print (widget, cw_list_page_get_database (CW_LIST_PAGE (self)), self->programme_id);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CwBeneficiariesPage *self = CW_BENEFICIARIES_PAGE (widget);

  if (self->programme != NULL)
    cw_benefit_sheet_export (widget, cw_list_page_get_database (CW_LIST_PAGE (self)),
                             cw_benefit_programme_get_year (self->programme));
}

GtkWidget *
cw_beneficiaries_page_new (CwDatabase *db,
                           gint64      programme_id)
{
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);

  return g_object_new (CW_TYPE_BENEFICIARIES_PAGE, "database", db, "programme-id", programme_id, NULL);
}

CwBenefitProgramme *
cw_beneficiaries_page_get_programme (CwBeneficiariesPage *self)
{
  g_return_val_if_fail (CW_IS_BENEFICIARIES_PAGE (self), NULL);

  return self->programme;
}

static void
programme_notify_cb (CwBeneficiariesPage *self)
{
  update_actions (self, cw_list_page_get_selected (CW_LIST_PAGE (self)));
}

static void
cw_beneficiaries_page_dispose (GObject *object)
{
  CwBeneficiariesPage *self = CW_BENEFICIARIES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_BENEFICIARIES_PAGE);
  g_clear_object (&self->programme);

  G_OBJECT_CLASS (cw_beneficiaries_page_parent_class)->dispose (object);
}

static void
cw_beneficiaries_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CwBeneficiariesPage *self = CW_BENEFICIARIES_PAGE (object);

  if (prop_id == PROP_PROGRAMME_ID)
    g_value_set_int64 (value, self->programme_id);
  else if (prop_id == PROP_PROGRAMME)
    g_value_set_object (value, self->programme);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_beneficiaries_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CwBeneficiariesPage *self = CW_BENEFICIARIES_PAGE (object);

  if (prop_id == PROP_PROGRAMME_ID)
    self->programme_id = g_value_get_int64 (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_beneficiaries_page_class_init (CwBeneficiariesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwListPageClass *page_class = CW_LIST_PAGE_CLASS (klass);

  object_class->dispose = cw_beneficiaries_page_dispose;
  object_class->get_property = cw_beneficiaries_page_get_property;
  object_class->set_property = cw_beneficiaries_page_set_property;

  properties[PROP_PROGRAMME_ID] =
    g_param_spec_int64 ("programme-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL, CW_TYPE_BENEFIT_PROGRAMME,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  page_class->load = load;
  page_class->search_text = search_text;
  page_class->create_editor = create_editor;
  page_class->count_text = count_text;
  page_class->selection_changed = selection_changed;
  cw_list_page_class_set_info (page_class, &info);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-beneficiaries-page.ui");
  gtk_widget_class_install_action (widget_class, "persons.approve", NULL, approve_activated);
  gtk_widget_class_install_action (widget_class, "persons.pay", NULL, pay_activated);
  gtk_widget_class_install_action (widget_class, "persons.pay-all", NULL, pay_activated);
  gtk_widget_class_install_action (widget_class, "persons.not-collected", NULL, state_activated);
  gtk_widget_class_install_action (widget_class, "persons.remove", NULL, state_activated);
  gtk_widget_class_install_action (widget_class, "persons.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "persons.export", NULL, export_activated);
}

static void
cw_beneficiaries_page_init (CwBeneficiariesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::programme", G_CALLBACK (programme_notify_cb), NULL);
}

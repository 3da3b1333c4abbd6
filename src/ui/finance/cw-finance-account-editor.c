/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-finance-account-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-error.h"
#include "ui/common/cw-form.h"
#include "ui/finance/cw-finance-account-editor.h"
#include "ui/cw-ui-resources.h"

/* The charts in the chart row's order: the one in force first. */
static const char * const systems[] = { CW_FINANCE_SYSTEM_2023, CW_FINANCE_SYSTEM_2004 };

struct _CwFinanceAccountEditor
{
  CwRecordEditor  parent_instance;

  gint64          under;
  GListModel     *parents;    /* the chart's own accounts, in the under row's order */
  char           *suggested;  /* the code last offered, replaced when the account changes */
  gboolean        filling;

  /* Template widgets */
  AdwComboRow    *chart_row;
  AdwComboRow    *under_row;
  AdwEntryRow    *code_row;
  AdwEntryRow    *name_row;
  GtkLabel       *state_label;
};

G_DEFINE_FINAL_TYPE (CwFinanceAccountEditor, cw_finance_account_editor, CW_TYPE_RECORD_EDITOR)

enum {
  PROP_0,
  PROP_UNDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
chosen_system (CwFinanceAccountEditor *self)
{
  return systems[MIN (adw_combo_row_get_selected (self->chart_row), G_N_ELEMENTS (systems) - 1)];
}

static gint64
chosen_parent (CwFinanceAccountEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->under_row);
  g_autoptr(CwFinanceAccount) parent = NULL;

  if (self->parents == NULL || selected >= g_list_model_get_n_items (self->parents))
    return 0;
  parent = g_list_model_get_item (self->parents, selected);
  return cw_finance_account_get_id (parent);
}

/* The chart's own accounts in the under row, @parent_id chosen (else the
 * first). */
static void
show_parents (CwFinanceAccountEditor *self,
              gint64                  parent_id)
{
  CwDatabase *db = cw_record_editor_get_database (CW_RECORD_EDITOR (self));
  g_autoptr(GListModel) chart = cw_finance_account_list (db, chosen_system (self), NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListStore *parents = g_list_store_new (CW_TYPE_FINANCE_ACCOUNT);
  guint selected = 0;

  for (guint i = 0; chart != NULL && i < g_list_model_get_n_items (chart); i++)
    {
      g_autoptr(CwFinanceAccount) account = g_list_model_get_item (chart, i);
      g_autofree char *label = NULL;

      if (cw_finance_account_get_parent_id (account) != 0)
        continue;
      label = g_strdup_printf ("%s %s (%s)", cw_finance_account_get_code (account),
                               cw_finance_account_get_name (account),
                               cw_finance_account_is_income (account) ? _("income") : _("expense"));
      if (cw_finance_account_get_id (account) == parent_id)
        selected = g_list_model_get_n_items (G_LIST_MODEL (parents));
      gtk_string_list_append (names, label);
      g_list_store_append (parents, account);
    }
  g_clear_object (&self->parents);
  self->parents = G_LIST_MODEL (parents);
  self->filling = TRUE;
  adw_combo_row_set_model (self->under_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->under_row, selected);
  self->filling = FALSE;
}

/* A new sub-account is offered the next free code under its account,
 * unless the clerk typed one of their own. */
static void
suggest_code (CwFinanceAccountEditor *self)
{
  CwDatabase *db = cw_record_editor_get_database (CW_RECORD_EDITOR (self));
  g_autofree char *typed = cw_ui_row_text (GTK_WIDGET (self->code_row));

  if (!cw_record_editor_get_is_new (CW_RECORD_EDITOR (self)) ||
      (typed[0] != '\0' && g_strcmp0 (typed, self->suggested) != 0))
    return;
  g_free (self->suggested);
  self->suggested = cw_finance_account_next_code (db, chosen_parent (self));
  gtk_editable_set_text (GTK_EDITABLE (self->code_row), self->suggested);
}

static void
chart_selected_cb (CwFinanceAccountEditor *self)
{
  if (self->filling || self->parents == NULL)
    return;
  show_parents (self, 0);
  suggest_code (self);
}

static void
under_selected_cb (CwFinanceAccountEditor *self)
{
  if (!self->filling)
    suggest_code (self);
}

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  return G_OBJECT (record != NULL ? cw_finance_account_copy (CW_FINANCE_ACCOUNT (record)) : cw_finance_account_new ());
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwFinanceAccountEditor *self = CW_FINANCE_ACCOUNT_EDITOR (editor);
  CwFinanceAccount *account = CW_FINANCE_ACCOUNT (record);
  CwDatabase *db = cw_record_editor_get_database (editor);
  gboolean is_new = cw_record_editor_get_is_new (editor);
  gboolean chart_own = !is_new && cw_finance_account_get_parent_id (account) == 0;
  g_autoptr(GtkStringList) charts = gtk_string_list_new (NULL);
  g_autoptr(CwFinanceAccount) under = NULL;
  const char *system = cw_finance_account_get_system (account);
  gint64 parent_id = cw_finance_account_get_parent_id (account);

  if (is_new && self->under != 0 && (under = cw_finance_account_get (db, self->under, NULL)) != NULL)
    {
      system = cw_finance_account_get_system (under);
      parent_id = cw_finance_account_get_parent_id (under) != 0 ? cw_finance_account_get_parent_id (under)
                                                                 : cw_finance_account_get_id (under);
    }
  for (guint i = 0; i < G_N_ELEMENTS (systems); i++)
    gtk_string_list_append (charts, cw_finance_system_label (systems[i]));
  self->filling = TRUE;
  adw_combo_row_set_model (self->chart_row, G_LIST_MODEL (charts));
  adw_combo_row_set_selected (self->chart_row, g_strcmp0 (system, CW_FINANCE_SYSTEM_2004) == 0 ? 1 : 0);
  self->filling = FALSE;
  show_parents (self, chart_own ? cw_finance_account_get_id (account) : parent_id);

  gtk_editable_set_text (GTK_EDITABLE (self->code_row), cw_finance_account_get_code (account));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), cw_finance_account_get_name (account));
  if (is_new)
    suggest_code (self);

  /* What a stored account keeps: its chart, its account and its code;
   * an account of the chart keeps its name too. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->chart_row), is_new);
  gtk_widget_set_sensitive (GTK_WIDGET (self->under_row), is_new);
  gtk_widget_set_sensitive (GTK_WIDGET (self->code_row), is_new);
  gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), !chart_own);
  /* An account of the chart goes under none; why it stays as it is
   * shows where Save waits. */
  gtk_widget_set_visible (GTK_WIDGET (self->under_row), !chart_own);
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), !is_new && !chart_own);
  if (chart_own)
    {
      g_autoptr(GError) why = g_error_new (CW_ERROR, CW_ERROR_REFUSED,
                                           _("An account of the %s: its code and name are the system's. "
                                             "Add sub-accounts under it with New Sub-account."),
                                           cw_finance_system_label (system));

      cw_record_editor_set_waiting (editor, why);
    }
  else if (!is_new)
    gtk_label_set_text (self->state_label,
                        cw_finance_account_get_retired (account)
                        ? _("Retired: it takes no new entries; its entries stay in the sums.")
                        : _("Its code and account stay as they are; its name may change."));

  if (is_new)
    gtk_window_set_title (GTK_WINDOW (self), _("New Sub-account"));
  else
    {
      g_autofree char *title = g_strdup_printf ("%s %s", cw_finance_account_get_code (account),
                                                cw_finance_account_get_full_name (account));

      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  CwFinanceAccountEditor *self = CW_FINANCE_ACCOUNT_EDITOR (editor);
  g_autofree char *code = cw_ui_row_text (GTK_WIDGET (self->code_row));
  g_autofree char *name = cw_ui_row_text (GTK_WIDGET (self->name_row));

  /* A stored account's chart and place are not the editor's to change. */
  if (cw_record_editor_get_is_new (editor))
    g_object_set (record, "system", chosen_system (self), "parent-id", chosen_parent (self), "code", code, NULL);
  g_object_set (record, "name", name, NULL);
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  return cw_finance_account_save (cw_record_editor_get_database (editor), CW_FINANCE_ACCOUNT (record), error);
}

static char *
saved_message (CwRecordEditor *editor,
               GObject        *record)
{
  CwFinanceAccount *account = CW_FINANCE_ACCOUNT (record);

  /* Translators: a toast: the sub-account's code and full name */
  return g_strdup_printf (cw_record_editor_get_is_new (editor) ? _("Sub-account %s %s added")
                                                               : _("Sub-account %s %s saved"),
                          cw_finance_account_get_code (account), cw_finance_account_get_full_name (account));
}

CwFinanceAccountEditor *
cw_finance_account_editor_new (GtkWidget        *owner,
                               CwDatabase       *db,
                               CwFinanceAccount *account,
                               gint64            under)
{
  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (account == NULL || CW_IS_FINANCE_ACCOUNT (account), NULL);

  return g_object_new (CW_TYPE_FINANCE_ACCOUNT_EDITOR,
                       "database", db,
                       "owner", owner,
                       "under", under,
                       "record", account,
                       NULL);
}

static void
cw_finance_account_editor_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  CwFinanceAccountEditor *self = CW_FINANCE_ACCOUNT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_UNDER:
      self->under = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_finance_account_editor_dispose (GObject *object)
{
  CwFinanceAccountEditor *self = CW_FINANCE_ACCOUNT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_FINANCE_ACCOUNT_EDITOR);
  g_clear_object (&self->parents);
  g_clear_pointer (&self->suggested, g_free);

  G_OBJECT_CLASS (cw_finance_account_editor_parent_class)->dispose (object);
}

static void
cw_finance_account_editor_class_init (CwFinanceAccountEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->dispose = cw_finance_account_editor_dispose;
  object_class->set_property = cw_finance_account_editor_set_property;

  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->saved_message = saved_message;

  /* Read when the base fills the fields, once every property is set. */
  properties[PROP_UNDER] =
    g_param_spec_int64 ("under", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) cw_ui_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-finance-account-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwFinanceAccountEditor, chart_row);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceAccountEditor, under_row);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceAccountEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceAccountEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CwFinanceAccountEditor, state_label);
  gtk_widget_class_bind_template_callback (widget_class, chart_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, under_selected_cb);
}

static void
cw_finance_account_editor_init (CwFinanceAccountEditor *self)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Rows titled as core's errors name them ("Code: …", "Name: …"). */
  cw_record_editor_add_field (editor, GTK_WIDGET (self->under_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->code_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->name_row), NULL);
}

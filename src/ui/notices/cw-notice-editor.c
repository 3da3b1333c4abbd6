/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-notice-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/common/cw-date.h"
#include "core/common/cw-quarter.h"
#include "core/households/cw-vocabulary.h"
#include "core/notices/cw-notice-question.h"
#include "core/notices/cw-notice-source.h"
#include "core/village/cw-settings.h"
#include "report/notices/cw-notice-print.h"
#include "ui/common/cw-form.h"
#include "ui/notices/cw-notice-editor.h"
#include "ui/notices/cw-notice-table-view.h"
#include "ui/cw-ui-resources.h"

struct _CwNoticeEditor
{
  CwRecordEditor        parent_instance;

  GListModel           *items;   /* the catalogue, for item_row */
  gboolean              table_changed;

  /* Template widgets */
  AdwPreferencesGroup  *fields_group;
  AdwComboRow          *kind_row;
  AdwComboRow          *item_row;
  AdwEntryRow          *period_row;
  AdwEntryRow          *title_row;
  AdwEntryRow          *from_row;
  AdwEntryRow          *to_row;
  AdwEntryRow          *issuer_row;
  AdwEntryRow          *corrects_row;
  GtkTextView          *body_view;
  AdwActionRow         *table_row;
  CwNoticeTableView    *table_view;
  GtkWidget            *table_buttons;
  GtkMenuButton        *register_button;
  AdwPreferencesGroup  *way_group;
};

G_DEFINE_FINAL_TYPE (CwNoticeEditor, cw_notice_editor, CW_TYPE_RECORD_EDITOR)

static GObject *
copy_record (CwRecordEditor *editor,
             GObject        *record)
{
  g_autofree char *today = cw_date_today_text ();

  if (record != NULL)
    return G_OBJECT (cw_notice_copy (CW_NOTICE (record)));
  /* A new notice stays up for the office's usual days (Settings). */
  return G_OBJECT (cw_notice_new_draft (cw_record_editor_get_database (editor), today));
}

static void
add_way_row (CwNoticeEditor *self,
             const char     *title,
             const char     *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_group_add (self->way_group, row);
}

/* The way so far, read from core: who reviewed, when it was settled,
 * posted or withdrawn, and the villagers' questions. */
static void
fill_way (CwNoticeEditor *self,
          CwNotice       *notice)
{
  CwDatabase *db = cw_record_editor_get_database (CW_RECORD_EDITOR (self));
  g_autoptr(GPtrArray) reviews = cw_notice_list_reviews (db, cw_notice_get_id (notice), NULL);
  g_autoptr(GPtrArray) questions = cw_notice_question_list (db, cw_notice_get_id (notice), NULL);
  g_autofree char *today = cw_date_today_text ();

  for (guint i = 0; reviews != NULL && i < reviews->len; i++)
    {
      CwNoticeReview *review = g_ptr_array_index (reviews, i);
      /* Translators: a review row, "Reviewed by 王五 on 2026-03-02" */
      g_autofree char *title = g_strdup_printf (_("Reviewed by %s, %s"), review->reviewer, review->date);
      add_way_row (self, title, review->opinion);
    }
  if (cw_notice_get_settled_date (notice) != NULL)
    add_way_row (self, _("Settled by the two committees"), cw_notice_get_settled_date (notice));
  if (cw_notice_get_posted_date (notice) != NULL)
    {
      g_autofree char *where = g_strdup_printf ("%s · %s", cw_notice_get_posted_date (notice),
                                                cw_notice_get_posted_place (notice));
      add_way_row (self, _("Posted"), where);
    }
  if (cw_notice_get_withdrawn_date (notice) != NULL)
    {
      g_autofree char *why = g_strdup_printf ("%s · %s", cw_notice_get_withdrawn_date (notice),
                                              cw_notice_get_withdrawn_reason (notice));
      add_way_row (self, _("Withdrawn"), why);
    }
  for (guint i = 0; questions != NULL && i < questions->len; i++)
    {
      CwNoticeQuestion *question = g_ptr_array_index (questions, i);
      /* Translators: a question row, "Question by 李四, 2026-04-18" */
      g_autofree char *title = g_strdup_printf (_("Question by %s, %s"), question->asker, question->asked);
      g_autofree char *body = question->answered != NULL
        ? g_strdup_printf (_("%s — answered %s: %s"), question->question, question->answered, question->answer)
        : g_strdup_printf (_("%s — to be answered by %s%s"), question->question, question->answer_by,
                           cw_notice_question_is_late (question, today) ? _(" (late)") : "");
      add_way_row (self, title, body);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->way_group), cw_notice_get_state (notice) != CW_NOTICE_DRAFT ||
                                                         (questions != NULL && questions->len > 0));
}

/* The table as the board will show it, from the printout's own table:
 * what the clerk sees before printing is what is printed, masked alike. */
static void
show_table (CwNoticeEditor *self,
            CwNotice       *notice)
{
  CwDatabase *db = cw_record_editor_get_database (CW_RECORD_EDITOR (self));
  GPtrArray *table = cw_notice_get_table (notice);
  g_autoptr(CwPrintTable) printed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (table == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->table_row),
                                     _("None: a table comes from a CSV file or from a register, its first row the header"));
      adw_action_row_set_subtitle (self->table_row, "");
      cw_notice_table_view_set_table (self->table_view, NULL);
      return;
    }
  printed = cw_notice_print_table (db, notice, &error);
  cw_notice_table_view_set_table (self->table_view, printed);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row under the header, as it will be posted",
                                        "%u rows under the header, as they will be posted", table->len - 1),
                           table->len - 1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->table_row), title);
  if (printed == NULL)
    adw_action_row_set_subtitle (self->table_row, error->message);
  else if (cw_settings_get_mask_names (db))
    adw_action_row_set_subtitle (self->table_row, _("ID and mobile numbers masked, and names, as Settings ask"));
  else
    adw_action_row_set_subtitle (self->table_row, _("ID and mobile numbers masked"));
}

static void
table_chosen_cb (GtkNativeDialog *chooser,
                 int              response,
                 gpointer         user_data)
{
  CwNoticeEditor *self = user_data;
  CwNotice *notice = cw_record_editor_get_record (CW_RECORD_EDITOR (self));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *table;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      path = g_file_get_path (file);
      if ((table = cw_notice_table_read_csv (path, &error)) == NULL)
        cw_record_editor_show_problem (CW_RECORD_EDITOR (self), GTK_WIDGET (self->table_row), error->message);
      else
        {
          cw_notice_set_table (notice, table);
          self->table_changed = TRUE;
          show_table (self, notice);
        }
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
table_clicked_cb (CwNoticeEditor *self)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("A Table for the Notice"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                                               _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (table_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
table_clear_clicked_cb (CwNoticeEditor *self)
{
  CwNotice *notice = cw_record_editor_get_record (CW_RECORD_EDITOR (self));

  cw_notice_set_table (notice, NULL);
  self->table_changed = TRUE;
  show_table (self, notice);
}

static void
select_item (CwNoticeEditor *self,
             CwNotice       *notice)
{
  guint item_position = 0;

  for (guint i = 0; i < g_list_model_get_n_items (self->items); i++)
    {
      g_autoptr(CwNoticeItem) item = g_list_model_get_item (self->items, i);
      if (cw_notice_item_get_id (item) == cw_notice_get_item_id (notice))
        item_position = i + 1;
    }
  adw_combo_row_set_selected (self->item_row, item_position);
}

static void fields_to_record (CwRecordEditor *editor,
                              GObject        *record);

/* A table drafted from a register ("care:低保", "grids", "points:2026Q3"):
 * core reads it, names only, and suggests a title and catalogue item
 * where the fields have none yet. What was typed stays. */
static void
table_from_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CwNoticeEditor *self = CW_NOTICE_EDITOR (widget);
  CwRecordEditor *editor = CW_RECORD_EDITOR (widget);
  CwNotice *notice = cw_record_editor_get_record (editor);
  g_autoptr(CwNotice) drafted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;
  CwNoticeSource source;

  if (cw_notice_get_state (notice) != CW_NOTICE_DRAFT)
    return;
  drafted = cw_notice_copy (notice);
  fields_to_record (editor, G_OBJECT (drafted));
  if (!cw_notice_source_parse (g_variant_get_string (parameter, NULL), &source, &what, &error) ||
      !cw_notice_fill_from_source (cw_record_editor_get_database (editor), drafted, source, what, &error))
    {
      cw_record_editor_show_problem (editor, GTK_WIDGET (self->table_row), error->message);
      return;
    }
  cw_notice_set_table (notice, g_ptr_array_ref (cw_notice_get_table (drafted)));
  self->table_changed = TRUE;
  show_table (self, notice);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), cw_notice_get_title (drafted));
  gtk_editable_set_text (GTK_EDITABLE (self->period_row), cw_notice_get_period (drafted));
  adw_combo_row_set_selected (self->kind_row, cw_notice_get_kind (drafted));
  select_item (self, drafted);
}

/* The registers' menu: each care tag, the grid board, the points of this
 * quarter and the last. */
static GMenuModel *
create_register_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) care = g_menu_new ();
  g_autoptr(GMenu) points = g_menu_new ();
  g_autofree char *current = cw_quarter_current ();
  g_autofree char *previous = cw_quarter_previous (current);
  const char *quarters[] = { current, previous };

  for (guint i = 0; cw_vocabulary_tags[i] != NULL; i++)
    {
      g_autofree char *target = g_strconcat ("care:", cw_vocabulary_tags[i], NULL);
      g_autoptr(GMenuItem) item = g_menu_item_new (cw_vocabulary_tags[i], NULL);

      g_menu_item_set_action_and_target (item, "notice.table-from", "s", target);
      g_menu_append_item (care, item);
    }
  g_menu_append_submenu (menu, cw_notice_source_name (CW_NOTICE_SOURCE_CARE), G_MENU_MODEL (care));
  {
    g_autoptr(GMenuItem) item = g_menu_item_new (cw_notice_source_name (CW_NOTICE_SOURCE_GRIDS), NULL);
    g_menu_item_set_action_and_target (item, "notice.table-from", "s", "grids");
    g_menu_append_item (menu, item);
  }
  for (guint i = 0; i < G_N_ELEMENTS (quarters); i++)
    {
      g_autofree char *target = g_strconcat ("points:", quarters[i], NULL);
      g_autofree char *label = cw_quarter_label (quarters[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "notice.table-from", "s", target);
      g_menu_append_item (points, item);
    }
  g_menu_append_submenu (menu, cw_notice_source_name (CW_NOTICE_SOURCE_POINTS), G_MENU_MODEL (points));
  return G_MENU_MODEL (menu);
}

static void
record_to_fields (CwRecordEditor *editor,
                  GObject        *record)
{
  CwNoticeEditor *self = CW_NOTICE_EDITOR (editor);
  CwNotice *notice = CW_NOTICE (record);
  gboolean draft = cw_notice_get_state (notice) == CW_NOTICE_DRAFT;

  adw_combo_row_set_selected (self->kind_row, cw_notice_get_kind (notice));
  select_item (self, notice);
  gtk_editable_set_text (GTK_EDITABLE (self->period_row), cw_notice_get_period (notice));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), cw_notice_get_title (notice));
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), cw_notice_get_from (notice));
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), cw_notice_get_to (notice));
  gtk_editable_set_text (GTK_EDITABLE (self->issuer_row), cw_notice_get_issuer (notice));
  if (cw_notice_get_corrects_id (notice) != 0)
    {
      CwDatabase *db = cw_record_editor_get_database (editor);
      g_autoptr(CwNotice) old = cw_notice_load (db, cw_notice_get_corrects_id (notice), NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->corrects_row), old != NULL ? cw_notice_get_number (old) : "");
    }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), cw_notice_get_body (notice), -1);

  /* Past its draft the text is what was reviewed: shown, not edited. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->fields_group), draft);
  gtk_widget_set_visible (self->table_buttons, draft);
  show_table (self, notice);
  gtk_text_view_set_editable (self->body_view, draft);
  if (cw_record_editor_get_is_new (editor))
    gtk_window_set_title (GTK_WINDOW (self), _("New Notice"));
  else
    {
      g_autofree char *title = g_strdup_printf (_("Notice %s"), cw_notice_get_number (notice));
      g_autofree char *today = cw_date_today_text ();
      gtk_window_set_title (GTK_WINDOW (self), title);
      cw_record_editor_set_subtitle (editor, cw_notice_state_name (cw_notice_get_state_on (notice, today)));
      fill_way (self, notice);
    }
  /* A stored notice with neither text nor table cannot be posted: said
   * above the fields while it is open (a new one is still to be written). */
  if (!cw_record_editor_get_is_new (editor))
    {
      g_autoptr(GError) empty = NULL;

      if (!cw_notice_says_something (notice, &empty))
        cw_record_editor_show_problem (editor, NULL, empty->message);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
fields_to_record (CwRecordEditor *editor,
                  GObject        *record)
{
  CwNoticeEditor *self = CW_NOTICE_EDITOR (editor);
  CwNotice *notice = CW_NOTICE (record);
  guint item_position = adw_combo_row_get_selected (self->item_row);
  g_autofree char *period = cw_ui_row_text (GTK_WIDGET (self->period_row));
  g_autofree char *title = cw_ui_row_text (GTK_WIDGET (self->title_row));
  g_autofree char *from = cw_ui_row_text (GTK_WIDGET (self->from_row));
  g_autofree char *to = cw_ui_row_text (GTK_WIDGET (self->to_row));
  g_autofree char *issuer = cw_ui_row_text (GTK_WIDGET (self->issuer_row));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;
  g_autofree char *body = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  cw_notice_set_kind (notice, (CwNoticeKind) adw_combo_row_get_selected (self->kind_row));
  if (item_position > 0 && item_position <= g_list_model_get_n_items (self->items))
    {
      g_autoptr(CwNoticeItem) item = g_list_model_get_item (self->items, item_position - 1);
      cw_notice_set_item_id (notice, cw_notice_item_get_id (item));
    }
  else
    cw_notice_set_item_id (notice, 0);
  cw_notice_set_period (notice, period);
  cw_notice_set_title (notice, title);
  cw_notice_set_from (notice, from);
  cw_notice_set_to (notice, to);
  cw_notice_set_issuer (notice, issuer);
  cw_notice_set_body (notice, body);
}

static gboolean
save_record (CwRecordEditor  *editor,
             GObject         *record,
             GError         **error)
{
  CwNoticeEditor *self = CW_NOTICE_EDITOR (editor);
  CwDatabase *db = cw_record_editor_get_database (editor);
  g_autofree char *corrects = cw_ui_row_text (GTK_WIDGET (self->corrects_row));

  /* The notice corrected, by its number as the board shows it. */
  if (corrects[0] == '\0')
    cw_notice_set_corrects_id (CW_NOTICE (record), 0);
  else
    {
      g_autoptr(CwNotice) old = cw_notice_find (db, corrects, error);
      if (old == NULL)
        {
          g_prefix_error (error, "%s", _("Corrects: "));
          return FALSE;
        }
      cw_notice_set_corrects_id (CW_NOTICE (record), cw_notice_get_id (old));
    }

  if (cw_record_editor_get_is_new (editor))
    return cw_notice_add (db, CW_NOTICE (record), error) != 0;
  return cw_notice_update (db, CW_NOTICE (record), error);
}

static char *
saved_message (CwRecordEditor *editor,
               GObject        *record)
{
  return g_strdup_printf (cw_record_editor_get_is_new (editor) ? _("Notice %s drafted") : _("Notice %s saved"),
                          cw_notice_get_number (CW_NOTICE (record)));
}

/* The body is not a property: compare it too, against the fields as they
 * first showed (a new notice's defaults are not a change). */
static gboolean
modified (CwRecordEditor *editor)
{
  CwNoticeEditor *self = CW_NOTICE_EDITOR (editor);
  CwNotice *notice = cw_record_editor_get_baseline (editor);
  g_autoptr(CwNotice) read = cw_notice_copy (notice);

  fields_to_record (editor, G_OBJECT (read));
  return self->table_changed ||
         g_strcmp0 (cw_notice_get_title (read), cw_notice_get_title (notice)) != 0 ||
         g_strcmp0 (cw_notice_get_body (read), cw_notice_get_body (notice)) != 0 ||
         g_strcmp0 (cw_notice_get_from (read), cw_notice_get_from (notice)) != 0 ||
         g_strcmp0 (cw_notice_get_to (read), cw_notice_get_to (notice)) != 0 ||
         g_strcmp0 (cw_notice_get_period (read), cw_notice_get_period (notice)) != 0 ||
         g_strcmp0 (cw_notice_get_issuer (read), cw_notice_get_issuer (notice)) != 0 ||
         cw_notice_get_kind (read) != cw_notice_get_kind (notice) ||
         cw_notice_get_item_id (read) != cw_notice_get_item_id (notice);
}

CwNoticeEditor *
cw_notice_editor_new (GtkWidget  *owner,
                      CwDatabase *db,
                      CwNotice   *notice)
{
  return g_object_new (CW_TYPE_NOTICE_EDITOR, "database", db, "owner", owner, "record", notice, NULL);
}

/* The catalogue's items before the base fills the fields. */
static void
cw_notice_editor_constructed (GObject *object)
{
  CwNoticeEditor *self = CW_NOTICE_EDITOR (object);
  CwDatabase *db = cw_record_editor_get_database (CW_RECORD_EDITOR (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self->items = cw_notice_item_list (db, FALSE, NULL);
  if (self->items == NULL)
    self->items = G_LIST_MODEL (g_list_store_new (CW_TYPE_NOTICE_ITEM));
  gtk_string_list_append (names, _("None"));
  for (guint i = 0; i < g_list_model_get_n_items (self->items); i++)
    {
      g_autoptr(CwNoticeItem) item = g_list_model_get_item (self->items, i);
      gtk_string_list_append (names, cw_notice_item_get_name (item));
    }
  adw_combo_row_set_model (self->item_row, G_LIST_MODEL (names));
  {
    g_autoptr(GMenuModel) menu = create_register_menu ();
    gtk_menu_button_set_menu_model (self->register_button, menu);
  }

  G_OBJECT_CLASS (cw_notice_editor_parent_class)->constructed (object);
}

static void
cw_notice_editor_dispose (GObject *object)
{
  CwNoticeEditor *self = CW_NOTICE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), CW_TYPE_NOTICE_EDITOR);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (cw_notice_editor_parent_class)->dispose (object);
}

static void
cw_notice_editor_class_init (CwNoticeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CwRecordEditorClass *editor_class = CW_RECORD_EDITOR_CLASS (klass);

  object_class->constructed = cw_notice_editor_constructed;
  object_class->dispose = cw_notice_editor_dispose;
  editor_class->copy_record = copy_record;
  editor_class->fill = record_to_fields;
  editor_class->read = fields_to_record;
  editor_class->save = save_record;
  editor_class->saved_message = saved_message;
  editor_class->modified = modified;

  (void) cw_ui_get_resource ();
  g_type_ensure (CW_TYPE_NOTICE_TABLE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/cunwu/Cunwu/ui/cw-notice-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, fields_group);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, item_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, period_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, from_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, to_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, issuer_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, corrects_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, body_view);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, table_row);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, table_view);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, table_buttons);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, register_button);
  gtk_widget_class_bind_template_child (widget_class, CwNoticeEditor, way_group);
  gtk_widget_class_bind_template_callback (widget_class, table_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, table_clear_clicked_cb);
  gtk_widget_class_install_action (widget_class, "notice.table-from", "s", table_from_activated);
}

static void
cw_notice_editor_init (CwNoticeEditor *self)
{
  CwRecordEditor *editor = CW_RECORD_EDITOR (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Translators: the fields as notice errors name them ("Title: …") */
  cw_record_editor_add_field (editor, GTK_WIDGET (self->title_row), C_("field", "Title"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->from_row), C_("field", "Publicity period"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->period_row), C_("field", "Period"));
  cw_record_editor_add_field (editor, GTK_WIDGET (self->kind_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->item_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->to_row), NULL);
  cw_record_editor_add_field (editor, GTK_WIDGET (self->issuer_row), NULL);
  /* Translators: the field as the editor's errors name it ("Corrects: …") */
  cw_record_editor_add_field (editor, GTK_WIDGET (self->corrects_row), C_("field", "Corrects"));
}

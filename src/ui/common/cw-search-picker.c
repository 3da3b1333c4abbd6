/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-search-picker"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/common/cw-search-picker.h"

/* More matches than this are not worth scrolling through: typing one
 * more character is faster. */
#define MAX_SHOWN 50

struct _CwSearchPicker
{
  GtkWidget                   parent_instance;

  GtkWidget                  *entry;
  GtkWidget                  *popover;
  GtkWidget                  *scrolled;
  GtkWidget                  *list_view;
  GtkCustomFilter            *filter;
  GtkFilterListModel         *filtered;
  GtkSortListModel           *sorted;
  GtkSliceListModel          *slice;
  GtkSingleSelection         *selection;

  CwSearchPickerMatchFunc     match;
  CwSearchPickerDescribeFunc  describe;
  gpointer                    user_data;

  char                       *query;
  gboolean                    setting_text;
  guint                       popdown_source;
};

G_DEFINE_FINAL_TYPE (CwSearchPicker, cw_search_picker, GTK_TYPE_WIDGET)

enum {
  PICKED,
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
score (CwSearchPicker *self,
       gpointer        item)
{
  if (self->query == NULL || self->query[0] == '\0' || self->match == NULL)
    return 0;

  return self->match (item, self->query, self->user_data);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  return score (user_data, item) > 0;
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  CwSearchPicker *self = user_data;
  int score_a = score (self, (gpointer) a);
  int score_b = score (self, (gpointer) b);

  /* Better first; the sort is stable, so equal ones keep their order. */
  return score_a > score_b ? -1 : (score_a < score_b ? 1 : 0);
}

static void
update_popover (CwSearchPicker *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->slice));

  if (n > 0 && (gtk_widget_get_state_flags (self->entry) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_popover_popup (GTK_POPOVER (self->popover));
    }
  else
    {
      gtk_popover_popdown (GTK_POPOVER (self->popover));
    }
}

static void
entry_changed_cb (CwSearchPicker *self,
                  GtkEditable    *entry)
{
  g_free (self->query);
  self->query = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sorted), GTK_SORTER_CHANGE_DIFFERENT);

  if (!self->setting_text)
    update_popover (self);
}

static void
pick (CwSearchPicker *self,
      gpointer        item)
{
  g_autoptr(GObject) keep = g_object_ref (item);

  gtk_popover_popdown (GTK_POPOVER (self->popover));
  g_signal_emit (self, signals[PICKED], 0, keep);
}

gpointer
cw_search_picker_get_best (CwSearchPicker *self)
{
  gpointer item;

  g_return_val_if_fail (CW_IS_SEARCH_PICKER (self), NULL);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->slice)) == 0)
    return NULL;

  item = gtk_single_selection_get_selected_item (self->selection);
  if (item == NULL || !gtk_widget_get_visible (self->popover))
    {
      g_autoptr(GObject) first = g_list_model_get_item (G_LIST_MODEL (self->slice), 0);

      /* Still owned by the model that holds the records. */
      return first;
    }

  return item;
}

gboolean
cw_search_picker_pick_best (CwSearchPicker *self)
{
  gpointer item;

  g_return_val_if_fail (CW_IS_SEARCH_PICKER (self), FALSE);

  item = cw_search_picker_get_best (self);
  if (item == NULL)
    return FALSE;

  pick (self, item);

  return TRUE;
}

static void
entry_activate_cb (CwSearchPicker *self,
                   GtkEntry       *entry)
{
  if (!cw_search_picker_pick_best (self))
    g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
move_selection (CwSearchPicker *self,
                int             delta)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->slice));
  guint selected = gtk_single_selection_get_selected (self->selection);
  guint next;

  if (n == 0)
    return;

  if (!gtk_widget_get_visible (self->popover))
    {
      gtk_popover_popup (GTK_POPOVER (self->popover));
      gtk_single_selection_set_selected (self->selection, 0);
      return;
    }

  if (selected == GTK_INVALID_LIST_POSITION)
    next = 0;
  else if (delta < 0)
    next = selected == 0 ? n - 1 : selected - 1;
  else
    next = selected + 1 >= n ? 0 : selected + 1;

  gtk_single_selection_set_selected (self->selection, next);
  gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", next);
}

static gboolean
key_pressed_cb (CwSearchPicker        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_selection (self, +1);
      return g_list_model_get_n_items (G_LIST_MODEL (self->slice)) > 0;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_selection (self, -1);
      return g_list_model_get_n_items (G_LIST_MODEL (self->slice)) > 0;

    case GDK_KEY_Escape:
      if (gtk_widget_get_visible (self->popover))
        {
          gtk_popover_popdown (GTK_POPOVER (self->popover));
          return TRUE;
        }
      return FALSE;

    default:
      return FALSE;
    }
}

static gboolean
popdown_idle_cb (gpointer user_data)
{
  CwSearchPicker *self = user_data;

  self->popdown_source = 0;
  gtk_popover_popdown (GTK_POPOVER (self->popover));

  return G_SOURCE_REMOVE;
}

/* Leaving the entry closes the list, but only after a click in the list
 * has had its chance to pick. */
static void
focus_leave_cb (CwSearchPicker *self)
{
  if (self->popdown_source == 0)
    self->popdown_source = g_timeout_add (150, popdown_idle_cb, self);
}

static void
list_activate_cb (CwSearchPicker *self,
                  guint           position,
                  GtkListView    *list_view)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->slice), position);

  if (item != NULL)
    pick (self, item);
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CwSearchPicker           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CwSearchPicker           *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *title_text = NULL;
  g_autofree char *subtitle_text = NULL;

  if (self->describe != NULL)
    self->describe (gtk_list_item_get_item (item), &title_text, &subtitle_text, self->user_data);

  gtk_label_set_text (GTK_LABEL (title), title_text != NULL ? title_text : "");
  gtk_label_set_text (GTK_LABEL (subtitle), subtitle_text != NULL ? subtitle_text : "");
  gtk_widget_set_visible (subtitle, subtitle_text != NULL && subtitle_text[0] != '\0');
}

GtkWidget *
cw_search_picker_new (void)
{
  return g_object_new (CW_TYPE_SEARCH_PICKER, NULL);
}

void
cw_search_picker_set_funcs (CwSearchPicker             *self,
                            CwSearchPickerMatchFunc     match,
                            CwSearchPickerDescribeFunc  describe,
                            gpointer                    user_data)
{
  g_return_if_fail (CW_IS_SEARCH_PICKER (self));

  self->match = match;
  self->describe = describe;
  self->user_data = user_data;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
cw_search_picker_set_items (CwSearchPicker *self,
                            GListModel     *items)
{
  g_return_if_fail (CW_IS_SEARCH_PICKER (self));

  gtk_filter_list_model_set_model (self->filtered, items);
}

void
cw_search_picker_set_placeholder (CwSearchPicker *self,
                                  const char     *text)
{
  g_return_if_fail (CW_IS_SEARCH_PICKER (self));

  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

const char *
cw_search_picker_get_text (CwSearchPicker *self)
{
  g_return_val_if_fail (CW_IS_SEARCH_PICKER (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->entry));
}

void
cw_search_picker_set_text (CwSearchPicker *self,
                           const char     *text)
{
  g_return_if_fail (CW_IS_SEARCH_PICKER (self));

  self->setting_text = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
  self->setting_text = FALSE;
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

GtkWidget *
cw_search_picker_get_entry (CwSearchPicker *self)
{
  g_return_val_if_fail (CW_IS_SEARCH_PICKER (self), NULL);

  return self->entry;
}

static gboolean
cw_search_picker_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (CW_SEARCH_PICKER (widget)->entry);
}

static void
cw_search_picker_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  gtk_widget_measure (CW_SEARCH_PICKER (widget)->entry, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* No layout manager: the popover must be presented on every allocation. */
static void
cw_search_picker_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  CwSearchPicker *self = CW_SEARCH_PICKER (widget);

  gtk_widget_size_allocate (self->entry, &(GtkAllocation) { 0, 0, width, height }, baseline);

  /* The list is as wide as the field, so that long names fit. */
  gtk_widget_set_size_request (self->scrolled, MAX (width - 12, 280), -1);
  gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
cw_search_picker_dispose (GObject *object)
{
  CwSearchPicker *self = CW_SEARCH_PICKER (object);

  g_clear_handle_id (&self->popdown_source, g_source_remove);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->entry, gtk_widget_unparent);

  G_OBJECT_CLASS (cw_search_picker_parent_class)->dispose (object);
}

static void
cw_search_picker_finalize (GObject *object)
{
  CwSearchPicker *self = CW_SEARCH_PICKER (object);

  g_clear_object (&self->selection);
  g_free (self->query);

  G_OBJECT_CLASS (cw_search_picker_parent_class)->finalize (object);
}

static void
cw_search_picker_class_init (CwSearchPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cw_search_picker_dispose;
  object_class->finalize = cw_search_picker_finalize;
  widget_class->grab_focus = cw_search_picker_grab_focus;
  widget_class->measure = cw_search_picker_measure;
  widget_class->size_allocate = cw_search_picker_size_allocate;

  /**
   * CwSearchPicker::picked:
   * @item: the record picked
   */
  signals[PICKED] =
    g_signal_new ("picked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  /* Enter with nothing to pick. */
  signals[ACTIVATE] =
    g_signal_new ("activate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "cw-search-picker");
}

static void
cw_search_picker_init (CwSearchPicker *self)
{
  GtkListItemFactory *factory;
  GtkEventController *controller;
  self->entry = gtk_entry_new ();
  gtk_entry_set_icon_from_icon_name (GTK_ENTRY (self->entry), GTK_ENTRY_ICON_PRIMARY,
                                     "system-search-symbolic");
  gtk_widget_set_hexpand (self->entry, TRUE);
  gtk_widget_set_parent (self->entry, GTK_WIDGET (self));

  g_signal_connect_object (self->entry, "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (entry_activate_cb), self, G_CONNECT_SWAPPED);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->entry, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->entry, controller);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                          GTK_SORTER (gtk_custom_sorter_new (sort_func, self, NULL)));
  self->slice = gtk_slice_list_model_new (G_LIST_MODEL (self->sorted), 0, MAX_SHOWN);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->slice)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  /* The slice list model holds its own reference. */
  g_object_unref (self->slice);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), self);

  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list_view), TRUE);
  /* The row Enter would pick shows as selected. */
  gtk_widget_add_css_class (self->list_view, "navigation-sidebar");
  /* The keyboard stays in the entry: the list is moved from there. */
  gtk_widget_set_focusable (self->list_view, FALSE);
  gtk_widget_set_can_focus (self->list_view, FALSE);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (list_activate_cb), self, G_CONNECT_SWAPPED);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->list_view);

  self->popover = gtk_popover_new ();
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
  gtk_widget_set_halign (self->popover, GTK_ALIGN_START);
  gtk_widget_set_can_focus (self->popover, FALSE);
  gtk_popover_set_child (GTK_POPOVER (self->popover), self->scrolled);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-announcement"

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "report/common/cw-pdf.h"
#include "report/common/cw-print-font.h"
#include "report/points/cw-points-announcement.h"
#include "report/common/cw-workbook.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/points/cw-point-quarter.h"
#include "core/points/cw-point-rule.h"
#include "core/points/cw-point-tally.h"
#include "core/common/cw-quarter.h"
#include "core/village/cw-settings.h"
#include "core/village/cw-village.h"

/* A4 in points. */
#define A4_WIDTH   595.2756
#define A4_HEIGHT  841.8898

#define FONT_FAMILIES CW_PRINT_FONT_FAMILIES
/* A notice board is read standing, from a step away: 五号 (10.5 pt) for
 * the table, larger for the title and the group names. */
#define TITLE_SIZE    18.0
#define HEADING_SIZE  11.5
#define BODY_SIZE     10.5
#define SMALL_SIZE     8.5

#define MARGIN_X      48.0    /* 17 mm */
#define MARGIN_TOP    42.0
#define MARGIN_BOTTOM 48.0    /* room for the page numbers */
#define PAD_X          4.0
#define PAD_Y          3.5
#define LINE_WIDTH     0.6
#define GROUP_GAP     12.0    /* between one group's table and the next group's name */
#define SEAL_ROOM     48.0    /* above the committee's name, where the seal goes */
/* At least this many rows stay with a group's name and header, so that a
 * name never stands alone at the foot of a page. */
#define KEEP_ROWS      3

#define N_COLUMNS 5

/* The share of the table's width each column gets; the name the most. */
static const double column_share[N_COLUMNS] = { 0.36, 0.16, 0.16, 0.16, 0.16 };

typedef struct
{
  char *name;
  guint group;          /* index into groups */
  gint64 quarter_points;
  gint64 year_points;
  gint64 balance;
  int   group_rank;
} Row;

typedef struct
{
  char  *name;
  guint  first_row;
  guint  n_rows;
} Group;

typedef enum
{
  ITEM_TITLE,
  ITEM_HEADING,         /* index: the group; continued: "(续)" */
  ITEM_HEADER,
  ITEM_ROW,             /* index: the row */
  ITEM_EMPTY,           /* the quarter lists nobody */
  ITEM_CLOSING,
} ItemKind;

typedef struct
{
  ItemKind kind;
  guint    index;
  gboolean continued;
  double   y;
} Item;

struct _CwPointsAnnouncement
{
  GObject                parent_instance;

  char                  *scheme;
  char                  *quarter;
  char                  *title;
  char                  *intro;
  char                  *period;        /* "公示期：…" */
  char                  *objection;
  char                  *committee;
  char                  *issue_date;
  const char            *headers[N_COLUMNS];
  GArray                *rows;          /* Row */
  GArray                *groups;        /* Group */

  PangoContext          *context;
  PangoFontDescription  *title_font;
  PangoFontDescription  *heading_font;
  PangoFontDescription  *body_font;
  PangoFontDescription  *bold_font;
  PangoFontDescription  *small_font;

  /* Set by get_n_pages(). */
  gboolean               laid_out;
  double                 page_w;
  double                 page_h;
  double                 table_w;
  double                 col_w[N_COLUMNS];
  double                 title_h;
  double                 running_h;
  double                 heading_h;
  double                 header_h;
  double                 row_h;
  double                 body_line_h;
  double                 closing_h;
  GArray                *items;         /* Item */
  GArray                *page_starts;   /* guint: first item of each page */
};

G_DEFINE_FINAL_TYPE (CwPointsAnnouncement, cw_points_announcement, G_TYPE_OBJECT)

static void
row_clear (gpointer data)
{
  g_free (((Row *) data)->name);
}

static void
group_clear (gpointer data)
{
  g_free (((Group *) data)->name);
}

static void
cw_points_announcement_finalize (GObject *object)
{
  CwPointsAnnouncement *self = CW_POINTS_ANNOUNCEMENT (object);

  g_free (self->scheme);
  g_free (self->quarter);
  g_free (self->title);
  g_free (self->intro);
  g_free (self->period);
  g_free (self->objection);
  g_free (self->committee);
  g_free (self->issue_date);
  g_array_unref (self->rows);
  g_array_unref (self->groups);
  g_clear_object (&self->context);
  g_clear_pointer (&self->title_font, pango_font_description_free);
  g_clear_pointer (&self->heading_font, pango_font_description_free);
  g_clear_pointer (&self->body_font, pango_font_description_free);
  g_clear_pointer (&self->bold_font, pango_font_description_free);
  g_clear_pointer (&self->small_font, pango_font_description_free);
  g_array_unref (self->items);
  g_array_unref (self->page_starts);

  G_OBJECT_CLASS (cw_points_announcement_parent_class)->finalize (object);
}

static void
cw_points_announcement_class_init (CwPointsAnnouncementClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cw_points_announcement_finalize;
}

static PangoFontDescription *
make_font (double   size,
           gboolean bold)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILIES);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

static void
cw_points_announcement_init (CwPointsAnnouncement *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  self->groups = g_array_new (FALSE, TRUE, sizeof (Group));
  g_array_set_clear_func (self->groups, group_clear);
  self->items = g_array_new (FALSE, FALSE, sizeof (Item));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->title_font = make_font (TITLE_SIZE, TRUE);
  self->heading_font = make_font (HEADING_SIZE, TRUE);
  self->body_font = make_font (BODY_SIZE, FALSE);
  self->bold_font = make_font (BODY_SIZE, TRUE);
  self->small_font = make_font (SMALL_SIZE, FALSE);
}

char *
cw_points_mask_name (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  glong length;
  GString *masked;
  const char *last;

  if (!g_utf8_validate (trimmed, -1, NULL))
    return g_strdup (trimmed);
  length = g_utf8_strlen (trimmed, -1);
  if (length < 2)
    return g_steal_pointer (&trimmed);

  masked = g_string_new (NULL);
  g_string_append_len (masked, trimmed, g_utf8_next_char (trimmed) - trimmed);
  if (length == 2)
    {
      g_string_append_c (masked, '*');
      return g_string_free (masked, FALSE);
    }
  for (glong i = 0; i < length - 2; i++)
    g_string_append_c (masked, '*');
  last = g_utf8_offset_to_pointer (trimmed, length - 1);
  g_string_append (masked, last);
  return g_string_free (masked, FALSE);
}

/* "2026年10月8日" from "2026-10-08"; the blank form when @iso is NULL. */
static char *
long_date (const char *iso)
{
  GDate date;

  if (iso == NULL || !cw_date_parse (iso, &date, NULL))
    /* Translators: a date left blank on a printed notice, to be filled in
     * by hand: "____年__月__日" */
    return g_strdup (_("______ - ____ - ____"));
  /* Translators: a date on a printed notice, year, month, day:
   * "%d年%d月%d日" */
  return g_strdup_printf (_("%d-%02d-%02d"), g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* Every string from the database passes the workbook's gate: Pango warns
 * about invalid UTF-8 (fatal in tests) and draws control characters as
 * boxes. */
static char *
repaired_dup (const char *text)
{
  char *repaired = cw_workbook_repair_text (text);

  return repaired != NULL ? repaired : g_strdup (text != NULL ? text : "");
}

static void
read_texts (CwPointsAnnouncement *self,
            CwDatabase           *db)
{
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);
  g_autofree char *village_name = repaired_dup (village != NULL ? cw_village_get_name (village) : "");
  g_autofree char *label = cw_quarter_label (self->quarter);
  g_autofree char *from = NULL, *to = NULL;
  g_autofree char *from_text = NULL, *to_text = NULL;
  g_autofree char *place = cw_settings_get_objection_place (db);
  gboolean party = g_str_equal (self->scheme, CW_SCHEME_PARTY);
  gboolean published = cw_point_quarter_get_publication (db, self->quarter, &from, &to);

  self->title = party
    /* Translators: a printed notice's title: the village, the quarter;
     * "%s%s党员积分公示", e.g. 青山村2026年第三季度党员积分公示 */
    ? g_strdup_printf (_("%s %s: party members’ points"), village_name, label)
    /* Translators: a printed notice's title: the village, the quarter;
     * "%s%s积分公示", e.g. 青山村2026年第三季度积分公示 */
    : g_strdup_printf (_("%s %s: points announcement"), village_name, label);
  self->intro = g_strdup (party
                          ? _("The reviewed points of every party member this quarter, by village group. "
                              "The rank is the rank within the group; equal points share a rank.")
                          : _("The reviewed points of every household this quarter, by village group. "
                              "The rank is the rank within the group; equal points share a rank. "
                              "The balance is what the household may still spend in the points shop."));

  from_text = long_date (published ? from : NULL);
  to_text = long_date (published ? to : NULL);
  /* Translators: "公示期：%s 至 %s" */
  self->period = g_strdup_printf (_("Publicity period: %s to %s"), from_text, to_text);
  if (place[0] != '\0')
    self->objection = repaired_dup (place);
  else
    self->objection = g_strdup (_("Anyone who objects may raise it with the villagers’ committee "
                                  "during the publicity period."));
  /* Translators: who issues a notice: "%s村民委员会" */
  self->committee = g_strdup_printf (_("%s Villagers’ Committee"), village_name);
  self->issue_date = long_date (published ? from : NULL);

  self->headers[0] = party ? _("Party member") : _("Head of household");
  self->headers[1] = _("This quarter");
  self->headers[2] = _("Year to date");
  self->headers[3] = party ? _("Total earned") : _("Balance");
  self->headers[4] = _("Rank in group");
}

CwPointsAnnouncement *
cw_points_announcement_new (CwDatabase  *db,
                            const char  *scheme,
                            const char  *quarter,
                            GError     **error)
{
  g_autoptr(CwPointsAnnouncement) self = NULL;
  g_autoptr(GListModel) tally = NULL;
  g_autofree char *canonical = NULL;
  gboolean masked;
  guint n;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (quarter != NULL, NULL);

  if (!cw_quarter_parse (quarter, &canonical, error))
    return NULL;
  tally = cw_point_tally_quarter (db, scheme, canonical, error);
  if (tally == NULL)
    return NULL;

  self = g_object_new (CW_TYPE_POINTS_ANNOUNCEMENT, NULL);
  self->scheme = g_strdup (scheme);
  self->quarter = g_steal_pointer (&canonical);
  read_texts (self, db);
  masked = cw_settings_get_mask_names (db);

  /* The tally comes ordered by group, then rank in the group. */
  n = g_list_model_get_n_items (tally);
  g_array_set_size (self->rows, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwPointTallyRow) tally_row = g_list_model_get_item (tally, i);
      Row *row = &g_array_index (self->rows, Row, i);
      g_autofree char *group_name = repaired_dup (cw_point_tally_row_get_group_name (tally_row));
      g_autofree char *name = repaired_dup (cw_point_tally_row_get_name (tally_row));

      row->name = masked ? cw_points_mask_name (name) : g_steal_pointer (&name);
      row->quarter_points = cw_point_tally_row_get_quarter_points (tally_row);
      row->year_points = cw_point_tally_row_get_year_points (tally_row);
      row->balance = cw_point_tally_row_get_balance (tally_row);
      row->group_rank = cw_point_tally_row_get_group_rank (tally_row);

      if (self->groups->len == 0 ||
          !g_str_equal (g_array_index (self->groups, Group, self->groups->len - 1).name, group_name))
        {
          Group group = { g_strdup (group_name), i, 0 };

          g_array_append_val (self->groups, group);
        }
      g_array_index (self->groups, Group, self->groups->len - 1).n_rows++;
      row->group = self->groups->len - 1;
    }
  return g_steal_pointer (&self);
}

const char *
cw_points_announcement_get_title (CwPointsAnnouncement *self)
{
  g_return_val_if_fail (CW_IS_POINTS_ANNOUNCEMENT (self), NULL);
  return self->title;
}

guint
cw_points_announcement_get_n_rows (CwPointsAnnouncement *self)
{
  g_return_val_if_fail (CW_IS_POINTS_ANNOUNCEMENT (self), 0);
  return self->rows->len;
}

/* Our own context, so that measuring and drawing agree whatever cairo_t
 * comes along: 72 dpi (one point per unit) and no hinting of metrics. */
static void
ensure_context (CwPointsAnnouncement *self,
                cairo_t              *cr)
{
  if (self->context == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pango_context_set_language (self->context, pango_language_from_string ("zh-cn"));
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (self->context, options);
      cairo_font_options_destroy (options);
    }
  pango_cairo_update_context (cr, self->context);
  pango_cairo_context_set_resolution (self->context, 72.0);
}

/* A layout @width wide that wraps (@wrap) or stays on one line and ends
 * in an ellipsis when too long. */
static PangoLayout *
new_layout (CwPointsAnnouncement        *self,
            const PangoFontDescription  *font,
            double                       width,
            PangoAlignment               alignment,
            gboolean                     wrap)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_width (layout, pango_units_from_double (width));
  if (wrap)
    pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  else
    {
      pango_layout_set_single_paragraph_mode (layout, TRUE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static double
text_height (CwPointsAnnouncement        *self,
             const PangoFontDescription  *font,
             double                       width,
             const char                  *text)
{
  g_autoptr(PangoLayout) layout = new_layout (self, font, width, PANGO_ALIGN_LEFT, TRUE);

  pango_layout_set_text (layout, text, -1);
  return layout_height (layout);
}

/* The closing block: a gap, the period, the objection, room for the
 * seal, the committee and the date. */
static double
closing_height (CwPointsAnnouncement *self)
{
  return 18 + text_height (self, self->body_font, self->table_w, self->period) + 6 +
         text_height (self, self->body_font, self->table_w, self->objection) + SEAL_ROOM +
         2 * self->body_line_h + 6;
}

static void
add_item (CwPointsAnnouncement *self,
          ItemKind              kind,
          guint                 index,
          gboolean              continued,
          double                y)
{
  Item item = { kind, index, continued, y };

  g_array_append_val (self->items, item);
}

typedef struct
{
  CwPointsAnnouncement *self;
  double                y;
  double                bottom;
} Flow;

static void
new_page (Flow *flow)
{
  guint start = flow->self->items->len;

  g_array_append_val (flow->self->page_starts, start);
  flow->y = MARGIN_TOP + flow->self->running_h;
}

int
cw_points_announcement_get_n_pages (CwPointsAnnouncement *self,
                                    cairo_t              *measuring_cr,
                                    double                page_w,
                                    double                page_h)
{
  Flow flow = { self, MARGIN_TOP, page_h - MARGIN_BOTTOM };
  guint first = 0;
  double header_text_h = 0;

  g_return_val_if_fail (CW_IS_POINTS_ANNOUNCEMENT (self), 0);
  g_return_val_if_fail (measuring_cr != NULL, 0);

  ensure_context (self, measuring_cr);
  self->page_w = page_w;
  self->page_h = page_h;
  self->table_w = page_w - 2 * MARGIN_X;
  for (guint c = 0; c < N_COLUMNS; c++)
    self->col_w[c] = self->table_w * column_share[c];
  g_array_set_size (self->items, 0);
  g_array_set_size (self->page_starts, 0);

  /* Every row is one line high (names end in an ellipsis rather than
   * wrap), so a thousand rows need no measuring at all. */
  self->body_line_h = text_height (self, self->body_font, self->table_w, "国");
  self->row_h = self->body_line_h + 2 * PAD_Y;
  for (guint c = 0; c < N_COLUMNS; c++)
    header_text_h = MAX (header_text_h, text_height (self, self->bold_font, self->col_w[c] - 2 * PAD_X,
                                                     self->headers[c]));
  self->header_h = header_text_h + 2 * PAD_Y;
  self->heading_h = text_height (self, self->heading_font, self->table_w, "国") + 5;
  self->running_h = text_height (self, self->small_font, self->table_w, "国") + 8;
  self->title_h = text_height (self, self->title_font, self->table_w, self->title) + 8 +
                  text_height (self, self->small_font, self->table_w, self->intro) + 12;
  self->closing_h = closing_height (self);

  g_array_append_val (self->page_starts, first);
  add_item (self, ITEM_TITLE, 0, FALSE, flow.y);
  flow.y += self->title_h;

  if (self->rows->len == 0)
    {
      add_item (self, ITEM_EMPTY, 0, FALSE, flow.y);
      flow.y += self->row_h;
    }

  for (guint g = 0; g < self->groups->len; g++)
    {
      const Group *group = &g_array_index (self->groups, Group, g);
      double keep = self->heading_h + self->header_h + MIN (group->n_rows, KEEP_ROWS) * self->row_h;

      if (g > 0)
        flow.y += GROUP_GAP;
      if (flow.y + keep > flow.bottom)
        new_page (&flow);
      add_item (self, ITEM_HEADING, g, FALSE, flow.y);
      flow.y += self->heading_h;
      add_item (self, ITEM_HEADER, g, FALSE, flow.y);
      flow.y += self->header_h;

      for (guint r = group->first_row; r < group->first_row + group->n_rows; r++)
        {
          if (flow.y + self->row_h > flow.bottom)
            {
              /* The group goes on under its name and "(续)", and the
               * header again. */
              new_page (&flow);
              add_item (self, ITEM_HEADING, g, TRUE, flow.y);
              flow.y += self->heading_h;
              add_item (self, ITEM_HEADER, g, TRUE, flow.y);
              flow.y += self->header_h;
            }
          add_item (self, ITEM_ROW, r, FALSE, flow.y);
          flow.y += self->row_h;
        }
    }

  if (flow.y + self->closing_h > flow.bottom)
    new_page (&flow);
  add_item (self, ITEM_CLOSING, 0, FALSE, flow.y);

  self->laid_out = TRUE;
  return (int) self->page_starts->len;
}

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* The cells' layouts, made once per page and given each row's text. */
typedef struct
{
  PangoLayout *cells[N_COLUMNS];
  PangoLayout *headers[N_COLUMNS];
} PageLayouts;

static void
page_layouts_init (CwPointsAnnouncement *self,
                   PageLayouts          *layouts)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double w = self->col_w[c] - 2 * PAD_X;

      layouts->cells[c] = new_layout (self, self->body_font, w, c == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_CENTER,
                                      FALSE);
      layouts->headers[c] = new_layout (self, self->bold_font, w, PANGO_ALIGN_CENTER, TRUE);
      pango_layout_set_text (layouts->headers[c], self->headers[c], -1);
    }
}

static void
page_layouts_clear (PageLayouts *layouts)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_clear_object (&layouts->cells[c]);
      g_clear_object (&layouts->headers[c]);
    }
}

/* A row of cells with a thin border around each; nothing drawn outside
 * its cell. */
static void
draw_row (CwPointsAnnouncement *self,
          cairo_t              *cr,
          PangoLayout         **layouts,
          double                top,
          double                height,
          gboolean              shaded,
          double                shade)
{
  double x = MARGIN_X;

  if (shaded)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, shade, shade, shade);
      cairo_rectangle (cr, MARGIN_X, top, self->table_w, height);
      cairo_fill (cr);
      cairo_restore (cr);
    }
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double w = self->col_w[c];
      double text_h = layout_height (layouts[c]);

      cairo_save (cr);
      cairo_rectangle (cr, x, top, w, height);
      cairo_clip (cr);
      show_layout_at (cr, layouts[c], x + PAD_X, top + MAX ((height - text_h) / 2, 0));
      cairo_restore (cr);
      cairo_rectangle (cr, x, top, w, height);
      cairo_stroke (cr);
      x += w;
    }
}

static void
draw_heading (CwPointsAnnouncement *self,
              cairo_t              *cr,
              const Item           *item)
{
  const Group *group = &g_array_index (self->groups, Group, item->index);
  g_autoptr(PangoLayout) layout = new_layout (self, self->heading_font, self->table_w, PANGO_ALIGN_LEFT, FALSE);
  g_autofree char *text = NULL;

  if (item->continued)
    /* Translators: a village group's table continued on the next page:
     * "%s（续）" */
    text = g_strdup_printf (_("%s (continued)"), group->name);
  else if (g_str_equal (self->scheme, CW_SCHEME_PARTY))
    /* Translators: a village group's name above its table: "%s（共 %u 名党员）" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u party member)", "%s (%u party members)",
                                         group->n_rows),
                            group->name, group->n_rows);
  else
    /* Translators: a village group's name above its table: "%s（共 %u 户）" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u household)", "%s (%u households)",
                                         group->n_rows),
                            group->name, group->n_rows);
  pango_layout_set_text (layout, text, -1);
  show_layout_at (cr, layout, MARGIN_X, item->y);
}

static void
draw_title (CwPointsAnnouncement *self,
            cairo_t              *cr,
            double                y)
{
  g_autoptr(PangoLayout) title = new_layout (self, self->title_font, self->table_w, PANGO_ALIGN_CENTER, TRUE);
  g_autoptr(PangoLayout) intro = new_layout (self, self->small_font, self->table_w, PANGO_ALIGN_LEFT, TRUE);

  pango_layout_set_text (title, self->title, -1);
  show_layout_at (cr, title, MARGIN_X, y);
  y += layout_height (title) + 8;
  pango_layout_set_text (intro, self->intro, -1);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  show_layout_at (cr, intro, MARGIN_X, y);
  cairo_restore (cr);
}

static void
draw_closing (CwPointsAnnouncement *self,
              cairo_t              *cr,
              double                y)
{
  g_autoptr(PangoLayout) text = new_layout (self, self->body_font, self->table_w, PANGO_ALIGN_LEFT, TRUE);
  /* The committee and the date right-aligned under each other, the seal
   * stamped over both as offices do. */
  double signature_w = MIN (self->table_w, 220);
  g_autoptr(PangoLayout) signature = new_layout (self, self->body_font, signature_w, PANGO_ALIGN_CENTER, TRUE);
  double x = MARGIN_X + self->table_w - signature_w;

  y += 18;
  pango_layout_set_text (text, self->period, -1);
  show_layout_at (cr, text, MARGIN_X, y);
  y += layout_height (text) + 6;
  pango_layout_set_text (text, self->objection, -1);
  show_layout_at (cr, text, MARGIN_X, y);
  y += layout_height (text) + SEAL_ROOM;

  pango_layout_set_text (signature, self->committee, -1);
  show_layout_at (cr, signature, x, y);
  y += self->body_line_h + 6;
  pango_layout_set_text (signature, self->issue_date, -1);
  show_layout_at (cr, signature, x, y);
}

void
cw_points_announcement_draw_page (CwPointsAnnouncement *self,
                                  cairo_t              *cr,
                                  int                   page)
{
  PageLayouts layouts = { { NULL } };
  g_autoptr(PangoLayout) footer = NULL;
  g_autofree char *footer_text = NULL;
  guint first, last;
  int n_pages;

  g_return_if_fail (CW_IS_POINTS_ANNOUNCEMENT (self));
  g_return_if_fail (self->laid_out);
  n_pages = (int) self->page_starts->len;
  g_return_if_fail (page >= 0 && page < n_pages);

  ensure_context (self, cr);
  first = g_array_index (self->page_starts, guint, page);
  last = page + 1 < n_pages ? g_array_index (self->page_starts, guint, page + 1) : self->items->len;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, LINE_WIDTH);
  page_layouts_init (self, &layouts);

  if (page > 0)
    {
      /* A loose page still says which notice it belongs to. */
      g_autoptr(PangoLayout) running = new_layout (self, self->small_font, self->table_w, PANGO_ALIGN_LEFT, FALSE);

      pango_layout_set_text (running, self->title, -1);
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      show_layout_at (cr, running, MARGIN_X, MARGIN_TOP);
      cairo_restore (cr);
    }

  for (guint i = first; i < last; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      switch (item->kind)
        {
        case ITEM_TITLE:
          draw_title (self, cr, item->y);
          break;
        case ITEM_HEADING:
          draw_heading (self, cr, item);
          break;
        case ITEM_HEADER:
          draw_row (self, cr, layouts.headers, item->y, self->header_h, TRUE, 0.88);
          break;
        case ITEM_ROW:
          {
            const Row *row = &g_array_index (self->rows, Row, item->index);
            const Group *group = &g_array_index (self->groups, Group, row->group);
            char numbers[4][24];

            g_snprintf (numbers[0], sizeof numbers[0], "%" G_GINT64_FORMAT, row->quarter_points);
            g_snprintf (numbers[1], sizeof numbers[1], "%" G_GINT64_FORMAT, row->year_points);
            g_snprintf (numbers[2], sizeof numbers[2], "%" G_GINT64_FORMAT, row->balance);
            g_snprintf (numbers[3], sizeof numbers[3], "%d", row->group_rank);
            pango_layout_set_text (layouts.cells[0], row->name, -1);
            for (guint c = 1; c < N_COLUMNS; c++)
              pango_layout_set_text (layouts.cells[c], numbers[c - 1], -1);
            /* Every other line shaded, so that a finger finds its row. */
            draw_row (self, cr, layouts.cells, item->y, self->row_h,
                      (item->index - group->first_row) % 2 == 1, 0.95);
          }
          break;
        case ITEM_EMPTY:
          {
            g_autoptr(PangoLayout) layout = new_layout (self, self->body_font, self->table_w, PANGO_ALIGN_CENTER,
                                                        TRUE);

            pango_layout_set_text (layout, _("Nobody is listed for this quarter."), -1);
            show_layout_at (cr, layout, MARGIN_X, item->y);
          }
          break;
        case ITEM_CLOSING:
          draw_closing (self, cr, item->y);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* Translators: at the foot of each printed page, "第 %d 页 共 %d 页" */
  footer_text = g_strdup_printf (_("Page %d of %d"), page + 1, n_pages);
  footer = new_layout (self, self->small_font, self->table_w, PANGO_ALIGN_CENTER, FALSE);
  pango_layout_set_text (footer, footer_text, -1);
  show_layout_at (cr, footer, MARGIN_X, self->page_h - MARGIN_BOTTOM + 18);

  page_layouts_clear (&layouts);
  cairo_restore (cr);
}

gboolean
cw_points_announcement_save_pdf (CwPointsAnnouncement  *self,
                                 const char            *path,
                                 int                   *n_pages,
                                 GError               **error)
{
  g_return_val_if_fail (CW_IS_POINTS_ANNOUNCEMENT (self), FALSE);

  return cw_pdf_save_a4 (path, self->title, self,
                         (CwPdfPaginateFunc) cw_points_announcement_get_n_pages,
                         (CwPdfDrawPageFunc) cw_points_announcement_draw_page,
                         n_pages, error);
}

gboolean
cw_points_announcement_write_pdf (CwDatabase  *db,
                                  const char  *scheme,
                                  const char  *quarter,
                                  const char  *path,
                                  GError     **error)
{
  g_autoptr(CwPointsAnnouncement) self = cw_points_announcement_new (db, scheme, quarter, error);

  if (self == NULL)
    return FALSE;
  return cw_points_announcement_save_pdf (self, path, NULL, error);
}

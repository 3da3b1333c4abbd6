/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-print-table"

#include "config.h"

#include "core/common/cw-id-number.h"
#include "report/common/cw-print-table.h"
#include "report/common/cw-workbook.h"

#define MAX_COLUMNS 64

typedef struct
{
  const char *name;
  const char *heading;
  guint       first_row;
  guint       n_rows;
} Section;

struct _CwPrintTable
{
  GObject            parent_instance;

  CwPrintTableStyle  style;
  CwPrintMask        mask;
  /* Every string, once: sexes, ages, groups and points repeat a lot. */
  GStringChunk      *strings;
  const char        *title;
  const char        *note;
  GPtrArray         *subtitles;
  GPtrArray         *paragraphs;
  /* The columns printed, and where each one's value is in a row given to
   * add_row(). */
  CwPrintColumn     *columns;
  guint             *sources;
  guint              n_columns;
  guint              n_given;
  GPtrArray         *cells;      /* n_rows × n_columns, row by row */
  GArray            *sections;   /* Section */
  gboolean           sections_apart;
  const char        *empty_text;
  double             row_lines;
  const char        *total;
  GPtrArray         *closing;
  GPtrArray         *signatures;
  const char        *issuer;
  const char        *issue_date;
};

G_DEFINE_FINAL_TYPE (CwPrintTable, cw_print_table, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SECTIONS_APART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cw_print_table_finalize (GObject *object)
{
  CwPrintTable *self = CW_PRINT_TABLE (object);

  g_string_chunk_free (self->strings);
  g_ptr_array_unref (self->subtitles);
  g_ptr_array_unref (self->paragraphs);
  g_free (self->columns);
  g_free (self->sources);
  g_ptr_array_unref (self->cells);
  g_array_unref (self->sections);
  g_ptr_array_unref (self->closing);
  g_ptr_array_unref (self->signatures);

  G_OBJECT_CLASS (cw_print_table_parent_class)->finalize (object);
}

static void
cw_print_table_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CwPrintTable *self = CW_PRINT_TABLE (object);

  switch (prop_id)
    {
    case PROP_SECTIONS_APART:
      g_value_set_boolean (value, self->sections_apart);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_print_table_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CwPrintTable *self = CW_PRINT_TABLE (object);

  switch (prop_id)
    {
    case PROP_SECTIONS_APART:
      cw_print_table_set_sections_apart (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_print_table_class_init (CwPrintTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cw_print_table_finalize;
  object_class->get_property = cw_print_table_get_property;
  object_class->set_property = cw_print_table_set_property;

  properties[PROP_SECTIONS_APART] =
    g_param_spec_boolean ("sections-apart", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static GPtrArray *
new_string_list (void)
{
  GPtrArray *list = g_ptr_array_new ();

  /* Kept NULL-terminated, so the getters can hand it out as it is. */
  g_ptr_array_add (list, NULL);
  return list;
}

static void
cw_print_table_init (CwPrintTable *self)
{
  self->strings = g_string_chunk_new (4096);
  self->subtitles = new_string_list ();
  self->paragraphs = new_string_list ();
  self->cells = g_ptr_array_new ();
  self->sections = g_array_new (FALSE, FALSE, sizeof (Section));
  self->closing = new_string_list ();
  self->signatures = new_string_list ();
}

/* The workbook's gate: Pango warns about invalid UTF-8 (a fatal warning in
 * the tests) and draws control characters as boxes. */
static const char *
keep (CwPrintTable *self,
      const char   *text)
{
  g_autofree char *repaired = NULL;

  if (text == NULL)
    return "";
  repaired = cw_workbook_repair_text (text);
  return g_string_chunk_insert_const (self->strings, repaired != NULL ? repaired : text);
}

static void
append_string (CwPrintTable *self,
               GPtrArray    *list,
               const char   *text)
{
  g_ptr_array_index (list, list->len - 1) = (gpointer) keep (self, text);
  g_ptr_array_add (list, NULL);
}

CwPrintTable *
cw_print_table_new (CwPrintTableStyle    style,
                    const char          *title,
                    const CwPrintColumn *columns,
                    guint                n_columns,
                    CwPrintMask          mask)
{
  CwPrintTable *self;

  g_return_val_if_fail (columns != NULL || n_columns == 0, NULL);
  g_return_val_if_fail (n_columns <= MAX_COLUMNS, NULL);

  self = g_object_new (CW_TYPE_PRINT_TABLE, NULL);
  self->style = style;
  self->mask = mask;
  self->title = keep (self, title);
  self->n_given = n_columns;
  self->columns = g_new0 (CwPrintColumn, n_columns);
  self->sources = g_new0 (guint, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      /* Birth date and masked ID make the whole ID again. */
      if (columns[i].personal == CW_PRINT_BIRTH_DATE && (mask & CW_PRINT_MASK_NUMBERS))
        continue;
      self->columns[self->n_columns] = columns[i];
      self->sources[self->n_columns] = i;
      self->n_columns++;
    }
  g_return_val_if_fail (self->n_columns > 0 || n_columns == 0, self);
  return self;
}

void
cw_print_table_set_note (CwPrintTable *self,
                         const char   *note)
{
  g_return_if_fail (CW_IS_PRINT_TABLE (self));
  self->note = note != NULL ? keep (self, note) : NULL;
}

void
cw_print_table_add_subtitle (CwPrintTable *self,
                             const char   *text)
{
  g_return_if_fail (CW_IS_PRINT_TABLE (self));
  append_string (self, self->subtitles, text);
}

void
cw_print_table_add_paragraph (CwPrintTable *self,
                              const char   *text)
{
  g_return_if_fail (CW_IS_PRINT_TABLE (self));
  append_string (self, self->paragraphs, text);
}

void
cw_print_table_add_section (CwPrintTable *self,
                            const char   *name,
                            const char   *heading)
{
  Section section = { 0 };

  g_return_if_fail (CW_IS_PRINT_TABLE (self));
  g_return_if_fail (name != NULL);

  section.name = keep (self, name);
  section.heading = heading != NULL ? keep (self, heading) : section.name;
  section.first_row = cw_print_table_get_n_rows (self);
  g_array_append_val (self->sections, section);
}

void
cw_print_table_set_sections_apart (CwPrintTable *self,
                                   gboolean      apart)
{
  g_return_if_fail (CW_IS_PRINT_TABLE (self));

  apart = !!apart;
  if (self->sections_apart == apart)
    return;
  self->sections_apart = apart;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTIONS_APART]);
}

gboolean
cw_print_table_get_sections_apart (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), FALSE);
  return self->sections_apart;
}

static char *
masked_dup (CwPrintTable    *self,
            CwPrintPersonal  personal,
            const char      *value)
{
  switch (personal)
    {
    case CW_PRINT_NAME:
      return (self->mask & CW_PRINT_MASK_NAMES) ? cw_print_mask_name (value) : NULL;
    case CW_PRINT_ID_NUMBER:
      return (self->mask & CW_PRINT_MASK_NUMBERS) && value[0] != '\0' ? cw_id_number_mask (value) : NULL;
    case CW_PRINT_PHONE:
      return (self->mask & CW_PRINT_MASK_NUMBERS) && value[0] != '\0' ? cw_phone_mask (value) : NULL;
    case CW_PRINT_PUBLIC:
    case CW_PRINT_BIRTH_DATE:
    default:
      return NULL;
    }
}

void
cw_print_table_add_row (CwPrintTable       *self,
                        const char * const *cells)
{
  g_return_if_fail (CW_IS_PRINT_TABLE (self));
  g_return_if_fail (cells != NULL);

  if (self->sections->len == 0)
    {
      Section untitled = { NULL, NULL, 0, 0 };

      g_array_append_val (self->sections, untitled);
    }
  g_array_index (self->sections, Section, self->sections->len - 1).n_rows++;

  for (guint c = 0; c < self->n_columns; c++)
    {
      const char *value = cells[self->sources[c]] != NULL ? cells[self->sources[c]] : "";
      g_autofree char *masked = masked_dup (self, self->columns[c].personal, value);

      g_ptr_array_add (self->cells, (gpointer) keep (self, masked != NULL ? masked : value));
    }
}

void
cw_print_table_set_row_lines (CwPrintTable *self,
                              double        lines)
{
  g_return_if_fail (CW_IS_PRINT_TABLE (self));
  self->row_lines = MAX (lines, 1.0);
}

double
cw_print_table_get_row_lines (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), 1.0);
  return MAX (self->row_lines, 1.0);
}

void
cw_print_table_set_empty_text (CwPrintTable *self,
                               const char   *text)
{
  g_return_if_fail (CW_IS_PRINT_TABLE (self));
  self->empty_text = text != NULL ? keep (self, text) : NULL;
}

void
cw_print_table_set_total (CwPrintTable *self,
                          const char   *text)
{
  g_return_if_fail (CW_IS_PRINT_TABLE (self));
  self->total = text != NULL ? keep (self, text) : NULL;
}

void
cw_print_table_add_closing (CwPrintTable *self,
                            const char   *text)
{
  g_return_if_fail (CW_IS_PRINT_TABLE (self));
  append_string (self, self->closing, text);
}

void
cw_print_table_add_signature (CwPrintTable *self,
                              const char   *label)
{
  g_return_if_fail (CW_IS_PRINT_TABLE (self));
  append_string (self, self->signatures, label);
}

void
cw_print_table_set_issuer (CwPrintTable *self,
                           const char   *issuer,
                           const char   *date)
{
  g_return_if_fail (CW_IS_PRINT_TABLE (self));
  self->issuer = issuer != NULL ? keep (self, issuer) : NULL;
  self->issue_date = date != NULL ? keep (self, date) : NULL;
}

CwPrintTableStyle
cw_print_table_get_style (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), CW_PRINT_TABLE_LIST);
  return self->style;
}

const char *
cw_print_table_get_title (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), NULL);
  return self->title;
}

const char *
cw_print_table_get_note (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), NULL);
  return self->note;
}

const char * const *
cw_print_table_get_subtitles (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), NULL);
  return (const char * const *) self->subtitles->pdata;
}

const char * const *
cw_print_table_get_paragraphs (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), NULL);
  return (const char * const *) self->paragraphs->pdata;
}

guint
cw_print_table_get_n_columns (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), 0);
  return self->n_columns;
}

const CwPrintColumn *
cw_print_table_get_column (CwPrintTable *self,
                           guint         column)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);
  return &self->columns[column];
}

guint
cw_print_table_get_n_rows (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), 0);
  return self->n_columns > 0 ? self->cells->len / self->n_columns : 0;
}

const char *
cw_print_table_get_cell (CwPrintTable *self,
                         guint         row,
                         guint         column)
{
  guint index = row * self->n_columns + column;

  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), "");
  g_return_val_if_fail (column < self->n_columns && index < self->cells->len, "");
  return g_ptr_array_index (self->cells, index);
}

guint
cw_print_table_get_n_sections (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), 0);
  return self->sections->len;
}

void
cw_print_table_get_section (CwPrintTable  *self,
                            guint          section,
                            const char   **name,
                            const char   **heading,
                            guint         *first_row,
                            guint         *n_rows)
{
  const Section *s;

  g_return_if_fail (CW_IS_PRINT_TABLE (self));
  g_return_if_fail (section < self->sections->len);

  s = &g_array_index (self->sections, Section, section);
  if (name != NULL)
    *name = s->name;
  if (heading != NULL)
    *heading = s->heading;
  if (first_row != NULL)
    *first_row = s->first_row;
  if (n_rows != NULL)
    *n_rows = s->n_rows;
}

const char *
cw_print_table_get_empty_text (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), NULL);
  return self->empty_text;
}

const char *
cw_print_table_get_total (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), NULL);
  return self->total;
}

const char * const *
cw_print_table_get_closing (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), NULL);
  return (const char * const *) self->closing->pdata;
}

const char * const *
cw_print_table_get_signatures (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), NULL);
  return (const char * const *) self->signatures->pdata;
}

const char *
cw_print_table_get_issuer (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), NULL);
  return self->issuer;
}

const char *
cw_print_table_get_issue_date (CwPrintTable *self)
{
  g_return_val_if_fail (CW_IS_PRINT_TABLE (self), NULL);
  return self->issue_date;
}

char *
cw_print_mask_name (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  glong length;
  GString *masked;

  if (!g_utf8_validate (trimmed, -1, NULL))
    return g_strdup (trimmed);
  length = g_utf8_strlen (trimmed, -1);
  if (length < 2)
    return g_steal_pointer (&trimmed);

  masked = g_string_new (NULL);
  g_string_append_len (masked, trimmed, g_utf8_next_char (trimmed) - trimmed);
  for (glong i = 0; i < MAX (length - 2, 1); i++)
    g_string_append_c (masked, '*');
  if (length > 2)
    g_string_append (masked, g_utf8_offset_to_pointer (trimmed, length - 1));
  return g_string_free (masked, FALSE);
}

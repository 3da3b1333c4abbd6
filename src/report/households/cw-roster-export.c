/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-roster-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "report/households/cw-roster-export.h"
#include "report/common/cw-workbook.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-person.h"
#include "core/households/cw-roster-rows.h"
#include "core/village/cw-village.h"
#include "core/households/cw-vocabulary.h"

/* Often enough for a smooth progress bar and a prompt cancel, rarely
 * enough not to cost anything at 120 000 rows. */
#define PROGRESS_EVERY 1024

static char *
village_name (CwDatabase *db)
{
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);

  return g_strdup (village != NULL ? cw_village_get_name (village) : "");
}

static char *
today_note (void)
{
  GDate today;
  g_autofree char *date = NULL;

  cw_date_today (&today);
  date = cw_date_format (&today);
  /* Translators: right of a workbook's title, %s is a date YYYY-MM-DD */
  return g_strdup_printf (_("Exported %s"), date);
}

static gboolean
check_cancelled (GCancellable  *cancellable,
                 GError       **error)
{
  if (!g_cancellable_is_cancelled (cancellable))
    return FALSE;
  g_set_error_literal (error, CW_ERROR, CW_ERROR_CANCELLED, _("The export was cancelled."));
  return TRUE;
}

/* The households roster. */

/* The roster's columns are the importer's words (cw_roster_columns), not
 * translated; only their look is chosen here. */
static const CwWorkbookColumn roster_looks[CW_ROSTER_N_COLUMNS] = {
  [CW_ROSTER_INDEX]            = { NULL, CW_WORKBOOK_NUMBER, 4, 8 },
  [CW_ROSTER_HOUSEHOLD_NUMBER] = { NULL, CW_WORKBOOK_CODE, 6, 16 },
  [CW_ROSTER_GROUP]            = { NULL, CW_WORKBOOK_CENTER, 0, 16 },
  [CW_ROSTER_HEAD_NAME]        = { NULL, CW_WORKBOOK_TEXT, 8, 20 },
  [CW_ROSTER_NAME]             = { NULL, CW_WORKBOOK_TEXT, 8, 20 },
  [CW_ROSTER_RELATION]         = { NULL, CW_WORKBOOK_CENTER, 0, 12 },
  [CW_ROSTER_SEX]              = { NULL, CW_WORKBOOK_CENTER, 0, 6 },
  [CW_ROSTER_ETHNICITY]        = { NULL, CW_WORKBOOK_CENTER, 0, 14 },
  [CW_ROSTER_BIRTH_DATE]       = { NULL, CW_WORKBOOK_DATE, 12, 12 },
  [CW_ROSTER_ID_NUMBER]        = { NULL, CW_WORKBOOK_CODE, 20, 22 },
  [CW_ROSTER_EDUCATION]        = { NULL, CW_WORKBOOK_CENTER, 0, 14 },
  [CW_ROSTER_POLITICAL]        = { NULL, CW_WORKBOOK_CENTER, 0, 14 },
  [CW_ROSTER_PARTY_JOIN_DATE]  = { NULL, CW_WORKBOOK_DATE, 12, 12 },
  [CW_ROSTER_PHONE]            = { NULL, CW_WORKBOOK_CODE, 13, 20 },
  [CW_ROSTER_TAGS]             = { NULL, CW_WORKBOOK_TEXT, 0, 24 },
  [CW_ROSTER_DISABILITY]       = { NULL, CW_WORKBOOK_CENTER, 0, 14 },
  [CW_ROSTER_STATUS]           = { NULL, CW_WORKBOOK_CENTER, 0, 10 },
  [CW_ROSTER_STATUS_DATE]      = { NULL, CW_WORKBOOK_DATE, 12, 12 },
  [CW_ROSTER_STATUS_REASON]    = { NULL, CW_WORKBOOK_TEXT, 0, 24 },
  [CW_ROSTER_NOTES]            = { NULL, CW_WORKBOOK_TEXT, 0, 30 },
  [CW_ROSTER_ADDRESS]          = { NULL, CW_WORKBOOK_TEXT, 12, 36 },
  [CW_ROSTER_HOUSEHOLD_PHONE]  = { NULL, CW_WORKBOOK_CODE, 13, 20 },
  [CW_ROSTER_HOUSEHOLD_TAGS]   = { NULL, CW_WORKBOOK_TEXT, 0, 24 },
  [CW_ROSTER_HOUSEHOLD_STATUS] = { NULL, CW_WORKBOOK_CENTER, 0, 10 },
  [CW_ROSTER_HOUSEHOLD_STATUS_DATE]   = { NULL, CW_WORKBOOK_DATE, 12, 12 },
  [CW_ROSTER_HOUSEHOLD_STATUS_REASON] = { NULL, CW_WORKBOOK_TEXT, 0, 24 },
  [CW_ROSTER_HOUSEHOLD_NOTES]  = { NULL, CW_WORKBOOK_TEXT, 0, 30 },
};

typedef struct
{
  CwWorkbook           *workbook;
  gboolean              masked;
  guint                 done;
  guint                 total;
  guint                 households;
  char                 *household;    /* the 户号 of the last row */
  CwExportProgressFunc  progress;
  gpointer              user_data;
  GCancellable         *cancellable;
} RosterExport;

static gboolean
write_roster_row (const char * const  *row,
                  gpointer             user_data,
                  GError             **error)
{
  RosterExport *export = user_data;
  const char *values[CW_ROSTER_N_COLUMNS];
  g_autofree char *index = g_strdup_printf ("%u", export->done + 1);
  g_autofree char *id_number = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *household_phone = NULL;

  memcpy (values, row, sizeof values);
  values[CW_ROSTER_INDEX] = index;
  if (export->masked)
    {
      if (row[CW_ROSTER_ID_NUMBER][0] != '\0')
        values[CW_ROSTER_ID_NUMBER] = id_number = cw_id_number_mask (row[CW_ROSTER_ID_NUMBER]);
      if (row[CW_ROSTER_PHONE][0] != '\0')
        values[CW_ROSTER_PHONE] = phone = cw_phone_mask (row[CW_ROSTER_PHONE]);
      if (row[CW_ROSTER_HOUSEHOLD_PHONE][0] != '\0')
        values[CW_ROSTER_HOUSEHOLD_PHONE] = household_phone = cw_phone_mask (row[CW_ROSTER_HOUSEHOLD_PHONE]);
      /* Next to the masked ID the birth date gives the number back, and
       * notes are free text that may hold any number; the columns stay,
       * so the sheet keeps the import's layout. */
      values[CW_ROSTER_BIRTH_DATE] = "";
      values[CW_ROSTER_NOTES] = "";
      values[CW_ROSTER_HOUSEHOLD_NOTES] = "";
    }
  if (!cw_workbook_write_row (export->workbook, values, error))
    return FALSE;

  /* The rows come household by household. */
  if (g_strcmp0 (export->household, row[CW_ROSTER_HOUSEHOLD_NUMBER]) != 0)
    {
      g_free (export->household);
      export->household = g_strdup (row[CW_ROSTER_HOUSEHOLD_NUMBER]);
      export->households++;
    }

  export->done++;
  if (export->done % PROGRESS_EVERY == 0)
    {
      if (check_cancelled (export->cancellable, error))
        return FALSE;
      /* Someone may have added a person since the count. */
      if (export->progress != NULL)
        export->progress (export->done, MAX (export->done, export->total), export->user_data);
    }
  return TRUE;
}

/* "临江县白沙镇青山村": the place as the township's forms name it. */
static char *
place_name (CwDatabase *db)
{
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);

  if (village == NULL)
    return g_strdup ("");
  return g_strconcat (cw_village_get_county (village), cw_village_get_township (village),
                      cw_village_get_name (village), NULL);
}

static char *
roster_title (CwDatabase    *db,
              const char    *group_name,
              CwRosterScope  scope)
{
  g_autofree char *place = place_name (db);

  if (scope == CW_ROSTER_EVERYONE)
    /* Translators: a workbook's title: the place (county, township and
     * village); "临江县白沙镇青山村户籍台账（全部人员，含迁出、死亡）" */
    return g_strdup_printf (_("%s household register, everyone on record"), place);
  if (group_name != NULL)
    /* Translators: a workbook's title: the place (county, township and
     * village), a village group; "临江县白沙镇青山村第一组户籍台账" */
    return g_strdup_printf (_("%s %s household register"), place, group_name);
  /* Translators: a workbook's title: the place (county, township and
   * village); "临江县白沙镇青山村户籍台账" */
  return g_strdup_printf (_("%s household register"), place);
}

/* The lines the township's form has under its table. Like the header,
 * they are the form's words, not interface text: the import recognises
 * them in any locale (cw-importer.h). */
static gboolean
write_roster_end (RosterExport  *export,
                  GError       **error)
{
  g_autofree char *total = g_strdup_printf ("合计：%u户，%u人", export->households, export->done);
  g_autofree char *signatures = NULL;
  GDate today;

  cw_date_today (&today);
  signatures = g_strdup_printf ("制表人：　　　　　　　　审核人：　　　　　　　　日期：%u年%u月%u日",
                                g_date_get_year (&today), g_date_get_month (&today), g_date_get_day (&today));
  return cw_workbook_write_total (export->workbook, total, error) &&
         cw_workbook_write_footer (export->workbook, signatures, error);
}

static gboolean
export_roster (CwDatabase            *db,
               const char            *path,
               const char            *group_name,
               CwRosterScope          scope,
               gboolean               masked,
               CwExportProgressFunc   progress,
               gpointer               user_data,
               GCancellable          *cancellable,
               GError               **error)
{
  g_autoptr(CwWorkbook) workbook = NULL;
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;
  CwWorkbookColumn columns[CW_ROSTER_N_COLUMNS];
  CwWorkbookSheet sheet = { 0 };
  RosterExport export = { 0 };
  gboolean ok;
  gint64 total;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Counting first also reports an unknown group before a file is made. */
  total = cw_roster_rows_count (db, group_name, scope, error);
  if (total < 0)
    return FALSE;

  workbook = cw_workbook_new (path, error);
  if (workbook == NULL)
    return FALSE;

  title = roster_title (db, group_name, scope);
  note = today_note ();
  for (guint i = 0; i < CW_ROSTER_N_COLUMNS; i++)
    {
      columns[i] = roster_looks[i];
      columns[i].header = cw_roster_columns[i];
    }
  sheet.name = _("Household register");
  sheet.title = title;
  sheet.note = note;
  sheet.columns = columns;
  sheet.n_columns = CW_ROSTER_N_COLUMNS;
  sheet.portrait = FALSE;
  if (!cw_workbook_add_sheet (workbook, &sheet, error))
    return FALSE;

  export.workbook = workbook;
  export.masked = masked;
  export.total = (guint) total;
  export.progress = progress;
  export.user_data = user_data;
  export.cancellable = cancellable;
  if (progress != NULL)
    progress (0, export.total, user_data);

  ok = cw_roster_rows_foreach (db, group_name, scope, write_roster_row, &export, error) &&
       !check_cancelled (cancellable, error) &&
       write_roster_end (&export, error) &&
       cw_workbook_close (workbook, error);
  g_free (export.household);
  if (!ok)
    return FALSE;

  if (progress != NULL)
    progress (export.done, export.done, user_data);
  return TRUE;
}

gboolean
cw_roster_export_households (CwDatabase            *db,
                             const char            *path,
                             const char            *group_name,
                             gboolean               masked,
                             CwExportProgressFunc   progress,
                             gpointer               user_data,
                             GCancellable          *cancellable,
                             GError               **error)
{
  return export_roster (db, path, group_name, CW_ROSTER_PRESENT, masked, progress, user_data, cancellable,
                        error);
}

gboolean
cw_roster_export_register (CwDatabase            *db,
                           const char            *path,
                           CwExportProgressFunc   progress,
                           gpointer               user_data,
                           GCancellable          *cancellable,
                           GError               **error)
{
  return export_roster (db, path, NULL, CW_ROSTER_EVERYONE, FALSE, progress, user_data, cancellable, error);
}

/* Care lists. */

struct _CwCareList
{
  GListModel   *persons;
  GHashTable   *phones;
  GHashTable   *household_tags;
  char         *title;
  char         *date;
  GDate         on;
  gboolean      masked;
  CwCareColumn  columns[CW_CARE_COLUMN_PARTY_JOIN_DATE + 1];
  guint         n_columns;
};

void
cw_care_list_free (CwCareList *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->persons);
  g_clear_pointer (&self->phones, g_hash_table_unref);
  g_clear_pointer (&self->household_tags, g_hash_table_unref);
  g_free (self->title);
  g_free (self->date);
  g_free (self);
}

/* What the list is: its name from the strongest criterion, and in
 * brackets every criterion the name does not already say, with the day
 * when ages count, e.g. "青山村 重阳节慰问名单（男≥60岁、女≥55岁，2026-10-29）". */
static char *
describe_query (const char           *village,
                const CwPersonQuery  *query,
                const char           *tag,
                const char           *date)
{
  g_autoptr(GPtrArray) criteria = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = NULL;
  g_autofree char *described = NULL;
  gboolean by_age = query->min_age >= 0 || query->min_age_male >= 0 || query->min_age_female >= 0;

  if (query->party_members)
    name = g_strdup (_("Party members list"));
  else if (tag != NULL)
    /* Translators: the title of a care list for a tag, e.g. "低保名单" */
    name = g_strdup_printf (_("%s list"), tag);
  else if (query->min_age_male >= 0 && query->min_age_female >= 0)
    /* The list the office makes with an age per sex is the gift for the
     * elderly on the Double Ninth Festival (DOMAIN.md). */
    name = g_strdup (_("Double Ninth Festival gift list"));
  else if (query->min_age >= 80)
    name = g_strdup (_("List of the very old"));
  else if (query->min_age >= 60)
    name = g_strdup (_("List of the elderly"));
  else
    name = g_strdup (_("List of persons"));

  if (query->group_name != NULL)
    g_ptr_array_add (criteria, g_strdup (query->group_name));
  if (tag != NULL && query->party_members)
    g_ptr_array_add (criteria, g_strdup (tag));
  if (query->min_age_male >= 0 && query->min_age_female >= 0)
    /* Translators: "男≥60岁、女≥55岁" */
    g_ptr_array_add (criteria, g_strdup_printf (_("men ≥ %d, women ≥ %d"),
                                                query->min_age_male, query->min_age_female));
  else if (query->min_age_male >= 0)
    /* Translators: "男≥60岁" */
    g_ptr_array_add (criteria, g_strdup_printf (_("men ≥ %d"), query->min_age_male));
  else if (query->min_age_female >= 0)
    /* Translators: "女≥55岁" */
    g_ptr_array_add (criteria, g_strdup_printf (_("women ≥ %d"), query->min_age_female));
  if (query->min_age >= 0)
    /* Translators: "80岁及以上" */
    g_ptr_array_add (criteria, g_strdup_printf (_("aged %d and over"), query->min_age));
  if (query->status != NULL)
    g_ptr_array_add (criteria, g_strdup (cw_vocabulary_status_label (query->status)));
  else if (query->any_status)
    g_ptr_array_add (criteria, g_strdup (_("including those moved out and deceased")));
  if (by_age)
    g_ptr_array_add (criteria, g_strdup (date));

  if (criteria->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (criteria, NULL);
      joined = g_strjoinv (C_("list of criteria", ", "), (char **) criteria->pdata);
      /* Translators: a list's name and its criteria, "%s（%s）" in Chinese */
      described = g_strdup_printf (_("%s (%s)"), name, joined);
    }
  else
    described = g_steal_pointer (&name);

  if (village == NULL || village[0] == '\0')
    return g_steal_pointer (&described);
  return g_strdup_printf ("%s %s", village, described);
}

CwCareList *
cw_care_list_new (CwDatabase           *db,
                  const CwPersonQuery  *query,
                  gboolean              masked,
                  GError              **error)
{
  g_autoptr(CwCareList) self = g_new0 (CwCareList, 1);
  g_autofree char *village = NULL;
  const char *tag = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (query->on != NULL && query->on[0] != '\0')
    {
      if (!cw_date_parse (query->on, &self->on, error))
        return NULL;
    }
  else
    cw_date_today (&self->on);
  self->date = cw_date_format (&self->on);

  self->persons = cw_person_query_run (db, query, error);
  if (self->persons == NULL)
    return NULL;
  self->phones = cw_roster_household_phones (db, error);
  if (self->phones == NULL)
    return NULL;
  self->household_tags = cw_roster_household_tags (db, error);
  if (self->household_tags == NULL)
    return NULL;

  if (query->tag != NULL)
    tag = cw_vocabulary_canonical_tag (query->tag);
  village = village_name (db);
  self->title = describe_query (village, query, tag, self->date);
  self->masked = masked;

  for (CwCareColumn c = CW_CARE_COLUMN_INDEX; c < CW_CARE_COLUMN_PARTY_JOIN_DATE; c++)
    /* The birth date next to "430421********1234" gives the whole ID
     * number back: a masked list does without it. */
    if (c != CW_CARE_COLUMN_BIRTH_DATE || !masked)
      self->columns[self->n_columns++] = c;
  if (query->party_members)
    self->columns[self->n_columns++] = CW_CARE_COLUMN_PARTY_JOIN_DATE;

  return g_steal_pointer (&self);
}

const char *
cw_care_list_get_title (CwCareList *self)
{
  return self->title;
}

const char *
cw_care_list_get_date (CwCareList *self)
{
  return self->date;
}

gboolean
cw_care_list_get_masked (CwCareList *self)
{
  return self->masked;
}

guint
cw_care_list_get_n_columns (CwCareList *self)
{
  return self->n_columns;
}

CwCareColumn
cw_care_list_get_column (CwCareList *self,
                         guint       column)
{
  g_return_val_if_fail (column < self->n_columns, CW_CARE_COLUMN_INDEX);
  return self->columns[column];
}

const char *
cw_care_list_get_header (CwCareList *self,
                         guint       column)
{
  g_return_val_if_fail (column < self->n_columns, "");

  switch (self->columns[column])
    {
    case CW_CARE_COLUMN_INDEX:            return C_("care list", "No.");
    case CW_CARE_COLUMN_NAME:             return C_("care list", "Name");
    case CW_CARE_COLUMN_SEX:              return C_("care list", "Sex");
    case CW_CARE_COLUMN_AGE:              return C_("care list", "Age");
    case CW_CARE_COLUMN_BIRTH_DATE:       return C_("care list", "Date of birth");
    case CW_CARE_COLUMN_ID_NUMBER:        return C_("care list", "ID number");
    case CW_CARE_COLUMN_HOUSEHOLD_NUMBER: return C_("care list", "Household no.");
    case CW_CARE_COLUMN_GROUP:            return C_("care list", "Village group");
    case CW_CARE_COLUMN_RELATION:         return C_("care list", "Relation to head");
    case CW_CARE_COLUMN_PHONE:            return C_("care list", "Phone");
    case CW_CARE_COLUMN_TAGS:             return C_("care list", "Tags");
    case CW_CARE_COLUMN_PARTY_JOIN_DATE:  return C_("care list", "Joined the party");
    default:                              return "";
    }
}

guint
cw_care_list_get_n_rows (CwCareList *self)
{
  return g_list_model_get_n_items (self->persons);
}

/* The person's own tags and their household's (a member of a 低保
 * household belongs on the 低保 list, and the list should say why), once
 * each, in the vocabulary's order. */
static char *
tags_for (CwCareList *self,
          CwPerson   *person)
{
  gint64 household_id = cw_person_get_household_id (person);
  const char *household = g_hash_table_lookup (self->household_tags, &household_id);
  g_autofree char *both = NULL;
  g_auto(GStrv) split = NULL;

  if (household == NULL)
    return g_strdup (cw_person_get_tags (person));
  both = g_strconcat (cw_person_get_tags (person), "、", household, NULL);
  split = cw_vocabulary_split_tags (both, NULL);
  return cw_vocabulary_join_tags ((const char * const *) split);
}

static char *
phone_for (CwCareList *self,
           CwPerson   *person)
{
  const char *phone = cw_person_get_phone (person);

  if (phone[0] == '\0')
    {
      gint64 household_id = cw_person_get_household_id (person);

      phone = g_hash_table_lookup (self->phones, &household_id);
      if (phone == NULL)
        return g_strdup ("");
    }
  return self->masked ? cw_phone_mask (phone) : g_strdup (phone);
}

char *
cw_care_list_dup_cell (CwCareList *self,
                       guint       row,
                       guint       column)
{
  g_autoptr(CwPerson) person = NULL;
  const char *sex;
  const char *id_number;
  int age;

  g_return_val_if_fail (column < self->n_columns, g_strdup (""));
  person = g_list_model_get_item (self->persons, row);
  g_return_val_if_fail (person != NULL, g_strdup (""));

  switch (self->columns[column])
    {
    case CW_CARE_COLUMN_INDEX:
      return g_strdup_printf ("%u", row + 1);
    case CW_CARE_COLUMN_NAME:
      return g_strdup (cw_person_get_name (person));
    case CW_CARE_COLUMN_SEX:
      sex = cw_person_get_sex (person);
      if (g_str_equal (sex, "M"))
        return g_strdup (C_("sex", "Male"));
      if (g_str_equal (sex, "F"))
        return g_strdup (C_("sex", "Female"));
      return g_strdup ("");
    case CW_CARE_COLUMN_AGE:
      age = cw_person_get_age_on (person, &self->on);
      return age >= 0 ? g_strdup_printf ("%d", age) : g_strdup ("");
    case CW_CARE_COLUMN_BIRTH_DATE:
      return g_strdup (cw_person_get_birth_date (person));
    case CW_CARE_COLUMN_ID_NUMBER:
      id_number = cw_person_get_id_number (person);
      if (self->masked && id_number[0] != '\0')
        return cw_id_number_mask (id_number);
      return g_strdup (id_number);
    case CW_CARE_COLUMN_HOUSEHOLD_NUMBER:
      return g_strdup (cw_person_get_household_number (person));
    case CW_CARE_COLUMN_GROUP:
      return g_strdup (cw_person_get_group_name (person));
    case CW_CARE_COLUMN_RELATION:
      return g_strdup (cw_person_get_relation (person));
    case CW_CARE_COLUMN_PHONE:
      return phone_for (self, person);
    case CW_CARE_COLUMN_TAGS:
      return tags_for (self, person);
    case CW_CARE_COLUMN_PARTY_JOIN_DATE:
      return g_strdup (cw_person_get_party_join_date (person));
    default:
      return g_strdup ("");
    }
}

GStrv
cw_care_list_dup_row (CwCareList *self,
                      guint       row)
{
  GStrv cells = g_new0 (char *, self->n_columns + 1);

  for (guint c = 0; c < self->n_columns; c++)
    cells[c] = cw_care_list_dup_cell (self, row, c);
  return cells;
}

char *
cw_care_list_dup_total (CwCareList *self)
{
  guint n = cw_care_list_get_n_rows (self);

  /* Translators: the last line of a care list, "合计 %u 人" in Chinese */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Total: %u person", "Total: %u persons", n), n);
}

static CwWorkbookColumn
care_look (CwCareColumn column)
{
  CwWorkbookColumn look = { NULL, CW_WORKBOOK_CENTER, 0, 0 };

  switch (column)
    {
    case CW_CARE_COLUMN_INDEX:
    case CW_CARE_COLUMN_AGE:
      look.kind = CW_WORKBOOK_NUMBER;
      look.max_width = 8;
      break;
    case CW_CARE_COLUMN_NAME:
      look.kind = CW_WORKBOOK_TEXT;
      look.min_width = 8;
      look.max_width = 20;
      break;
    case CW_CARE_COLUMN_SEX:
      look.max_width = 6;
      break;
    case CW_CARE_COLUMN_BIRTH_DATE:
    case CW_CARE_COLUMN_PARTY_JOIN_DATE:
      look.kind = CW_WORKBOOK_DATE;
      look.min_width = 12;
      look.max_width = 14;
      break;
    case CW_CARE_COLUMN_ID_NUMBER:
      look.kind = CW_WORKBOOK_CODE;
      look.min_width = 20;
      look.max_width = 22;
      break;
    case CW_CARE_COLUMN_HOUSEHOLD_NUMBER:
      look.kind = CW_WORKBOOK_CODE;
      look.max_width = 16;
      break;
    case CW_CARE_COLUMN_PHONE:
      look.kind = CW_WORKBOOK_CODE;
      look.min_width = 13;
      look.max_width = 20;
      break;
    case CW_CARE_COLUMN_TAGS:
      look.kind = CW_WORKBOOK_TEXT;
      look.max_width = 24;
      break;
    case CW_CARE_COLUMN_GROUP:
    case CW_CARE_COLUMN_RELATION:
    default:
      look.max_width = 16;
      break;
    }
  return look;
}

gboolean
cw_roster_export_persons (CwDatabase            *db,
                          const char            *path,
                          const CwPersonQuery   *query,
                          gboolean               masked,
                          CwExportProgressFunc   progress,
                          gpointer               user_data,
                          GCancellable          *cancellable,
                          GError               **error)
{
  g_autoptr(CwCareList) list = NULL;
  g_autoptr(CwWorkbook) workbook = NULL;
  g_autofree CwWorkbookColumn *columns = NULL;
  g_autofree char *note = NULL;
  g_autofree char *total = NULL;
  CwWorkbookSheet sheet = { 0 };
  guint n_columns, n_rows;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  list = cw_care_list_new (db, query, masked, error);
  if (list == NULL)
    return FALSE;
  workbook = cw_workbook_new (path, error);
  if (workbook == NULL)
    return FALSE;

  n_columns = cw_care_list_get_n_columns (list);
  n_rows = cw_care_list_get_n_rows (list);
  columns = g_new0 (CwWorkbookColumn, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      columns[i] = care_look (cw_care_list_get_column (list, i));
      columns[i].header = cw_care_list_get_header (list, i);
    }
  note = today_note ();
  sheet.name = _("Care list");
  sheet.title = cw_care_list_get_title (list);
  sheet.note = note;
  sheet.columns = columns;
  sheet.n_columns = n_columns;
  sheet.portrait = FALSE;
  if (!cw_workbook_add_sheet (workbook, &sheet, error))
    return FALSE;

  if (progress != NULL)
    progress (0, n_rows, user_data);
  for (guint row = 0; row < n_rows; row++)
    {
      g_auto(GStrv) cells = cw_care_list_dup_row (list, row);

      if (!cw_workbook_write_row (workbook, (const char * const *) cells, error))
        return FALSE;

      if ((row + 1) % PROGRESS_EVERY == 0)
        {
          if (check_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress (row + 1, n_rows, user_data);
        }
    }

  total = cw_care_list_dup_total (list);
  if (!cw_workbook_write_total (workbook, total, error))
    return FALSE;
  if (check_cancelled (cancellable, error))
    return FALSE;
  if (!cw_workbook_close (workbook, error))
    return FALSE;

  if (progress != NULL)
    progress (n_rows, n_rows, user_data);
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-household"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/households/cw-household.h"
#include "core/households/cw-household-number.h"
#include "core/households/cw-household-search-private.h"
#include "core/common/cw-id-number.h"
#include "core/common/cw-text.h"
#include "core/households/cw-kinship.h"
#include "core/households/cw-person-private.h"
#include "core/households/cw-vocabulary.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_GROUP_ID,
  PROP_GROUP_POSITION,
  PROP_MEMBER_COUNT,
  /* Text properties; stored ones first. */
  PROP_NUMBER,
  PROP_ADDRESS,
  PROP_PHONE,
  PROP_TAGS,
  PROP_NOTES,
  PROP_STATUS,
  PROP_STATUS_DATE,
  PROP_STATUS_REASON,
  PROP_GROUP_NAME,
  PROP_HEAD_NAME,
  PROP_MEMBER_TAGS,
  N_PROPS
};

#define FIRST_TEXT PROP_NUMBER
#define LAST_STORED_TEXT PROP_STATUS_REASON

struct _CwHousehold
{
  GObject  parent_instance;

  gint64   id;
  gint64   group_id;
  int      group_position;
  guint    member_count;
  char    *text[N_PROPS];
  /* text[PROP_STATUS] interned: the households view compares it with the
   * status filter for every row at every keystroke. */
  const char *status;
  /* What search looks in: 户号 and every member's name, ID number, phone
   * and pinyin. */
  CwHouseholdSearch *search;
};

G_DEFINE_FINAL_TYPE (CwHousehold, cw_household, G_TYPE_OBJECT)

/* Every write of a text property goes through here. */
static void
store_text (CwHousehold *self,
            guint        prop_id,
            const char  *value)
{
  g_free (self->text[prop_id]);
  self->text[prop_id] = g_strdup (value != NULL ? value : "");
  if (prop_id == PROP_STATUS)
    self->status = g_intern_string (self->text[prop_id]);
}

static GParamSpec *properties[N_PROPS];

static void
cw_household_finalize (GObject *object)
{
  CwHousehold *self = (CwHousehold *)object;

  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    g_clear_pointer (&self->text[i], g_free);
  g_clear_pointer (&self->search, cw_household_search_free);

  G_OBJECT_CLASS (cw_household_parent_class)->finalize (object);
}

static void
cw_household_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CwHousehold *self = CW_HOUSEHOLD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_GROUP_ID:
      g_value_set_int64 (value, self->group_id);
      break;
    case PROP_GROUP_POSITION:
      g_value_set_int (value, self->group_position);
      break;
    case PROP_MEMBER_COUNT:
      g_value_set_uint (value, self->member_count);
      break;
    default:
      if (prop_id >= FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_text_prop (CwHousehold *self,
               guint        prop_id,
               const char  *value)
{
  if (g_strcmp0 (self->text[prop_id], value != NULL ? value : "") == 0)
    return;
  store_text (self, prop_id, value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
cw_household_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CwHousehold *self = CW_HOUSEHOLD (object);

  if (prop_id == PROP_GROUP_ID)
    cw_household_set_group_id (self, g_value_get_int64 (value));
  else if (prop_id >= FIRST_TEXT && prop_id <= LAST_STORED_TEXT)
    set_text_prop (self, prop_id, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
cw_household_class_init (CwHouseholdClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const char *names[N_PROPS] = {
    [PROP_NUMBER] = "number", [PROP_ADDRESS] = "address", [PROP_PHONE] = "phone",
    [PROP_TAGS] = "tags", [PROP_NOTES] = "notes", [PROP_STATUS] = "status",
    [PROP_STATUS_DATE] = "status-date", [PROP_STATUS_REASON] = "status-reason",
    [PROP_GROUP_NAME] = "group-name", [PROP_HEAD_NAME] = "head-name",
    [PROP_MEMBER_TAGS] = "member-tags",
  };

  object_class->finalize = cw_household_finalize;
  object_class->get_property = cw_household_get_property;
  object_class->set_property = cw_household_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP_ID] =
    g_param_spec_int64 ("group-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP_POSITION] =
    g_param_spec_int ("group-position", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEMBER_COUNT] =
    g_param_spec_uint ("member-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    properties[i] =
      g_param_spec_string (names[i], NULL, NULL, "",
                           (i <= LAST_STORED_TEXT ? G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                  : G_PARAM_READABLE) | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_household_init (CwHousehold *self)
{
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    self->text[i] = g_strdup ("");
  store_text (self, PROP_STATUS, CW_HOUSEHOLD_STATUS_ACTIVE);
  self->search = cw_household_search_new ("", "", NULL);
}

CwHousehold *
cw_household_new (void)
{
  return g_object_new (CW_TYPE_HOUSEHOLD, NULL);
}

CwHousehold *
cw_household_copy (CwHousehold *self)
{
  CwHousehold *copy;

  g_return_val_if_fail (CW_IS_HOUSEHOLD (self), NULL);

  copy = cw_household_new ();
  copy->id = self->id;
  copy->group_id = self->group_id;
  copy->group_position = self->group_position;
  copy->member_count = self->member_count;
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    store_text (copy, i, self->text[i]);
  cw_household_search_free (copy->search);
  copy->search = cw_household_search_copy (self->search);
  return copy;
}

gint64 cw_household_get_id (CwHousehold *self) { return self->id; }
const char *cw_household_get_number (CwHousehold *self) { return self->text[PROP_NUMBER]; }
gint64 cw_household_get_group_id (CwHousehold *self) { return self->group_id; }
const char *cw_household_get_address (CwHousehold *self) { return self->text[PROP_ADDRESS]; }
const char *cw_household_get_phone (CwHousehold *self) { return self->text[PROP_PHONE]; }
const char *cw_household_get_tags (CwHousehold *self) { return self->text[PROP_TAGS]; }
const char *cw_household_get_notes (CwHousehold *self) { return self->text[PROP_NOTES]; }
const char *cw_household_get_status (CwHousehold *self) { return self->status; }
const char *cw_household_get_status_date (CwHousehold *self) { return self->text[PROP_STATUS_DATE]; }
const char *cw_household_get_status_reason (CwHousehold *self) { return self->text[PROP_STATUS_REASON]; }
const char *cw_household_get_group_name (CwHousehold *self) { return self->text[PROP_GROUP_NAME]; }
int cw_household_get_group_position (CwHousehold *self) { return self->group_position; }
const char *cw_household_get_head_name (CwHousehold *self) { return self->text[PROP_HEAD_NAME]; }
guint cw_household_get_member_count (CwHousehold *self) { return self->member_count; }
const char *cw_household_get_member_tags (CwHousehold *self) { return self->text[PROP_MEMBER_TAGS]; }

void
cw_household_set_group_id (CwHousehold *self,
                           gint64       group_id)
{
  g_return_if_fail (CW_IS_HOUSEHOLD (self));
  if (self->group_id == group_id)
    return;
  self->group_id = group_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_ID]);
}

void
cw_household_set_text (CwHousehold *self,
                       const char  *property,
                       const char  *value)
{
  g_return_if_fail (CW_IS_HOUSEHOLD (self));
  g_object_set (self, property, value, NULL);
}

gboolean
cw_household_matches (CwHousehold *self,
                      const char  *query)
{
  g_autofree char *cleaned = NULL;

  /* What is stored was cleaned at the door; a query typed in full width
   * or pasted with a zero-width space is cleaned the same way. */
  if (query != NULL && !cw_text_is_clean_line (query))
    query = cleaned = cw_text_clean_line (query);
  return cw_household_search_matches (self->search, query);
}

const char *
cw_household_get_search_text (CwHousehold *self)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLD (self), NULL);

  return cw_household_search_get_text (self->search);
}

gboolean
cw_household_query_is_plain (const char *query)
{
  /* A query that cleaning would change is not searched for as it is. */
  return cw_household_search_is_plain (query) && cw_text_is_clean_line (query);
}

gint64
cw_household_match_member (CwHousehold  *self,
                           const char   *query,
                           char        **name,
                           const char  **relation)
{
  g_autofree char *cleaned = NULL;

  g_return_val_if_fail (CW_IS_HOUSEHOLD (self), 0);

  if (query != NULL && !cw_text_is_clean_line (query))
    query = cleaned = cw_text_clean_line (query);

  return cw_household_search_member (self->search, query, name, relation);
}

gboolean
cw_household_validate (CwHousehold  *self,
                       GError      **error)
{
  g_autofree char *number = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *tags = NULL;
  g_auto(GStrv) split = NULL;

  for (guint i = FIRST_TEXT; i <= LAST_STORED_TEXT; i++)
    if (!g_utf8_validate (self->text[i], -1, NULL))
      {
        g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("The text is not valid UTF-8."));
        return FALSE;
      }

  /* ０１０００１ and 010001 are one household; a zero-width space pasted
   * from a chat message would make a second. */
  number = cw_text_clean_line (self->text[PROP_NUMBER]);
  if (number[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("Household number: a household needs its number (户号)."));
      return FALSE;
    }
  set_text_prop (self, PROP_NUMBER, number);
  if (!cw_text_check_length (self->text[PROP_ADDRESS], CW_TEXT_MAX_ADDRESS, N_("Address"), error) ||
      !cw_text_check_length (self->text[PROP_TAGS], CW_TEXT_MAX_NOTE, N_("Tags"), error) ||
      !cw_text_check_length (self->text[PROP_NOTES], CW_TEXT_MAX_NOTE, N_("Notes"), error) ||
      !cw_text_check_length (self->text[PROP_STATUS_REASON], CW_TEXT_MAX_NOTE, N_("Reason"), error))
    return FALSE;

  if (self->group_id == 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("Village group: choose the household’s group."));
      return FALSE;
    }

  if (self->text[PROP_PHONE][0] != '\0')
    {
      g_autofree char *phone = NULL;
      g_autoptr(GError) local = NULL;

      g_autofree char *typed = cw_text_clean_line (self->text[PROP_PHONE]);

      if (!cw_phone_normalize (typed, &phone, &local))
        {
          g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Phone: %s"), local->message);
          return FALSE;
        }
      set_text_prop (self, PROP_PHONE, phone);
    }

  split = cw_vocabulary_split_tags (self->text[PROP_TAGS], &unknown);
  if (unknown != NULL)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Tags: “%s” is not a care tag."), unknown);
      return FALSE;
    }
  tags = cw_vocabulary_join_tags ((const char * const *) split);
  set_text_prop (self, PROP_TAGS, tags);

  if (!cw_vocabulary_contains (cw_vocabulary_household_statuses, self->text[PROP_STATUS]))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Status: “%s” is not a status."),
                   self->text[PROP_STATUS]);
      return FALSE;
    }
  return TRUE;
}

#define HOUSEHOLD_SELECT \
  "SELECT h.id, h.group_id, g.position, h.number, h.address, h.phone, h.tags, h.notes, " \
  "       h.status, coalesce(h.status_date, ''), h.status_reason, g.name, " \
  "       coalesce(max(CASE WHEN p.relation = '户主' AND p.status IN ('active', 'migrant') " \
  "                         THEN p.name END), ''), " \
  "       count(p.id) FILTER (WHERE p.status IN ('active', 'migrant')), " \
  "       group_concat(CASE WHEN p.status IN ('active', 'migrant') AND p.tags <> '' " \
  "                         THEN p.tags END, '、'), " \
  "       group_concat(" CW_HOUSEHOLD_SEARCH_MEMBER ", char(30)) " \
  "FROM household h JOIN village_group g ON g.id = h.group_id " \
  "LEFT JOIN person p ON p.household_id = h.id "

static CwHousehold *
household_from_row (sqlite3_stmt *stmt)
{
  CwHousehold *self = cw_household_new ();
  const char *member_tags = (const char *) sqlite3_column_text (stmt, 14);
  const char *members = (const char *) sqlite3_column_text (stmt, 15);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->group_id = sqlite3_column_int64 (stmt, 1);
  self->group_position = sqlite3_column_int (stmt, 2);
  for (guint i = FIRST_TEXT; i <= PROP_GROUP_NAME; i++)
    store_text (self, i, (const char *) sqlite3_column_text (stmt, (int) (i - FIRST_TEXT) + 3));
  g_free (self->text[PROP_HEAD_NAME]);
  self->text[PROP_HEAD_NAME] = g_strdup ((const char *) sqlite3_column_text (stmt, 12));
  self->member_count = (guint) sqlite3_column_int (stmt, 13);

  /* The household's own tags and its members', once each, in order. */
  {
    g_autofree char *all = g_strjoin ("、", self->text[PROP_TAGS], member_tags != NULL ? member_tags : "", NULL);
    g_auto(GStrv) split = cw_vocabulary_split_tags (all, NULL);
    g_free (self->text[PROP_MEMBER_TAGS]);
    self->text[PROP_MEMBER_TAGS] = cw_vocabulary_join_tags ((const char * const *) split);
  }

  cw_household_search_free (self->search);
  self->search = cw_household_search_new (self->text[PROP_NUMBER], self->text[PROP_PHONE], members);
  return self;
}

/* What cw_household_list() gathers of one household's members while it
 * reads them, for household_from_row()'s columns 12 to 15: one set of
 * buffers, emptied for each household. */
typedef struct
{
  GString *head_name;    /* the present head */
  gboolean has_head;
  guint    present;      /* present members */
  GString *member_tags;  /* present members' tags, joined by 、 */
  GString *members;      /* CW_HOUSEHOLD_SEARCH_MEMBER of each, parted by char(30) */
} Members;

static void
append_word (GString    *text,
             const char *separator,
             const char *word)
{
  if (text->len > 0)
    g_string_append (text, separator);
  g_string_append (text, word);
}

static void
take_text (CwHousehold *self,
           guint        prop_id,
           const char  *value)
{
  store_text (self, prop_id, value);
}

/* Adds the person on @stmt's row (see cw_household_list()). */
static void
add_member (Members      *members,
            sqlite3_stmt *stmt)
{
  const char *tags = (const char *) sqlite3_column_text (stmt, 5);

  append_word (members->members, "\x1e", (const char *) sqlite3_column_text (stmt, 1));
  if (!sqlite3_column_int (stmt, 2))
    return;
  members->present++;
  if (sqlite3_column_int (stmt, 3) && !members->has_head)
    {
      g_string_assign (members->head_name, (const char *) sqlite3_column_text (stmt, 4));
      members->has_head = TRUE;
    }
  if (tags[0] != '\0')
    append_word (members->member_tags, "、", tags);
}

/* The members' columns of household_from_row(), from what add_member()
 * gathered; then empties @members for the next household. */
static void
finish_household (CwHousehold *self,
                  Members     *members)
{
  take_text (self, PROP_HEAD_NAME, members->has_head ? members->head_name->str : "");
  self->member_count = members->present;
  /* Most households have no tags at all. */
  if (self->text[PROP_TAGS][0] != '\0' || members->member_tags->len > 0)
    {
      g_autofree char *all = g_strjoin ("、", self->text[PROP_TAGS], members->member_tags->str, NULL);
      g_auto(GStrv) split = cw_vocabulary_split_tags (all, NULL);

      g_free (self->text[PROP_MEMBER_TAGS]);
      self->text[PROP_MEMBER_TAGS] = cw_vocabulary_join_tags ((const char * const *) split);
    }
  cw_household_search_free (self->search);
  self->search = cw_household_search_new (self->text[PROP_NUMBER], self->text[PROP_PHONE],
                                          members->members->len > 0 ? members->members->str : NULL);

  members->has_head = FALSE;
  members->present = 0;
  g_string_truncate (members->member_tags, 0);
  g_string_truncate (members->members, 0);
}

static int
compare_households (gconstpointer a,
                    gconstpointer b)
{
  return cw_household_compare (*(CwHousehold **) a, *(CwHousehold **) b);
}

/* What HOUSEHOLD_SELECT's GROUP BY gives each household, for all of them
 * at once: the households and the persons each read in the order of the
 * households' ids (both in their index's order, nothing sorted) and
 * merged as they come, then the households sorted here by their numbers.
 * The join, grouping and sorting of 30 000 rows of joined text in SQL
 * took three times as long. */
GListModel *
cw_household_list (CwDatabase  *db,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) households =
    cw_database_prepare (db,
                         "SELECT h.id, h.group_id, g.position, h.number, h.address, h.phone, h.tags, h.notes, "
                         "       h.status, coalesce(h.status_date, ''), h.status_reason, g.name "
                         "FROM household h JOIN village_group g ON g.id = h.group_id ORDER BY h.id",
                         error);
  g_autoptr(sqlite3_stmt) persons =
    cw_database_prepare (db,
                         "SELECT p.household_id, " CW_HOUSEHOLD_SEARCH_MEMBER ", "
                         "       p.status IN ('active', 'migrant'), p.relation = '户主', p.name, p.tags "
                         "FROM person p ORDER BY p.household_id, p.position",
                         error);
  g_autoptr(GPtrArray) rows = NULL;
  Members members = { g_string_new (NULL), FALSE, 0, g_string_new (NULL), g_string_sized_new (256) };
  GListStore *store;
  int rc, persons_rc = SQLITE_DONE;

  if (households != NULL && persons != NULL)
    {
      rows = g_ptr_array_new_with_free_func (g_object_unref);
      persons_rc = sqlite3_step (persons);
      while ((rc = sqlite3_step (households)) == SQLITE_ROW)
        {
          CwHousehold *self = cw_household_new ();

          self->id = sqlite3_column_int64 (households, 0);
          self->group_id = sqlite3_column_int64 (households, 1);
          self->group_position = sqlite3_column_int (households, 2);
          for (guint i = FIRST_TEXT; i <= PROP_GROUP_NAME; i++)
            take_text (self, i, (const char *) sqlite3_column_text (households, (int) (i - FIRST_TEXT) + 3));
          /* A person of no household (the foreign key forbids it) is passed over. */
          while (persons_rc == SQLITE_ROW && sqlite3_column_int64 (persons, 0) < self->id)
            persons_rc = sqlite3_step (persons);
          for (; persons_rc == SQLITE_ROW && sqlite3_column_int64 (persons, 0) == self->id;
               persons_rc = sqlite3_step (persons))
            add_member (&members, persons);
          finish_household (self, &members);
          g_ptr_array_add (rows, self);
        }
      if (rc != SQLITE_DONE || (persons_rc != SQLITE_DONE && persons_rc != SQLITE_ROW))
        {
          cw_database_fail (db, error);
          g_clear_pointer (&rows, g_ptr_array_unref);
        }
    }
  g_string_free (members.head_name, TRUE);
  g_string_free (members.member_tags, TRUE);
  g_string_free (members.members, TRUE);
  if (rows == NULL)
    return NULL;

  g_ptr_array_sort (rows, compare_households);
  /* Spliced in at once: one items-changed signal for 30 000 rows
   * instead of 30 000. */
  store = g_list_store_new (CW_TYPE_HOUSEHOLD);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

static CwHousehold *
load_where (CwDatabase  *db,
            const char  *where,
            gint64       id,
            const char  *number,
            GError     **error)
{
  g_autofree char *sql = g_strconcat (HOUSEHOLD_SELECT, where, " GROUP BY h.id", NULL);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (number != NULL)
    sqlite3_bind_text (stmt, 1, number, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE && number != NULL)
        cw_household_number_not_found (db, number, error);
      else if (rc == SQLITE_DONE)
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That household is no longer in the register."));
      return NULL;
    }
  return household_from_row (stmt);
}

int
cw_household_compare (CwHousehold *a,
                       CwHousehold *b)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLD (a) && CW_IS_HOUSEHOLD (b), 0);

  /* SQLite's ORDER BY on text compares bytes, as strcmp() does. */
  if (a->group_position != b->group_position)
    return a->group_position < b->group_position ? -1 : 1;
  return strcmp (a->text[PROP_NUMBER], b->text[PROP_NUMBER]);
}

guint
cw_household_insert_position (GListModel  *households,
                              CwHousehold *household)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (households), 0);
  g_return_val_if_fail (CW_IS_HOUSEHOLD (household), 0);

  n = g_list_model_get_n_items (households);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CwHousehold) other = g_list_model_get_item (households, i);

      if (cw_household_compare (other, household) > 0)
        return i;
    }
  return n;
}

CwHousehold *
cw_household_load (CwDatabase  *db,
                   gint64       id,
                   GError     **error)
{
  return load_where (db, "WHERE h.id = ?", id, NULL, error);
}

CwHousehold *
cw_household_find_by_number (CwDatabase  *db,
                             const char  *number,
                             GError     **error)
{
  g_autofree char *cleaned = cw_text_clean_line (number);

  return load_where (db, "WHERE h.number = ?", 0, cleaned, error);
}

static gboolean
check_number_free (CwDatabase  *db,
                   const char  *number,
                   gint64       except_id,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT 1 FROM household WHERE number = ? AND id <> ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, except_id);
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                   _("Household number: %s is already taken by another household."), number);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_household (CwDatabase   *db,
                 CwHousehold  *self,
                 gboolean      insert,
                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!cw_household_validate (self, error) ||
      !check_number_free (db, self->text[PROP_NUMBER], self->id, error))
    return FALSE;

  stmt = cw_database_prepare (db,
                              insert
                              ? "INSERT INTO household (number, group_id, address, phone, tags, notes, "
                                "status, status_date, status_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                              : "UPDATE household SET number = ?1, group_id = ?2, address = ?3, phone = ?4, "
                                "tags = ?5, notes = ?6, status = ?7, status_date = ?8, status_reason = ?9 "
                                "WHERE id = ?10",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->text[PROP_NUMBER], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, self->group_id);
  sqlite3_bind_text (stmt, 3, self->text[PROP_ADDRESS], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, self->text[PROP_PHONE], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, self->text[PROP_TAGS], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, self->text[PROP_NOTES], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, self->text[PROP_STATUS], -1, SQLITE_STATIC);
  if (self->text[PROP_STATUS_DATE][0] != '\0')
    sqlite3_bind_text (stmt, 8, self->text[PROP_STATUS_DATE], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, self->text[PROP_STATUS_REASON], -1, SQLITE_STATIC);
  if (!insert)
    sqlite3_bind_int64 (stmt, 10, self->id);
  if (!cw_database_step_done (db, stmt, error))
    return FALSE;
  if (insert)
    self->id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  return TRUE;
}

gboolean
cw_household_add (CwDatabase   *db,
                  CwHousehold  *household,
                  CwPerson     *head,
                  GError      **error)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLD (household) && CW_IS_PERSON (head), FALSE);

  /* A household is never without its head, not even for a moment. */
  if (cw_vocabulary_canonical_relation (cw_person_get_relation (head)) == NULL ||
      !g_str_equal (cw_vocabulary_canonical_relation (cw_person_get_relation (head)), CW_RELATION_HEAD))
    cw_person_set_text (head, "relation", CW_RELATION_HEAD);

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!write_household (db, household, TRUE, error))
    goto failed;
  cw_person_set_household_id (head, household->id);
  if (!cw_person_insert (db, head, error))
    goto failed;
  if (!cw_database_commit (db, error))
    goto committed_failed;

  cw_database_emit_changed (db, "household");
  return TRUE;

failed:
  cw_database_rollback (db);
committed_failed:
  household->id = 0;
  cw_person_set_household_id (head, 0);
  return FALSE;
}

gboolean
cw_household_update (CwDatabase   *db,
                     CwHousehold  *household,
                     GError      **error)
{
  return cw_household_update_with_head (db, household, NULL, NULL, error);
}

gboolean
cw_household_update_with_head (CwDatabase   *db,
                               CwHousehold  *household,
                               CwPerson     *head,
                               gboolean     *head_refused,
                               GError      **error)
{
  g_return_val_if_fail (CW_IS_HOUSEHOLD (household), FALSE);
  g_return_val_if_fail (head == NULL || cw_person_get_household_id (head) == household->id, FALSE);

  if (head_refused != NULL)
    *head_refused = FALSE;

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!write_household (db, household, FALSE, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (head != NULL && !cw_person_update (db, head, error))
    {
      if (head_refused != NULL)
        *head_refused = TRUE;
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "household");
  return TRUE;
}

static gboolean
valid_status_date (const char  *date,
                   char       **normalized,
                   GError     **error)
{
  GDate parsed;

  if (!cw_date_parse (date, &parsed, error))
    {
      g_prefix_error (error, _("Date: "));
      return FALSE;
    }
  *normalized = cw_date_format (&parsed);
  return TRUE;
}

gboolean
cw_household_set_status (CwDatabase   *db,
                         gint64        id,
                         const char   *status,
                         const char   *date,
                         const char   *reason,
                         GError      **error)
{
  g_autoptr(CwHousehold) household = cw_household_load (db, id, error);
  g_autoptr(sqlite3_stmt) members = NULL;
  g_autofree char *day = NULL;

  if (household == NULL)
    return FALSE;
  if (!cw_vocabulary_contains (cw_vocabulary_household_statuses, status))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Status: “%s” is not a status."), status);
      return FALSE;
    }
  if (g_str_equal (status, CW_HOUSEHOLD_STATUS_ACTIVE))
    day = g_strdup ("");
  else if (!valid_status_date (date, &day, error))
    return FALSE;

  set_text_prop (household, PROP_STATUS, status);
  set_text_prop (household, PROP_STATUS_DATE, day);
  set_text_prop (household, PROP_STATUS_REASON, reason);

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!write_household (db, household, FALSE, error))
    goto failed;

  /* The household's present members leave with it, on the same day and
   * for the same reason; nobody stays behind in a closed household. */
  if (!g_str_equal (status, CW_HOUSEHOLD_STATUS_ACTIVE))
    {
      members = cw_database_prepare (db,
                                     "UPDATE person SET status = 'moved_out', status_date = ?2, "
                                     "status_reason = ?3 WHERE household_id = ?1 "
                                     "AND status IN ('active', 'migrant')",
                                     error);
      if (members == NULL)
        goto failed;
      sqlite3_bind_int64 (members, 1, id);
      sqlite3_bind_text (members, 2, day, -1, SQLITE_STATIC);
      sqlite3_bind_text (members, 3, reason != NULL ? reason : "", -1, SQLITE_STATIC);
      if (!cw_database_step_done (db, members, error))
        goto failed;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "household");
  return TRUE;

failed:
  cw_database_rollback (db);
  return FALSE;
}

static CwPerson *
load_member (CwDatabase  *db,
             gint64       household_id,
             gint64       person_id,
             GError     **error)
{
  CwPerson *person = cw_person_load (db, person_id, error);

  if (person != NULL && cw_person_get_household_id (person) != household_id)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%s is not a member of this household."), cw_person_get_name (person));
      g_clear_object (&person);
    }
  return person;
}

/* Within an open transaction: the old head (if any) takes another
 * relation, then the new head becomes 户主, in that order so that the
 * one-head index never sees two. */
static gboolean
swap_head (CwDatabase  *db,
           gint64       household_id,
           CwPerson    *new_head,
           const char  *old_head_relation,
           GError     **error)
{
  g_autoptr(GListModel) members = cw_person_list_for_household (db, household_id, error);

  if (members == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) member = g_list_model_get_item (members, i);

      if (cw_person_get_id (member) != cw_person_get_id (new_head) && cw_person_is_head (member))
        {
          cw_person_set_text (member, "relation", old_head_relation);
          if (!cw_person_write (db, member, error))
            return FALSE;
        }
    }
  cw_person_set_text (new_head, "relation", CW_RELATION_HEAD);
  return cw_person_write (db, new_head, error);
}

gboolean
cw_household_change_head (CwDatabase   *db,
                          gint64        household_id,
                          gint64        new_head_id,
                          const char   *old_head_relation,
                          GError      **error)
{
  g_autoptr(CwPerson) head = load_member (db, household_id, new_head_id, error);

  if (head == NULL || !cw_kinship_check_former_head_relation (old_head_relation, error))
    return FALSE;
  if (!cw_person_is_present (head))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%s is no longer a present member and cannot be head."), cw_person_get_name (head));
      return FALSE;
    }

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!swap_head (db, household_id, head, old_head_relation, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "person");
  return TRUE;
}

gboolean
cw_household_set_person_status (CwDatabase   *db,
                                gint64        person_id,
                                const char   *status,
                                const char   *date,
                                const char   *reason,
                                gint64        new_head_id,
                                GError      **error)
{
  g_autoptr(CwPerson) person = cw_person_load (db, person_id, error);
  g_autofree char *day = NULL;
  gboolean was_head;

  if (person == NULL)
    return FALSE;
  if (!cw_vocabulary_contains (cw_vocabulary_person_statuses, status))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("Status: “%s” is not a status."), status);
      return FALSE;
    }
  if (g_str_equal (status, CW_PERSON_STATUS_ACTIVE))
    day = g_strdup ("");
  else if (!valid_status_date (date, &day, error))
    return FALSE;

  was_head = cw_person_is_head (person);
  cw_person_set_text (person, "status", status);
  cw_person_set_text (person, "status-date", day);
  cw_person_set_text (person, "status-reason", reason);

  if (was_head && !cw_person_is_present (person) && new_head_id == 0)
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%s is the head of the household: choose who becomes head."),
                   cw_person_get_name (person));
      return FALSE;
    }

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_person_write (db, person, error))
    goto failed;
  if (was_head && !cw_person_is_present (person))
    {
      g_autoptr(CwPerson) head = load_member (db, cw_person_get_household_id (person), new_head_id, error);
      if (head == NULL || !swap_head (db, cw_person_get_household_id (person), head, CW_RELATION_OTHER_KIN, error))
        goto failed;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "person");
  return TRUE;

failed:
  cw_database_rollback (db);
  return FALSE;
}

gboolean
cw_household_close_on_death (CwDatabase   *db,
                             gint64        person_id,
                             const char   *date,
                             const char   *reason,
                             GError      **error)
{
  g_autoptr(CwPerson) person = cw_person_load (db, person_id, error);
  g_autoptr(GListModel) members = NULL;
  g_autofree char *day = NULL;
  gint64 household_id;

  if (person == NULL)
    return FALSE;
  household_id = cw_person_get_household_id (person);
  if (!cw_person_is_head (person))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%s is not the head of a household."), cw_person_get_name (person));
      return FALSE;
    }
  members = cw_person_list_for_household (db, household_id, error);
  if (members == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) member = g_list_model_get_item (members, i);

      if (cw_person_get_id (member) != person_id && cw_person_is_present (member))
        {
          g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                       _("%s does not live alone: choose who becomes head."), cw_person_get_name (person));
          return FALSE;
        }
    }
  if (!valid_status_date (date, &day, error))
    return FALSE;

  /* The head stays the household's 户主, deceased: the closed household
   * keeps who it was. */
  cw_person_set_text (person, "status", CW_PERSON_STATUS_DECEASED);
  cw_person_set_text (person, "status-date", day);
  cw_person_set_text (person, "status-reason", reason);

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_person_write (db, person, error) ||
      !cw_household_set_status (db, household_id, CW_HOUSEHOLD_STATUS_CANCELLED, day,
                                CW_HOUSEHOLD_REASON_HEAD_DECEASED, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "household");
  return TRUE;
}

CwHousehold *
cw_household_split (CwDatabase    *db,
                    gint64         from_id,
                    const char    *new_number,
                    const gint64  *person_ids,
                    guint          n_persons,
                    gint64         new_head_id,
                    GError       **error)
{
  g_autoptr(CwHousehold) from = cw_household_load (db, from_id, error);
  g_autoptr(CwHousehold) created = NULL;
  gboolean head_among = FALSE;

  if (from == NULL)
    return NULL;
  for (guint i = 0; i < n_persons; i++)
    head_among |= person_ids[i] == new_head_id;
  if (n_persons == 0 || !head_among)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID,
                           _("Choose the members of the new household and its head."));
      return NULL;
    }

  created = cw_household_new ();
  set_text_prop (created, PROP_NUMBER, new_number);
  set_text_prop (created, PROP_ADDRESS, from->text[PROP_ADDRESS]);
  created->group_id = from->group_id;

  if (!cw_database_begin (db, error))
    return NULL;
  if (!write_household (db, created, TRUE, error))
    goto failed;

  for (guint i = 0; i < n_persons; i++)
    {
      g_autoptr(CwPerson) member = load_member (db, from_id, person_ids[i], error);

      if (member == NULL)
        goto failed;
      if (cw_person_is_head (member))
        {
          g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                       _("%s is the head of the household being split and stays in it."),
                       cw_person_get_name (member));
          goto failed;
        }
      cw_person_set_household_id (member, created->id);
      cw_person_set_text (member, "relation",
                          person_ids[i] == new_head_id ? CW_RELATION_HEAD : cw_person_get_relation (member));
      if (!cw_person_write (db, member, error))
        goto failed;
    }
  if (!cw_database_commit (db, error))
    return NULL;

  cw_database_emit_changed (db, "household");
  return cw_household_load (db, created->id, error);

failed:
  cw_database_rollback (db);
  return NULL;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-person"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/households/cw-person.h"
#include "core/households/cw-person-private.h"
#include "core/common/cw-pinyin.h"
#include "core/common/cw-text.h"
#include "core/households/cw-vocabulary.h"

/* The string properties, in the order of the person table's columns; the
 * SQL below and the property table depend on this order. */
enum {
  PROP_0,
  PROP_ID,
  PROP_HOUSEHOLD_ID,
  PROP_POSITION,
  PROP_NAME,
  PROP_RELATION,
  PROP_SEX,
  PROP_BIRTH_DATE,
  PROP_ID_NUMBER,
  PROP_ETHNICITY,
  PROP_PHONE,
  PROP_EDUCATION,
  PROP_POLITICAL,
  PROP_PARTY_JOIN_DATE,
  PROP_TAGS,
  PROP_DISABILITY,
  PROP_NOTES,
  PROP_STATUS,
  PROP_STATUS_DATE,
  PROP_STATUS_REASON,
  PROP_HOUSEHOLD_NUMBER,
  PROP_GROUP_NAME,
  N_PROPS
};

#define FIRST_TEXT PROP_NAME
#define LAST_STORED_TEXT PROP_STATUS_REASON

struct _CwPerson
{
  GObject  parent_instance;

  gint64   id;
  gint64   household_id;
  int      position;
  char    *text[N_PROPS];
};

G_DEFINE_FINAL_TYPE (CwPerson, cw_person, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cw_person_finalize (GObject *object)
{
  CwPerson *self = (CwPerson *)object;

  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    g_clear_pointer (&self->text[i], g_free);

  G_OBJECT_CLASS (cw_person_parent_class)->finalize (object);
}

static void
cw_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CwPerson *self = CW_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_HOUSEHOLD_ID:
      g_value_set_int64 (value, self->household_id);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    default:
      if (prop_id >= FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_text_prop (CwPerson   *self,
               guint       prop_id,
               const char *value)
{
  if (g_strcmp0 (self->text[prop_id], value != NULL ? value : "") == 0)
    return;
  g_free (self->text[prop_id]);
  self->text[prop_id] = g_strdup (value != NULL ? value : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
cw_person_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CwPerson *self = CW_PERSON (object);

  switch (prop_id)
    {
    case PROP_HOUSEHOLD_ID:
      self->household_id = g_value_get_int64 (value);
      break;
    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;
    default:
      if (prop_id >= FIRST_TEXT && prop_id <= LAST_STORED_TEXT)
        set_text_prop (self, prop_id, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_person_class_init (CwPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const char *names[N_PROPS] = {
    [PROP_NAME] = "name", [PROP_RELATION] = "relation", [PROP_SEX] = "sex",
    [PROP_BIRTH_DATE] = "birth-date", [PROP_ID_NUMBER] = "id-number",
    [PROP_ETHNICITY] = "ethnicity", [PROP_PHONE] = "phone",
    [PROP_EDUCATION] = "education", [PROP_POLITICAL] = "political",
    [PROP_PARTY_JOIN_DATE] = "party-join-date", [PROP_TAGS] = "tags",
    [PROP_DISABILITY] = "disability", [PROP_NOTES] = "notes",
    [PROP_STATUS] = "status", [PROP_STATUS_DATE] = "status-date",
    [PROP_STATUS_REASON] = "status-reason",
    [PROP_HOUSEHOLD_NUMBER] = "household-number", [PROP_GROUP_NAME] = "group-name",
  };

  object_class->finalize = cw_person_finalize;
  object_class->get_property = cw_person_get_property;
  object_class->set_property = cw_person_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOUSEHOLD_ID] =
    g_param_spec_int64 ("household-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    properties[i] =
      g_param_spec_string (names[i], NULL, NULL, "",
                           (i <= LAST_STORED_TEXT ? G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                  : G_PARAM_READABLE) | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_person_init (CwPerson *self)
{
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    self->text[i] = g_strdup ("");
  g_free (self->text[PROP_STATUS]);
  self->text[PROP_STATUS] = g_strdup (CW_PERSON_STATUS_ACTIVE);
}

CwPerson *
cw_person_new (void)
{
  return g_object_new (CW_TYPE_PERSON, NULL);
}

CwPerson *
cw_person_copy (CwPerson *self)
{
  CwPerson *copy;

  g_return_val_if_fail (CW_IS_PERSON (self), NULL);

  copy = cw_person_new ();
  copy->id = self->id;
  copy->household_id = self->household_id;
  copy->position = self->position;
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    {
      g_free (copy->text[i]);
      copy->text[i] = g_strdup (self->text[i]);
    }
  return copy;
}

void
cw_person_set_text (CwPerson   *self,
                    const char *property,
                    const char *value)
{
  GParamSpec *pspec;

  g_return_if_fail (CW_IS_PERSON (self));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);
  g_return_if_fail (pspec != NULL && pspec->value_type == G_TYPE_STRING);
  /* What g_object_set() would do, without a GValue and its varargs: an
   * import sets a dozen texts on each of 100 000 persons. */
  if (pspec->owner_type == CW_TYPE_PERSON && (pspec->flags & G_PARAM_WRITABLE) &&
      pspec->param_id >= FIRST_TEXT && pspec->param_id <= LAST_STORED_TEXT)
    set_text_prop (self, pspec->param_id, value);
  else
    g_object_set (self, property, value, NULL);
}

gint64 cw_person_get_id (CwPerson *self) { return self->id; }
gint64 cw_person_get_household_id (CwPerson *self) { return self->household_id; }
void cw_person_set_household_id (CwPerson *self, gint64 household_id) { self->household_id = household_id; }
const char *cw_person_get_name (CwPerson *self) { return self->text[PROP_NAME]; }
const char *cw_person_get_relation (CwPerson *self) { return self->text[PROP_RELATION]; }
const char *cw_person_get_sex (CwPerson *self) { return self->text[PROP_SEX]; }
const char *cw_person_get_birth_date (CwPerson *self) { return self->text[PROP_BIRTH_DATE]; }
const char *cw_person_get_id_number (CwPerson *self) { return self->text[PROP_ID_NUMBER]; }
const char *cw_person_get_ethnicity (CwPerson *self) { return self->text[PROP_ETHNICITY]; }
const char *cw_person_get_phone (CwPerson *self) { return self->text[PROP_PHONE]; }
const char *cw_person_get_education (CwPerson *self) { return self->text[PROP_EDUCATION]; }
const char *cw_person_get_political (CwPerson *self) { return self->text[PROP_POLITICAL]; }
const char *cw_person_get_party_join_date (CwPerson *self) { return self->text[PROP_PARTY_JOIN_DATE]; }
const char *cw_person_get_tags (CwPerson *self) { return self->text[PROP_TAGS]; }
const char *cw_person_get_disability (CwPerson *self) { return self->text[PROP_DISABILITY]; }
const char *cw_person_get_notes (CwPerson *self) { return self->text[PROP_NOTES]; }
const char *cw_person_get_status (CwPerson *self) { return self->text[PROP_STATUS]; }
const char *cw_person_get_status_date (CwPerson *self) { return self->text[PROP_STATUS_DATE]; }
const char *cw_person_get_status_reason (CwPerson *self) { return self->text[PROP_STATUS_REASON]; }
const char *cw_person_get_household_number (CwPerson *self) { return self->text[PROP_HOUSEHOLD_NUMBER]; }
const char *cw_person_get_group_name (CwPerson *self) { return self->text[PROP_GROUP_NAME]; }

int
cw_person_get_age_on (CwPerson    *self,
                      const GDate *on)
{
  GDate birth;

  g_return_val_if_fail (CW_IS_PERSON (self), -1);
  if (!cw_date_parse (self->text[PROP_BIRTH_DATE], &birth, NULL))
    return -1;
  return cw_date_age_on (&birth, on);
}

gboolean
cw_person_is_present (CwPerson *self)
{
  g_return_val_if_fail (CW_IS_PERSON (self), FALSE);
  return cw_vocabulary_person_status_is_present (self->text[PROP_STATUS]);
}

gboolean
cw_person_is_head (CwPerson *self)
{
  g_return_val_if_fail (CW_IS_PERSON (self), FALSE);
  return g_str_equal (self->text[PROP_RELATION], CW_RELATION_HEAD) && cw_person_is_present (self);
}

gboolean
cw_person_is_party_member (CwPerson *self)
{
  return g_str_equal (self->text[PROP_POLITICAL], "中共党员") ||
         g_str_equal (self->text[PROP_POLITICAL], "中共预备党员");
}

gboolean
cw_person_matches (CwPerson   *self,
                   const char *query)
{
  g_autofree char *key = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *cleaned = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (CW_IS_PERSON (self), FALSE);

  if (query == NULL || query[0] == '\0')
    return TRUE;
  if (!cw_text_is_clean_line (query))
    query = cleaned = cw_text_clean_line (query);

  /* Built per call: the party-member pickers search a few hundred persons,
   * not the 120 000 of a township, so no key is kept on the record. */
  key = cw_pinyin_search_key (self->text[PROP_NAME]);
  joined = g_strjoin (" ", self->text[PROP_HOUSEHOLD_NUMBER], self->text[PROP_NAME],
                      self->text[PROP_ID_NUMBER], self->text[PROP_PHONE], key, NULL);
  haystack = g_ascii_strdown (joined, -1);

  words = g_strsplit_set (query, " \t\u3000", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_ascii_strdown (words[i], -1);
      if (word[0] != '\0' && strstr (haystack, word) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
replace (CwPerson   *self,
         guint       prop_id,
         const char *value)
{
  set_text_prop (self, prop_id, value);
}

static gboolean
invalid (GError     **error,
         const char  *field,
         const char  *format,
         ...) G_GNUC_PRINTF (3, 4);

/* Every message starts with the field, so a person knows where to look
 * even when the error is shown away from the form (an import report). */
static gboolean
invalid (GError     **error,
         const char  *field,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: a field name, then what is wrong with it */
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("%s: %s"), field, message);
  return FALSE;
}

static gboolean
validate_date (CwPerson    *self,
               guint        prop_id,
               const char  *field,
               GError     **error)
{
  /* @field is untranslated (N_()): translated only for a message, not
   * for each of an import's 100 000 persons. */
  GDate date, today;
  g_autoptr(GError) local = NULL;
  g_autofree char *text = NULL;

  if (self->text[prop_id][0] == '\0')
    return TRUE;
  if (!cw_date_parse (self->text[prop_id], &date, &local))
    return invalid (error, _(field), "%s", local->message);
  cw_date_today (&today);
  if (g_date_compare (&date, &today) > 0)
    return invalid (error, _(field), _("%s is in the future."), self->text[prop_id]);
  text = cw_date_format (&date);
  replace (self, prop_id, text);
  return TRUE;
}

/* The ID number is the authority on birth date and sex: fill them from it,
 * and refuse a record where what was typed contradicts it. */
static gboolean
validate_id_number (CwPerson  *self,
                    GError   **error)
{
  g_autofree char *normalized = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *birth = NULL;
  GDate date;
  char sex[2] = { 0, 0 };

  if (self->text[PROP_ID_NUMBER][0] == '\0')
    return TRUE;
  {
    /* The cleaning is what lets a number pasted with a zero-width space
     * through; the check then reads full-width digits and a small x. */
    g_autofree char *typed = cw_text_normalize_key (self->text[PROP_ID_NUMBER]);
    replace (self, PROP_ID_NUMBER, typed);
  }
  if (!cw_id_number_normalize (self->text[PROP_ID_NUMBER], &normalized, &local))
    return invalid (error, _("ID number"), "%s", local->message);
  replace (self, PROP_ID_NUMBER, normalized);

  cw_id_number_birth_date (normalized, &date);
  birth = cw_date_format (&date);
  if (self->text[PROP_BIRTH_DATE][0] == '\0')
    replace (self, PROP_BIRTH_DATE, birth);
  else if (!g_str_equal (self->text[PROP_BIRTH_DATE], birth))
    return invalid (error, _("Birth date"),
                    _("%s does not agree with the ID number, which says %s."),
                    self->text[PROP_BIRTH_DATE], birth);

  sex[0] = cw_id_number_sex (normalized);
  if (self->text[PROP_SEX][0] == '\0')
    replace (self, PROP_SEX, sex);
  else if (!g_str_equal (self->text[PROP_SEX], sex))
    return invalid (error, _("Sex"),
                    _("%s does not agree with the ID number, which says %s."),
                    g_str_equal (self->text[PROP_SEX], "M") ? _("male") : _("female"),
                    sex[0] == 'M' ? _("male") : _("female"));
  return TRUE;
}

gboolean
cw_person_validate (CwPerson  *self,
                    GError   **error)
{
  g_autofree char *name = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *tags = NULL;
  g_auto(GStrv) split = NULL;
  const char *word;

  g_return_val_if_fail (CW_IS_PERSON (self), FALSE);

  for (guint i = FIRST_TEXT; i <= LAST_STORED_TEXT; i++)
    if (!g_utf8_validate (self->text[i], -1, NULL))
      return invalid (error, g_param_spec_get_name (properties[i]), _("the text is not valid UTF-8."));

  /* Kept as written (no change of case or script), but without the
   * invisible characters and stray spaces that make two spellings of
   * one name, and in NFKC (full-width letters, compatibility ideographs). */
  name = cw_text_clean_line (self->text[PROP_NAME]);
  if (name[0] == '\0')
    return invalid (error, _("Name"), _("a name is needed."));
  replace (self, PROP_NAME, name);
  if (!cw_text_check_length (name, CW_TEXT_MAX_NAME, N_("Name"), error) ||
      !cw_text_check_length (self->text[PROP_TAGS], CW_TEXT_MAX_NOTE, N_("Tags"), error) ||
      !cw_text_check_length (self->text[PROP_DISABILITY], CW_TEXT_MAX_NOTE,
                             N_("Disability (category and grade)"), error) ||
      !cw_text_check_length (self->text[PROP_NOTES], CW_TEXT_MAX_NOTE, N_("Notes"), error) ||
      !cw_text_check_length (self->text[PROP_STATUS_REASON], CW_TEXT_MAX_NOTE, N_("Reason"), error))
    return FALSE;

  word = cw_vocabulary_canonical_relation (self->text[PROP_RELATION]);
  if (word == NULL && self->text[PROP_RELATION][0] == '\0')
    return invalid (error, _("Relation to the head"), _("choose one (户主, 配偶, 子, 女 …)."));
  if (word == NULL)
    return invalid (error, _("Relation to the head"),
                    _("“%s” is not a relation the register knows (户主, 配偶, 子, 女 …)."),
                    self->text[PROP_RELATION]);
  replace (self, PROP_RELATION, word);

  if (g_str_equal (self->text[PROP_SEX], "男"))
    replace (self, PROP_SEX, "M");
  else if (g_str_equal (self->text[PROP_SEX], "女"))
    replace (self, PROP_SEX, "F");
  else if (self->text[PROP_SEX][0] != '\0' &&
           !g_str_equal (self->text[PROP_SEX], "M") && !g_str_equal (self->text[PROP_SEX], "F"))
    return invalid (error, _("Sex"), _("“%s” is neither 男 nor 女."), self->text[PROP_SEX]);

  if (!validate_date (self, PROP_BIRTH_DATE, N_("Birth date"), error) ||
      !validate_id_number (self, error) ||
      !validate_date (self, PROP_PARTY_JOIN_DATE, N_("Party membership since"), error) ||
      !validate_date (self, PROP_STATUS_DATE, N_("Status date"), error))
    return FALSE;

  if (self->text[PROP_ETHNICITY][0] != '\0')
    {
      word = cw_vocabulary_canonical_ethnicity (self->text[PROP_ETHNICITY]);
      if (word == NULL)
        return invalid (error, _("Ethnicity"), _("“%s” is not one of the 56 民族."),
                        self->text[PROP_ETHNICITY]);
      replace (self, PROP_ETHNICITY, word);
    }

  if (self->text[PROP_POLITICAL][0] != '\0')
    {
      word = cw_vocabulary_canonical_political (self->text[PROP_POLITICAL]);
      if (word == NULL)
        return invalid (error, _("Political status"), _("“%s” is not a political status."),
                        self->text[PROP_POLITICAL]);
      replace (self, PROP_POLITICAL, word);
    }
  if (self->text[PROP_PARTY_JOIN_DATE][0] != '\0' && !cw_person_is_party_member (self))
    return invalid (error, _("Party membership since"), _("only party members have a joining date."));

  if (self->text[PROP_EDUCATION][0] != '\0' &&
      !cw_vocabulary_contains (cw_vocabulary_education, self->text[PROP_EDUCATION]))
    return invalid (error, _("Education"), _("“%s” is not an education level."),
                    self->text[PROP_EDUCATION]);

  if (self->text[PROP_PHONE][0] != '\0')
    {
      g_autofree char *phone = NULL;
      g_autoptr(GError) local = NULL;

      g_autofree char *typed = cw_text_clean_line (self->text[PROP_PHONE]);

      if (!cw_phone_normalize (typed, &phone, &local))
        return invalid (error, _("Phone"), "%s", local->message);
      replace (self, PROP_PHONE, phone);
    }

  split = cw_vocabulary_split_tags (self->text[PROP_TAGS], &unknown);
  if (unknown != NULL)
    return invalid (error, _("Tags"), _("“%s” is not a care tag."), unknown);
  tags = cw_vocabulary_join_tags ((const char * const *) split);
  replace (self, PROP_TAGS, tags);

  if (!cw_vocabulary_contains (cw_vocabulary_person_statuses, self->text[PROP_STATUS]))
    return invalid (error, _("Status"), _("“%s” is not a status."), self->text[PROP_STATUS]);
  if (!cw_person_is_present (self) && self->text[PROP_STATUS_DATE][0] == '\0')
    return invalid (error, _("Status date"), _("moving out or death needs a date."));

  return TRUE;
}

CwPerson *
cw_person_from_row (sqlite3_stmt *stmt)
{
  CwPerson *self = cw_person_new ();

  self->id = sqlite3_column_int64 (stmt, 0);
  self->household_id = sqlite3_column_int64 (stmt, 1);
  self->position = sqlite3_column_int (stmt, 2);
  for (guint i = FIRST_TEXT; i < N_PROPS; i++)
    {
      g_free (self->text[i]);
      self->text[i] = g_strdup ((const char *) sqlite3_column_text (stmt, (int) i - 1));
      if (self->text[i] == NULL)
        self->text[i] = g_strdup ("");
    }
  return self;
}

CwPerson *
cw_person_load (CwDatabase  *db,
                gint64       id,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db, "SELECT " PERSON_COLUMNS PERSON_FROM "WHERE p.id = ?", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = cw_database_step_one (db, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That person is no longer in the register."));
      return NULL;
    }
  return cw_person_from_row (stmt);
}

GListModel *
cw_person_list_for_household (CwDatabase  *db,
                              gint64       household_id,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    cw_database_prepare (db,
                         "SELECT " PERSON_COLUMNS PERSON_FROM
                         "WHERE p.household_id = ? "
                         "ORDER BY p.status NOT IN ('active', 'migrant'), p.relation <> '户主', p.position, p.id",
                         error);
  GListStore *store;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, household_id);
  store = g_list_store_new (CW_TYPE_PERSON);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwPerson) person = cw_person_from_row (stmt);
      g_list_store_append (store, person);
    }
  if (rc != SQLITE_DONE)
    {
      g_object_unref (store);
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (store);
}

static void
bind_or_null (sqlite3_stmt *stmt,
              int           index,
              const char   *text)
{
  if (text == NULL || text[0] == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* The rules that need the database: the ID number is unique in the
 * village, a household has one head among its present members. */
static gboolean
check_against_register (CwDatabase  *db,
                        CwPerson    *self,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (self->text[PROP_ID_NUMBER][0] != '\0')
    {
      stmt = cw_database_prepare (db,
                                  "SELECT p.name, h.number " PERSON_FROM
                                  "WHERE p.id_number = ? AND p.id <> ?",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, self->text[PROP_ID_NUMBER], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, self->id);
      if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
        return FALSE;
      if (rc == SQLITE_ROW)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                       _("ID number: %s already belongs to %s of household %s."),
                       self->text[PROP_ID_NUMBER],
                       (const char *) sqlite3_column_text (stmt, 0),
                       (const char *) sqlite3_column_text (stmt, 1));
          return FALSE;
        }
      g_clear_pointer (&stmt, sqlite3_finalize);
    }

  if (cw_person_is_head (self))
    {
      stmt = cw_database_prepare (db,
                                  "SELECT name FROM person WHERE household_id = ? AND id <> ? "
                                  "AND relation = '户主' AND status IN ('active', 'migrant')",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, self->household_id);
      sqlite3_bind_int64 (stmt, 2, self->id);
      if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
        return FALSE;
      if (rc == SQLITE_ROW)
        {
          g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                       _("Relation to the head: this household’s head is %s. "
                         "Use “Make Head of Household” to change the head."),
                       (const char *) sqlite3_column_text (stmt, 0));
          return FALSE;
        }
    }
  return TRUE;
}

static void
bind_fields (sqlite3_stmt *stmt,
             CwPerson     *self)
{
  g_autofree char *search_key = cw_pinyin_search_key (self->text[PROP_NAME]);

  sqlite3_bind_int64 (stmt, 1, self->household_id);
  sqlite3_bind_text (stmt, 2, self->text[PROP_NAME], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, self->text[PROP_RELATION], -1, SQLITE_TRANSIENT);
  bind_or_null (stmt, 4, self->text[PROP_SEX]);
  bind_or_null (stmt, 5, self->text[PROP_BIRTH_DATE]);
  bind_or_null (stmt, 6, self->text[PROP_ID_NUMBER]);
  sqlite3_bind_text (stmt, 7, self->text[PROP_ETHNICITY], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, self->text[PROP_PHONE], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, self->text[PROP_EDUCATION], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, self->text[PROP_POLITICAL], -1, SQLITE_TRANSIENT);
  bind_or_null (stmt, 11, self->text[PROP_PARTY_JOIN_DATE]);
  sqlite3_bind_text (stmt, 12, self->text[PROP_TAGS], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 13, self->text[PROP_DISABILITY], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 14, self->text[PROP_NOTES], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 15, self->text[PROP_STATUS], -1, SQLITE_TRANSIENT);
  bind_or_null (stmt, 16, self->text[PROP_STATUS_DATE]);
  sqlite3_bind_text (stmt, 17, self->text[PROP_STATUS_REASON], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 18, search_key, -1, SQLITE_TRANSIENT);
  /* Only the UPDATE has a 19th parameter. */
  if (sqlite3_bind_parameter_count (stmt) >= 19)
    sqlite3_bind_int64 (stmt, 19, self->id);
}

gboolean
cw_person_insert (CwDatabase  *db,
                  CwPerson    *person,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!cw_person_validate (person, error) || !check_against_register (db, person, error))
    return FALSE;

  stmt = cw_database_prepare (db,
                              "INSERT INTO person (household_id, name, relation, sex, birth_date, "
                              "id_number, ethnicity, phone, education, political, party_join_date, "
                              "tags, disability, notes, status, status_date, status_reason, search_key, "
                              "position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                              "?14, ?15, ?16, ?17, ?18, "
                              "(SELECT coalesce(max(position), 0) + 1 FROM person WHERE household_id = ?1))",
                              error);
  if (stmt == NULL)
    return FALSE;
  bind_fields (stmt, person);
  if (!cw_database_step_done (db, stmt, error))
    return FALSE;
  person->id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  return TRUE;
}

gboolean
cw_person_add (CwDatabase  *db,
               CwPerson    *person,
               GError     **error)
{
  g_return_val_if_fail (CW_IS_PERSON (person), FALSE);
  g_return_val_if_fail (person->household_id != 0, FALSE);

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_person_insert (db, person, error))
    {
      person->id = 0;
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "person");
  return TRUE;
}

gboolean
cw_person_write (CwDatabase  *db,
                 CwPerson    *person,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!cw_person_validate (person, error) || !check_against_register (db, person, error))
    return FALSE;

  stmt = cw_database_prepare (db,
                              "UPDATE person SET household_id = ?1, name = ?2, relation = ?3, sex = ?4, "
                              "birth_date = ?5, id_number = ?6, ethnicity = ?7, phone = ?8, education = ?9, "
                              "political = ?10, party_join_date = ?11, tags = ?12, disability = ?13, "
                              "notes = ?14, status = ?15, status_date = ?16, status_reason = ?17, "
                              "search_key = ?18 WHERE id = ?19",
                              error);
  if (stmt == NULL)
    return FALSE;
  bind_fields (stmt, person);
  if (!cw_database_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (cw_database_get_handle (db)) == 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That person is no longer in the register."));
      return FALSE;
    }
  return TRUE;
}

gboolean
cw_person_update (CwDatabase  *db,
                  CwPerson    *person,
                  GError     **error)
{
  g_autoptr(CwPerson) before = NULL;

  g_return_val_if_fail (CW_IS_PERSON (person), FALSE);

  before = cw_person_load (db, person->id, error);
  if (before == NULL)
    return FALSE;

  /* A household is never left without a head by an edit: the head is
   * changed with cw_household_change_head(), leaving with a status change
   * that names the new head. */
  if (cw_person_is_head (before) &&
      (!cw_person_is_head (person) || person->household_id != before->household_id))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%s is the head of the household. Make another member head first."),
                   before->text[PROP_NAME]);
      return FALSE;
    }

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_person_write (db, person, error))
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
cw_person_move (CwDatabase  *db,
                gint64       person_id,
                gint64       to_household_id,
                const char  *relation,
                GError     **error)
{
  g_autoptr(CwPerson) person = cw_person_load (db, person_id, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (person == NULL)
    return FALSE;
  if (person->household_id == to_household_id)
    return TRUE;

  stmt = cw_database_prepare (db, "SELECT status FROM household WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, to_household_id);
  if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
    return FALSE;
  if (rc == SQLITE_DONE ||
      !g_str_equal ((const char *) sqlite3_column_text (stmt, 0), CW_HOUSEHOLD_STATUS_ACTIVE))
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_REFUSED,
                           _("A person can only move into a household that is in the register."));
      return FALSE;
    }

  if (cw_person_is_head (person))
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED,
                   _("%s is the head of the household. Make another member head first."),
                   person->text[PROP_NAME]);
      return FALSE;
    }

  person->household_id = to_household_id;
  set_text_prop (person, PROP_RELATION, relation);
  sqlite3_reset (stmt);

  if (!cw_database_begin (db, error))
    return FALSE;
  if (!cw_person_write (db, person, error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "person");
  return TRUE;
}

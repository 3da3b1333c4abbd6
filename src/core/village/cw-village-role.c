/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-village-role"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/common/cw-database-private.h"
#include "core/common/cw-date.h"
#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"
#include "core/common/cw-text.h"
#include "core/village/cw-village-role.h"

/* Offices with one holder at a time. */
#define SINGLE_HOLDER(kind) ((kind) == CW_ROLE_PARTY_SECRETARY || (kind) == CW_ROLE_DIRECTOR || \
                             (kind) == CW_ROLE_SUPERVISION_CHAIR || (kind) == CW_ROLE_MEDIATION_CHAIR)
/* 村民委员会组织法 art. 32: the 监委会 has three to five members. */
#define SUPERVISION_MIN 3
#define SUPERVISION_MAX 5

static const struct
{
  const char *code;
  const char *name;      /* N_(): the English msgid */
  const char *chinese;   /* accepted as typed in any language */
  const char *short_chinese;
} roles[CW_N_ROLES] = {
  { "party_secretary", N_("Party branch secretary"), "党支部书记", "书记" },
  { "director", N_("Village committee director"), "村委会主任", "村主任" },
  { "committee_member", N_("Member of the two committees"), "两委委员", "两委成员" },
  { "supervision_chair", N_("Supervisory committee chair"), "村务监督委员会主任", "监委会主任" },
  { "supervision_member", N_("Supervisory committee member"), "村务监督委员会委员", "监委会委员" },
  { "representative", N_("Villagers’ representative"), "村民代表", "代表" },
  { "mediation_chair", N_("Mediation committee chair"), "人民调解委员会主任", "调委会主任" },
  { "mediator", N_("Mediation committee member"), "人民调解委员会委员", "调解委员" },
  { "party_group_leader", N_("Party group leader"), "党小组长", "小组长" },
};

const char *
cw_role_kind_code (CwRoleKind kind)
{
  g_return_val_if_fail (kind < CW_N_ROLES, "");
  return roles[kind].code;
}

const char *
cw_role_kind_name (CwRoleKind kind)
{
  g_return_val_if_fail (kind < CW_N_ROLES, "");
  return _(roles[kind].name);
}

gboolean
cw_role_kind_parse (const char *text,
                    CwRoleKind *kind)
{
  g_autofree char *clean = cw_text_clean_line (text != NULL ? text : "");

  for (guint i = 0; i < CW_N_ROLES; i++)
    if (g_ascii_strcasecmp (clean, roles[i].code) == 0 ||
        g_ascii_strcasecmp (clean, roles[i].name) == 0 ||
        g_str_equal (clean, _(roles[i].name)) ||
        g_str_equal (clean, roles[i].chinese) ||
        g_str_equal (clean, roles[i].short_chinese))
      {
        *kind = (CwRoleKind) i;
        return TRUE;
      }
  return FALSE;
}

char *
cw_role_kind_list_names (void)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < CW_N_ROLES; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? C_("list separator", ", ") : "", cw_role_kind_name ((CwRoleKind) i));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

gboolean
cw_role_kind_is_supervision (CwRoleKind kind)
{
  return kind == CW_ROLE_SUPERVISION_CHAIR || kind == CW_ROLE_SUPERVISION_MEMBER;
}

static gboolean
kind_from_code (const char *code,
                CwRoleKind *kind)
{
  for (guint i = 0; i < CW_N_ROLES; i++)
    if (g_strcmp0 (code, roles[i].code) == 0)
      {
        *kind = (CwRoleKind) i;
        return TRUE;
      }
  return FALSE;
}

struct _CwVillageRole
{
  GObject     parent_instance;

  gint64      id;
  CwRoleKind  kind;
  gint64      person_id;
  char       *name;
  char       *household_number;
  char       *from;
  char       *to;
};

G_DEFINE_FINAL_TYPE (CwVillageRole, cw_village_role, G_TYPE_OBJECT)

static void
cw_village_role_finalize (GObject *object)
{
  CwVillageRole *self = (CwVillageRole *) object;

  g_free (self->name);
  g_free (self->household_number);
  g_free (self->from);
  g_free (self->to);

  G_OBJECT_CLASS (cw_village_role_parent_class)->finalize (object);
}

static void
cw_village_role_class_init (CwVillageRoleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cw_village_role_finalize;
}

static void
cw_village_role_init (CwVillageRole *self)
{
  self->name = g_strdup ("");
  self->household_number = g_strdup ("");
  self->from = g_strdup ("");
}

CwVillageRole *
cw_village_role_new (CwRoleKind  kind,
                     gint64      person_id,
                     const char *outsider_name,
                     const char *from,
                     const char *to)
{
  CwVillageRole *self = g_object_new (CW_TYPE_VILLAGE_ROLE, NULL);

  self->kind = kind;
  self->person_id = person_id;
  cw_village_role_set_outsider_name (self, outsider_name);
  cw_village_role_set_from (self, from);
  cw_village_role_set_to (self, to);
  return self;
}

CwVillageRole *
cw_village_role_copy (CwVillageRole *self)
{
  CwVillageRole *copy;

  g_return_val_if_fail (CW_IS_VILLAGE_ROLE (self), NULL);
  copy = cw_village_role_new (self->kind, self->person_id, self->name, self->from, self->to);
  copy->id = self->id;
  g_free (copy->household_number);
  copy->household_number = g_strdup (self->household_number);
  return copy;
}

gint64 cw_village_role_get_id (CwVillageRole *self) { return self->id; }
CwRoleKind cw_village_role_get_kind (CwVillageRole *self) { return self->kind; }
gint64 cw_village_role_get_person_id (CwVillageRole *self) { return self->person_id; }
const char *cw_village_role_get_name (CwVillageRole *self) { return self->name; }
const char *cw_village_role_get_household_number (CwVillageRole *self) { return self->household_number; }
const char *cw_village_role_get_from (CwVillageRole *self) { return self->from; }
const char *cw_village_role_get_to (CwVillageRole *self) { return self->to; }

gboolean
cw_village_role_is_outsider (CwVillageRole *self)
{
  return self->person_id == 0;
}

void
cw_village_role_set_kind (CwVillageRole *self,
                          CwRoleKind     kind)
{
  g_return_if_fail (kind < CW_N_ROLES);
  self->kind = kind;
}

void
cw_village_role_set_person_id (CwVillageRole *self,
                               gint64         person_id)
{
  self->person_id = person_id;
}

void
cw_village_role_set_outsider_name (CwVillageRole *self,
                                   const char    *name)
{
  g_free (self->name);
  self->name = cw_text_clean_line (name != NULL ? name : "");
}

void
cw_village_role_set_from (CwVillageRole *self,
                          const char    *from)
{
  g_free (self->from);
  self->from = g_strdup (from != NULL ? from : "");
}

void
cw_village_role_set_to (CwVillageRole *self,
                        const char    *to)
{
  g_clear_pointer (&self->to, g_free);
  if (to != NULL && to[0] != '\0')
    self->to = g_strdup (to);
}

gboolean
cw_village_role_covers (CwVillageRole *self,
                        const char    *date)
{
  return strcmp (self->from, date) <= 0 && (self->to == NULL || strcmp (date, self->to) <= 0);
}

#define SELECT_ROLE \
  "SELECT r.id, r.role, coalesce(r.person_id, 0), coalesce(p.name, r.outsider_name), " \
  "coalesce(h.number, ''), r.from_date, r.to_date " \
  "FROM village_role r LEFT JOIN person p ON p.id = r.person_id " \
  "LEFT JOIN household h ON h.id = p.household_id "
/* The office's order, then who came first. */
#define ORDER_ROLE \
  " ORDER BY CASE r.role WHEN 'party_secretary' THEN 0 WHEN 'director' THEN 1 " \
  "WHEN 'committee_member' THEN 2 WHEN 'supervision_chair' THEN 3 WHEN 'supervision_member' THEN 4 " \
  "WHEN 'representative' THEN 5 WHEN 'mediation_chair' THEN 6 WHEN 'mediator' THEN 7 ELSE 8 END, " \
  "r.from_date, r.id"

static CwVillageRole *
role_from_row (sqlite3_stmt *stmt)
{
  CwVillageRole *self = g_object_new (CW_TYPE_VILLAGE_ROLE, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  if (!kind_from_code ((const char *) sqlite3_column_text (stmt, 1), &self->kind))
    self->kind = CW_ROLE_COMMITTEE_MEMBER;
  self->person_id = sqlite3_column_int64 (stmt, 2);
  g_free (self->name);
  self->name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  g_free (self->household_number);
  self->household_number = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  g_free (self->from);
  self->from = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  cw_village_role_set_to (self, (const char *) sqlite3_column_text (stmt, 6));
  return self;
}

/* Runs @where (binding ?1 = @on or NULL, ?2 = a role code or NULL, ?3 =
 * an id or 0) and collects the holdings. */
static GListModel *
query (CwDatabase  *db,
       const char  *where,
       const char  *on,
       const char  *code,
       gint64       id,
       GError     **error)
{
  g_autofree char *sql = g_strconcat (SELECT_ROLE, where, ORDER_ROLE, NULL);
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);
  g_autoptr(GListStore) store = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, id);
  store = g_list_store_new (CW_TYPE_VILLAGE_ROLE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CwVillageRole) role = role_from_row (stmt);
      g_list_store_append (store, role);
    }
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

#define COVERS_ON "(?1 IS NULL OR (r.from_date <= ?1 AND (r.to_date IS NULL OR ?1 <= r.to_date)))"

GListModel *
cw_village_role_list (CwDatabase  *db,
                      const char  *on,
                      GError     **error)
{
  return query (db, "WHERE " COVERS_ON, on, NULL, 0, error);
}

GListModel *
cw_village_role_holders (CwDatabase  *db,
                         CwRoleKind   kind,
                         const char  *on,
                         GError     **error)
{
  g_return_val_if_fail (on != NULL, NULL);
  return query (db, "WHERE " COVERS_ON " AND r.role = ?2", on, cw_role_kind_code (kind), 0, error);
}

guint
cw_village_role_count (CwDatabase *db,
                       CwRoleKind  kind,
                       const char *on)
{
  g_autoptr(GListModel) holders = cw_village_role_holders (db, kind, on, NULL);

  return holders != NULL ? g_list_model_get_n_items (holders) : 0;
}

CwVillageRole *
cw_village_role_load (CwDatabase  *db,
                      gint64       id,
                      GError     **error)
{
  g_autoptr(GListModel) found = query (db, "WHERE r.id = ?3", NULL, NULL, id, error);

  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("That office holding no longer exists."));
      return NULL;
    }
  return g_list_model_get_item (found, 0);
}

static GListModel *
supervisors_on (CwDatabase  *db,
                const char  *on,
                GError     **error)
{
  return query (db, "WHERE " COVERS_ON " AND r.role IN ('supervision_chair', 'supervision_member')",
                on, NULL, 0, error);
}

static char *
names_of (GListModel *holdings)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (holdings); i++)
    {
      g_autoptr(CwVillageRole) role = g_list_model_get_item (holdings, i);
      g_string_append_printf (names, "%s%s", i > 0 ? C_("list separator", ", ") : "", role->name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

CwVillageRole *
cw_village_role_find_supervisor (CwDatabase  *db,
                                 const char  *name,
                                 const char  *on,
                                 GError     **error)
{
  g_autofree char *clean = cw_text_clean_line (name != NULL ? name : "");
  g_autoptr(GListModel) members = supervisors_on (db, on, error);
  g_autofree char *names = NULL;

  if (members == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwVillageRole) role = g_list_model_get_item (members, i);
      if (g_str_equal (role->name, clean))
        return g_steal_pointer (&role);
    }
  names = names_of (members);
  if (names[0] == '\0')
    g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                 _("%s is not on the supervisory committee on %s: the committee had no members that day."),
                 clean, on);
  else
    g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND,
                 _("%s is not on the supervisory committee on %s; its members that day: %s."),
                 clean, on, names);
  return NULL;
}

char *
cw_village_role_supervision_problem (CwDatabase *db,
                                     const char *on)
{
  g_autoptr(GListModel) members = supervisors_on (db, on, NULL);
  guint n = members != NULL ? g_list_model_get_n_items (members) : 0;

  if (n < SUPERVISION_MIN || n > SUPERVISION_MAX)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The supervisory committee has %u member; it needs 3 to 5.",
                                         "The supervisory committee has %u members; it needs 3 to 5.", n), n);
  if (cw_village_role_count (db, CW_ROLE_SUPERVISION_CHAIR, on) == 0)
    return g_strdup (_("The supervisory committee has no chair."));
  return NULL;
}

gint64
cw_village_role_resolve_person (CwDatabase  *db,
                                const char  *text,
                                const char  *on,
                                GError     **error)
{
  g_autofree char *clean = cw_text_clean_line (text != NULL ? text : "");
  g_autofree char *id_number = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) households = g_string_new (NULL);
  gint64 row = 0, found = 0;
  guint n = 0;
  int rc;

  if (clean[0] == '\0')
    {
      g_set_error_literal (error, CW_ERROR, CW_ERROR_INVALID, _("Say who holds the office: a name or an ID number."));
      return 0;
    }
  if (strlen (clean) <= 9 && cw_text_parse_integer (clean, 1, G_MAXINT64, &row, NULL))
    stmt = cw_database_prepare (db, "SELECT p.id, h.number FROM person p JOIN household h ON h.id = p.household_id "
                                    "WHERE p.id = ?1", error);
  else if (cw_id_number_normalize (clean, &id_number, NULL))
    stmt = cw_database_prepare (db, "SELECT p.id, h.number FROM person p JOIN household h ON h.id = p.household_id "
                                    "WHERE p.id_number = ?2", error);
  else
    stmt = cw_database_prepare (db, "SELECT p.id, h.number FROM person p JOIN household h ON h.id = p.household_id "
                                    "WHERE p.name = ?3 AND (p.status IN ('active', 'migrant') OR p.status_date > ?4) "
                                    "ORDER BY h.number, p.position", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, row);
  sqlite3_bind_text (stmt, 2, id_number, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, clean, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, on, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      found = sqlite3_column_int64 (stmt, 0);
      g_string_append_printf (households, "%s%s", n > 0 ? C_("list separator", ", ") : "", sqlite3_column_text (stmt, 1));
      n++;
    }
  /* Not "no one is called so" when the register could not be read. */
  if (rc != SQLITE_DONE)
    {
      cw_database_fail (db, error);
      return 0;
    }
  if (n == 1)
    return found;
  if (n == 0)
    g_set_error (error, CW_ERROR, CW_ERROR_NOT_FOUND, _("No one in the register is “%s”."), clean);
  else
    g_set_error (error, CW_ERROR, CW_ERROR_INVALID,
                 _("%u persons are called %s (households %s): give the ID number instead."),
                 n, clean, households->str);
  return 0;
}

static gboolean
fail (GError     **error,
      CwError      code,
      const char  *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError     **error,
      CwError      code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, CW_ERROR, code, message);
  return FALSE;
}

/* Whether two holdings' periods share a day. */
static gboolean
overlaps (CwVillageRole *a,
          CwVillageRole *b)
{
  return (a->to == NULL || strcmp (b->from, a->to) <= 0) &&
         (b->to == NULL || strcmp (a->from, b->to) <= 0);
}

static gboolean
same_holder (CwVillageRole *a,
             CwVillageRole *b)
{
  if (a->person_id != 0 || b->person_id != 0)
    return a->person_id == b->person_id;
  return g_str_equal (a->name, b->name);
}

/* The most 监委会 members at once during @role's period with @role among
 * them: the count is highest on some day a holding starts. */
static guint
supervision_peak (GListModel    *all,
                  CwVillageRole *role)
{
  guint n = g_list_model_get_n_items (all);
  guint peak = 0;

  /* i == n stands for @role's own start. */
  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(CwVillageRole) start = i < n ? g_list_model_get_item (all, i) : g_object_ref (role);
      guint count = 1;

      if ((i < n && (start->id == role->id || !cw_role_kind_is_supervision (start->kind))) ||
          !cw_village_role_covers (role, start->from))
        continue;
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(CwVillageRole) other = g_list_model_get_item (all, j);
          if (other->id != role->id && cw_role_kind_is_supervision (other->kind) &&
              cw_village_role_covers (other, start->from))
            count++;
        }
      peak = MAX (peak, count);
    }
  return peak;
}

static gboolean
check_against_others (CwDatabase     *db,
                      CwVillageRole  *role,
                      GError        **error)
{
  g_autoptr(GListModel) all = cw_village_role_list (db, NULL, error);

  if (all == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CwVillageRole) other = g_list_model_get_item (all, i);
      gboolean apart_offices;

      if (other->id == role->id || !overlaps (role, other))
        continue;
      if (other->kind == role->kind && same_holder (role, other))
        return fail (error, CW_ERROR_EXISTS, _("%s is already %s from %s."),
                     other->name, cw_role_kind_name (other->kind), other->from);
      if (other->kind == role->kind && SINGLE_HOLDER (role->kind))
        return fail (error, CW_ERROR_REFUSED,
                     _("%s is %s from %s; end that first, there is one at a time."),
                     other->name, cw_role_kind_name (other->kind), other->from);
      /* The 监委会 watches the 村委会: nobody sits on both. */
      apart_offices = (cw_role_kind_is_supervision (role->kind) &&
                       (other->kind == CW_ROLE_DIRECTOR || other->kind == CW_ROLE_COMMITTEE_MEMBER)) ||
                      (cw_role_kind_is_supervision (other->kind) &&
                       (role->kind == CW_ROLE_DIRECTOR || role->kind == CW_ROLE_COMMITTEE_MEMBER));
      if (apart_offices && same_holder (role, other))
        return fail (error, CW_ERROR_REFUSED,
                     _("%s is %s from %s: a member of the village committee cannot sit on the supervisory committee."),
                     other->name, cw_role_kind_name (other->kind), other->from);
      if (cw_role_kind_is_supervision (role->kind) && cw_role_kind_is_supervision (other->kind) &&
          same_holder (role, other))
        return fail (error, CW_ERROR_EXISTS, _("%s is already %s from %s."),
                     other->name, cw_role_kind_name (other->kind), other->from);
    }
  if (cw_role_kind_is_supervision (role->kind) && supervision_peak (all, role) > SUPERVISION_MAX)
    return fail (error, CW_ERROR_REFUSED,
                 _("The supervisory committee would have more than 5 members from %s; end a member’s term first."),
                 role->from);
  return TRUE;
}

/* Fills in the holder's name and household from the register and checks
 * the holding on its own and against the others. */
static gboolean
validate (CwDatabase     *db,
          CwVillageRole  *role,
          GError        **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (role->kind >= CW_N_ROLES)
    return fail (error, CW_ERROR_INVALID, _("Choose the office."));
  if (role->from[0] == '\0')
    return fail (error, CW_ERROR_INVALID, _("Say from when the office is held."));
  if ((from = cw_date_normalize (role->from, error)) == NULL)
    return FALSE;
  cw_village_role_set_from (role, from);
  if (role->to != NULL)
    {
      if ((to = cw_date_normalize (role->to, error)) == NULL)
        return FALSE;
      if (strcmp (to, from) < 0)
        return fail (error, CW_ERROR_INVALID, _("The office cannot end (%s) before it starts (%s)."), to, from);
      cw_village_role_set_to (role, to);
    }

  if (role->person_id != 0)
    {
      g_autoptr(sqlite3_stmt) stmt =
        cw_database_prepare (db, "SELECT p.name, h.number, p.status, p.status_date FROM person p "
                                 "JOIN household h ON h.id = p.household_id WHERE p.id = ?", error);
      const char *status, *status_date;
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, role->person_id);
      if ((rc = cw_database_step_one (db, stmt, error)) == SQLITE_ERROR)
        return FALSE;
      if (rc == SQLITE_DONE)
        return fail (error, CW_ERROR_NOT_FOUND, _("That person is not in the register."));
      g_free (role->name);
      role->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      g_free (role->household_number);
      role->household_number = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      status = (const char *) sqlite3_column_text (stmt, 2);
      status_date = (const char *) sqlite3_column_text (stmt, 3);
      if ((g_str_equal (status, "moved_out") || g_str_equal (status, "deceased")) &&
          status_date != NULL && strcmp (status_date, role->from) <= 0)
        return fail (error, CW_ERROR_REFUSED, _("%s left the register on %s, before the office starts."),
                     role->name, status_date);
    }
  else if (role->name[0] == '\0')
    return fail (error, CW_ERROR_INVALID, _("Say who holds the office: a name or an ID number."));

  return check_against_others (db, role, error);
}

static gboolean
write_role (CwDatabase     *db,
            CwVillageRole  *role,
            const char     *sql,
            GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = cw_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, cw_role_kind_code (role->kind), -1, SQLITE_STATIC);
  if (role->person_id != 0)
    sqlite3_bind_int64 (stmt, 2, role->person_id);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_text (stmt, 3, role->person_id != 0 ? "" : role->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, role->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, role->to, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, role->id);
  return cw_database_step_done (db, stmt, error);
}

gint64
cw_village_role_add (CwDatabase     *db,
                     CwVillageRole  *role,
                     GError        **error)
{
  g_return_val_if_fail (CW_IS_VILLAGE_ROLE (role), 0);

  role->id = 0;
  if (!cw_database_begin (db, error))
    return 0;
  if (!validate (db, role, error) ||
      !write_role (db, role, "INSERT INTO village_role (role, person_id, outsider_name, from_date, to_date) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)", error))
    {
      cw_database_rollback (db);
      return 0;
    }
  role->id = sqlite3_last_insert_rowid (cw_database_get_handle (db));
  if (!cw_database_commit (db, error))
    return 0;
  cw_database_emit_changed (db, "village_role");
  return role->id;
}

gboolean
cw_village_role_update (CwDatabase     *db,
                        CwVillageRole  *role,
                        GError        **error)
{
  g_autoptr(CwVillageRole) stored = NULL;

  g_return_val_if_fail (CW_IS_VILLAGE_ROLE (role), FALSE);

  if (!cw_database_begin (db, error))
    return FALSE;
  if ((stored = cw_village_role_load (db, role->id, error)) == NULL ||
      !validate (db, role, error) ||
      !write_role (db, role, "UPDATE village_role SET role = ?1, person_id = ?2, outsider_name = ?3, "
                             "from_date = ?4, to_date = ?5 WHERE id = ?6", error))
    {
      cw_database_rollback (db);
      return FALSE;
    }
  if (!cw_database_commit (db, error))
    return FALSE;
  cw_database_emit_changed (db, "village_role");
  return TRUE;
}

gboolean
cw_village_role_end (CwDatabase  *db,
                     gint64       id,
                     const char  *to,
                     GError     **error)
{
  g_autoptr(CwVillageRole) role = cw_village_role_load (db, id, error);

  if (role == NULL)
    return FALSE;
  if (to == NULL || to[0] == '\0')
    return fail (error, CW_ERROR_INVALID, _("Say when the office ends."));
  cw_village_role_set_to (role, to);
  return cw_village_role_update (db, role, error);
}

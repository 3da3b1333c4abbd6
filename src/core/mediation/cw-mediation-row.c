/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-row"

#include "config.h"

#include "core/mediation/cw-mediation-row.h"

struct _CwMediationRow
{
  GObject          parent_instance;

  CwMediationKind  kind;
  gint64           id;
  char           **values;
};

G_DEFINE_FINAL_TYPE (CwMediationRow, cw_mediation_row, G_TYPE_OBJECT)

static const char * const party_fields[] = {
  "side", "person_id", "name", "sex", "ethnicity", "age", "occupation", "phone", "address",
  "agent", "agent_note", "household_number", "id_number", NULL
};
static const char * const session_fields[] = {
  "held_on", "place", "attendees", "statements", "checked", "warned", "result", NULL
};
static const char * const term_fields[] = { "content", "manner", "place", "deadline", NULL };
static const char * const followup_fields[] = {
  "visited_on", "visitor", "performed", "satisfaction", "lawsuit", "risk", "measures", NULL
};
static const char * const extension_fields[] = { "kind", "granted_on", "until", "reason", NULL };

static const struct
{
  const char         *table;
  const char * const *fields;
  guint               n_saved;
} kinds[CW_MEDIATION_N_KINDS] = {
  [CW_MEDIATION_PARTY] = { "mediation_party", party_fields, CW_PARTY_HOUSEHOLD_NUMBER },
  [CW_MEDIATION_SESSION] = { "mediation_session", session_fields, CW_SESSION_N_FIELDS },
  [CW_MEDIATION_TERM] = { "mediation_term", term_fields, CW_TERM_N_FIELDS },
  [CW_MEDIATION_FOLLOWUP] = { "mediation_followup", followup_fields, CW_FOLLOWUP_N_FIELDS },
  [CW_MEDIATION_EXTENSION] = { "mediation_extension", extension_fields, CW_EXTENSION_N_FIELDS },
};

static void
cw_mediation_row_finalize (GObject *object)
{
  CwMediationRow *self = CW_MEDIATION_ROW (object);

  g_strfreev (self->values);

  G_OBJECT_CLASS (cw_mediation_row_parent_class)->finalize (object);
}

static void
cw_mediation_row_class_init (CwMediationRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cw_mediation_row_finalize;
}

static void
cw_mediation_row_init (CwMediationRow *self)
{
}

CwMediationRow *
cw_mediation_row_new (CwMediationKind kind)
{
  CwMediationRow *self;
  guint n;

  g_return_val_if_fail (kind < CW_MEDIATION_N_KINDS, NULL);

  self = g_object_new (CW_TYPE_MEDIATION_ROW, NULL);
  self->kind = kind;
  n = cw_mediation_row_n_fields (kind);
  self->values = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    self->values[i] = g_strdup ("");
  return self;
}

CwMediationRow *
cw_mediation_row_copy (CwMediationRow *self)
{
  CwMediationRow *copy;

  g_return_val_if_fail (CW_IS_MEDIATION_ROW (self), NULL);

  copy = g_object_new (CW_TYPE_MEDIATION_ROW, NULL);
  copy->kind = self->kind;
  copy->id = self->id;
  copy->values = g_strdupv (self->values);
  return copy;
}

CwMediationKind
cw_mediation_row_get_kind (CwMediationRow *self)
{
  g_return_val_if_fail (CW_IS_MEDIATION_ROW (self), 0);
  return self->kind;
}

gint64
cw_mediation_row_get_id (CwMediationRow *self)
{
  g_return_val_if_fail (CW_IS_MEDIATION_ROW (self), 0);
  return self->id;
}

void
cw_mediation_row_set_id (CwMediationRow *self,
                         gint64          id)
{
  g_return_if_fail (CW_IS_MEDIATION_ROW (self));
  self->id = id;
}

const char *
cw_mediation_row_get (CwMediationRow *self,
                      guint           field)
{
  g_return_val_if_fail (CW_IS_MEDIATION_ROW (self), "");
  g_return_val_if_fail (field < cw_mediation_row_n_fields (self->kind), "");

  return self->values[field];
}

void
cw_mediation_row_set (CwMediationRow *self,
                      guint           field,
                      const char     *value)
{
  g_return_if_fail (CW_IS_MEDIATION_ROW (self));
  g_return_if_fail (field < cw_mediation_row_n_fields (self->kind));

  g_free (self->values[field]);
  self->values[field] = g_strstrip (g_strdup (value != NULL ? value : ""));
}

guint
cw_mediation_row_n_fields (CwMediationKind kind)
{
  g_return_val_if_fail (kind < CW_MEDIATION_N_KINDS, 0);
  return g_strv_length ((char **) kinds[kind].fields);
}

const char *
cw_mediation_row_field_name (CwMediationKind kind,
                             guint           field)
{
  g_return_val_if_fail (field < cw_mediation_row_n_fields (kind), NULL);
  return kinds[kind].fields[field];
}

const char *
cw_mediation_row_table (CwMediationKind kind)
{
  g_return_val_if_fail (kind < CW_MEDIATION_N_KINDS, NULL);
  return kinds[kind].table;
}

gboolean
cw_mediation_row_is_saved_field (CwMediationKind kind,
                                 guint           field)
{
  g_return_val_if_fail (kind < CW_MEDIATION_N_KINDS, FALSE);
  return field < kinds[kind].n_saved;
}

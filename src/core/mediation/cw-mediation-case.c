/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-case"

#include "config.h"

#include "core/common/cw-date.h"
#include "core/mediation/cw-mediation-case.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_SEQ,
  PROP_ORDINAL,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + CW_CASE_N_FIELDS
};

struct _CwMediationCase
{
  GObject    parent_instance;

  gint64     id;
  int        year;
  int        seq;
  char      *text[CW_CASE_N_FIELDS];
  GPtrArray *rows[CW_MEDIATION_N_KINDS];
};

G_DEFINE_FINAL_TYPE (CwMediationCase, cw_mediation_case, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const char * const property_names[CW_CASE_N_FIELDS] = {
  "intake-date", "source", "type", "risk-level", "risk-criminal", "risk-group", "summary",
  "request", "mediators", "recorder", "registered-by", "amount", "settle-by", "agreement",
  "facts", "issues", "responsibility", "effective-date", "agreed", "outcome", "closed-on",
  "next-step", "outcome-note", "confirm-applied", "confirm-court", "confirm-result",
  "confirm-number", "petition-decision", "petition-decided", "petition-due",
  "number", "parties", "next-due", "next-due-kind", "search-key",
};

static void
cw_mediation_case_finalize (GObject *object)
{
  CwMediationCase *self = CW_MEDIATION_CASE (object);

  for (guint i = 0; i < CW_CASE_N_FIELDS; i++)
    g_free (self->text[i]);
  for (guint k = 0; k < CW_MEDIATION_N_KINDS; k++)
    g_ptr_array_unref (self->rows[k]);

  G_OBJECT_CLASS (cw_mediation_case_parent_class)->finalize (object);
}

static void
cw_mediation_case_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CwMediationCase *self = CW_MEDIATION_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_SEQ:
      g_value_set_int (value, self->seq);
      break;
    case PROP_ORDINAL:
      g_value_set_int64 (value, (gint64) self->year * 1000000 + self->seq);
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id - PROP_FIRST_TEXT]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cw_mediation_case_class_init (CwMediationCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cw_mediation_case_finalize;
  object_class->get_property = cw_mediation_case_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_SEQ] = g_param_spec_int ("seq", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_ORDINAL] = g_param_spec_int64 ("ordinal", NULL, NULL, 0, G_MAXINT64, 0, ro);
  for (guint i = 0; i < CW_CASE_N_FIELDS; i++)
    properties[PROP_FIRST_TEXT + i] = g_param_spec_string (property_names[i], NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cw_mediation_case_init (CwMediationCase *self)
{
  for (guint i = 0; i < CW_CASE_N_FIELDS; i++)
    self->text[i] = g_strdup ("");
  for (guint k = 0; k < CW_MEDIATION_N_KINDS; k++)
    self->rows[k] = g_ptr_array_new_with_free_func (g_object_unref);
}

CwMediationCase *
cw_mediation_case_new (void)
{
  CwMediationCase *self = g_object_new (CW_TYPE_MEDIATION_CASE, NULL);
  g_autofree char *today = cw_date_today_text ();

  cw_mediation_case_set (self, CW_CASE_INTAKE_DATE, today);
  cw_mediation_case_set (self, CW_CASE_SOURCE, "application");
  cw_mediation_case_set (self, CW_CASE_RISK_LEVEL, "ordinary");
  cw_mediation_case_set (self, CW_CASE_RISK_CRIMINAL, "0");
  cw_mediation_case_set (self, CW_CASE_RISK_GROUP, "0");
  return self;
}

CwMediationCase *
cw_mediation_case_copy (CwMediationCase *self)
{
  CwMediationCase *copy;

  g_return_val_if_fail (CW_IS_MEDIATION_CASE (self), NULL);

  copy = g_object_new (CW_TYPE_MEDIATION_CASE, NULL);
  copy->id = self->id;
  copy->year = self->year;
  copy->seq = self->seq;
  for (guint i = 0; i < CW_CASE_N_FIELDS; i++)
    {
      g_free (copy->text[i]);
      copy->text[i] = g_strdup (self->text[i]);
    }
  for (guint k = 0; k < CW_MEDIATION_N_KINDS; k++)
    for (guint i = 0; i < self->rows[k]->len; i++)
      g_ptr_array_add (copy->rows[k], cw_mediation_row_copy (g_ptr_array_index (self->rows[k], i)));
  return copy;
}

gint64 cw_mediation_case_get_id   (CwMediationCase *self) { return self->id; }
int    cw_mediation_case_get_year (CwMediationCase *self) { return self->year; }
int    cw_mediation_case_get_seq  (CwMediationCase *self) { return self->seq; }

const char *
cw_mediation_case_get (CwMediationCase *self,
                       CwCaseField      field)
{
  g_return_val_if_fail (CW_IS_MEDIATION_CASE (self), "");
  g_return_val_if_fail (field < CW_CASE_N_FIELDS, "");

  return self->text[field];
}

void
cw_mediation_case_set (CwMediationCase *self,
                       CwCaseField      field,
                       const char      *value)
{
  g_return_if_fail (CW_IS_MEDIATION_CASE (self));
  g_return_if_fail (field < CW_CASE_N_STORED);

  cw_mediation_case_set_derived (self, field, value);
}

void
cw_mediation_case_set_derived (CwMediationCase *self,
                               CwCaseField      field,
                               const char      *value)
{
  g_autofree char *clean = g_strstrip (g_strdup (value != NULL ? value : ""));

  g_return_if_fail (CW_IS_MEDIATION_CASE (self));
  g_return_if_fail (field < CW_CASE_N_FIELDS);

  if (g_strcmp0 (self->text[field], clean) == 0)
    return;
  g_free (self->text[field]);
  self->text[field] = g_steal_pointer (&clean);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + field]);
}

void
cw_mediation_case_set_number (CwMediationCase *self,
                              gint64           id,
                              int              year,
                              int              seq)
{
  g_return_if_fail (CW_IS_MEDIATION_CASE (self));

  self->id = id;
  self->year = year;
  self->seq = seq;
}

gboolean
cw_mediation_case_is_open (CwMediationCase *self)
{
  g_return_val_if_fail (CW_IS_MEDIATION_CASE (self), FALSE);
  return self->text[CW_CASE_OUTCOME][0] == '\0';
}

const char *
cw_mediation_case_property_name (CwCaseField field)
{
  g_return_val_if_fail (field < CW_CASE_N_FIELDS, NULL);
  return property_names[field];
}

GPtrArray *
cw_mediation_case_get_rows (CwMediationCase *self,
                            CwMediationKind  kind)
{
  g_return_val_if_fail (CW_IS_MEDIATION_CASE (self), NULL);
  g_return_val_if_fail (kind < CW_MEDIATION_N_KINDS, NULL);

  return self->rows[kind];
}

void
cw_mediation_case_add_row (CwMediationCase *self,
                           CwMediationRow  *row)
{
  g_return_if_fail (CW_IS_MEDIATION_CASE (self));
  g_return_if_fail (CW_IS_MEDIATION_ROW (row));

  g_ptr_array_add (self->rows[cw_mediation_row_get_kind (row)], g_object_ref (row));
}

GPtrArray *
cw_mediation_case_get_parties (CwMediationCase *self,
                               const char      *side)
{
  GPtrArray *parties = self->rows[CW_MEDIATION_PARTY];
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < parties->len; i++)
    if (g_str_equal (cw_mediation_row_get (g_ptr_array_index (parties, i), CW_PARTY_SIDE), side))
      g_ptr_array_add (out, g_ptr_array_index (parties, i));
  return out;
}

static gboolean
rows_equal (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      CwMediationRow *x = g_ptr_array_index (a, i);
      CwMediationRow *y = g_ptr_array_index (b, i);
      CwMediationKind kind = cw_mediation_row_get_kind (x);

      if (cw_mediation_row_get_id (x) != cw_mediation_row_get_id (y))
        return FALSE;
      for (guint f = 0; f < cw_mediation_row_n_fields (kind); f++)
        if (cw_mediation_row_is_saved_field (kind, f) &&
            !g_str_equal (cw_mediation_row_get (x, f), cw_mediation_row_get (y, f)))
          return FALSE;
    }
  return TRUE;
}

gboolean
cw_mediation_case_equal (CwMediationCase *a,
                         CwMediationCase *b)
{
  g_return_val_if_fail (CW_IS_MEDIATION_CASE (a), FALSE);
  g_return_val_if_fail (CW_IS_MEDIATION_CASE (b), FALSE);

  if (a->id != b->id)
    return FALSE;
  for (guint i = 0; i < CW_CASE_N_STORED; i++)
    if (!g_str_equal (a->text[i], b->text[i]))
      return FALSE;
  for (guint k = 0; k < CW_MEDIATION_N_KINDS; k++)
    if (!rows_equal (a->rows[k], b->rows[k]))
      return FALSE;
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-kinship"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-error.h"
#include "core/households/cw-kinship.h"
#include "core/households/cw-vocabulary.h"

CwPerson *
cw_kinship_find_head (GListModel *members)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (members), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CwPerson) member = g_list_model_get_item (members, i);

      if (cw_person_is_head (member))
        return g_steal_pointer (&member);
    }
  return NULL;
}

const char * const *
cw_kinship_former_head_relations (void)
{
  /* The register's list starts with 户主. */
  g_assert (g_str_equal (cw_vocabulary_relations[0], CW_RELATION_HEAD));
  return cw_vocabulary_relations + 1;
}

const char *
cw_kinship_suggest_former_head_relation (CwPerson *new_head,
                                         CwPerson *old_head)
{
  const char *relation;
  gboolean female;

  g_return_val_if_fail (CW_IS_PERSON (new_head), CW_RELATION_OTHER_KIN);

  relation = cw_person_get_relation (new_head);
  female = old_head != NULL && g_str_equal (cw_person_get_sex (old_head), "F");

  if (g_str_equal (relation, "配偶"))
    return "配偶";
  if (g_str_equal (relation, "子") || g_str_equal (relation, "女"))
    return female ? "母亲" : "父亲";
  if (g_str_equal (relation, "孙子") || g_str_equal (relation, "孙女"))
    return female ? "祖母" : "祖父";
  if (g_str_equal (relation, "父亲") || g_str_equal (relation, "母亲"))
    return female ? "女" : "子";
  return CW_RELATION_OTHER_KIN;
}

/* Messages start with the field, as cw_person_validate()'s do. */
static gboolean
invalid (GError     **error,
         const char  *message)
{
  /* Translators: a field name, then what is wrong with it */
  g_set_error (error, CW_ERROR, CW_ERROR_INVALID, _("%s: %s"), _("Relation to the head"), message);
  return FALSE;
}

gboolean
cw_kinship_check_former_head_relation (const char  *relation,
                                       GError     **error)
{
  const char *word = cw_vocabulary_canonical_relation (relation);
  g_autofree char *unknown = NULL;

  if (word == NULL && (relation == NULL || relation[0] == '\0'))
    return invalid (error, _("choose one (户主, 配偶, 子, 女 …)."));
  if (word == NULL)
    {
      unknown = g_strdup_printf (_("“%s” is not a relation the register knows (户主, 配偶, 子, 女 …)."), relation);
      return invalid (error, unknown);
    }
  if (g_str_equal (word, CW_RELATION_HEAD))
    return invalid (error, _("a household has one head (户主): choose another relation for the former head."));
  return TRUE;
}

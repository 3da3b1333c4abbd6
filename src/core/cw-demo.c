/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "cw-demo.h"
#include "cw-error.h"
#include "cw-village.h"
#include "cw-village-group.h"

/* The demo village is fictional; its names are Chinese whatever the
 * interface language, as a real village's are. */
static const char *demo_groups[] = {
  "第一村民小组", "第二村民小组", "第三村民小组", "第四村民小组",
  "第五村民小组", "第六村民小组", "第七村民小组", "第八村民小组",
};

gboolean
cw_demo_fill (CwDatabase           *db,
              const CwDemoOptions  *options,
              GError              **error)
{
  g_autoptr(CwVillage) village = NULL;

  g_return_val_if_fail (CW_IS_DATABASE (db), FALSE);

  if (cw_village_exists (db))
    {
      g_autoptr(CwVillage) existing = cw_village_load (db, NULL);
      g_set_error (error, CW_ERROR, CW_ERROR_EXISTS,
                   _("“%s” already holds the village %s; the demo needs an empty database."),
                   cw_database_get_path (db),
                   existing != NULL ? cw_village_get_name (existing) : "");
      return FALSE;
    }

  /* All or nothing: a half-made demo would look like real data. */
  if (!cw_database_begin (db, error))
    return FALSE;

  village = cw_village_new ("青山村", "白沙镇", "临江县");
  if (!cw_village_create (db, village, error))
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (demo_groups); i++)
    {
      g_autoptr(CwVillageGroup) group = cw_village_group_add (db, demo_groups[i], error);
      if (group == NULL)
        goto failed;
    }

  if (!cw_database_commit (db, error))
    return FALSE;

  cw_database_emit_changed (db, "village");
  return TRUE;

failed:
  cw_database_rollback (db);
  return FALSE;
}

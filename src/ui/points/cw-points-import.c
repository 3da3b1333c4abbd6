/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-points-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/points/cw-point-import.h"
#include "ui/common/cw-undo.h"
#include "ui/points/cw-points-import.h"

static const CwImportSummaryLine rule_summary[] = {
  { CW_IMPORT_REPORT_UNCHANGED, FALSE, N_("Already in the rule book"), N_("Already in the rule book") },
  { NULL }
};

static const CwImportKind rule_import = {
  &cw_point_rule_importer,
  N_("Import a Rule Book"),
  N_("A CSV file with one rule per row and a header row in Chinese: 编号, 积分类型, 类别, 内容, 分值 (required), "
     "单位, 季度上限. UTF-8 or GB18030, as Excel or WPS saves it. A rule already in the rule book is left as it "
     "is. First you see what would go in; nothing is written until you choose Import."),
  N_("Rules to import"), N_("Rules imported"), NULL,
  rule_summary,
};

static const CwImportSummaryLine entry_summary[] = {
  { CW_POINT_IMPORT_REVIEWED_COUNT, FALSE, N_("Reviewed at once"), N_("Reviewed at once") },
  { NULL }
};

static const CwImportKind entry_import = {
  &cw_point_entry_importer,
  N_("Import Point Entries"),
  N_("A CSV file with one entry per row and a header row in Chinese: 户号, 规则编号, 日期 (required), 数量, 备注; "
     "for party members’ rules the member’s ID number or name in 户号, or in a column 身份证号 or 姓名. UTF-8 or "
     "GB18030, as Excel or WPS saves it. An entry already in the register is not entered twice. First you see "
     "what would go in; nothing is written until you choose Import."),
  N_("Entries to import"), N_("Entries imported"), NULL,
  entry_summary,
  N_("The paper forms were _reviewed already: the entries count at once"),
  CW_POINT_IMPORT_REVIEWED,
};

static void
rules_imported_cb (CwImportDialog *dialog,
                   gint64          change,
                   guint           units,
                   GtkWidget      *page)
{
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rule imported", "%u rules imported",
                                                         units),
                                            units);

  cw_undo_show_toast (page, change, title);
}

static void
entries_imported_cb (CwImportDialog *dialog,
                     gint64          change,
                     guint           units,
                     GtkWidget      *page)
{
  CwImportReport *report = cw_import_dialog_get_report (dialog);
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry imported",
                                                         "%u entries imported", units),
                                            units);

  /* A review is final: reviewed entries are reversed, never undone. */
  if (cw_import_report_get_count (report, CW_POINT_IMPORT_REVIEWED_COUNT) > 0)
    change = 0;
  cw_undo_show_toast (page, change, title);
}

CwImportDialog *
cw_points_import_rules (GtkWidget  *page,
                        CwDatabase *db)
{
  return cw_import_dialog_present_for (page, db, &rule_import, G_CALLBACK (rules_imported_cb));
}

CwImportDialog *
cw_points_import_entries (GtkWidget  *page,
                          CwDatabase *db)
{
  return cw_import_dialog_present_for (page, db, &entry_import, G_CALLBACK (entries_imported_cb));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-cli"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "cw-cli.h"
#include "cw-cli-import.h"
#include "core/benefits/cw-benefit-flag-import.h"
#include "core/common/cw-error.h"
#include "core/finance/cw-finance-import.h"
#include "core/grids/cw-grid-import.h"
#include "core/households/cw-household-import.h"
#include "core/mediation/cw-mediation-import.h"
#include "core/mediation/cw-mediation-record-import.h"
#include "core/points/cw-point-import.h"

/* What a target of `import` brings beside its command: the register's
 * importer, its one option if it has one, and how the report ends. */
typedef struct
{
  const CwImporter  *importer;
  const char        *option;          /* a long option without "--", or NULL */
  const char        *option_help;
  CwImportFlags      option_flag;
  /* A problem's line: "%u" the line, "%s" the key, "%s" the message. */
  const char        *problem_format;
  void             (*print_outcome) (CwImportReport *report);
} ImportKind;

static void
print_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  /* Only for a person watching a terminal; scripts get the report alone. */
  cw_cli_print_progress (_("Importing… %u%%"), done, total);
}

/* How each column of the header was read: "身份证号码 → 身份证号". */
static void
print_columns (CwImportReport *report)
{
  printf ("%s\n", _("Columns:"));
  for (guint i = 0; i < cw_import_report_get_n_columns (report); i++)
    {
      const char *header = NULL, *field = NULL;

      switch (cw_import_report_get_column (report, i, &header, &field))
        {
        case CW_IMPORT_HEADER_READ:
          printf ("  %s → %s\n", header, field);
          break;
        case CW_IMPORT_HEADER_FORM:
          printf (_("  %s → not read (the form’s own column)\n"), header);
          break;
        case CW_IMPORT_HEADER_IGNORED:
          printf (_("  %s → left out, as asked\n"), header);
          break;
        case CW_IMPORT_HEADER_UNKNOWN:
        default:
          printf (_("  %s → cannot be placed\n"), header);
          break;
        }
    }
}

static void
print_skipped_lines (CwImportReport *report)
{
  guint n = 0;
  const guint *lines = cw_import_report_get_skipped_lines (report, &n);
  g_autoptr(GString) list = g_string_new (NULL);

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    g_string_append_printf (list, "%s%u", i > 0 ? C_("list separator", ", ") : "", lines[i]);
  printf (g_dngettext (GETTEXT_PACKAGE,
                       "Skipped %u line that closes the form (合计, 制表人 …), not read as a row: line %s.\n",
                       "Skipped %u lines that close the form (合计, 制表人 …), not read as rows: lines %s.\n", n),
          n, list->str);
}

/* What every report says first: the file, how its columns were read,
 * the problems by line. FALSE when the file was refused whole for its
 * columns, which the caller says on standard error. */
static gboolean
print_report (const ImportKind *kind,
              CwImportReport   *report,
              const char       *path)
{
  g_autofree char *display = g_filename_display_name (path);
  const char * const *unknown = cw_import_report_get_unknown_columns (report);
  guint n_rows = cw_import_report_get_rows_read (report);

  if (unknown[0] != NULL)
    printf (_("Read “%s”: %s, header on line %u.\n"),
            display, cw_import_report_get_encoding (report), cw_import_report_get_header_line (report));
  else
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "Read “%s”: %s, header on line %u, %u row.\n",
                         "Read “%s”: %s, header on line %u, %u rows.\n",
                         n_rows),
            display, cw_import_report_get_encoding (report),
            cw_import_report_get_header_line (report), n_rows);
  print_columns (report);
  if (unknown[0] != NULL)
    return FALSE;
  print_skipped_lines (report);

  if (cw_import_report_get_dry_run (report))
    printf ("%s\n", _("Dry run: nothing was written."));

  for (guint i = 0; i < cw_import_report_get_n_problems (report); i++)
    {
      const char *key = NULL, *message = NULL;
      guint line = cw_import_report_get_problem (report, i, &key, &message);

      if (key[0] != '\0')
        printf (_(kind->problem_format), line, key, message);
      else
        printf (_("line %u: %s\n"), line, message);
    }

  kind->print_outcome (report);
  return TRUE;
}

/* Households */

static char *
households_and_persons (guint households,
                        guint persons)
{
  g_autofree char *h = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u household", "%u households", households),
                                        households);
  g_autofree char *p = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members", persons),
                                        persons);

  /* Translators: "12 households with 45 members" */
  return g_strdup_printf (_("%s with %s"), h, p);
}

static void
print_households_outcome (CwImportReport *report)
{
  const char * const *groups = cw_import_report_get_names (report, CW_HOUSEHOLD_IMPORT_GROUPS_CREATED);
  gboolean dry_run = cw_import_report_get_dry_run (report);
  gboolean some_in = cw_import_report_get_imported (report) > 0;
  g_autofree char *imported =
    households_and_persons (cw_import_report_get_imported (report),
                            cw_import_report_get_count (report, CW_HOUSEHOLD_IMPORT_PERSONS));
  guint refused = cw_import_report_get_refused (report);
  guint rows = cw_import_report_get_rows_refused (report);
  g_autofree char *h = NULL;
  g_autofree char *r = NULL;

  for (guint i = 0; groups[i] != NULL; i++)
    printf (dry_run ? _("Would create the village group “%s”.\n")
                    : _("Created the village group “%s”.\n"),
            groups[i]);

  printf (dry_run ? _("Would import %s.\n") : _("Imported %s.\n"), imported);

  if (cw_import_report_is_complete (report))
    return;

  h = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u household", "%u households", refused), refused);
  r = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", rows), rows);
  if (dry_run && some_in)
    printf (_("Would refuse %s (%s), listed above; the other households would go in.\n"), h, r);
  else if (dry_run)
    printf (_("Would refuse %s (%s), listed above; nothing would go in.\n"), h, r);
  else if (some_in)
    printf (_("Refused %s (%s), listed above; the other households were imported. "
              "Correct those rows and import the file again: households already in the "
              "register are left as they are.\n"),
            h, r);
  else
    printf (_("Refused %s (%s), listed above; nothing was imported.\n"), h, r);
}

/* Points, flags: a row is the unit; finance: a voucher, which is
 * refused with all its lines, and each is listed, so the rows are what
 * is counted. */

static void
print_refused_rows (CwImportReport *report)
{
  guint refused = cw_import_report_get_rows_refused (report);

  if (refused == 0)
    return;
  if (cw_import_report_get_dry_run (report))
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "Would refuse %u row, listed above; the other rows would go in.\n",
                         "Would refuse %u rows, listed above; the other rows would go in.\n", refused),
            refused);
  else
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "Refused %u row, listed above; the other rows were imported. Correct it and import "
                         "only the corrected row again.\n",
                         "Refused %u rows, listed above; the other rows were imported. Correct them and "
                         "import only the corrected rows again.\n", refused),
            refused);
}

static void
print_rules_outcome (CwImportReport *report)
{
  guint imported = cw_import_report_get_imported (report);
  guint unchanged = cw_import_report_get_count (report, CW_IMPORT_REPORT_UNCHANGED);

  printf (cw_import_report_get_dry_run (report)
          ? g_dngettext (GETTEXT_PACKAGE, "Would import %u rule.\n", "Would import %u rules.\n", imported)
          : g_dngettext (GETTEXT_PACKAGE, "Imported %u rule.\n", "Imported %u rules.\n", imported),
          imported);
  if (unchanged > 0)
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "%u rule was already in the rule book as the file has it.\n",
                         "%u rules were already in the rule book as the file has them.\n", unchanged),
            unchanged);
  print_refused_rows (report);
}

static void
print_entries_outcome (CwImportReport *report)
{
  guint imported = cw_import_report_get_imported (report);

  printf (cw_import_report_get_dry_run (report)
          ? g_dngettext (GETTEXT_PACKAGE, "Would import %u entry.\n", "Would import %u entries.\n", imported)
          : g_dngettext (GETTEXT_PACKAGE, "Imported %u entry.\n", "Imported %u entries.\n", imported),
          imported);
  if (imported > 0)
    printf ("%s\n", cw_import_report_get_count (report, CW_POINT_IMPORT_REVIEWED_COUNT) > 0
                    ? _("The imported entries are reviewed and count at once.")
                    : _("The imported entries wait for review (cunwu points review)."));
  print_refused_rows (report);
}

static void
print_finance_outcome (CwImportReport *report)
{
  guint imported = cw_import_report_get_imported (report);
  guint lines = cw_import_report_get_count (report, CW_FINANCE_IMPORT_LINES);
  guint unchanged = cw_import_report_get_count (report, CW_IMPORT_REPORT_UNCHANGED);

  printf (cw_import_report_get_dry_run (report)
          ? g_dngettext (GETTEXT_PACKAGE, "Would import %u voucher", "Would import %u vouchers", imported)
          : g_dngettext (GETTEXT_PACKAGE, "Imported %u voucher", "Imported %u vouchers", imported),
          imported);
  printf (g_dngettext (GETTEXT_PACKAGE, " (%u ledger line).\n", " (%u ledger lines).\n", lines), lines);
  if (unchanged > 0)
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "%u voucher was in the ledger already as the file has it.\n",
                         "%u vouchers were in the ledger already as the file has them.\n", unchanged),
            unchanged);
  if (imported > 0)
    printf ("%s\n", _("The imported entries wait for the supervision committee’s review (cunwu finance review)."));
  print_refused_rows (report);
}

static const ImportKind finance = {
  &cw_finance_importer, NULL, NULL, 0,
  /* Translators: a refused row of the ledger import: the line, the
   * voucher number, the reason */
  N_("line %u (凭证 %s): %s\n"),
  print_finance_outcome,
};

static const ImportKind households = {
  &cw_household_importer, NULL, NULL, 0,
  N_("line %u (户号 %s): %s\n"),
  print_households_outcome,
};

static const ImportKind rules = {
  &cw_point_rule_importer, NULL, NULL, 0,
  /* Translators: a refused row of an import: the line, the rule code,
   * 户号 or member the row is about, the reason */
  N_("line %u (%s): %s\n"),
  print_rules_outcome,
};

static const ImportKind entries = {
  &cw_point_entry_importer,
  "reviewed",
  N_("The entries were reviewed on paper already: review them on import, so that they count at once"),
  CW_POINT_IMPORT_REVIEWED,
  N_("line %u (%s): %s\n"),
  print_entries_outcome,
};

/* A file that goes in whole or not at all, refused: TRUE once said. */
static gboolean
print_file_refused (CwImportReport *report)
{
  if (cw_import_report_get_refused (report) == 0)
    return FALSE;
  printf ("%s\n", _("Nothing of the file was imported: correct the lines above and import it again."));
  return TRUE;
}

/* Grids: a file goes in whole or not at all. */
static void
print_whole_file_outcome (CwImportReport *report)
{
  guint imported = cw_import_report_get_imported (report);
  guint unchanged = cw_import_report_get_count (report, CW_IMPORT_REPORT_UNCHANGED);

  if (print_file_refused (report))
    return;
  printf (cw_import_report_get_dry_run (report)
          ? g_dngettext (GETTEXT_PACKAGE, "Would import %u row.\n", "Would import %u rows.\n", imported)
          : g_dngettext (GETTEXT_PACKAGE, "Imported %u row.\n", "Imported %u rows.\n", imported),
          imported);
  if (unchanged > 0)
    printf (g_dngettext (GETTEXT_PACKAGE, "%u row was in the register already.\n",
                         "%u rows were in the register already.\n", unchanged),
            unchanged);
}

static const ImportKind grids = {
  &cw_grid_importer, NULL, NULL, 0, N_("line %u (%s): %s\n"), print_whole_file_outcome,
};
static const ImportKind grid_households = {
  &cw_grid_household_importer, NULL, NULL, 0, N_("line %u (户号 %s): %s\n"), print_whole_file_outcome,
};
static const ImportKind party_links = {
  &cw_party_link_importer, NULL, NULL, 0, N_("line %u (户号 %s): %s\n"), print_whole_file_outcome,
};
/* Cases: a file goes in whole or not at all; what the ledger printed
 * masked is told apart, since it goes nowhere. */
static void
print_cases_outcome (CwImportReport *report)
{
  guint masked = cw_import_report_get_count (report, CW_MEDIATION_IMPORT_MASKED);

  print_whole_file_outcome (report);
  if (masked == 0)
    return;
  printf (cw_import_report_get_dry_run (report)
          ? g_dngettext (GETTEXT_PACKAGE,
                         "Note: %u ID number or phone is masked in the file (such as 4301**********1234 or "
                         "138****5678): it would be read as masked and not stored, and its party kept by name.\n",
                         "Note: %u ID numbers and phones are masked in the file (such as 4301**********1234 or "
                         "138****5678): they would be read as masked and not stored, and their parties kept by "
                         "name.\n", masked)
          : g_dngettext (GETTEXT_PACKAGE,
                         "Note: %u ID number or phone was masked in the file: read as masked and not stored, its "
                         "party kept by name.\n",
                         "Note: %u ID numbers and phones were masked in the file: read as masked and not stored, "
                         "their parties kept by name.\n", masked),
          masked);
}

static const ImportKind cases = {
  &cw_mediation_case_importer, NULL, NULL, 0, N_("line %u (%s): %s\n"), print_cases_outcome,
};

/* The ledger's further sheets: the whole file or nothing; a unit is a
 * case, counted as such. */
static void
print_case_records_outcome (CwImportReport *report)
{
  guint imported = cw_import_report_get_imported (report);
  guint unchanged = cw_import_report_get_count (report, CW_IMPORT_REPORT_UNCHANGED);

  if (print_file_refused (report))
    return;
  printf (cw_import_report_get_dry_run (report)
          ? g_dngettext (GETTEXT_PACKAGE, "Would add what the file holds to %u case.\n",
                         "Would add what the file holds to %u cases.\n", imported)
          : g_dngettext (GETTEXT_PACKAGE, "Added what the file holds to %u case.\n",
                         "Added what the file holds to %u cases.\n", imported),
          imported);
  if (unchanged > 0)
    printf (g_dngettext (GETTEXT_PACKAGE, "%u case had it all already.\n", "%u cases had it all already.\n",
                         unchanged),
            unchanged);
}

static const ImportKind case_followups = {
  &cw_mediation_followup_importer, NULL, NULL, 0, N_("line %u (%s): %s\n"), print_case_records_outcome,
};
static const ImportKind case_clocks = {
  &cw_mediation_clock_importer, NULL, NULL, 0, N_("line %u (%s): %s\n"), print_case_records_outcome,
};

static void
print_flags_outcome (CwImportReport *report)
{
  guint imported = cw_import_report_get_imported (report);
  guint unchanged = cw_import_report_get_count (report, CW_IMPORT_REPORT_UNCHANGED);

  printf (cw_import_report_get_dry_run (report)
          ? g_dngettext (GETTEXT_PACKAGE, "Would import %u flag.\n", "Would import %u flags.\n", imported)
          : g_dngettext (GETTEXT_PACKAGE, "Imported %u flag.\n", "Imported %u flags.\n", imported),
          imported);
  if (unchanged > 0)
    printf (g_dngettext (GETTEXT_PACKAGE, "%u flag was held already.\n", "%u flags were held already.\n", unchanged),
            unchanged);
  print_refused_rows (report);
}

static const ImportKind benefit_flags = {
  &cw_benefit_flag_importer, NULL, NULL, 0, N_("line %u (%s): %s\n"), print_flags_outcome,
};

static int run_import_target (const CwCliCommand  *command,
                              const char          *db_path,
                              int                  argc,
                              char               **argv);

/* What `import` reads. Later registers add a line each. */
static const CwCliTarget import_targets[] = {
  { "households", { "import households", N_("FILE.csv [--dry-run] [--ignore-column NAME …]"),
                    N_("A roster (户号, 村民小组, 姓名, 与户主关系 … in any order; UTF-8 or GB18030); "
                       "households with no bad row go in"),
                    run_import_target },
    &households },
  { "rules", { "import rules", N_("FILE.csv [--dry-run]"),
               N_("Import point rules (编号, 积分类型, 类别, 内容, 分值[, 单位, 季度上限]) from a CSV file"),
               run_import_target },
    &rules },
  { "points", { "import points", N_("FILE.csv [--reviewed] [--dry-run]"),
                N_("Import point entries (户号, 规则编号, 日期, 数量, 备注) from a CSV file; for party members’ rules "
                   "the member’s ID number or name stands in 户号 (or in a column 身份证号 or 姓名)"),
                run_import_target },
    &entries },
  { "finance", { "import finance", N_("FILE.csv [--dry-run]"),
                 N_("The bookkeeping agency’s ledger (日期, 凭证号, 科目, 摘要, 收入, 支出[, 经办人]); a voucher goes in "
                    "whole or not at all"),
                 run_import_target },
    &finance },
  { "grids", { "import grids", N_("FILE.csv [--dry-run]"),
               N_("The grid tree (网格编号, 网格名称, 上级网格编号, 层级, 网格长, 网格员, 联系电话); the whole file "
                  "or nothing"),
               run_import_target },
    &grids },
  { "grid-households", { "import grid-households", N_("FILE.csv [--dry-run]"),
                         N_("Households into grids (户号, 网格编号[, 日期]); the whole file or nothing"),
                         run_import_target },
    &grid_households },
  { "party-links", { "import party-links", N_("FILE.csv [--dry-run]"),
                     N_("Party members and the households they look after (党员, 户号[, 日期]); the whole file "
                        "or nothing"),
                     run_import_target },
    &party_links },
  { "cases", { "import cases", N_("FILE.csv [--dry-run]"),
               N_("A past mediation ledger (受理日期, 纠纷类型, 申请人, 纠纷简要情况[, 案号, 被申请人, 调解结果, 结案日期, "
                  "协议内容, 回访日期, 申请司法确认日期 …]), or one exported by Cunwu; masked ID numbers and phones are "
                  "not stored; the whole file or nothing"),
               run_import_target },
    &cases },
  { "case-followups", { "import case-followups", N_("FILE.csv [--dry-run]"),
                        N_("The ledger’s sheet of follow-ups (案号, 回访日期, 回访人, 履行情况, 满意度[, 是否起诉, 遗留风险, "
                           "采取措施]), after its cases; the whole file or nothing"),
                        run_import_target },
    &case_followups },
  { "case-extensions", { "import case-extensions", N_("FILE.csv [--dry-run]"),
                         N_("The ledger’s sheet of petitions and extensions (案号, 事项, 日期[, 延期至, 理由]), after "
                            "its cases; the whole file or nothing"),
                         run_import_target },
    &case_clocks },
  { "benefit-flags", { "import benefit-flags", N_("FILE.csv [--dry-run]"),
                       N_("Person flags (姓名, 标记, 起始日期[, 身份证号]); rows with no problem go in"),
                       run_import_target },
    &benefit_flags },
  { NULL }
};

static int
run_import_target (const CwCliCommand  *command,
                   const char          *db_path,
                   int                  argc,
                   char               **argv)
{
  const ImportKind *kind = cw_cli_find_target (import_targets, command)->data;
  gboolean dry_run = FALSE, option = FALSE, ignore_unknown = FALSE;
  g_auto(GStrv) ignore = NULL;
  GOptionEntry entries[5] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check the file and report what would happen, without writing anything"), NULL },
    { "ignore-column", 0, 0, G_OPTION_ARG_STRING_ARRAY, &ignore,
      N_("Leave out the column with this header (as the file writes it); once for each column"), N_("NAME") },
    { "ignore-unknown-columns", 0, 0, G_OPTION_ARG_NONE, &ignore_unknown,
      N_("Leave out every column the register cannot place, instead of refusing the file"), NULL },
    { NULL },
  };
  g_autoptr(CwDatabase) db = NULL;
  g_autoptr(CwImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  CwImportFlags flags = 0;
  gboolean show_progress;

  if (kind->option != NULL)
    entries[3] = (GOptionEntry) { kind->option, 0, 0, G_OPTION_ARG_NONE, &option, kind->option_help, NULL };

  if (!cw_cli_parse_options (command, entries, &argc, &argv))
    return CW_CLI_USAGE;
  if (argc < 2)
    return cw_cli_usage (_("import %s needs the CSV file to import."), argv[0]);
  if (argc > 2)
    return cw_cli_usage (_("Unexpected argument “%s”."), argv[2]);

  db = cw_cli_open_database (db_path, FALSE);
  if (db == NULL)
    return CW_CLI_FAILED;

  if (dry_run)
    flags |= CW_IMPORT_DRY_RUN;
  if (option)
    flags |= kind->option_flag;
  if (ignore_unknown)
    flags |= CW_IMPORT_IGNORE_UNKNOWN_COLUMNS;
  show_progress = isatty (STDERR_FILENO);
  report = cw_importer_import_file_full (kind->importer, db, argv[1], flags, (const char * const *) ignore,
                                         show_progress ? print_progress : NULL, NULL, NULL, &error);
  if (show_progress)
    fprintf (stderr, "\r\033[K");
  if (report == NULL)
    return cw_cli_fail (error);

  if (!print_report (kind, report, argv[1]))
    {
      const char * const *unknown = cw_import_report_get_unknown_columns (report);
      g_autofree char *list = g_strjoinv (C_("list separator", ", "), (char **) unknown);

      g_set_error (&error, CW_ERROR, CW_ERROR_REFUSED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The file has a column the register cannot place: %s. Nothing was imported, "
                                "since what nobody reads would be lost. Leave it out with --ignore-column NAME, "
                                "or all such columns with --ignore-unknown-columns, or take it out of the file.",
                                "The file has columns the register cannot place: %s. Nothing was imported, "
                                "since what nobody reads would be lost. Leave them out with --ignore-column "
                                "NAME (once for each), or all such columns with --ignore-unknown-columns, or "
                                "take them out of the file.",
                                g_strv_length ((char **) unknown)),
                   list);
      return cw_cli_fail (error);
    }
  return cw_import_report_is_complete (report) ? CW_CLI_OK : CW_CLI_FAILED;
}

static int
run_import (const CwCliCommand  *command,
            const char          *db_path,
            int                  argc,
            char               **argv)
{
  /* Translators: %s lists the choices, "households, rules, points" */
  return cw_cli_dispatch (import_targets, _("import needs what to import and the file, one of: %s."),
                          _("import does not know “%s”; it imports: %s."), db_path, argc, argv);
}

const CwCliCommand cw_cli_import_commands[] = {
  { "import", N_("FILE.csv [--dry-run]"),
    N_("Import a CSV file (UTF-8 or GB18030) into a register; bad rows are reported by line and, as each "
       "register says, refused alone or with what they belong to; “import --help” lists each with its columns"),
    run_import, import_targets },
  { NULL }
};

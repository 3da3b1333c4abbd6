/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-benefit-sign-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "core/benefits/cw-benefit-award.h"
#include "core/benefits/cw-benefit-beneficiary.h"
#include "core/benefits/cw-benefit-programme.h"
#include "core/common/cw-date.h"
#include "core/common/cw-money.h"
#include "core/village/cw-village.h"
#include "report/benefits/cw-benefit-sign-sheet.h"
#include "report/common/cw-print-layout.h"

/* The committee that issues a printout: "青山村村民委员会". */
static char *
committee_name (CwDatabase *db)
{
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);

  /* Translators: the issuer of a printout, %s is the village's name */
  return g_strdup_printf (_("%s Villagers’ Committee"), village != NULL ? cw_village_get_name (village) : "");
}

static char *
village_name (CwDatabase *db)
{
  g_autoptr(CwVillage) village = cw_village_load (db, NULL);

  return g_strdup (village != NULL ? cw_village_get_name (village) : "");
}

/* Whether a row still on the list is paid other than @amount. */
static gboolean
amounts_differ (GListModel *rows,
                gint64      amount)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CwBeneficiary) row = g_list_model_get_item (rows, i);

      if (!g_str_equal (cw_beneficiary_get_state (row), CW_BENEFICIARY_REMOVED) &&
          cw_beneficiary_get_amount (row) != amount)
        return TRUE;
    }
  return FALSE;
}

CwPrintTable *
cw_benefit_sign_sheet_new (CwDatabase  *db,
                           gint64       programme_id,
                           GError     **error)
{
  g_autoptr(CwBenefitProgramme) programme = cw_benefit_programme_load (db, programme_id, error);
  g_autoptr(GListModel) rows = NULL;
  g_autofree char *village = NULL, *title = NULL, *subtitle = NULL, *rule = NULL, *each = NULL;
  g_autofree char *figures = NULL, *capitals = NULL, *total = NULL, *today = NULL, *issuer = NULL;
  /* The signature column takes what the others leave, never less than
   * eight characters: room for a name written by hand or a thumbprint. */
  const CwPrintColumn columns[] = {
    { _("No."), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 0, 0, CW_PRINT_PUBLIC },
    { _("Name"), CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, 0, 3, 2, CW_PRINT_PUBLIC },
    { _("Village Group"), CW_PRINT_ALIGN_CENTER, CW_PRINT_WRAP, 0, 3, 1, CW_PRINT_PUBLIC },
    { _("Amount (Yuan)"), CW_PRINT_ALIGN_RIGHT, CW_PRINT_ELLIPSIZE, 0, 0, 0, CW_PRINT_PUBLIC },
    { _("Signature or Thumbprint"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0.32, 8, 0, CW_PRINT_PUBLIC },
    { _("Date Received"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0.14, 6, 0, CW_PRINT_PUBLIC },
  };
  const char *group = NULL;
  CwPrintTable *table;
  gint64 sum = 0, paid_sum = 0, missed_sum = 0;
  guint n = 0, n_paid = 0, n_missed = 0;

  if (programme == NULL)
    return NULL;
  rows = cw_beneficiary_list (db, programme_id, error);
  if (rows == NULL)
    return NULL;

  village = village_name (db);
  /* Translators: a printout's title: the village, the programme */
  title = g_strdup_printf (_("%s %s Signature Sheet"), village, cw_benefit_programme_get_name (programme));
  table = cw_print_table_new (CW_PRINT_TABLE_LIST, title, columns, G_N_ELEMENTS (columns), CW_PRINT_MASK_NONE);
  cw_print_table_set_row_lines (table, 2.2);

  rule = cw_benefit_programme_describe_rule (programme);
  each = cw_money_format (cw_benefit_programme_get_amount (programme));
  /* Awards by grade (清华 ¥10 000, 211 ¥5 000 …) pay each row its own
   * amount: no single standard stands under the title then. */
  if (amounts_differ (rows, cw_benefit_programme_get_amount (programme)))
    /* Translators: under the signature sheet's title, when the amounts differ from row to row */
    subtitle = g_strdup_printf (_("Date: %s    Eligible: %s    Amount: as each row says %s"),
                                cw_benefit_programme_get_date (programme), rule,
                                cw_benefit_programme_get_in_kind (programme));
  else
    /* Translators: under the signature sheet's title: date, who, how much */
    subtitle = g_strdup_printf (_("Date: %s    Eligible: %s    Each: ¥%s %s"),
                                cw_benefit_programme_get_date (programme), rule, each,
                                cw_benefit_programme_get_in_kind (programme));
  cw_print_table_add_subtitle (table, subtitle);
  if (!g_str_equal (cw_benefit_programme_get_state (programme), CW_BENEFIT_STATE_APPROVED))
    cw_print_table_add_subtitle (table, _("The list is not approved yet: this sheet is a draft."));
  cw_print_table_set_empty_text (table, _("Nobody is on the list."));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CwBeneficiary) row = g_list_model_get_item (rows, i);
      g_autofree char *number = NULL, *amount = NULL, *signature = NULL;
      const char *state = cw_beneficiary_get_state (row);

      if (g_str_equal (state, CW_BENEFICIARY_REMOVED))
        continue;
      if (g_strcmp0 (group, cw_beneficiary_get_group_name (row)) != 0)
        {
          group = cw_beneficiary_get_group_name (row);
          cw_print_table_add_section (table, group, NULL);
        }
      number = g_strdup_printf ("%u", ++n);
      amount = cw_money_format (cw_beneficiary_get_amount (row));
      sum += cw_beneficiary_get_amount (row);
      if (g_str_equal (state, CW_BENEFICIARY_PAID))
        {
          n_paid++;
          paid_sum += cw_beneficiary_get_amount (row);
        }
      /* Whoever did not collect is marked where the signature would be,
       * with the reason: the sheet is the record of who was paid. */
      if (g_str_equal (state, CW_BENEFICIARY_NOT_COLLECTED))
        {
          const char *reason = cw_beneficiary_get_state_reason (row);

          n_missed++;
          missed_sum += cw_beneficiary_get_amount (row);
          /* Translators: in a signature sheet's signature cell: 未领取（外出未归） */
          signature = reason[0] != '\0' ? g_strdup_printf (_("Not collected (%s)"), reason)
                                        : g_strdup (_("Not collected"));
        }
      cw_print_table_add_row (table, (const char *[]) {
        number, cw_beneficiary_get_name (row), group, amount, signature != NULL ? signature : "",
        g_str_equal (state, CW_BENEFICIARY_PAID) ? cw_beneficiary_get_state_date (row) : "",
      });
    }

  figures = cw_money_format (sum);
  capitals = cw_money_capitals (sum);
  /* Translators: "合计 3 人  金额 ¥300.00  大写 叁佰元整" */
  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Total %u person    Amount ¥%s    In words: %s",
                                        "Total %u persons    Amount ¥%s    In words: %s", n),
                           n, figures, capitals);
  cw_print_table_set_total (table, total);
  /* Once paying began, what was paid and what was not: the sum the
   * ledger has is the paid one, not the list's. */
  if (n_paid > 0 || n_missed > 0)
    {
      g_autofree char *paid_figures = cw_money_format (paid_sum);
      g_autofree char *paid_capitals = cw_money_capitals (paid_sum);
      g_autofree char *missed_figures = cw_money_format (missed_sum);
      g_autofree char *paid_line = NULL;

      /* Translators: "其中已领取 392 人 ¥39,200.00（叁万玖仟贰佰元整），未领取 9 人 ¥900.00，待领取 0 人" */
      paid_line = g_strdup_printf (_("Of these: collected %u (¥%s, %s); not collected %u (¥%s); still to collect %u."),
                                   n_paid, paid_figures, paid_capitals, n_missed, missed_figures,
                                   n - n_paid - n_missed);
      cw_print_table_add_closing (table, paid_line);
    }
  cw_print_table_add_signature (table, _("Handled by"));
  cw_print_table_add_signature (table, _("Checked by"));
  issuer = committee_name (db);
  today = cw_date_today_text ();
  cw_print_table_set_issuer (table, issuer, today);
  return table;
}

gboolean
cw_benefit_sign_sheet_save_pdf (CwDatabase  *db,
                                gint64       programme_id,
                                const char  *path,
                                int         *n_pages,
                                guint       *n_rows,
                                GError     **error)
{
  g_autoptr(CwPrintTable) table = cw_benefit_sign_sheet_new (db, programme_id, error);

  if (table == NULL)
    return FALSE;
  if (n_rows != NULL)
    *n_rows = cw_print_table_get_n_rows (table);
  return cw_print_table_save_pdf (table, path, n_pages, error);
}

CwPrintTable *
cw_benefit_award_board_new (CwDatabase  *db,
                            int          year,
                            GError     **error)
{
  g_autoptr(GListModel) awards = cw_award_list (db, year, FALSE, error);
  g_autofree char *village = NULL, *title = NULL, *issuer = NULL, *today = NULL;
  const CwPrintColumn columns[] = {
    { _("Village Group"), CW_PRINT_ALIGN_CENTER, CW_PRINT_WRAP, 0, 3, 1, CW_PRINT_PUBLIC },
    { _("Household Number"), CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0, 0, 0, CW_PRINT_PUBLIC },
    { _("Head of Household"), CW_PRINT_ALIGN_CENTER, CW_PRINT_WRAP, 0, 3, 2, CW_PRINT_PUBLIC },
    { _("Award"), CW_PRINT_ALIGN_CENTER, CW_PRINT_WRAP, 0.3, 6, 0, CW_PRINT_PUBLIC },
    { _("Prize or In Kind"), CW_PRINT_ALIGN_CENTER, CW_PRINT_WRAP, 0.3, 6, 0, CW_PRINT_PUBLIC },
  };
  const char *section = NULL;
  CwPrintTable *table;

  if (awards == NULL)
    return NULL;
  village = village_name (db);
  /* Translators: the award board's title: village, year */
  title = g_strdup_printf (_("%s %d Civilized Households"), village, year);
  table = cw_print_table_new (CW_PRINT_TABLE_NOTICE, title, columns, G_N_ELEMENTS (columns), CW_PRINT_MASK_NONE);
  cw_print_table_set_empty_text (table, _("No household has been awarded this year yet."));

  for (guint i = 0; i < g_list_model_get_n_items (awards); i++)
    {
      g_autoptr(CwAward) award = g_list_model_get_item (awards, i);
      const char *kind = cw_award_kind_label (cw_award_get_kind (award));
      g_autofree char *grade = NULL;
      g_autofree char *prize = cw_award_prize_text (award);

      if (g_strcmp0 (section, kind) != 0)
        {
          section = kind;
          cw_print_table_add_section (table, kind, NULL);
        }
      if (cw_award_get_stars (award) > 0)
        {
          GString *stars = g_string_new (NULL);
          for (int s = 0; s < cw_award_get_stars (award); s++)
            g_string_append (stars, "★");
          grade = g_string_free (stars, FALSE);
        }
      else
        grade = g_strdup (kind);
      cw_print_table_add_row (table, (const char *[]) {
        cw_award_get_group_name (award), cw_award_get_household_number (award), cw_award_get_head_name (award),
        grade, prize,
      });
    }
  issuer = committee_name (db);
  today = cw_date_today_text ();
  cw_print_table_set_issuer (table, issuer, today);
  return table;
}

gboolean
cw_benefit_award_board_save_pdf (CwDatabase  *db,
                                 int          year,
                                 const char  *path,
                                 int         *n_pages,
                                 GError     **error)
{
  g_autoptr(CwPrintTable) table = cw_benefit_award_board_new (db, year, error);

  if (table == NULL)
    return FALSE;
  return cw_print_table_save_pdf (table, path, n_pages, error);
}

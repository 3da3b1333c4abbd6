/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-mediation-print"

#include "config.h"

#include <glib/gi18n.h>

#include "core/common/cw-error.h"
#include "core/common/cw-text.h"
#include "core/mediation/cw-mediation.h"
#include "report/mediation/cw-mediation-print.h"

char *
cw_mediation_party_names (CwMediationCase *mediation_case,
                          const char      *side)
{
  g_autoptr(GPtrArray) parties = cw_mediation_case_get_parties (mediation_case, side);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < parties->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? C_("names", ", ") : "",
                            cw_mediation_row_get (parties->pdata[i], CW_PARTY_NAME));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* "申请人：张三，男，55岁，汉族，农民，住青山村一组，联系电话13800001234；委托代理人：…" */
static char *
party_line (CwMediationRow *party)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) line = g_string_new (NULL);
  const char *value;

  g_ptr_array_add (parts, g_strdup (cw_mediation_row_get (party, CW_PARTY_NAME)));
  if ((value = cw_mediation_row_get (party, CW_PARTY_SEX))[0] != '\0')
    g_ptr_array_add (parts, g_strdup (cw_mediation_label (value)));
  if ((value = cw_mediation_row_get (party, CW_PARTY_AGE))[0] != '\0')
    /* Translators: a party's age in an agreement, "55岁" */
    g_ptr_array_add (parts, g_strdup_printf (_("aged %s"), value));
  if ((value = cw_mediation_row_get (party, CW_PARTY_ETHNICITY))[0] != '\0')
    g_ptr_array_add (parts, g_strdup (value));
  if ((value = cw_mediation_row_get (party, CW_PARTY_OCCUPATION))[0] != '\0')
    g_ptr_array_add (parts, g_strdup (value));
  if ((value = cw_mediation_row_get (party, CW_PARTY_ADDRESS))[0] != '\0')
    /* Translators: where a party lives, "住青山村一组" */
    g_ptr_array_add (parts, g_strdup_printf (_("living at %s"), value));
  if ((value = cw_mediation_row_get (party, CW_PARTY_PHONE))[0] != '\0')
    g_ptr_array_add (parts, g_strdup_printf (_("phone %s"), value));
  if ((value = cw_mediation_row_get (party, CW_PARTY_ID_NUMBER))[0] != '\0')
    g_ptr_array_add (parts, g_strdup_printf (_("ID number %s"), value));

  /* Translators: "申请人：" before a party's particulars */
  g_string_printf (line, _("%s: "), cw_mediation_label (cw_mediation_row_get (party, CW_PARTY_SIDE)));
  for (guint i = 0; i < parts->len; i++)
    g_string_append_printf (line, "%s%s", i > 0 ? C_("particulars", ", ") : "", (char *) parts->pdata[i]);
  if ((value = cw_mediation_row_get (party, CW_PARTY_AGENT))[0] != '\0')
    {
      const char *note = cw_mediation_row_get (party, CW_PARTY_AGENT_NOTE);

      /* Translators: after a party's particulars: its agent (代理人) and how related */
      g_string_append_printf (line, _("; agent: %s%s%s"), value, note[0] != '\0' ? C_("particulars", ", ") : "", note);
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

/* The parties are the agreement's text, in the type of its terms, not a
 * small grey subtitle under its title. */
static void
add_parties (CwPrintTable    *table,
             CwMediationCase *mediation_case)
{
  GPtrArray *parties = cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_PARTY);

  for (guint i = 0; i < parties->len; i++)
    {
      g_autofree char *line = party_line (parties->pdata[i]);

      cw_print_table_add_paragraph (table, line);
    }
}

static void
sign_parties (CwPrintTable    *table,
              CwMediationCase *mediation_case)
{
  GPtrArray *parties = cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_PARTY);

  for (guint i = 0; i < parties->len; i++)
    {
      CwMediationRow *party = parties->pdata[i];
      /* Translators: a signature line: the side and the party's name, "申请人 张三" */
      g_autofree char *label = g_strdup_printf (_("%s %s"), cw_mediation_label (cw_mediation_row_get (party, CW_PARTY_SIDE)),
                                                cw_mediation_row_get (party, CW_PARTY_NAME));

      cw_print_table_add_signature (table, label);
    }
}

static void
sign_committee (CwPrintTable    *table,
                CwDatabase      *db,
                CwMediationCase *mediation_case,
                const char      *date)
{
  g_autofree char *committee = cw_mediation_committee_name (db);

  cw_print_table_add_signature (table, _("Mediator"));
  cw_print_table_add_signature (table, _("Recorder"));
  cw_print_table_set_issuer (table, committee, date);
}

static CwPrintTable *
new_document (CwDatabase          *db,
              CwMediationCase     *mediation_case,
              const char          *title,
              const CwPrintColumn *columns,
              guint                n_columns)
{
  CwPrintTable *table = cw_print_table_new (CW_PRINT_TABLE_NOTICE, title, columns, n_columns, CW_PRINT_MASK_NONE);
  g_autofree char *committee = cw_mediation_committee_name (db);
  /* Translators: under a mediation paper's title: the committee and the case number */
  g_autofree char *note = g_strdup_printf (_("%s  %s"), committee, cw_mediation_case_get (mediation_case, CW_CASE_NUMBER));

  cw_print_table_set_note (table, note);
  return table;
}

/* A form of two columns: what, and what was recorded. */
static CwPrintTable *
new_form (CwDatabase      *db,
          CwMediationCase *mediation_case,
          const char      *title)
{
  const CwPrintColumn columns[] = {
    { .header = _("Item"), .align = CW_PRINT_ALIGN_CENTER, .overflow = CW_PRINT_WRAP, .share = 0.22 },
    { .header = _("Record"), .align = CW_PRINT_ALIGN_LEFT, .overflow = CW_PRINT_WRAP, .share = 0.78 },
  };

  return new_document (db, mediation_case, title, columns, G_N_ELEMENTS (columns));
}

/* A small count in running text: in digits, or in Chinese numerals
 * (一式三份) where the translation asks for them. */
static char *
count_in_words (guint n)
{
  /* Translators: "hanzi" writes the count of an agreement's copies in
   * Chinese numerals (一式三份); anything else keeps digits. */
  if (g_str_equal (C_("count in running text", "digits"), "hanzi"))
    return cw_text_count_in_hanzi (n);
  return g_strdup_printf ("%u", n);
}

static void
form_row (CwPrintTable *table,
          const char   *item,
          const char   *value)
{
  const char *cells[] = { item, value };

  cw_print_table_add_row (table, cells);
}

CwPrintTable *
cw_mediation_agreement_table (CwDatabase       *db,
                              CwMediationCase  *mediation_case,
                              GError          **error)
{
  const CwPrintColumn columns[] = {
    { .header = _("No."), .align = CW_PRINT_ALIGN_CENTER, .overflow = CW_PRINT_ELLIPSIZE, .share = 0.07 },
    { .header = _("Agreed"), .align = CW_PRINT_ALIGN_LEFT, .overflow = CW_PRINT_WRAP, .share = 0.45 },
    { .header = _("Manner"), .align = CW_PRINT_ALIGN_LEFT, .overflow = CW_PRINT_WRAP, .share = 0.16 },
    { .header = _("Place"), .align = CW_PRINT_ALIGN_LEFT, .overflow = CW_PRINT_WRAP, .share = 0.16 },
    { .header = _("Deadline"), .align = CW_PRINT_ALIGN_CENTER, .overflow = CW_PRINT_WRAP, .share = 0.16 },
  };
  const char *kind = cw_mediation_case_get (mediation_case, CW_CASE_AGREEMENT);
  gboolean oral = g_str_equal (kind, "oral");
  GPtrArray *terms = cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_TERM);
  guint n_parties = cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_PARTY)->len;
  CwPrintTable *table;
  g_autofree char *facts = NULL;
  g_autofree char *copies = NULL;

  if (kind[0] == '\0')
    {
      g_set_error (error, CW_ERROR, CW_ERROR_REFUSED, _("Case %s has no agreement to print."),
                   cw_mediation_case_get (mediation_case, CW_CASE_NUMBER));
      return NULL;
    }
  table = new_document (db, mediation_case, oral ? _("Oral Agreement Record") : _("People’s Mediation Agreement"),
                        columns, G_N_ELEMENTS (columns));
  add_parties (table, mediation_case);
  /* Translators: 纠纷主要事实、争议事项：… */
  facts = g_strdup_printf (_("The facts of the dispute and the issues: %s %s"),
                           cw_mediation_case_get (mediation_case, CW_CASE_FACTS),
                           cw_mediation_case_get (mediation_case, CW_CASE_ISSUES));
  cw_print_table_add_paragraph (table, facts);
  if (cw_mediation_case_get (mediation_case, CW_CASE_RESPONSIBILITY)[0] != '\0')
    {
      g_autofree char *responsibility = g_strdup_printf (_("Each party’s responsibility: %s"),
                                                         cw_mediation_case_get (mediation_case, CW_CASE_RESPONSIBILITY));

      cw_print_table_add_paragraph (table, responsibility);
    }
  cw_print_table_add_paragraph (table, oral ? _("The parties agreed orally as follows, recorded by the mediator:")
                                            : _("Through mediation the parties have freely agreed as follows:"));
  for (guint i = 0; i < terms->len; i++)
    {
      CwMediationRow *term = terms->pdata[i];
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      const char *cells[] = {
        no, cw_mediation_row_get (term, CW_TERM_CONTENT), cw_mediation_row_get (term, CW_TERM_MANNER),
        cw_mediation_row_get (term, CW_TERM_PLACE), cw_mediation_row_get (term, CW_TERM_DEADLINE),
      };

      cw_print_table_add_row (table, cells);
    }
  if (oral)
    cw_print_table_add_closing (table, _("The parties confirmed the content above by word of mouth (人民调解法 art. 28)."));
  else
    {
      g_autofree char *count = count_in_words (n_parties + 1);

      /* Translators: %s is the number of copies, as count_in_words() writes it */
      copies = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "This agreement is made in %s copy: one for each party and one kept by the committee.",
                                             "This agreement is made in %s copies: one for each party and one kept by the committee.",
                                             n_parties + 1),
                                count);
      cw_print_table_add_closing (table, copies);
      cw_print_table_add_closing (table, _("This agreement takes effect when every party has signed, sealed or put a "
                                           "fingerprint on it, the mediator has signed it and the committee has sealed it."));
      cw_print_table_add_closing (table, _("The parties may jointly apply to a people’s court for judicial confirmation "
                                           "within 30 days of the agreement taking effect."));
    }
  sign_parties (table, mediation_case);
  sign_committee (table, db, mediation_case, cw_mediation_case_get (mediation_case, CW_CASE_EFFECTIVE_DATE));
  return table;
}

CwPrintTable *
cw_mediation_intake_table (CwDatabase      *db,
                           CwMediationCase *mediation_case)
{
  CwPrintTable *table = new_form (db, mediation_case, _("People’s Mediation Intake Record"));
  g_autofree char *applicants = cw_mediation_party_names (mediation_case, "applicant");
  g_autofree char *respondents = cw_mediation_party_names (mediation_case, "respondent");
  g_autofree char *consent = NULL;
  GPtrArray *parties = cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_PARTY);
  g_autoptr(GString) risk = g_string_new (cw_mediation_label (cw_mediation_case_get (mediation_case, CW_CASE_RISK_LEVEL)));

  /* Translators: 经当事人同意，调解 甲 与 乙 之间的纠纷。 */
  consent = g_strdup_printf (_("With the parties’ consent, the committee mediates the dispute between %s and %s."),
                             applicants, respondents[0] != '\0' ? respondents : "—");
  cw_print_table_add_subtitle (table, consent);
  form_row (table, _("Intake date"), cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE));
  form_row (table, _("Source"), cw_mediation_label (cw_mediation_case_get (mediation_case, CW_CASE_SOURCE)));
  form_row (table, _("Type"), cw_mediation_case_get (mediation_case, CW_CASE_TYPE));
  for (guint i = 0; i < parties->len; i++)
    {
      g_autofree char *line = party_line (parties->pdata[i]);

      form_row (table, _("Party"), line);
    }
  form_row (table, _("Dispute"), cw_mediation_case_get (mediation_case, CW_CASE_SUMMARY));
  form_row (table, _("What is asked"), cw_mediation_case_get (mediation_case, CW_CASE_REQUEST));
  form_row (table, _("Amount involved"), cw_mediation_case_get (mediation_case, CW_CASE_AMOUNT));
  if (g_str_equal (cw_mediation_case_get (mediation_case, CW_CASE_RISK_CRIMINAL), "1"))
    g_string_append_printf (risk, "%s%s", C_("particulars", ", "), _("may turn criminal"));
  if (g_str_equal (cw_mediation_case_get (mediation_case, CW_CASE_RISK_GROUP), "1"))
    g_string_append_printf (risk, "%s%s", C_("particulars", ", "), _("may lead to a group petition"));
  form_row (table, _("Risk"), risk->str);
  form_row (table, _("Mediators"), cw_mediation_case_get (mediation_case, CW_CASE_MEDIATORS));
  cw_print_table_add_signature (table, _("Registered by"));
  cw_print_table_set_issuer (table, NULL, cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE));
  return table;
}

CwPrintTable *
cw_mediation_rights_table (CwDatabase      *db,
                           CwMediationCase *mediation_case)
{
  static const char * const rights[] = {
    N_("To choose or accept a mediator"),
    N_("To accept mediation, refuse it, or ask for it to end"),
    N_("To ask for the mediation to be held in public or not"),
    N_("To express their own wishes and reach an agreement of their own free will"),
  };
  static const char * const duties[] = {
    N_("To state the facts of the dispute truthfully"),
    N_("To keep order at the mediation and respect the mediators"),
    N_("To respect the other party’s exercise of its rights"),
  };
  CwPrintTable *table = new_form (db, mediation_case, _("Notice of the Parties’ Rights and Duties"));

  cw_print_table_add_subtitle (table, _("Under articles 23 and 24 of the People’s Mediation Law, the parties to a "
                                        "mediation have these rights and duties:"));
  for (guint i = 0; i < G_N_ELEMENTS (rights); i++)
    form_row (table, _("Right"), _(rights[i]));
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    form_row (table, _("Duty"), _(duties[i]));
  cw_print_table_add_closing (table, _("The parties have been told of these rights and duties."));
  sign_parties (table, mediation_case);
  cw_print_table_set_issuer (table, NULL, cw_mediation_case_get (mediation_case, CW_CASE_INTAKE_DATE));
  return table;
}

CwPrintTable *
cw_mediation_identity_table (CwDatabase      *db,
                             CwMediationCase *mediation_case)
{
  CwPrintTable *table = new_form (db, mediation_case, _("The Parties’ Identity"));
  GPtrArray *parties = cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_PARTY);

  for (guint i = 0; i < parties->len; i++)
    {
      g_autofree char *line = party_line (parties->pdata[i]);

      form_row (table, cw_mediation_label (cw_mediation_row_get (parties->pdata[i], CW_PARTY_SIDE)), line);
    }
  cw_print_table_add_closing (table, _("Copies of the parties’ identity papers are bound after this page."));
  return table;
}

CwPrintTable *
cw_mediation_session_table (CwDatabase      *db,
                            CwMediationCase *mediation_case,
                            guint            index)
{
  CwMediationRow *session = g_ptr_array_index (cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_SESSION), index);
  CwPrintTable *table = new_form (db, mediation_case, _("People’s Mediation Session Record"));

  form_row (table, _("Time"), cw_mediation_row_get (session, CW_SESSION_HELD_ON));
  form_row (table, _("Place"), cw_mediation_row_get (session, CW_SESSION_PLACE));
  form_row (table, _("Matter"), cw_mediation_case_get (mediation_case, CW_CASE_SUMMARY));
  form_row (table, _("Attended"), cw_mediation_row_get (session, CW_SESSION_ATTENDEES));
  form_row (table, _("What each side said"), cw_mediation_row_get (session, CW_SESSION_STATEMENTS));
  form_row (table, _("What was checked"), cw_mediation_row_get (session, CW_SESSION_CHECKED));
  form_row (table, _("Risks explained"), cw_mediation_row_get (session, CW_SESSION_WARNED));
  form_row (table, _("Result"), cw_mediation_row_get (session, CW_SESSION_RESULT));
  sign_parties (table, mediation_case);
  cw_print_table_add_signature (table, _("Mediator"));
  cw_print_table_add_signature (table, _("Recorder"));
  return table;
}

CwPrintTable *
cw_mediation_followup_table (CwDatabase      *db,
                             CwMediationCase *mediation_case,
                             guint            index)
{
  CwMediationRow *followup = g_ptr_array_index (cw_mediation_case_get_rows (mediation_case, CW_MEDIATION_FOLLOWUP), index);
  CwPrintTable *table = new_form (db, mediation_case, _("People’s Mediation Follow-up Record"));
  g_autofree char *applicants = cw_mediation_party_names (mediation_case, "applicant");
  g_autofree char *respondents = cw_mediation_party_names (mediation_case, "respondent");
  g_autofree char *parties = g_strdup_printf ("%s%s%s", applicants, respondents[0] != '\0' ? " — " : "", respondents);

  form_row (table, _("Parties"), parties);
  form_row (table, _("Agreement"), cw_mediation_case_get (mediation_case, CW_CASE_NUMBER));
  form_row (table, _("Follow-up date"), cw_mediation_row_get (followup, CW_FOLLOWUP_VISITED_ON));
  form_row (table, _("Follow-up visitor"), cw_mediation_row_get (followup, CW_FOLLOWUP_VISITOR));
  form_row (table, _("Performed"), cw_mediation_label (cw_mediation_row_get (followup, CW_FOLLOWUP_PERFORMED)));
  form_row (table, _("Satisfaction"), cw_mediation_label (cw_mediation_row_get (followup, CW_FOLLOWUP_SATISFACTION)));
  form_row (table, _("Lawsuit since"), g_str_equal (cw_mediation_row_get (followup, CW_FOLLOWUP_LAWSUIT), "1") ? _("Yes") : _("No"));
  form_row (table, _("Remaining risk"), cw_mediation_row_get (followup, CW_FOLLOWUP_RISK));
  form_row (table, _("Measures"), cw_mediation_row_get (followup, CW_FOLLOWUP_MEASURES));
  cw_print_table_add_signature (table, _("Follow-up visitor"));
  return table;
}

CwPrintTable *
cw_mediation_confirm_table (CwDatabase      *db,
                            CwMediationCase *mediation_case)
{
  CwPrintTable *table = new_form (db, mediation_case, _("Judicial Confirmation"));
  const char *result = cw_mediation_case_get (mediation_case, CW_CASE_CONFIRM_RESULT);

  form_row (table, _("Applied on"), cw_mediation_case_get (mediation_case, CW_CASE_CONFIRM_APPLIED));
  form_row (table, _("Court"), cw_mediation_case_get (mediation_case, CW_CASE_CONFIRM_COURT));
  form_row (table, _("Court’s decision"), result[0] != '\0' ? cw_mediation_label (result) : _("Not decided yet"));
  form_row (table, _("Court case number"), cw_mediation_case_get (mediation_case, CW_CASE_CONFIRM_NUMBER));
  cw_print_table_add_closing (table, _("The court’s ruling is bound after this page."));
  return table;
}

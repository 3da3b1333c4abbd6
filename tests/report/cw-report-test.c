/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cw-report-test"

#include "config.h"

#include <string.h>

#include "report/common/cw-print-font.h"

#include "cw-report-test.h"
#include "cw-test-core.h"
#include "cw-test-run.h"




char *
cw_report_test_text (const char *pdf,
                     int         page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);

  if (page <= 0)
    return cw_test_capture ((const char * const[]) { "pdftotext", "-layout", pdf, "-", NULL });
  return cw_test_capture ((const char * const[]) { "pdftotext", "-layout", "-f", number, "-l", number,
                                                      pdf, "-", NULL });
}

void
cw_report_test_assert_cjk_embedded (const char *pdf)
{
  g_autofree char *fonts = cw_test_capture ((const char * const[]) { "pdffonts", pdf, NULL });
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  gboolean found = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      guint n;

      if (strstr (lines[i], CW_PRINT_FONT_EMBEDDED_NAME) == NULL)
        continue;
      /* TrueType, not CFF: cairo 1.16 drops CFF glyphs such as 如. */
      g_assert_nonnull (strstr (lines[i], "TrueType"));
      words = g_regex_split_simple ("\\s+", g_strstrip (lines[i]), 0, 0);
      n = g_strv_length (words);
      /* name type… encoding emb sub uni object ID */
      g_assert_cmpuint (n, >=, 7);
      g_assert_cmpstr (words[n - 5], ==, "yes");
      found = TRUE;
    }
  g_assert_true (found);
}

static void
word_free (gpointer data)
{
  CwReportWord *word = data;

  g_free (word->text);
  g_free (word);
}

GPtrArray *
cw_report_test_words (const char *pdf)
{
  g_autofree char *html = cw_test_capture ((const char * const[]) { "pdftotext", "-bbox", pdf, "-", NULL });
  g_autoptr(GRegex) pattern = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                                           "yMax=\"([0-9.]+)\">([^<]*)</word>", 0, 0, NULL);
  g_auto(GStrv) pages = g_strsplit (html, "<page ", -1);
  GPtrArray *words = g_ptr_array_new_with_free_func (word_free);

  for (guint p = 1; pages[p] != NULL; p++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (pattern, pages[p], 0, &match);
      while (g_match_info_matches (match))
        {
          CwReportWord *word = g_new0 (CwReportWord, 1);
          double *box[] = { &word->x0, &word->y0, &word->x1, &word->y1 };

          word->page = (int) p;
          for (guint i = 0; i < G_N_ELEMENTS (box); i++)
            {
              g_autofree char *value = g_match_info_fetch (match, i + 1);

              *box[i] = g_ascii_strtod (value, NULL);
            }
          word->text = g_match_info_fetch (match, 5);
          g_ptr_array_add (words, word);
          g_match_info_next (match, NULL);
        }
    }
  return words;
}

guint
cw_report_test_assert_no_overlap (const char *pdf)
{
  g_autoptr(GPtrArray) words = cw_report_test_words (pdf);

  for (guint i = 0; i < words->len; i++)
    {
      const CwReportWord *a = g_ptr_array_index (words, i);

      for (guint j = i + 1; j < words->len; j++)
        {
          const CwReportWord *b = g_ptr_array_index (words, j);
          double w = MIN (a->x1, b->x1) - MAX (a->x0, b->x0);
          double h = MIN (a->y1, b->y1) - MAX (a->y0, b->y0);

          if (b->page != a->page)
            break;
          /* Poppler's boxes touch at the edges; a real overlap is more
           * than a sliver. */
          if (w > 0.5 && h > 0.5)
            g_error ("page %d: “%s” overlaps “%s”", a->page, a->text, b->text);
        }
    }
  return words->len;
}

/* Pango draws an ellipsis for the text it leaves out, and cairo keeps
 * that text behind the one glyph (so pdftotext still reads it): poppler
 * gives it as a single word, spaces and all, squeezed into the width of
 * "…". Whole text never is: poppler parts words at spaces, and no glyph
 * of the print fonts is under 2 points wide per character. */
void
cw_report_test_assert_nothing_elided (const char *pdf)
{
  g_autoptr(GPtrArray) words = cw_report_test_words (pdf);

  for (guint i = 0; i < words->len; i++)
    {
      const CwReportWord *word = g_ptr_array_index (words, i);
      glong n = g_utf8_strlen (word->text, -1);

      if (strchr (word->text, ' ') != NULL || (n >= 6 && (word->x1 - word->x0) / n < 2))
        g_error ("page %d: “%s” is cut short, an ellipsis drawn for it", word->page, word->text);
    }
}

/* LibreOffice's CSV of every sheet of @xlsx, by sheet name. */
GHashTable *
cw_report_test_read_workbook (const char *xlsx,
                              const char *outdir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_path_get_basename (xlsx);
  g_autofree char *stem = g_strndup (base, strlen (base) - strlen (".xlsx"));
  g_auto(CwTestRun) run = { 0 };
  g_autoptr(GDir) dir = NULL;
  GHashTable *sheets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  const char *name;

  g_mkdir_with_parents (outdir, 0700);
  /* Sheet -1: each sheet to FILE-SHEET.csv (LibreOffice 7.2 and later). */
  cw_test_soffice_convert (&run, xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                           outdir);

  dir = g_dir_open (outdir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *prefix = g_strconcat (stem, "-", NULL);
      g_autofree char *file = NULL;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".csv"))
        continue;
      file = g_build_filename (outdir, name, NULL);
      g_hash_table_insert (sheets, g_strndup (name + strlen (prefix), strlen (name) - strlen (prefix) - 4),
                           cw_test_read_csv (file));
    }
  if (g_hash_table_size (sheets) == 0)
    g_error ("soffice did not convert %s: %s %s", xlsx, run.out, run.err);
  return sheets;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-print-table"

#include "config.h"

#include <string.h>

#include <cairo.h>

#include "core/common/cw-id-number.h"
#include "report/common/cw-pdf.h"
#include "report/common/cw-print-layout.h"
#include "report/common/cw-print-table.h"

#include "cw-report-test.h"
#include "cw-test-core.h"
#include "cw-test-run.h"

/* The printed table on its own, read back by poppler: pages, headers,
 * continued sections, page numbers, cells that keep to their column,
 * the signature block, masking. */

#define LONG_NAME   "欧阳娜仁花·阿卜杜拉·买买提·艾力·吐尔逊·热合曼·阿不都热西提"
#define LONG_REMARK "备注很长很长的一段说明，写满了这一户本季度参加志愿服务、人居环境整治和移风易俗的经过"
#define ISSUER      "青山村村民委员会"

static char *tmp_dir;

static char *
path_in (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static const struct
{
  const char *name;
  guint       n_rows;
} sections[] = { { "第一组", 70 }, { "第二组", 4 }, { "第三组", 60 } };

/* A notice of three groups; one name too long for its cell and one remark
 * that wraps. Every column is left-aligned, so that each column's words
 * start where its cell does. */
static CwPrintTable *
notice_table (void)
{
  static const CwPrintColumn columns[] = {
    { "户主姓名", CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0.35, .personal = CW_PRINT_NAME },
    { "情况说明", CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, 0.35 },
    { "本季积分", CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0.3 },
  };
  CwPrintTable *table = cw_print_table_new (CW_PRINT_TABLE_NOTICE, "测试村积分公示", columns,
                                            G_N_ELEMENTS (columns), CW_PRINT_MASK_NONE);
  guint n = 0;

  cw_print_table_add_subtitle (table, "按村民小组公示。");
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autofree char *heading = g_strdup_printf ("%s（共 %u 户）", sections[s].name, sections[s].n_rows);

      cw_print_table_add_section (table, sections[s].name, heading);
      for (guint r = 0; r < sections[s].n_rows; r++, n++)
        {
          g_autofree char *name = g_strdup_printf ("村民%03u", n);
          g_autofree char *remark = g_strdup_printf ("备注%03u", n);
          g_autofree char *points = g_strdup_printf ("积分%u", n % 50);
          const char *cells[] = { n == 5 ? LONG_NAME : name, n == 7 ? LONG_REMARK : remark, points };

          cw_print_table_add_row (table, cells);
        }
    }
  cw_print_table_set_total (table, "合计 134 户");
  cw_print_table_add_closing (table, "公示期：2026年10月8日至10月15日");
  cw_print_table_add_signature (table, "制表人");
  cw_print_table_add_signature (table, "审核人");
  cw_print_table_set_issuer (table, ISSUER, "2026年10月8日");
  return table;
}

static guint
count (const char *text,
       const char *what)
{
  guint n = 0;

  for (const char *p = text; (p = strstr (p, what)) != NULL; p += strlen (what))
    n++;
  return n;
}

static void
test_pages (void)
{
  g_autoptr(CwPrintTable) table = notice_table ();
  g_autoptr(CwPrintLayout) layout = cw_print_layout_new (table);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = path_in ("pages.pdf");
  int n_pages = 0;
  guint first = 0;

  if (!cw_test_have_program ("pdftotext"))
    return;

  g_assert_true (cw_print_layout_save_pdf (layout, pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_pages, >=, 4);

  for (int page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = cw_report_test_text (pdf, page);
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", page, n_pages);
      gboolean has_rows = FALSE;

      for (guint r = 0; r < cw_print_table_get_n_rows (table); r++)
        has_rows |= cw_print_layout_get_row_page (layout, r) == page - 1;
      /* The header on every page of rows, the page number at the foot of
       * every page, and the title at the head of every page after the
       * first. */
      g_assert_cmpuint (count (text, "户主姓名"), >=, has_rows ? 1 : 0);
      g_assert_cmpuint (count (text, footer), ==, 1);
      g_assert_cmpuint (count (text, "测试村积分公示"), ==, 1);
      /* The closing lines and the signature block: the last page only. */
      g_assert_cmpuint (count (text, ISSUER), ==, page == n_pages ? 1 : 0);
      g_assert_cmpuint (count (text, "制表人"), ==, page == n_pages ? 1 : 0);
      g_assert_cmpuint (count (text, "审核人"), ==, page == n_pages ? 1 : 0);
      g_assert_cmpuint (count (text, "公示期"), ==, page == n_pages ? 1 : 0);
      g_assert_cmpuint (count (text, "2026年10月8日"), ==, page == n_pages ? 2 : 0);
    }

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autofree char *heading = g_strdup_printf ("%s（共 %u 户）", sections[s].name, sections[s].n_rows);
      g_autofree char *continued = g_strdup_printf ("%s (continued)", sections[s].name);
      int start = cw_print_layout_get_row_page (layout, first);
      g_autofree char *start_text = cw_report_test_text (pdf, start + 1);
      gboolean went_on = FALSE;

      /* A heading never stands alone: its first rows are on its page. */
      g_assert_cmpint (cw_print_layout_get_row_page (layout, first + MIN (sections[s].n_rows, 3) - 1), ==, start);
      g_assert_cmpuint (count (start_text, heading), ==, 1);

      for (guint r = first; r < first + sections[s].n_rows; r++)
        {
          int page = cw_print_layout_get_row_page (layout, r);
          g_autofree char *text = cw_report_test_text (pdf, page + 1);
          g_autofree char *name = g_strdup_printf ("村民%03u", r);

          g_assert_cmpint (page, >=, 0);
          if (r != 5)
            g_assert_cmpuint (count (text, name), ==, 1);
          /* A section going on over a page says so, under its name. */
          if (r > first && page != cw_print_layout_get_row_page (layout, r - 1))
            {
              g_assert_cmpuint (count (text, continued), ==, 1);
              went_on = TRUE;
            }
        }
      if (s != 1)
        g_assert_true (went_on);
      first += sections[s].n_rows;
    }

  /* The last row keeps the total with it. */
  {
    g_autofree char *last = cw_report_test_text (pdf, cw_print_layout_get_row_page (layout, first - 1) + 1);

    g_assert_cmpuint (count (last, "合计 134 户"), ==, 1);
  }

  /* Measured on another cairo_t (a 300 dpi raster, as a printer's), the
   * same pages. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 100);
    cairo_t *cr = cairo_create (surface);

    cairo_scale (cr, 300.0 / 72, 300.0 / 72);
    g_assert_cmpint (cw_print_layout_paginate (layout, cr, CW_PDF_A4_WIDTH, CW_PDF_A4_HEIGHT), ==, n_pages);
    cw_print_layout_draw_page (layout, cr, n_pages - 1);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
}

/* Each group on pages of its own, for its own board: under the title, its
 * rows, then the closing lines and signatures; its pages numbered among
 * themselves. */
static void
test_sections_apart (void)
{
  g_autoptr(CwPrintTable) table = notice_table ();
  g_autoptr(CwPrintLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = path_in ("apart.pdf");
  int n_pages = 0;
  guint first = 0;

  if (!cw_test_have_program ("pdftotext"))
    return;

  g_object_set (table, "sections-apart", TRUE, NULL);
  g_assert_true (cw_print_table_get_sections_apart (table));
  layout = cw_print_layout_new (table);
  g_assert_true (cw_print_layout_save_pdf (layout, pdf, &n_pages, &error));
  g_assert_no_error (error);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autofree char *heading = g_strdup_printf ("%s（共 %u 户）", sections[s].name, sections[s].n_rows);
      guint last = first + sections[s].n_rows - 1;
      int start = cw_print_layout_get_row_page (layout, first);
      int end = cw_print_layout_get_row_page (layout, last);

      /* Nothing of the group before or after shares its pages. */
      if (first > 0)
        g_assert_cmpint (cw_print_layout_get_row_page (layout, first - 1), <, start);
      for (int page = start; page <= end; page++)
        {
          g_autofree char *text = cw_report_test_text (pdf, page + 1);
          g_autofree char *footer = g_strdup_printf ("Page %d of %d", page - start + 1, end - start + 1);

          g_assert_cmpuint (count (text, footer), ==, 1);
          /* The title block on its first page, the running title after. */
          g_assert_cmpuint (count (text, "测试村积分公示"), ==, 1);
          g_assert_cmpuint (count (text, "按村民小组公示。"), ==, page == start ? 1 : 0);
          g_assert_cmpuint (count (text, heading), ==, page == start ? 1 : 0);
          /* The closing block ends each group, with its last rows. */
          g_assert_cmpuint (count (text, "公示期"), ==, page == end ? 1 : 0);
          g_assert_cmpuint (count (text, "制表人"), ==, page == end ? 1 : 0);
          g_assert_cmpuint (count (text, ISSUER), ==, page == end ? 1 : 0);
          for (guint other = 0; other < G_N_ELEMENTS (sections); other++)
            if (other != s)
              g_assert_null (strstr (text, sections[other].name));
        }
      g_assert_cmpint (cw_print_layout_get_row_page (layout, last - MIN (sections[s].n_rows, 3) + 1), ==, end);
      first += sections[s].n_rows;
    }
  g_assert_cmpint (cw_print_layout_get_row_page (layout, first - 1), ==, n_pages - 1);

  /* Together again, the closing block once, at the end. */
  g_object_set (table, "sections-apart", FALSE, NULL);
  g_assert_true (cw_print_layout_save_pdf (layout, pdf, &n_pages, &error));
  g_assert_no_error (error);
  {
    g_autofree char *text = cw_report_test_text (pdf, 0);

    g_assert_cmpuint (count (text, "公示期"), ==, 1);
    g_assert_cmpuint (count (text, "按村民小组公示。"), ==, 1);
  }
}

/* Whatever the number of rows, the publicity period and the signatures
 * never stand alone on the last page: the last rows go over with them. */
static void
test_closing_kept (void)
{
  static const CwPrintColumn columns[] = {
    { "户主", CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0.5 },
    { "积分", CW_PRINT_ALIGN_CENTER, CW_PRINT_ELLIPSIZE, 0.5 },
  };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  guint kept_over = 0;

  for (guint apart = 0; apart < 2; apart++)
    for (guint n = 1; n <= 110; n++)
      {
        g_autoptr(CwPrintTable) table = cw_print_table_new (CW_PRINT_TABLE_NOTICE, "测试村积分公示", columns,
                                                            G_N_ELEMENTS (columns), CW_PRINT_MASK_NONE);
        g_autoptr(CwPrintLayout) layout = NULL;
        int n_pages;

        cw_print_table_set_sections_apart (table, apart);
        cw_print_table_add_section (table, "第一组", NULL);
        for (guint r = 0; r < n; r++)
          cw_print_table_add_row (table, (const char *[]) { "村民", "10" });
        cw_print_table_add_closing (table, "公示期：2026年10月8日至10月15日");
        cw_print_table_add_closing (table, "对公示内容有异议的，请在公示期内向村务监督委员会反映。");
        cw_print_table_add_signature (table, "制表人");
        cw_print_table_add_signature (table, "审核人");
        cw_print_table_set_issuer (table, ISSUER, "2026年10月8日");
        layout = cw_print_layout_new (table);
        n_pages = cw_print_layout_paginate (layout, cr, CW_PDF_A4_WIDTH, CW_PDF_A4_HEIGHT);

        for (guint r = n - MIN (n, 3); r < n; r++)
          g_assert_cmpint (cw_print_layout_get_row_page (layout, r), ==, n_pages - 1);
        /* Some counts fill the first page so that only the closing block
         * would have gone over. */
        if (n_pages > 1 && cw_print_layout_get_row_page (layout, n - 4) == 0)
          kept_over++;
      }
  g_assert_cmpuint (kept_over, >, 0);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The smallest x at which words starting with @prefix begin on @page:
 * where the text of a left-aligned column starts. */
static double
column_start (GPtrArray  *words,
              int         page,
              const char *prefix)
{
  double start = G_MAXDOUBLE;

  for (guint i = 0; i < words->len; i++)
    {
      CwReportWord *word = g_ptr_array_index (words, i);

      if (word->page == page && g_str_has_prefix (word->text, prefix))
        start = MIN (start, word->x0);
    }
  g_assert_cmpfloat (start, <, G_MAXDOUBLE);
  return start;
}

/* A name too long for its cell ends in "…" inside it, and a long remark
 * wraps inside its cell: no word runs into the next column. */
static void
test_cells (void)
{
  g_autoptr(CwPrintTable) table = notice_table ();
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = path_in ("cells.pdf");
  g_autoptr(GPtrArray) words = NULL;
  guint long_name = 0, remark_lines = 0;

  if (!cw_test_have_program ("pdftotext"))
    return;

  g_assert_true (cw_print_table_save_pdf (table, pdf, NULL, &error));
  g_assert_no_error (error);

  words = cw_report_test_words (pdf);
  for (guint i = 0; i < words->len; i++)
    {
      CwReportWord *word = g_ptr_array_index (words, i);
      gboolean name = g_str_has_prefix (word->text, "村民") || g_str_has_prefix (word->text, "欧阳");
      gboolean remark = g_str_has_prefix (word->text, "备注") || strstr (word->text, "很长") != NULL ||
                        strstr (word->text, "志愿") != NULL || strstr (word->text, "移风") != NULL;

      if (word->page != 1 || (!name && !remark))
        continue;
      /* poppler gives the ellipsized name in full (cairo writes what the
       * "…" stands for), but where it is drawn: within its cell. */
      if (g_str_has_prefix (word->text, "欧阳"))
        long_name++;
      if (remark && !g_str_has_prefix (word->text, "备注0"))
        remark_lines++;
      if (name)
        g_assert_cmpfloat (word->x1, <, column_start (words, 1, "备注"));
      else
        g_assert_cmpfloat (word->x1, <, column_start (words, 1, "积分"));
    }
  g_assert_cmpuint (long_name, ==, 1);
  g_assert_cmpuint (remark_lines, >=, 2);
  cw_report_test_assert_no_overlap (pdf);
}

/* An office list of columns that fit their content: too wide for the
 * page with a long name and many tags, so tags give way first, then
 * names, each within its column. Masked, ID and phone are masked, the
 * birth date is left out, and names are masked when asked. */
static CwPrintTable *
list_table (CwPrintMask mask)
{
  static const CwPrintColumn columns[] = {
    { "序号", CW_PRINT_ALIGN_CENTER, CW_PRINT_WRAP },
    { "姓名", CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, 0, 3, 2, CW_PRINT_NAME },
    { "出生日期", CW_PRINT_ALIGN_CENTER, CW_PRINT_WRAP, .personal = CW_PRINT_BIRTH_DATE },
    { "身份证号", CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, .personal = CW_PRINT_ID_NUMBER },
    { "联系电话", CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, .personal = CW_PRINT_PHONE },
    { "标签", CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP, 0, 3, 1 },
  };
  CwPrintTable *table = cw_print_table_new (CW_PRINT_TABLE_LIST, "测试村名单", columns, G_N_ELEMENTS (columns),
                                            mask);

  for (guint r = 0; r < 30; r++)
    {
      g_autofree char *index = g_strdup_printf ("%u", r + 1);
      g_autofree char *name = g_strdup_printf ("张三%02u", r);
      const char *cells[] = { index, r == 3 ? LONG_NAME : name, "1949-12-31", "11010519491231002X",
                              "13812345678", "低保、特困、残疾、留守、独居、空巢、高龄、军属、脱贫户、监测户" };

      cw_print_table_add_row (table, cells);
    }
  cw_print_table_set_total (table, "合计 30 人");
  return table;
}

static void
test_fit_columns (void)
{
  g_autoptr(CwPrintTable) table = list_table (CW_PRINT_MASK_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = path_in ("list.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) words = NULL;
  guint name_lines = 0;

  if (!cw_test_have_program ("pdftotext"))
    return;

  g_assert_true (cw_print_table_save_pdf (table, pdf, NULL, &error));
  g_assert_no_error (error);
  text = cw_report_test_text (pdf, 0);
  /* In full, the ID on one line. */
  g_assert_cmpuint (count (text, "11010519491231002X"), ==, 30);
  g_assert_cmpuint (count (text, "1949-12-31"), ==, 30);
  g_assert_nonnull (strstr (text, "合计 30 人"));

  words = cw_report_test_words (pdf);
  for (guint i = 0; i < words->len; i++)
    {
      CwReportWord *word = g_ptr_array_index (words, i);

      if (word->page != 1)
        continue;
      /* The long name goes on several lines, all left of the IDs. */
      if (strstr (word->text, "欧阳") != NULL || strstr (word->text, "阿卜杜拉") != NULL ||
          strstr (word->text, "热合曼") != NULL || strstr (word->text, "阿不都") != NULL)
        {
          name_lines++;
          g_assert_cmpfloat (word->x1, <, column_start (words, 1, "1949-"));
        }
      if (strstr (word->text, "、") != NULL)
        g_assert_cmpfloat (word->x0, >, column_start (words, 1, "138"));
    }
  g_assert_cmpuint (name_lines, >=, 2);
  cw_report_test_assert_no_overlap (pdf);
}

static void
test_masked (void)
{
  g_autoptr(CwPrintTable) table = list_table (CW_PRINT_MASK_NUMBERS | CW_PRINT_MASK_NAMES);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = path_in ("masked.pdf");
  g_autofree char *text = NULL;
  g_autofree char *id = cw_id_number_mask ("11010519491231002X");
  g_autofree char *phone = cw_phone_mask ("13812345678");

  /* The birth date is left out: next to the masked ID it is the ID. */
  g_assert_cmpuint (cw_print_table_get_n_columns (table), ==, 5);
  for (guint c = 0; c < 5; c++)
    g_assert_cmpint (cw_print_table_get_column (table, c)->personal, !=, CW_PRINT_BIRTH_DATE);
  g_assert_cmpstr (cw_print_table_get_cell (table, 0, 1), ==, "张**0");
  g_assert_cmpstr (cw_print_table_get_cell (table, 0, 2), ==, id);
  g_assert_cmpstr (cw_print_table_get_cell (table, 0, 3), ==, phone);

  if (!cw_test_have_program ("pdftotext"))
    return;
  g_assert_true (cw_print_table_save_pdf (table, pdf, NULL, &error));
  g_assert_no_error (error);
  text = cw_report_test_text (pdf, 0);
  g_assert_null (strstr (text, "11010519491231002X"));
  g_assert_null (strstr (text, "13812345678"));
  g_assert_null (strstr (text, "1949-12-31"));
  g_assert_null (strstr (text, "出生日期"));
  g_assert_null (strstr (text, "张三"));
  g_assert_cmpuint (count (text, id), ==, 30);
  g_assert_cmpuint (count (text, phone), ==, 30);
}

static void
test_mask_name (void)
{
  const struct { const char *name, *masked; } cases[] = {
    { "张三丰", "张*丰" }, { "张三", "张*" }, { "欧阳娜娜", "欧**娜" }, { "张", "张" },
    { "", "" }, { " 李四 ", "李*" }, { "Anna", "A**a" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *masked = cw_print_mask_name (cases[i].name);
      g_assert_cmpstr (masked, ==, cases[i].masked);
    }
}

/* No rows: the empty text instead of the header, or the header and the
 * total; one page either way, with its number. */
static void
test_empty (void)
{
  static const CwPrintColumn columns[] = {
    { "姓名", CW_PRINT_ALIGN_LEFT, CW_PRINT_ELLIPSIZE, 0.5 },
    { "金额", CW_PRINT_ALIGN_RIGHT, CW_PRINT_ELLIPSIZE, 0.5 },
  };
  g_autoptr(CwPrintTable) quiet = cw_print_table_new (CW_PRINT_TABLE_NOTICE, "空表", columns, 2, CW_PRINT_MASK_NONE);
  g_autoptr(CwPrintTable) list = cw_print_table_new (CW_PRINT_TABLE_LIST, "空名单", columns, 2, CW_PRINT_MASK_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *quiet_pdf = path_in ("quiet.pdf");
  g_autofree char *list_pdf = path_in ("empty-list.pdf");
  g_autofree char *quiet_text = NULL, *list_text = NULL;
  int n_pages = 0;

  if (!cw_test_have_program ("pdftotext"))
    return;

  cw_print_table_set_empty_text (quiet, "本季度无人上榜。");
  cw_print_table_set_total (list, "合计 0 人");
  g_assert_true (cw_print_table_save_pdf (quiet, quiet_pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_pages, ==, 1);
  g_assert_true (cw_print_table_save_pdf (list, list_pdf, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_pages, ==, 1);

  quiet_text = cw_report_test_text (quiet_pdf, 0);
  g_assert_nonnull (strstr (quiet_text, "本季度无人上榜。"));
  g_assert_null (strstr (quiet_text, "金额"));
  g_assert_nonnull (strstr (quiet_text, "Page 1 of 1"));
  list_text = cw_report_test_text (list_pdf, 0);
  g_assert_nonnull (strstr (list_text, "金额"));
  g_assert_nonnull (strstr (list_text, "合计 0 人"));
}

/* Invalid UTF-8 and control characters are repaired at the door: Pango
 * would warn (fatal here) and draw boxes. */
static void
test_repair (void)
{
  static const CwPrintColumn columns[] = { { "姓名", CW_PRINT_ALIGN_LEFT, CW_PRINT_WRAP } };
  g_autoptr(CwPrintTable) table = cw_print_table_new (CW_PRINT_TABLE_LIST, "名单\x01", columns, 1,
                                                      CW_PRINT_MASK_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = path_in ("repair.pdf");
  const char *broken[] = { "张\xff" };

  cw_print_table_add_row (table, broken);
  g_assert_cmpstr (cw_print_table_get_cell (table, 0, 0), ==, "张\xef\xbf\xbd");
  g_assert_cmpstr (cw_print_table_get_title (table), ==, "名单 ");
  g_assert_true (cw_print_table_save_pdf (table, pdf, NULL, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("cunwu-print-table-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/print-table/pages", test_pages);
  g_test_add_func ("/print-table/cells", test_cells);
  g_test_add_func ("/print-table/fit-columns", test_fit_columns);
  g_test_add_func ("/print-table/masked", test_masked);
  g_test_add_func ("/print-table/mask-name", test_mask_name);
  g_test_add_func ("/print-table/empty", test_empty);
  g_test_add_func ("/print-table/repair", test_repair);
  g_test_add_func ("/print-table/sections-apart", test_sections_apart);
  g_test_add_func ("/print-table/closing-kept", test_closing_kept);

  status = g_test_run ();
  cw_test_remove_tree (tmp_dir);
  return status;
}

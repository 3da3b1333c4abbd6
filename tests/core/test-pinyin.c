/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-pinyin"

#include <glib.h>
#include <locale.h>
#include <string.h>

#include "core/common/cw-pinyin.h"
#include "core/common/cw-pinyin-icu.h"
#include "core/common/cw-pinyin-private.h"

static void
assert_keys (const char *name,
             const char *full,
             const char *initials)
{
  g_autofree char *got_full = cw_pinyin_full (name);
  g_autofree char *got_initials = cw_pinyin_initials (name);

  g_assert_cmpstr (got_full, ==, full);
  g_assert_cmpstr (got_initials, ==, initials);
}

static void
test_common (void)
{
  assert_keys ("张三", "zhangsan", "zs");
  assert_keys ("李四", "lisi", "ls");
  assert_keys ("欧阳修", "ouyangxiu", "oyx");
  /* ü is written u: what ICU's Latin-ASCII makes of it. */
  assert_keys ("吕布", "lubu", "lb");
}

static void
test_surnames (void)
{
  assert_keys ("曾国藩", "zengguofan", "zgf");
  assert_keys ("单田芳", "shantianfang", "stf");
  assert_keys ("解缙", "xiejin", "xj");
  assert_keys ("仇英", "qiuying", "qy");
  assert_keys ("查良镛", "zhaliangyong", "zly");
  assert_keys ("区家明", "oujiaming", "ojm");
  assert_keys ("朴正", "piaozheng", "pz");
  assert_keys ("翟志刚", "zhaizhigang", "zzg");
  assert_keys ("覃小红", "qinxiaohong", "qxh");
  assert_keys ("尉迟恭", "yuchigong", "ycg");
  assert_keys ("长孙无忌", "zhangsunwuji", "zswj");
  assert_keys ("万俟明", "moqiming", "mqm");

  /* Only the first character is a surname: 曾 and 单 later in a name keep
   * their common readings. */
  assert_keys ("曾小单", "zengxiaodan", "zxd");
  assert_keys ("王曾", "wangceng", "wc");
  /* 长 alone is not 长孙 (and gets ICU's reading). */
  assert_keys ("长江", "zhangjiang", "zj");
  /* Leading blanks do not hide the surname. */
  assert_keys ("\u3000单田芳", "shantianfang", "stf");
}

static void
test_mixed (void)
{
  assert_keys ("王Amy", "wangamy", "wamy");
  assert_keys ("李 2号", "li2hao", "l2h");
  assert_keys ("Tom", "tom", "tom");
  assert_keys ("ＡＢ张", "abzhang", "abz");
  /* The middle dot of transcribed minority names is dropped; 都 keeps
   * ICU's default reading. */
  assert_keys ("阿不都·热合曼", "abudoureheman", "abdrhm");
}

static void
test_empty (void)
{
  assert_keys ("", "", "");
  assert_keys (NULL, "", "");
  assert_keys ("·-—，。", "", "");
  assert_keys ("\xff\xfe", "", "");
}

static void
assert_search_key (const char *name,
                   const char *expected)
{
  g_autofree char *key = cw_pinyin_search_key (name);

  g_assert_cmpstr (key, ==, expected);
}

static void
test_search_key (void)
{
  g_autofree char *key = NULL;

  assert_search_key ("张三", "zhangsan zs");
  assert_search_key ("曾小单", "zengxiaodan zxd");
  assert_search_key ("Tom", "tom");
  assert_search_key ("", "");
  assert_search_key (NULL, "");

  key = cw_pinyin_search_key ("张三");
  g_assert_nonnull (strstr (key, "zs"));
  g_assert_nonnull (strstr (key, "zhangs"));
  g_assert_nonnull (strstr (key, "san"));
}

/* The table is made at build time; this holds it, code point by code point,
 * to what the ICU linked now gives, through the key functions as well as
 * directly (so a key does not take ICU's path for a character the table
 * has). Stored search keys depend on it. */
static void
test_table_is_icu (void)
{
  g_autoptr(GError) error = NULL;
  UTransliterator *transliterator = cw_pinyin_icu_open (&error);
  gunichar first, last, previous_last = 0, c;
  guint i, checked = 0, with_syllable = 0;

  g_assert_no_error (error);

  for (i = 0; cw_pinyin_table_range (i, &first, &last); i++)
    {
      /* Sorted and apart: the lookup searches them by halves. */
      if (i > 0)
        g_assert_cmpuint (first, >, previous_last);
      g_assert_cmpuint (first, <=, last);
      previous_last = last;

      for (c = first; c <= last; c++)
        {
          g_autofree char *icu = cw_pinyin_icu_syllable (transliterator, c);
          const char *table = cw_pinyin_table_lookup (c);
          char text[8] = "a";
          g_autofree char *full = NULL;
          g_autofree char *expected = g_strconcat ("a", icu, NULL);

          if (table == NULL || !g_str_equal (table, icu))
            g_error ("U+%04X: the table gives “%s”, ICU “%s”", c, table ? table : "(none)", icu);

          /* After a letter, so that no surname applies. */
          text[1 + g_unichar_to_utf8 (c, text + 1)] = '\0';
          full = cw_pinyin_full (text);
          if (!g_str_equal (full, expected))
            g_error ("U+%04X: cw_pinyin_full (\"a%s\") is “%s”, ICU gives “%s”", c, text + 1, full, expected);

          checked++;
          if (icu[0] != '\0')
            with_syllable++;
        }
    }

  utrans_close (transliterator);

  /* The Han ranges the issue asks for, supplementary planes included. */
  g_assert_nonnull (cw_pinyin_table_lookup (0x3400));
  g_assert_nonnull (cw_pinyin_table_lookup (0x9FFF));
  g_assert_nonnull (cw_pinyin_table_lookup (0xFAFF));
  g_assert_nonnull (cw_pinyin_table_lookup (0x20000));
  g_assert_nonnull (cw_pinyin_table_lookup (0x2EBEF));
  g_assert_nonnull (cw_pinyin_table_lookup (0x3134F));
  g_assert_cmpstr (cw_pinyin_table_lookup (0x5F20), ==, "zhang");
  g_test_message ("pinyin table: %u code points, %u with a syllable, all as ICU gives",
                  checked, with_syllable);
}

/* A character outside the table is read by ICU, as it always was. */
static void
test_outside_table (void)
{
  /* Ⅱ ROMAN NUMERAL TWO: Number Forms are not in the table. */
  g_assert_null (cw_pinyin_table_lookup (0x2161));
  assert_keys ("王Ⅱ", "wangii", "wii");
  g_assert_null (cw_pinyin_table_lookup (0x0418));
  assert_keys ("王Иван", "wang", "w");
}

#define N_THREADS 4

static gpointer
key_many (gpointer data)
{
  static const char *const names[] = { "张三", "曾国藩", "单田芳", "欧阳修", "尉迟恭" };
  static const char *const keys[] = {
    "zhangsan zs", "zengguofan zgf", "shantianfang stf", "ouyangxiu oyx", "yuchigong ycg"
  };
  guint i;

  for (i = 0; i < 5000; i++)
    {
      g_autofree char *key = cw_pinyin_search_key (names[i % G_N_ELEMENTS (names)]);

      if (!g_str_equal (key, keys[i % G_N_ELEMENTS (keys)]))
        return GUINT_TO_POINTER (FALSE);
    }

  return GUINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  GThread *threads[N_THREADS];
  guint i;

  for (i = 0; i < N_THREADS; i++)
    threads[i] = g_thread_new ("pinyin", key_many, NULL);
  for (i = 0; i < N_THREADS; i++)
    g_assert_true (GPOINTER_TO_UINT (g_thread_join (threads[i])));
}

/* Names as a village register has them: a hundred common surnames and a
 * few hundred given-name characters, so that the cache sees what it will
 * see in use. */
static void
test_throughput (void)
{
  static const char surnames[] =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江"
    "尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单仇解";
  static const char given[] =
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彩春菊"
    "兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶"
    "妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨"
    "瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲"
    "寒伊亚宜可姬舒影荔枝思丽秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春"
    "建国志强文斌永刚海波立新德明光辉世杰金龙天宇家豪俊峰红军卫东小平";
  g_autofree gunichar *s = g_utf8_to_ucs4_fast (surnames, -1, NULL);
  g_autofree gunichar *g = g_utf8_to_ucs4_fast (given, -1, NULL);
  glong n_s = g_utf8_strlen (surnames, -1);
  glong n_g = g_utf8_strlen (given, -1);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GRand *rand = g_rand_new_with_seed (20261123);
  gint64 start, elapsed;
  gsize total = 0;
  guint i;

  for (i = 0; i < 120000; i++)
    {
      gunichar chars[3];
      glong n = g_rand_int_range (rand, 2, 4);

      chars[0] = s[g_rand_int_range (rand, 0, n_s)];
      chars[1] = g[g_rand_int_range (rand, 0, n_g)];
      chars[2] = g[g_rand_int_range (rand, 0, n_g)];
      g_ptr_array_add (names, g_ucs4_to_utf8 (chars, n, NULL, NULL, NULL));
    }

  /* The first call used to compile ICU's transliterator (a tenth of a
   * second and more); with the build-time table it should cost nothing. */
  start = g_get_monotonic_time ();
  g_free (cw_pinyin_full ("张"));
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("pinyin: first call %.3f s", elapsed / 1e6);

  start = g_get_monotonic_time ();
  for (i = 0; i < names->len; i++)
    {
      g_autofree char *key = cw_pinyin_search_key (g_ptr_array_index (names, i));

      g_assert_cmpuint (strlen (key), >, 3);
      total += strlen (key);
    }
  elapsed = g_get_monotonic_time () - start;

  g_test_message ("pinyin search keys: %u names in %.3f s (%.0f names/s, %" G_GSIZE_FORMAT " key bytes)",
                  names->len, elapsed / 1e6, names->len / (elapsed / 1e6), total);

  g_rand_free (rand);
  g_ptr_array_unref (names);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pinyin/common", test_common);
  g_test_add_func ("/pinyin/surnames", test_surnames);
  g_test_add_func ("/pinyin/mixed", test_mixed);
  g_test_add_func ("/pinyin/empty", test_empty);
  g_test_add_func ("/pinyin/search-key", test_search_key);
  g_test_add_func ("/pinyin/table-is-icu", test_table_is_icu);
  g_test_add_func ("/pinyin/outside-table", test_outside_table);
  g_test_add_func ("/pinyin/threads", test_threads);
  g_test_add_func ("/pinyin/throughput", test_throughput);

  return g_test_run ();
}

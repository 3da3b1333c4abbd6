/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-id-number"

#include <glib.h>
#include <locale.h>
#include <string.h>

#include "core/common/cw-error.h"
#include "core/common/cw-id-number.h"

/* Computed here independently of the code under test, so that numbers for
 * any date can be made; the fixed examples below pin the algorithm. */
static char *
with_check (const char *first17)
{
  static const int weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  int sum = 0;
  int i;

  g_assert_cmpuint (strlen (first17), ==, 17);
  for (i = 0; i < 17; i++)
    sum += (first17[i] - '0') * weights[i];

  return g_strdup_printf ("%s%c", first17, "10X98765432"[sum % 11]);
}

static void
assert_valid (const char *input,
              const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;

  if (!cw_id_number_normalize (input, &normalized, &error))
    g_error ("“%s” was refused: %s", input, error->message);
  g_assert_no_error (error);
  g_assert_cmpstr (normalized, ==, expected);
}

/* Returns the message so that callers can check what it names. */
static char *
assert_invalid (const char *input)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;

  if (cw_id_number_normalize (input, &normalized, &error))
    g_error ("“%s” was accepted as %s", input, normalized);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_assert_null (normalized);
  g_test_message ("%s → %s", input, error->message);

  return g_strdup (error->message);
}

static void
assert_message_has (const char *message,
                    const char *part)
{
  if (strstr (message, part) == NULL)
    g_error ("“%s” does not mention “%s”", message, part);
}

static void
test_valid (void)
{
  g_autofree char *leap_2000 = with_check ("11010520000229001");

  assert_valid ("11010519491231002X", "11010519491231002X");
  assert_valid ("11010519491231002x", "11010519491231002X");
  assert_valid ("  11010519491231002X\t", "11010519491231002X");
  /* Full-width digits and Ｘ, wrapped in ideographic spaces, as a Chinese
   * input method in full-width mode types them. */
  assert_valid ("\u3000１１０１０５１９４９１２３１００２Ｘ\u3000", "11010519491231002X");
  assert_valid ("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X");
  assert_valid (leap_2000, leap_2000);

  /* Validation only. */
  g_assert_true (cw_id_number_normalize ("11010519491231002X", NULL, NULL));
}

static void
test_province (void)
{
  static const int good[] = { 11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65, 71, 81, 82, 83 };
  static const int bad[] = { 0, 10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 70, 72, 80, 84, 91, 99 };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *first17 = g_strdup_printf ("%02d0105199001010%02d", good[i], 12);
      g_autofree char *id = with_check (first17);

      assert_valid (id, id);
    }

  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *first17 = g_strdup_printf ("%02d0105199001010%02d", bad[i], 12);
      g_autofree char *id = with_check (first17);
      g_autofree char *message = assert_invalid (id);
      g_autofree char *code = g_strdup_printf ("%02d", bad[i]);

      assert_message_has (message, id);
      assert_message_has (message, code);
      assert_message_has (message, "province");
    }
}

static void
test_check_character (void)
{
  g_autofree char *message = NULL;

  message = assert_invalid ("110105194912310021");
  assert_message_has (message, "110105194912310021");
  assert_message_has (message, "check character");
  assert_message_has (message, "end in X");
  g_clear_pointer (&message, g_free);

  /* A letter other than X in last place is a wrong check character too,
   * and the message shows what was typed. */
  message = assert_invalid ("11010519491231002Y");
  assert_message_has (message, "“11010519491231002Y” has a wrong check character: it should end in X");
  g_clear_pointer (&message, g_free);

  message = assert_invalid ("11010519491231003X");
  assert_message_has (message, "check character");
}

static void
test_dates (void)
{
  g_autofree char *feb30 = with_check ("11010519490230002");
  g_autofree char *feb31 = with_check ("11010519490231002");
  g_autofree char *leap_1900 = with_check ("11010519000229002");
  g_autofree char *month13 = with_check ("11010519491331002");
  g_autofree char *day0 = with_check ("11010519491200002");
  g_autofree char *future = with_check ("11010520991231002");
  g_autofree char *too_old = with_check ("11010518891231002");
  g_autofree char *oldest = with_check ("11010518900101002");
  g_autofree char *message = NULL;

  message = assert_invalid (feb31);
  assert_message_has (message, "19490231 is not a date that exists");
  assert_message_has (message, feb31);
  g_clear_pointer (&message, g_free);

  message = assert_invalid (feb30);
  assert_message_has (message, "19490230");
  g_clear_pointer (&message, g_free);

  /* 1900 is not a leap year, 2000 is (test_valid). */
  message = assert_invalid (leap_1900);
  assert_message_has (message, "19000229");
  g_clear_pointer (&message, g_free);

  message = assert_invalid (month13);
  assert_message_has (message, "19491331");
  g_clear_pointer (&message, g_free);

  message = assert_invalid (day0);
  assert_message_has (message, "19491200");
  g_clear_pointer (&message, g_free);

  message = assert_invalid (future);
  assert_message_has (message, "future");
  g_clear_pointer (&message, g_free);

  message = assert_invalid (too_old);
  assert_message_has (message, "1889");
  g_clear_pointer (&message, g_free);

  /* The example in GB 11643 itself, 440524188001010014, is older than
   * anyone alive. */
  message = assert_invalid ("440524188001010014");
  assert_message_has (message, "1880");
  g_clear_pointer (&message, g_free);

  assert_valid (oldest, oldest);
}

static void
test_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *first17 = g_date_time_format (now, "110105%Y%m%d001");
  g_autofree char *id = with_check (first17);

  /* Born today is not in the future. */
  assert_valid (id, id);
}

static void
test_length_and_characters (void)
{
  g_autofree char *message = NULL;

  message = assert_invalid ("1101051949123100");
  assert_message_has (message, "1101051949123100");
  assert_message_has (message, "16");
  assert_message_has (message, "18");
  g_clear_pointer (&message, g_free);

  message = assert_invalid ("11010519491231002X1");
  assert_message_has (message, "19");
  g_clear_pointer (&message, g_free);

  message = assert_invalid ("110105491231002");
  assert_message_has (message, "15-digit");
  g_clear_pointer (&message, g_free);

  message = assert_invalid ("1101051949A231002X");
  assert_message_has (message, "“A”");
  assert_message_has (message, "1101051949A231002X");
  g_clear_pointer (&message, g_free);

  message = assert_invalid ("X10105194912310021");
  assert_message_has (message, "“X”");
  g_clear_pointer (&message, g_free);

  /* A space inside is a character that does not belong. */
  message = assert_invalid ("110105 1949123100X");
  assert_message_has (message, "“ ”");
  g_clear_pointer (&message, g_free);

  message = assert_invalid ("");
  assert_message_has (message, "empty");
  g_clear_pointer (&message, g_free);

  message = assert_invalid ("\u3000 ");
  assert_message_has (message, "empty");
  g_clear_pointer (&message, g_free);

  message = assert_invalid (NULL);
  g_clear_pointer (&message, g_free);

  message = assert_invalid ("\xff\xfe");
  assert_message_has (message, "not valid text");
}

static void
test_birth_and_sex (void)
{
  g_autofree char *male = with_check ("43042119900101123");
  GDate date;

  g_assert_true (cw_id_number_birth_date ("11010519491231002X", &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 1949);
  g_assert_cmpint (g_date_get_month (&date), ==, 12);
  g_assert_cmpint (g_date_get_day (&date), ==, 31);
  g_assert_cmpint (cw_id_number_sex ("11010519491231002X"), ==, 'F');

  g_assert_true (cw_id_number_birth_date (male, &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 1990);
  g_assert_cmpint (g_date_get_month (&date), ==, 1);
  g_assert_cmpint (g_date_get_day (&date), ==, 1);
  g_assert_cmpint (cw_id_number_sex (male), ==, 'M');

  g_assert_false (cw_id_number_birth_date ("110105194902310021", &date));
  g_assert_false (cw_id_number_birth_date ("1101051949", &date));
  g_assert_cmpint (cw_id_number_sex ("1101051949"), ==, '\0');
}

static void
assert_mask (char *(*mask) (const char *),
             const char *input,
             const char *expected)
{
  g_autofree char *masked = mask (input);

  g_assert_cmpstr (masked, ==, expected);
}

static void
test_masks (void)
{
  assert_mask (cw_id_number_mask, "430421199001011234", "430421********1234");
  assert_mask (cw_id_number_mask, "11010519491231002X", "110105********002X");
  assert_mask (cw_id_number_mask, "430421900101123", "430421*****1123");
  assert_mask (cw_id_number_mask, "1234567890", "1234567890");
  assert_mask (cw_id_number_mask, "123456789", "*********");
  assert_mask (cw_id_number_mask, "12", "**");
  assert_mask (cw_id_number_mask, "", "");
  assert_mask (cw_id_number_mask, NULL, "");

  assert_mask (cw_phone_mask, "13812345678", "138****5678");
  assert_mask (cw_phone_mask, "0731-88888888", "0731-****8888");
  assert_mask (cw_phone_mask, "0731-88888888-123", "0731-********-123");
  assert_mask (cw_phone_mask, "88886666", "888*6666");
  assert_mask (cw_phone_mask, "8886666", "***6666");
  assert_mask (cw_phone_mask, "12345", "*2345");
  assert_mask (cw_phone_mask, "1234", "****");
  assert_mask (cw_phone_mask, "", "");
  assert_mask (cw_phone_mask, NULL, "");
}

static void
assert_phone (const char *input,
              const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;

  if (!cw_phone_normalize (input, &normalized, &error))
    g_error ("“%s” was refused: %s", input, error->message);
  g_assert_cmpstr (normalized, ==, expected);
}

static void
assert_bad_phone (const char *input,
                  const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;

  if (cw_phone_normalize (input, &normalized, &error))
    g_error ("“%s” was accepted as %s", input, normalized);
  g_assert_error (error, CW_ERROR, CW_ERROR_INVALID);
  g_assert_null (normalized);
  g_test_message ("%s → %s", input, error->message);
  assert_message_has (error->message, part);
}

static void
test_phone (void)
{
  assert_phone ("13812345678", "13812345678");
  assert_phone (" 138 1234 5678 ", "13812345678");
  assert_phone ("138-1234-5678", "13812345678");
  assert_phone ("+86 138 1234 5678", "13812345678");
  assert_phone ("+8613812345678", "13812345678");
  assert_phone ("8613812345678", "13812345678");
  assert_phone ("0086 13812345678", "13812345678");
  assert_phone ("１９９１２３４５６７８", "19912345678");
  assert_phone ("0731-88888888", "0731-88888888");
  assert_phone ("073188888888", "0731-88888888");
  assert_phone ("0731 8888 888", "0731-8888888");
  assert_phone ("(010) 8888 8888", "010-88888888");
  assert_phone ("（010）88888888", "010-88888888");
  assert_phone ("01088888888", "010-88888888");
  assert_phone ("02088888888", "020-88888888");
  assert_phone ("0731－88888888", "0731-88888888");
  assert_phone ("0731-88888888-123", "0731-88888888-123");
  assert_phone ("0731 8888 8888 123", "0731-88888888-123");
  assert_phone ("0731-88888888转123", "0731-88888888-123");
  assert_phone ("+86 731 8888 8888", "0731-88888888");
  assert_phone ("", "");
  assert_phone (" \u3000", "");
  assert_phone (NULL, "");

  assert_bad_phone ("1381234567", "11 digits");
  assert_bad_phone ("138123456789", "11 digits");
  assert_bad_phone ("12812345678", "11 digits");
  assert_bad_phone ("13812345678转1", "11 digits");
  assert_bad_phone ("88888888", "area code");
  assert_bad_phone ("abc", "“a”");
  assert_bad_phone ("138 1234 567８a", "“a”");
  assert_bad_phone ("+1 555 123 4567", "+86");
  assert_bad_phone ("138+12345678", "“+”");
  assert_bad_phone ("0731-123", "0731");
  assert_bad_phone ("0731-088888888", "0731");
  assert_bad_phone ("0731-88888888-1234567", "7 digits");
  assert_bad_phone ("0731-88888888转", "转");
  assert_bad_phone ("00731-88888888", "0731-88888888");
  assert_bad_phone ("2345", "0731-88888888");
}

int
main (int    argc,
      char **argv)
{
  /* UTF-8 for the messages, but never a translation: the tests read
   * the English text. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/id-number/valid", test_valid);
  g_test_add_func ("/id-number/province", test_province);
  g_test_add_func ("/id-number/check-character", test_check_character);
  g_test_add_func ("/id-number/dates", test_dates);
  g_test_add_func ("/id-number/today", test_today);
  g_test_add_func ("/id-number/length-and-characters", test_length_and_characters);
  g_test_add_func ("/id-number/birth-and-sex", test_birth_and_sex);
  g_test_add_func ("/id-number/masks", test_masks);
  g_test_add_func ("/id-number/phone", test_phone);

  return g_test_run ();
}

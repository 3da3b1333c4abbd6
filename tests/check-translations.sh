#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The zh_CN translation must be complete: every string that xgettext finds in
# the files of po/POTFILES.in has a translation in po/zh_CN.po that is neither
# missing, empty nor fuzzy, and po/POTFILES.in lists every file with strings.
#
#   tests/check-translations.sh [SOURCE_ROOT]
#
# meson runs it as the 'translations' test of the 'i18n' suite.
set -euo pipefail

srcroot=$(cd "${1:-$(dirname "$0")/..}" && pwd)
po="$srcroot/po/zh_CN.po"
potfiles="$srcroot/po/POTFILES.in"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed=0

# Prints the entries of a PO file without its header, each with its source
# references, and counts them on the last line.
show_entries() {
  msgattrib --no-wrap --no-obsolete "$@" | awk '
    BEGIN { RS = ""; n = 0 }
    /(^|\n)msgid ""\nmsgstr/ { next }          # the header
    { gsub(/\n/, "\n    "); print "    " $0 "\n"; n++ }
    END { print "    (" n (n == 1 ? " message)" : " messages)") }'
}

# 1. zh_CN.po itself compiles, with its format strings checked.
if ! msgfmt --check --statistics -o /dev/null "$po" 2>"$tmp/stats"; then
  echo "FAIL: po/zh_CN.po does not compile:"
  sed 's/^/    /' "$tmp/stats"
  exit 1
fi
stats=$(cat "$tmp/stats")
echo "po/zh_CN.po: $stats"
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "FAIL: po/zh_CN.po has untranslated or fuzzy messages:"
    msgattrib --untranslated "$po" -o "$tmp/u.po" 2>/dev/null || true
    msgattrib --only-fuzzy "$po" -o "$tmp/f.po" 2>/dev/null || true
    if [ -f "$tmp/u.po" ]; then show_entries "$tmp/u.po"; fi
    if [ -f "$tmp/f.po" ]; then show_entries "$tmp/f.po"; fi
    failed=1
    ;;
esac

# 2. POTFILES.in names every file that carries strings (a file left out
#    would stay English without anyone noticing).
if ! bash "$srcroot/po/update-potfiles.sh" --print > "$tmp/wanted"; then
  echo "FAIL: po/update-potfiles.sh --print failed"
  exit 1
fi
grep -v -e '^#' -e '^[[:space:]]*$' "$potfiles" | LC_ALL=C sort -u > "$tmp/listed"
missing_files=$(LC_ALL=C comm -23 <(LC_ALL=C sort -u "$tmp/wanted") "$tmp/listed")
if [ -n "$missing_files" ]; then
  echo "FAIL: files with translatable strings missing from po/POTFILES.in"
  echo "      (run po/update-potfiles.sh):"
  echo "$missing_files" | sed 's/^/    /'
  failed=1
fi
while IFS= read -r f; do
  if [ ! -f "$srcroot/$f" ]; then
    echo "FAIL: po/POTFILES.in lists $f, which does not exist (run po/update-potfiles.sh)"
    failed=1
  fi
done < "$tmp/listed"

# 3. Extract the strings as meson's cunwu-pot target does (the glib preset).
#    .ui, .desktop.in, .metainfo.xml.in and .gschema.xml files are recognised
#    by xgettext from their names and its ITS rules.
existing="$tmp/existing"
while IFS= read -r f; do
  if [ -f "$srcroot/$f" ]; then echo "$f"; fi
done < "$tmp/listed" > "$existing"

(
  cd "$srcroot"
  xgettext --package-name=cunwu --force-po --no-wrap \
    --from-code=UTF-8 --add-comments \
    --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
    --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
    --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
    --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
    --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
    --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
    --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
    --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
    --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
    --files-from="$existing" -o "$tmp/cunwu.pot"
)
total=$(msgattrib --no-obsolete "$tmp/cunwu.pot" | grep -c '^msgid ' || true)
echo "sources: $(wc -l < "$existing") files, $((total > 0 ? total - 1 : 0)) messages"

# 4. Every message of the sources is translated in zh_CN.po.  msgcmp decides;
#    the merged catalogue says which messages, and also catches translations
#    whose format string does not match the source's: msgmerge marks those
#    fuzzy, since the flags come from the sources even if zh_CN.po lost its own.
msgcmp_ok=1
msgcmp --no-fuzzy-matching "$po" "$tmp/cunwu.pot" >"$tmp/msgcmp" 2>&1 || msgcmp_ok=0
msgmerge --quiet --no-fuzzy-matching --no-wrap "$po" "$tmp/cunwu.pot" -o "$tmp/merged.po"
msgattrib --force-po --untranslated "$tmp/merged.po" -o "$tmp/missing.po"
msgattrib --force-po --only-fuzzy "$tmp/merged.po" -o "$tmp/review.po"
n_missing=$(show_entries "$tmp/missing.po" | tail -n 1 | tr -dc 0-9)
n_review=$(show_entries "$tmp/review.po" | tail -n 1 | tr -dc 0-9)

if [ "$n_missing" != 0 ]; then
  echo "FAIL: messages with no zh_CN translation:"
  show_entries "$tmp/missing.po"
  failed=1
fi
if [ "$n_review" != 0 ]; then
  echo "FAIL: zh_CN translations that are fuzzy or do not match the source's format string:"
  show_entries "$tmp/review.po"
  failed=1
fi
if [ "$msgcmp_ok" = 0 ] && [ "$n_missing" = 0 ] && [ "$n_review" = 0 ]; then
  echo "FAIL: msgcmp po/zh_CN.po against the sources:"
  sed 's/^/    /' "$tmp/msgcmp"
  failed=1
fi

# 5. The merged catalogue compiles with all of msgfmt's checks.
if ! msgfmt --check -o /dev/null "$tmp/merged.po" 2>"$tmp/check"; then
  echo "FAIL: msgfmt --check on zh_CN.po merged with the sources:"
  sed 's/^/    /' "$tmp/check"
  failed=1
fi

if [ "$failed" = 0 ]; then
  echo "zh_CN translation complete"
fi
exit "$failed"

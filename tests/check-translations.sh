#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The zh_CN translation must be complete: every string that xgettext finds in
# the files of po/POTFILES.in has a translation in po/zh_CN.po that is neither
# missing, empty nor fuzzy, and po/POTFILES.in lists every file with strings;
# and its Chinese text uses Chinese punctuation.
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

# 6. Chinese text keeps Chinese punctuation: an ASCII ? ! : ; , ( ) next to
#    Chinese ("是否删除?") is a slip of the input method. ASCII stays where it
#    belongs: format specifiers between numbers (%02d:%02d), mnemonics "(_S)",
#    file patterns "(*.db)", URLs, command-line options, numbers (10:30), the
#    desktop file's Keywords (separated by ';' as its specification wants),
#    and Latin text on its own ("GB18030 (GBK)" inside a Chinese sentence is
#    still written "GB18030（GBK）").
if ! python3 - "$po" > "$tmp/punctuation" <<'PY'
import re
import sys

# The zh_CN catalogue's Chinese text keeps Chinese punctuation: an ASCII
# ? ! : ; , ( or ) next to Chinese is a slip of the input method.
ASCII = '?!:;,()'
FULL = {'?': '？', '!': '！', ':': '：', ';': '；', ',': '，', '(': '（', ')': '）'}
HAN = re.compile('[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2026\u2014]')
# What may hold ASCII punctuation: mnemonics "(_S)", file patterns
# "(*.db)", URLs, command-line options, a desktop file's Keywords list,
# and text in quotes, which is what the clerk typed or must type.
ALLOWED = re.compile(r'\(_.\)|\(\*\.[A-Za-z0-9]+\)|[a-z]+://\S+|--?[a-z][a-z-]*|\u201c[^\u201d]*\u201d|\\"[^\\]*\\"')
SPEC = re.compile(r"%(\d+\$)?[-+ #0']*\d*(\.\d+)?(hh|h|ll|l|L|q|j|z|t)?([diouxXeEfFgGcsp%])|%<[A-Za-z0-9]+>")
STRING, NUMBER = '\ue000', '\ue001'


def entries(path):
    """(line, msgid, [msgstr …]) of every live entry."""
    entry, field, line_no = {}, None, 0
    with open(path, encoding='utf-8') as po:
        for n, line in enumerate(po, 1):
            line = line.rstrip('\n')
            m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line)
            if m:
                if m.group(1) == 'msgid' and entry:
                    yield entry
                    entry = {}
                if m.group(1) == 'msgid':
                    line_no = n
                field = m.group(1)
                entry[field] = m.group(2)
                entry['line'] = line_no
            elif line.startswith('"') and field:
                entry[field] += line[1:-1]
            elif not line.strip():
                field = None
    if entry:
        yield entry


def kind(c):
    if c is None:
        return 'edge'
    if c == STRING:
        return 'string'
    if c == NUMBER or c.isdigit():
        return 'number'
    if HAN.match(c):
        return 'han'
    return 'latin'


def slips(text):
    text = ALLOWED.sub(' ', text)
    text = SPEC.sub(lambda m: NUMBER if m.group(4) and m.group(4) in 'diouxXeEfFgG' else STRING, text)
    for i, c in enumerate(text):
        if c not in ASCII:
            continue
        left = text[:i].rstrip()
        right = text[i + 1:].lstrip()
        a, b = kind(left[-1] if left else None), kind(right[0] if right else None)
        if 'han' in (a, b) or ('string' in (a, b) and {a, b} <= {'string', 'han', 'edge'}):
            yield c


failed = False
for e in entries(sys.argv[1]):
    msgid = e.get('msgid', '')
    if msgid == '':
        continue
    for key, text in e.items():
        if not key.startswith('msgstr') or not HAN.search(text):
            continue
        # The desktop file's Keywords: the specification separates them by ';'.
        if re.fullmatch(r'([^;]+;)+', msgid) and re.fullmatch(r'([^;]+;)+', text):
            continue
        found = sorted(set(slips(text)))
        if found:
            failed = True
            print('line %d: %s  (%s)' % (e['line'], text,
                                         ', '.join('%s → %s' % (c, FULL[c]) for c in found)))
sys.exit(1 if failed else 0)
PY
then
  echo "FAIL: ASCII punctuation in Chinese text of po/zh_CN.po (Chinese uses ？！：；，（）):"
  sed 's/^/    /' "$tmp/punctuation"
  failed=1
fi

if [ "$failed" = 0 ]; then
  echo "zh_CN translation complete"
fi
exit "$failed"

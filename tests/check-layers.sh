#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The arrows between the layers (HACKING.md), checked on the sources:
#   core    no GTK, GDK, libadwaita, Cairo, Pango or libxlsxwriter header
#   report  no GTK, GDK or libadwaita header
#   cli     no GTK, GDK or libadwaita header
#   nothing outside core includes sqlite3.h, nor core's private headers
set -uo pipefail
root="${1:?usage: check-layers.sh SOURCE_ROOT}"
cd "$root/src" || exit 1

status=0
forbid () {
  local where="$1" pattern="$2" why="$3" hits
  hits=$(grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($pattern)" $where 2>/dev/null)
  if [ -n "$hits" ]; then
    echo "$why:"
    echo "$hits"
    status=1
  fi
}

forbid core   'gtk/|gdk/|adwaita|cairo|pango|xlsxwriter' 'core includes a GTK, Cairo or libxlsxwriter header'
forbid report 'gtk/|gdk/|adwaita'                        'report includes a GTK header'
forbid cli    'gtk/|gdk/|adwaita|ui/'                    'cli includes a GTK or window header'
forbid "ui cli report main.c" 'sqlite3\.h'               'sqlite3.h outside core'
forbid "ui cli report main.c" 'core/.*-private\.h'       "core's private headers outside core"

[ "$status" -eq 0 ] && echo "layers: ok"
exit "$status"

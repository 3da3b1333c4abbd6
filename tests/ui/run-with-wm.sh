#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a window test on the X display xvfb-run made, with openbox managing
# it: without a window manager nobody gives the window keyboard focus or
# stacks popovers and dialogs as a clerk's desktop does, and real input
# (tests/lib/cw-test-input.h) would test something no clerk sees.
#
#   run-with-wm.sh TEST [ARGS...]
set -u

if [ -z "${DISPLAY:-}" ]; then
  echo "run-with-wm.sh: no DISPLAY (run me under xvfb-run)" >&2
  exit 1
fi

ready=$(mktemp -d "${TMPDIR:-/tmp}/cunwu-wm-XXXXXX") || exit 1
trap 'rm -rf "$ready"' EXIT

# Openbox runs --startup once it manages the screen: that is the moment the
# test may start. No session manager, no autostart.
openbox --sm-disable --startup "touch '$ready/up'" &
wm=$!

waited=0
while [ ! -e "$ready/up" ]; do
  if ! kill -0 "$wm" 2>/dev/null; then
    echo "run-with-wm.sh: openbox did not start" >&2
    exit 1
  fi
  if [ "$waited" -ge 100 ]; then
    echo "run-with-wm.sh: openbox did not come up within 10 s" >&2
    kill "$wm"
    exit 1
  fi
  sleep 0.1
  waited=$((waited + 1))
done

"$@"
status=$?

kill "$wm" 2>/dev/null
wait "$wm" 2>/dev/null
exit "$status"

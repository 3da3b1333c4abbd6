#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/fuzz/run.sh SECONDS [TARGET…]: runs each fuzzer (all of them without
# a TARGET: csv-reader households point-rules point-entries cases followups
# clocks finance grids grid-places party-links benefit-flags) for SECONDS,
# from the seeds fuzz-seeds makes (cw-fuzz-seeds.c) and the corpus so far,
# in the fuzzing build, one after the other. The build directory is
# $CW_FUZZ_BUILD, else build-fuzz in the source tree; it is set up with
# clang and -Dfuzzing=true when missing (README "Fuzzing").
#
# In the build directory, tests/fuzz/work/ keeps corpus/<target>/ (what
# the fuzzer found interesting; it grows from run to run),
# artifacts/<target>/ (the inputs that crashed, leaked or broke a
# promise) and <target>.log. Exits 1 when a fuzzer found something: copy
# the artifact into tests/fuzz/regressions/<target>/ once it is fixed.
set -euo pipefail

if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
  echo "Usage: $0 SECONDS [TARGET…]" >&2
  exit 2
fi
seconds=$1
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv-reader households point-rules point-entries cases followups clocks finance
                                      grids grid-places party-links benefit-flags)

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=${CW_FUZZ_BUILD:-$source_dir/build-fuzz}

if [ -z "${CW_FUZZ_NO_COMPILE:-}" ]; then
  if [ ! -f "$build/build.ninja" ]; then
    CC=clang meson setup "$build" "$source_dir" -Dfuzzing=true
  fi
  meson compile -C "$build" $(printf 'tests/fuzz/fuzz-%s ' "${targets[@]}") tests/fuzz/fuzz-seeds
fi

work=$build/tests/fuzz/work
mkdir -p "$work"
# Seeds of this run's own: two runs may go side by side.
seeds=$(mktemp -d "$work/seeds.XXXXXX")
trap 'rm -rf "$seeds"' EXIT
"$build/tests/fuzz/fuzz-seeds" "$seeds"

# GSlice's own allocator would hide leaks and use after free from ASan;
# warnings and criticals are fatal as in the tests.
export G_SLICE=always-malloc G_DEBUG=fatal-warnings
export LC_ALL=C.UTF-8 LANGUAGE=
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
for target in "${targets[@]}"; do
  mkdir -p "$work/corpus/$target" "$work/artifacts/$target"
  echo "== fuzz-$target: $seconds s"
  if ! "$build/tests/fuzz/fuzz-$target" \
        -max_total_time="$seconds" \
        -timeout=20 \
        -rss_limit_mb=4096 \
        -print_final_stats=1 \
        -dict="$seeds/cunwu.dict" \
        -artifact_prefix="$work/artifacts/$target/" \
        "$work/corpus/$target" "$seeds/$target" \
        >"$work/$target.log" 2>&1; then
    status=1
    echo "fuzz-$target found something: $work/$target.log, $work/artifacts/$target/"
  fi
  # libFuzzer's last status line and final stats.
  grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$work/$target.log" | tail -1 || true
  grep -E '^stat::' "$work/$target.log" || true
  echo "corpus: $(ls "$work/corpus/$target" | wc -l) files, $(du -sk "$work/corpus/$target" | cut -f1) KiB"
done
exit $status

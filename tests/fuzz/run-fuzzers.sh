#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for a bounded time, under AddressSanitizer and
# UndefinedBehaviorSanitizer. Fails when any target crashes, leaks, breaks an invariant, runs out of memory
# or times out on one input.
#
#   tests/fuzz/run-fuzzers.sh [BUILD_DIR] [TARGET...]
#
# BUILD_DIR (default build-fuzz) is configured with clang and -DREELPULSE_FUZZ=ON, and its `fuzzers` target
# built (see README.md). For each target it first replays tests/data/fuzz/<target>/regressions/, then fuzzes
# for FUZZ_SECONDS (default 30) from its seed folders. New inputs go to a scratch corpus in a temporary
# folder: nothing is written into the repository. A crashing input is kept in FUZZ_ARTIFACTS (default: a
# temporary folder) and printed as base64, so it can be added to regressions/ and replayed.
#
# Environment: FUZZ_SECONDS (per target), FUZZ_TIMEOUT (seconds one input may take, default 10),
# FUZZ_RSS_MB (memory limit, default 2048), FUZZ_ARTIFACTS, FUZZ_CORPUS (keep the corpus across runs in
# this folder instead of a temporary one; one sub-folder per target).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build-fuzz}
[ $# -gt 0 ] && shift
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
manifest="$build/tests/fuzz/fuzzers.tsv"
if [ ! -f "$manifest" ]; then
    echo "No fuzz build in $build ($manifest is missing): configure it with -DREELPULSE_FUZZ=ON and build the 'fuzzers' target." >&2
    exit 2
fi

seconds=${FUZZ_SECONDS:-30}
timeout=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-2048}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/reelpulse-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
artifacts=${FUZZ_ARTIFACTS:-$scratch/artifacts}
mkdir -p "$artifacts"

# Leak reports from system libraries are suppressed exactly as in the sanitizer test build.
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$repo/tests/sanitizers/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export QT_QPA_PLATFORM=offscreen

failed=()
ran=0
while IFS=$'\t' read -r target exe max_len dict seeds; do
    [ -n "$target" ] || continue
    if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx "$target"; then
        continue
    fi
    ran=$((ran + 1))
    log="$scratch/$target.log"
    start=$SECONDS
    status=ok

    regressions="$repo/tests/data/fuzz/$target/regressions"
    mapfile -t inputs < <(find "$regressions" -type f ! -name 'README*' 2>/dev/null | sort)
    if [ ${#inputs[@]} -gt 0 ]; then
        if ! "$exe" -timeout="$timeout" -rss_limit_mb="$rss" -artifact_prefix="$artifacts/$target-" \
            "${inputs[@]}" >"$log" 2>&1; then
            status="regression input fails"
        fi
    fi

    if [ "$status" = ok ]; then
        corpus="${FUZZ_CORPUS:-$scratch/corpus}/$target"
        mkdir -p "$corpus"
        IFS=: read -r -a seed_dirs <<<"$seeds"
        args=(-max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb="$rss"
              -artifact_prefix="$artifacts/$target-" -print_final_stats=1)
        [ "$dict" != - ] && args+=(-dict="$dict")
        if ! "$exe" "${args[@]}" "$corpus" "${seed_dirs[@]}" >"$log" 2>&1; then
            status="crash, leak or timeout"
        fi
    fi

    elapsed=$((SECONDS - start))
    if [ "$status" = ok ]; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
        printf 'fuzz %-24s ok      %4ss  %s runs\n' "$target" "$elapsed" "$runs"
    else
        printf 'fuzz %-24s FAILED  %4ss  %s\n' "$target" "$elapsed" "$status"
        tail -n 60 "$log" | sed "s/^/  $target: /"
        for crash in "$artifacts/$target"-*; do
            [ -f "$crash" ] || continue
            echo "  $target: input $crash ($(wc -c <"$crash") bytes); base64, for tests/data/fuzz/$target/regressions/:"
            head -c 8192 "$crash" | base64 -w 100 | sed "s/^/    /"
        done
        failed+=("$target")
    fi
done <"$manifest"

if [ "$ran" -eq 0 ]; then
    echo "No fuzz target ran (targets asked for: $*)." >&2
    exit 2
fi
if [ ${#failed[@]} -gt 0 ]; then
    echo "Fuzzing failed: ${failed[*]}" >&2
    exit 1
fi
echo "All $ran fuzz targets ran ${seconds}s each without a finding."

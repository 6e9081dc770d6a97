#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and fuzzes the
# parsers of outside input (board files, the board inside a PNG, TUIO
# datagrams, the bodies phones send).
#
#   tools/fuzz.sh [SECONDS]   explores each target for SECONDS (default 600) from
#                             the committed corpus plus build-fuzz/corpus/, where
#                             new interesting inputs go; crashes and hangs go to
#                             build-fuzz/artifacts/ and exit non-zero
#   tools/fuzz.sh smoke       what the test command runs, the same on every
#                             machine: every committed input (earlier findings
#                             included) is replayed, then a fixed number of runs
#                             with a fixed seed from that corpus alone, into a
#                             throw-away folder
#   tools/fuzz.sh merge       folds what long runs found into the committed corpora
#
# The committed corpora in tests/fuzz/corpus/ are only written by `merge`; a
# finding is fixed, and its input added there with a test that shows the fix.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-600}"
targets=(board_json png_board tuio phone_request room_message)

tools/install-deps.sh fuzz

cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNT_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]/#/fuzz_}"
mkdir -p build-fuzz/artifacts

if [ "$mode" = merge ]; then
  # Keeps only inputs that add coverage.
  for t in "${targets[@]}"; do
    mkdir -p "build-fuzz/corpus/$t"
    "build-fuzz/fuzz_$t" -merge=1 "tests/fuzz/corpus/$t" "build-fuzz/corpus/$t"
  done
  exit 0
fi

export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=0
for t in "${targets[@]}"; do
  rm -f "build-fuzz/artifacts/$t-"*
  if [ "$mode" = smoke ]; then
    scratch=$(mktemp -d)
    echo "fuzz smoke $t: replaying $(ls "tests/fuzz/corpus/$t" | wc -l) committed inputs, then 4000 runs with seed 1"
    # -runs counts executions, so the same binary explores the same inputs everywhere.
    "build-fuzz/fuzz_$t" -seed=1 -runs=4000 -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="build-fuzz/artifacts/$t-" "$scratch" "tests/fuzz/corpus/$t" >"build-fuzz/$t.log" 2>&1 || true
    rm -rf "$scratch"
  else
    mkdir -p "build-fuzz/corpus/$t"
    echo "fuzzing $t for ${mode}s"
    "build-fuzz/fuzz_$t" -max_total_time="$mode" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="build-fuzz/artifacts/$t-" "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" >"build-fuzz/$t.log" 2>&1 || true
  fi
  grep -E "^(#[0-9]+ *(INITED|DONE)|Done|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|.*deadly signal|.*Test unit written|.*ALARM)" \
    "build-fuzz/$t.log" || true
  # A crash or a hang leaves an artifact; libFuzzer's own exit status is not enough
  # (a run it ended for the rss limit says so in the log too).
  if compgen -G "build-fuzz/artifacts/$t-*" >/dev/null || ! grep -qE "^(Done|#[0-9]+ *DONE)" "build-fuzz/$t.log"; then
    echo "fuzz_$t found a problem: $(ls build-fuzz/artifacts/$t-* 2>/dev/null) (log: build-fuzz/$t.log)" >&2
    failed=1
  fi
done
exit "$failed"

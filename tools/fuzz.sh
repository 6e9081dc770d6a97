#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and fuzzes each for
# SECONDS (default 600). New interesting inputs go to build-fuzz/corpus/;
# crashes to build-fuzz/artifacts/ and a non-zero exit. The committed corpora
# in tests/fuzz/corpus/ are read, never written: add a finding there by hand
# (with a test that shows the fix) or with `tools/fuzz.sh merge`.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
targets=(board_json png_board tuio phone_request)

cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNT_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]/#/fuzz_}"
mkdir -p build-fuzz/artifacts

if [ "$seconds" = merge ]; then
  # Folds what long runs found into the committed corpora, keeping only
  # inputs that add coverage.
  for t in "${targets[@]}"; do
    mkdir -p "build-fuzz/corpus/$t"
    "build-fuzz/fuzz_$t" -merge=1 "tests/fuzz/corpus/$t" "build-fuzz/corpus/$t"
  done
  exit 0
fi

export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t"
  echo "fuzzing $t for ${seconds}s"
  "build-fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="build-fuzz/artifacts/$t-" "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" 2>&1 |
    grep -E "^(#[0-9]+ *DONE|Done|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|.*deadly signal|.*Test unit written)" || true
  # libFuzzer's exit status is lost in the pipe: a crash leaves an artifact.
  if compgen -G "build-fuzz/artifacts/$t-*" >/dev/null; then
    echo "fuzz_$t found a crash: $(ls build-fuzz/artifacts/$t-*)" >&2
    exit 1
  fi
done

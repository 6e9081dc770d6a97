#!/usr/bin/env bash
# Installs what is missing, builds Netwerktafel with warnings as errors and
# AddressSanitizer + UndefinedBehaviorSanitizer, and runs every test: core
# and input (no display), view (ImGui without a window) and the real app
# under Xvfb driven by real X input; then a fixed-seed fuzz smoke (clang).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh test
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DNT_WERROR=ON -DNT_SANITIZE=ON
cmake --build build-test -j "$(nproc)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
ctest --test-dir build-test --output-on-failure -j "$(nproc)"
# A fuzz smoke of the parsers of outside input (libFuzzer, clang, ASan + UBSan)
# that runs the same on every machine: every committed input, then a fixed
# number of runs with a fixed seed. `tools/fuzz.sh SECONDS` explores at random.
tools/fuzz.sh smoke

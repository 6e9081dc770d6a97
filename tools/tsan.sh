#!/usr/bin/env bash
# ThreadSanitizer over the app's own threads: the board saver (journal and
# snapshots), the TUIO listener, the participants' web server (cpp-httplib's
# workers) and the X11 touch reader, each beside the main loop. Builds the app
# and the core tests with -fsanitize=thread in build-tsan/, then runs the
# threaded core tests (the saver thread, 30 times over) and the real app under
# Xvfb with TUIO packets, phone requests and kill -9 trials arriving while it
# draws. Any report stops the program at once (halt_on_error), so it fails
# its test. Not part of tools/test.sh: on the 2-core VM a cold TSan build of
# the app takes far longer than the ~3 minutes that would be worth there.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh test
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Debug -DNT_TSAN=ON -DNT_BUILD_BENCH=OFF >/dev/null
cmake --build build-tsan -j "$(nproc)" --target core_tests netwerktafel
export TSAN_OPTIONS="halt_on_error=1:abort_on_error=1:second_deadlock_stack=1"
build-tsan/core_tests --gtest_brief=1
build-tsan/core_tests --gtest_filter='Store.*' --gtest_repeat=30 --gtest_brief=1
ctest --test-dir build-tsan --output-on-failure -R '^ui\.(test_tuio|test_phones|test_crash)$'

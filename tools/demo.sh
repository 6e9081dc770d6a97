#!/usr/bin/env bash
# Installs what is missing, builds Netwerktafel and starts it on the built-in
# demo workshop. Extra arguments go to the app (e.g. --windowed 1280x720).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh run
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DNT_BUILD_TESTS=OFF
cmake --build build -j "$(nproc)" --target netwerktafel
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No screen found (DISPLAY is not set): showing the demo on a virtual screen and saving it as build/demo.png."
  tools/install-deps.sh test
  exec xvfb-run -a -s "-screen 0 1920x1080x24" build/netwerktafel --demo --windowed 1920x1080 \
       --screenshot build/demo.png --frames 3 "$@"
fi
exec build/netwerktafel --demo "$@"

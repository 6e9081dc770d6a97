#!/usr/bin/env bash
# Installs the Debian 12 packages Netwerktafel needs that are not there yet.
#   tools/install-deps.sh run    what building and running the app needs
#   tools/install-deps.sh test   that, plus what the tests need (Xvfb, xdotool, Chromium, …)
#                                and playwright-core from npm for the browser test (tests/browser)
#   tools/install-deps.sh bench  what the benchmarks in bench/ need besides a build (wrk, Xvfb, …)
#   tools/install-deps.sh fuzz   what building the app needs, plus clang and its sanitizer runtime
#                                (tools/fuzz.sh)
#   tools/install-deps.sh package  what building the app needs, plus what cpack -G DEB and its
#                                checks need (tools/package-test.sh)
#   tools/install-deps.sh room   the broker for a room of tables (tools/room-broker.sh)
set -euo pipefail

build_packages=(cmake g++ make pkg-config libimgui-dev libglfw3-dev libstb-dev nlohmann-json3-dev
                libgtest-dev python3-glad libgl-dev libgl1-mesa-dri liboscpack-dev libpng-dev libxi-dev
                libcpp-httplib-dev libqrcodegencpp-dev libspng-dev
                libx11-dev libxrandr-dev
                libmosquitto-dev)  # the room's link to its MQTT broker (net/room_link)  # glfw3native.h (X11) includes Xlib.h and Xrandr.h; both are only
                                           # Recommends of libglfw3-dev, which --no-install-recommends skips
test_packages=(xvfb xauth xdotool python3-pil python3-jsonschema pngcheck clang libclang-rt-14-dev iproute2 chromium
               zbar-tools  # zbarimg: tests/ui/test_join_qr.py reads the join QR code as a phone would
               desktop-file-utils libxml2-utils  # package.desktop_valid checks the menu entry and MIME type
               mosquitto)  # tests/room start a real room broker (tools/room-broker.sh)
package_packages=(dpkg-dev file desktop-file-utils libxml2-utils)  # cpack's dpkg-shlibdeps needs dpkg-dev and file
bench_packages=(xvfb xdotool wrk)  # wrk: bench/phone_load.py measures the phones' state endpoint

case "${1:-run}" in
  run) wanted=("${build_packages[@]}") ;;
  test) wanted=("${build_packages[@]}" "${test_packages[@]}") ;;
  bench) wanted=("${bench_packages[@]}") ;;
  fuzz) wanted=("${build_packages[@]}" clang libclang-rt-14-dev) ;;
  package) wanted=("${build_packages[@]}" "${package_packages[@]}") ;;
  room) wanted=(mosquitto) ;;
  *) echo "usage: $0 run|test|bench|fuzz|package|room" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node and npm for the browser test: Debian's, unless a node with npm is
# there already (NodeSource's nodejs carries npm and conflicts with Debian's).
if [ "${1:-run}" = test ] && ! command -v npm >/dev/null; then missing+=(nodejs npm); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Please run as root or install sudo." >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# playwright-core (pinned in tests/browser/package-lock.json) drives
# Debian's chromium in the browser test. Without network this fails after a
# short wait; the rest of the tests still run, and the browser test then
# fails saying why.
if [ "${1:-run}" = test ]; then
  browser_dir="$(dirname "$0")/../tests/browser"
  if ! cmp -s "$browser_dir/package-lock.json" "$browser_dir/node_modules/.installed-lock.json"; then
    echo "Installing playwright-core for the browser test (npm ci in tests/browser)"
    (cd "$browser_dir" && timeout 180 npm ci --no-audit --no-fund --fetch-retries=1 --fetch-timeout=20000 &&
       cp package-lock.json node_modules/.installed-lock.json) ||
      echo "warning: npm ci in tests/browser failed (no network?); the browser test will fail until it succeeds" >&2
  fi
fi

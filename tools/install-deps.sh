#!/usr/bin/env bash
# Installs the Debian 12 packages Netwerktafel needs that are not there yet.
#   tools/install-deps.sh run    what building and running the app needs
#   tools/install-deps.sh test   that, plus what the tests need (Xvfb, xdotool, …)
#   tools/install-deps.sh bench  what the benchmarks in bench/ need besides a build (wrk, Xvfb, …)
set -euo pipefail

build_packages=(cmake g++ make pkg-config libimgui-dev libglfw3-dev libstb-dev nlohmann-json3-dev
                libgtest-dev python3-glad libgl-dev libgl1-mesa-dri liboscpack-dev libpng-dev libxi-dev
                libcpp-httplib-dev libqrcodegencpp-dev libspng-dev)
test_packages=(xvfb xauth xdotool python3-pil python3-jsonschema pngcheck clang libclang-rt-14-dev iproute2)
bench_packages=(xvfb xdotool wrk)  # wrk: bench/phone_load.py measures the phones' state endpoint

case "${1:-run}" in
  run) wanted=("${build_packages[@]}") ;;
  test) wanted=("${build_packages[@]}" "${test_packages[@]}") ;;
  bench) wanted=("${bench_packages[@]}") ;;
  *) echo "usage: $0 run|test|bench" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Please run as root or install sudo." >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
